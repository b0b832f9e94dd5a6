"""The store layer: the SQLite file and the records in it."""
