"""Opening the SQLite file safely, migrating it forward, and one transaction per command.

The database is refused, untouched, when it is not SQLite or was written by a newer
deskcli. New files and their directory are owner-only: the file holds PIN hashes and,
while a request is open, a customer's temporary credentials.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from deskcli.domain.errors import StorageError
from deskcli.store.migrations import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
#: Attempts at BEGIN IMMEDIATE when another writer holds the lock past the busy timeout.
BUSY_RETRIES = 6
SQLITE_HEADER = b"SQLite format 3\x00"


def _check_file(path: Path) -> bool:
    """True if the file exists; refuses what is not a SQLite database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise StorageError(f"{path} is a directory, not a database file") from None
    except PermissionError:
        raise StorageError(f"{path} cannot be read (permission denied)") from None
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path} is not a deskcli database (not SQLite)")
    return True


def _create_parent(path: Path) -> None:
    parent = path.parent
    if parent.exists():
        return
    try:
        parent.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise StorageError(f"cannot create {parent}: {exc.strerror}") from None


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to a current-schema database at ``path``."""
    existed = _check_file(path)
    if not existed:
        if not create:
            raise StorageError(f"{path} does not exist")
        _create_parent(path)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StorageError(f"cannot create {path}: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be opened: {exc}") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StorageError(
            f"{path} was written by a newer deskcli (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade deskcli to use it"
        )
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Erased credentials and PIN hashes are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise StorageError(_describe(path, exc)) from None
    return conn


def _describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"{path} is not writable"
    if "locked" in text or "busy" in text:
        return f"{path} is locked by another process; try again"
    return f"{path}: {text}"


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    with immediate(conn):
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            migration(conn)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))",
                (number, migration.__name__),
            )
            conn.execute(f"PRAGMA user_version = {number}")


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken up front so two writers never deadlock mid-way.

    SQLite's busy timeout covers most waits; the loop covers a writer that holds the lock
    longer than that, so "database is locked" does not reach the user on a busy desk.
    """
    delay = 0.05
    for attempt in range(BUSY_RETRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == BUSY_RETRIES - 1:
                raise StorageError("the database stayed locked by other writers; try again") from None
            time.sleep(delay)
            delay *= 2
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def storage_errors(path: Path):
    """Turn sqlite3 failures inside a command into StorageError naming the file."""

    @contextlib.contextmanager
    def guard() -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise StorageError(_describe(path, exc)) from None

    return guard()
