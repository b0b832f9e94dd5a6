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
import urllib.parse
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


#: ``PRAGMA application_id`` of a desk database ("DESK"): any other SQLite file is refused
#: untouched, so a mistyped ``--db`` cannot convert someone else's data.
APPLICATION_ID = 0x4445534B
#: The tables every deskcli database has had since its first schema; a file that has them
#: and no application id was written by a deskcli from before the id was set.
_DESK_TABLES = {"migrations", "licenses", "requests", "messages", "events"}


def connect(path: Path, *, create: bool = True, write: bool = True) -> sqlite3.Connection:
    """A connection to a current-schema database at ``path``.

    ``write=False`` opens it read-only (``mode=ro``): commands that only read leave the
    file, its WAL and its mtime exactly as they were. A database that needs a schema
    upgrade is still upgraded first, once, by a short writable connection.
    """
    existed = _check_file(path)
    if not existed:
        if not create or not write:
            raise StorageError(f"no desk database at {path}; it is created by the first command "
                               "that records something (e.g. desk license add), or try desk demo")
        _create_parent(path)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StorageError(f"cannot create {path}: {exc.strerror}") from None
    conn = _open(path, write=write)
    try:
        version = _identify(conn, path)
        if not write:
            if version < SCHEMA_VERSION:
                conn.close()
                connect(path, write=True).close()
                conn = _open(path, write=False)
            conn.execute("PRAGMA query_only = ON")
            return conn
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # An agent's "done" must survive a power cut: FULL syncs the WAL at every commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Erased credentials and PIN hashes are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StorageError(_describe(path, exc)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _open(path: Path, *, write: bool) -> sqlite3.Connection:
    try:
        if write:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        else:
            uri = "file:" + urllib.parse.quote(str(path.absolute())) + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be opened: {exc}") from None
    return conn


def _identify(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of a desk database; refuses a newer schema and foreign files."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not is_desk(conn):
        raise StorageError(f"{path} is not a deskcli database (another program's SQLite file); "
                           "it was left untouched")
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer deskcli (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade deskcli to use it"
        )
    return version


def is_desk(conn: sqlite3.Connection) -> bool:
    """A desk database, an empty file to make one of, or a desk from before the id was set."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    application = conn.execute("PRAGMA application_id").fetchone()[0]
    if application == APPLICATION_ID:
        return True
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if application == 0 and version >= 1 and _DESK_TABLES <= tables:
        return True
    return not (tables or version or application)


def _describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"{path} is not writable"
    if "locked" in text or "busy" in text:
        return f"{path} is locked by another process; try again"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"{path} is damaged ({text}); restore it from a backup (desk doctor tells more)"
    return f"{path}: {text}"


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    with immediate(conn):
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))",
                (number, migration.name),
            )
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


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
