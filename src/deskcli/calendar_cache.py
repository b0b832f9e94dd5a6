"""Built calendar years kept between runs, so most commands never import holidays.

A year is kept per (calendar fingerprint, year): in the database when the command uses
one anyway (no extra file, no platformdirs import on the hot path), otherwise as a small
JSON file in the user cache directory. The fingerprint covers the configuration and the
holidays package's version, so changing either simply misses the cache. A damaged entry
is ignored and rebuilt; a cache that cannot be written only costs speed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os

from deskcli.domain.calendar import WorkingDay, YearCache, YearCalendar
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import StrPath

# 2: shortened days before 2005 follow each year's own holidays; years built before are rebuilt.
# 3: hours set for a date are not shortened, and a day shortened to nothing is a day off.
FORMAT = 3


def cache_dir() -> str:
    from deskcli import paths

    return paths.calendar_cache()


def encode(calendar: YearCalendar) -> str:
    return json.dumps({
        "format": FORMAT,
        "year": calendar.year,
        "timezone": calendar.timezone,
        "provisional": calendar.provisional,
        "days": [[d.date.toordinal(), [list(i) for i in d.intervals], d.shortened, d.transferred]
                 for d in calendar.days],
        "days_off": sorted(d.toordinal() for d in calendar.days_off),
    }, separators=(",", ":"))


@functools.lru_cache(maxsize=64)
def decode(text: str | bytes) -> YearCalendar | None:
    """The year an entry holds, or None for a damaged or outdated one. The same text always
    gives the same (immutable) year, so a process that reads it again reuses the first."""
    try:
        data = json.loads(text)
        if data["format"] != FORMAT:
            return None
        days = tuple(
            WorkingDay(dt.date.fromordinal(o), tuple(tuple(i) for i in intervals), bool(s), bool(t))
            for o, intervals, s, t in data["days"]
        )
        return YearCalendar(
            year=data["year"], timezone=data["timezone"], days=days,
            days_off=frozenset(dt.date.fromordinal(o) for o in data["days_off"]),
            provisional=data["provisional"],
        )
    except (ValueError, KeyError, TypeError):
        return None


class FileYearCache(YearCache):
    """Years as small files, owner-only; a file another user could have written is ignored
    (deadlines are computed from it)."""

    def __init__(self, directory: StrPath | None = None) -> None:
        self.directory = directory or cache_dir()

    def _path(self, fingerprint: str, year: int) -> str:
        return os.path.join(self.directory, f"{fingerprint}-{year}.json")

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        from deskcli.cache_files import read_own

        kept = read_own(self._path(fingerprint, year))
        return None if kept is None else decode(kept)

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        from deskcli.cache_files import keep_cached

        keep_cached(self._path(fingerprint, calendar.year), encode(calendar).encode("utf-8"))


class DatabaseYearCache(YearCache):
    """Years kept in the desk's own database (table ``calendar_cache``)."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        import sqlite3

        try:
            row = self.conn.execute("SELECT data FROM calendar_cache WHERE fingerprint = ? AND year = ?",
                                    (fingerprint, year)).fetchone()
        except (sqlite3.Error, OverflowError):  # a year past SQLite's integers is simply not cached
            return None
        if row is None:
            return None
        return decode(row["data"] if isinstance(row, dict) else row[0])

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        import sqlite3

        from deskcli.store.db import BUSY_TIMEOUT_MS

        sql = "INSERT OR REPLACE INTO calendar_cache (fingerprint, year, data) VALUES (?, ?, ?)"
        values = (fingerprint, calendar.year, encode(calendar))
        try:
            if self.conn.in_transaction:
                self.conn.execute(sql, values)  # kept (or undone) with the command's own transaction
                return
            # A cache is not worth waiting for: if another agent holds the write lock, skip.
            self.conn.execute("PRAGMA busy_timeout = 0")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute(sql, values)
                self.conn.execute("COMMIT")
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error:
            pass


class ContextYearCache(YearCache):
    """The database's cache once the command has opened it, the file cache otherwise. A
    command that only reads never writes the database: its new years go to the file."""

    def __init__(self, context) -> None:
        self._context = context
        self._file: FileYearCache | None = None

    def _file_cache(self) -> FileYearCache:
        if self._file is None:
            self._file = FileYearCache()
        return self._file

    def _database(self) -> DatabaseYearCache | None:
        repo = self._context._repo
        return DatabaseYearCache(repo.conn) if repo is not None else None

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        database = self._database()
        found = database.get(fingerprint, year) if database is not None else None
        return found if found is not None else self._file_cache().get(fingerprint, year)

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        database = self._database()
        if database is not None and self._context.writes:
            database.put(fingerprint, calendar)
        else:
            self._file_cache().put(fingerprint, calendar)
