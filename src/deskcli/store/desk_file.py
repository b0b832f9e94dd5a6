"""The database file before SQLite opens it: whether it is one (its header, read without
touching a file this process has open), whether it is another database's log or index
named as a desk, and the directory a new desk is made in."""

from __future__ import annotations

import os

from deskcli.domain.errors import InvalidInput, StorageError
from deskcli.domain.named import TYPE_CHECKING
from deskcli.files import absolute, describe, shown
from deskcli.store.connections import LIVE

if TYPE_CHECKING:
    from _typeshed import StrPath

SQLITE_HEADER = b"SQLite format 3\x00"


#: The files SQLite keeps beside a database, by the suffix of their names.
_SIDECARS = {"-wal": "write-ahead log", "-shm": "shared-memory index", "-journal": "rollback journal"}


def _refuse_sidecar(path: StrPath) -> None:
    """A database's own WAL, index or journal named as a desk (a slip of tab completion):
    opened as one, an empty WAL would become a new desk, and what was recorded in it would
    vanish when the real database resets its log."""
    text = os.fspath(path)
    for suffix, what in _SIDECARS.items():
        base = text[:-len(suffix)]
        if text.endswith(suffix) and _starts_as_sqlite(base):
            raise StorageError(f"{path} is the {what} of the database {base}, not a desk")


def _starts_as_sqlite(path: str) -> bool:
    """Whether the file at ``path`` is a SQLite database (one this process has open is, and
    is not read: closing a descriptor on it would drop its connection's locks)."""
    try:
        info = os.stat(path)
        if (info.st_dev, info.st_ino) in LIVE:
            return True
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def check_file(path: StrPath) -> bool:
    """True if the file exists; refuses what is not a SQLite database."""
    _refuse_sidecar(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        info = None  # open() below says what is wrong with it
    if info is not None and (info.st_dev, info.st_ino) in LIVE:
        return True  # SQLite has it open here, so it is SQLite: reading it would drop the locks
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise StorageError(f"{path} is a directory, not a database file") from None
    except PermissionError:
        raise StorageError(f"{path} cannot be read (permission denied)") from None
    except OSError as exc:
        raise StorageError(f"{shown(path)} cannot be read: {describe(exc)}") from None
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path} is not a deskcli database (not SQLite)")
    return True


def _parent(path: StrPath) -> str:
    """``str(pathlib.Path(path).parent)`` without pathlib, for the message naming it."""
    from deskcli.paths import plain

    return os.path.dirname(plain(path)) or "."


def create_parent(path: StrPath) -> None:
    """deskcli's own data directory is made when missing; a directory the user named (``--db``,
    ``DESK_DB``, the personal file) must exist: a typo in it should fail, not grow a tree."""
    from deskcli.files import private_dir
    from deskcli.paths import data_dir

    parent = _parent(path)
    if os.path.isdir(parent):
        return
    if absolute(parent) != absolute(data_dir()):
        raise InvalidInput(f"cannot create {shown(path)}: directory {shown(parent)} does not exist")
    try:
        private_dir(parent)
    except OSError as exc:
        raise StorageError(f"cannot create {parent}: {describe(exc)}") from None
