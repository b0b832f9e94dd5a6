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
import zlib
from collections.abc import Callable, Iterator

from deskcli.domain.errors import StorageError
from deskcli.domain.named import TYPE_CHECKING
from deskcli.files import absolute, shown
from deskcli.held_signals import signals_held
from deskcli.store.connections import TrackedConnection, on_read_only_media
from deskcli.store.desk_file import check_file, create_parent
from deskcli.store.migrations import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from _typeshed import StrPath

BUSY_TIMEOUT_MS = 5000
#: How long a command waits for the write lock before it gives up with exit 5.
WRITE_WAIT_SECONDS = 30.0
#: How long a writer waits for the lock before saying that it waits.
WAIT_NOTICE_SECONDS = 1.0
#: ``PRAGMA application_id`` of a desk database ("DESK"): any other SQLite file is refused
#: untouched, so a mistyped ``--db`` cannot convert someone else's data.
APPLICATION_ID = 0x4445534B
#: The tables every deskcli database has had since its first schema; a file that has them
#: and no application id was written by a deskcli from before the id was set.
_DESK_TABLES = {"migrations", "licenses", "requests", "messages", "events"}


def connect(path: StrPath, *, create: bool = True, write: bool = True,
            upgrading: Callable[[int, int], None] | None = None) -> sqlite3.Connection:
    """A connection to a current-schema database at ``path``.

    ``write=False`` opens it read-only (``mode=ro``): commands that only read leave the
    file, its WAL and its mtime exactly as they were. A database that needs a schema
    upgrade is still upgraded first, once, by a short writable connection.
    ``upgrading(old, new)`` is called before an existing desk's schema is upgraded (at a
    million requests that can take half a minute, with other writers waiting).
    """
    existed = check_file(path)
    if not existed:
        if not create or not write:
            raise _no_desk(path)
        create_parent(path)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StorageError(f"cannot create {path}: {exc.strerror}") from None
    conn = _open(absolute(path), write=write)
    if not write and on_read_only_media(path):
        conn = _readable(conn, path)
    try:
        version = _identify(conn, path)
        if version == 0 and not create:  # a blank file, as a missing one: not made into a desk here
            raise _no_desk(path)
        if not write:
            if version == 0:  # a blank file: a desk is made of it by a command that starts one
                raise _no_desk(path)
            if version < SCHEMA_VERSION:
                conn.close()
                connect(path, write=True, upgrading=upgrading).close()
                conn = _open(absolute(path), write=False)
            _verify_schema(conn, path)
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
            _migrate(conn, upgrading)
        else:
            _verify_schema(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema makes SQLite's own error message undecodable, hence UnicodeDecodeError.
        conn.close()
        raise StorageError(_describe(path, exc)) from None
    except BaseException:
        conn.close()
        raise
    return conn


#: Tables a new desk fills by itself: the schema's own records and the search indexes' setup.
_BOOKKEEPING = {"migrations", "schema_digest", "calendar_cache"}
_INDEX_PARTS = ("_data", "_idx", "_content", "_docsize", "_config")


def discard_if_blank(path: StrPath) -> bool:
    """Remove the desk at ``path`` (with its log and index) if nothing was ever recorded in
    it: a command that may start a desk made it, then failed (``desk --db new.db import
    bad.jsonl``), and an empty desk left there would answer a cron line "nothing overdue".
    Done under an exclusive lock, and only if no other process holds one. Returns whether
    it was removed."""
    try:
        conn = _open(absolute(path), write=True)
    except StorageError:
        return False
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN EXCLUSIVE")
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            if table in _BOOKKEEPING or table.endswith(_INDEX_PARTS):
                continue
            if conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
                return False
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _no_desk(path: StrPath) -> StorageError:
    return StorageError(f"no desk database at {path}; desk license add, desk policy set or desk import "
                        "starts one, or try desk demo")


def schema_signature(conn: sqlite3.Connection) -> dict[str, int]:
    """A checksum of each schema object's SQL text, by name; SQLite's own objects
    (``sqlite_stat1`` after an ANALYZE) and an admin's extra index do not disturb it."""
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute("SELECT name, CAST(sql AS BLOB) FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()
    return {name: zlib.crc32(sql or b"") for name, sql in rows}


def schema_damage(conn: sqlite3.Connection) -> str | None:
    """What differs between the file's schema and the one its migrations wrote, if anything.

    A byte flipped in the schema text can leave SQL that still parses (a column renamed,
    a type changed) and passes ``integrity_check``; commands would then fail on a missing
    column. The migrations record each object's checksum (table ``schema_digest``).
    """
    cursor = conn.cursor()
    cursor.row_factory = None
    if not _has_digest(cursor):
        if any("schema_digest" in statement for migration in MIGRATIONS for statement in migration.statements):
            return "its record of the schema (schema_digest) is missing"
        return None  # migrations that predate the record (tests build such desks)
    expected = dict(cursor.execute("SELECT name, crc FROM schema_digest").fetchall())
    if not expected:
        return "its record of the schema is empty"
    actual = schema_signature(conn)
    for name, crc in sorted(expected.items()):
        if name not in actual:
            return f"{name} is missing from its schema"
        if actual[name] != crc:
            return f"the schema text of {name} was altered"
    return None


def new_desk_objects() -> frozenset[str]:
    """The names of every object the migrations make, read from a new desk in memory (a few
    milliseconds; only ``desk doctor`` asks)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _migrate(memory)
        return frozenset(row[0] for row in memory.execute(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        memory.close()


def _verify_schema(conn: sqlite3.Connection, path: StrPath) -> None:
    damage = schema_damage(conn)
    if damage is not None:
        raise StorageError(f"{path} is damaged: {damage}; restore it from a backup (desk doctor tells more)")


#: What ``urllib.parse.quote`` leaves as it is (with ``safe="/"``, its default).
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def uri_quoted(path: str) -> str:
    """``urllib.parse.quote`` of the path's bytes as the file system has them, exactly (tests
    hold the two equal), without importing urllib.parse and ipaddress on every read-only
    command: each byte outside letters, digits and ``_.-~/`` becomes ``%XX``. The bytes, not
    UTF-8 text: a name the file system holds in another encoding opens as any other."""
    return "".join(chr(byte) if byte in _URI_SAFE else f"%{byte:02X}" for byte in os.fsencode(path))


def _readable(conn: sqlite3.Connection, path: StrPath) -> sqlite3.Connection:
    """A read-only connection that can read: SQLite reads a WAL-mode file through a shared
    memory file beside it, which it cannot create on read-only media, so there the file is
    opened as immutable (nothing can change it: the medium is read-only and its log empty)."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return _open(absolute(path), write=False, immutable=True)


def _open(path: str, *, write: bool, immutable: bool = False) -> sqlite3.Connection:
    try:
        if write:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=TrackedConnection)
        else:
            uri = "file:" + uri_quoted(absolute(path)) + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   factory=TrackedConnection)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # an agent's name in any letter case, Cyrillic too (SQLite's NOCASE folds Latin only)
        conn.create_function("casefold", 1, _casefold, deterministic=True)
        conn.track(path)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be opened: {exc}") from None
    return conn


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _identify(conn: sqlite3.Connection, path: StrPath) -> int:
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


def _describe(path: StrPath, exc: BaseException) -> str:
    directory = os.path.dirname(absolute(path)) or "."
    path = shown(path)
    if isinstance(exc, UnicodeDecodeError):
        return f"{path} is damaged (its schema cannot be read); restore it from a backup (desk doctor tells more)"
    text = str(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or "disk is full" in text:
        return f"cannot write {path}: the disk is full; nothing was changed"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return f"{path} is not writable"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return f"{path} is locked by another process; try again"
    if (name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text
            or "not a database" in text or "corrupt" in text):
        return f"{path} is damaged ({text}); restore it from a backup (desk doctor tells more)"
    if name.startswith("SQLITE_CANTOPEN"):
        if not os.access(directory, os.W_OK):  # a read-only mount, say: SQLite writes its log beside the file
            return f"{path} is not writable: its directory {shown(directory)} is read-only ({text})"
        return f"{path} cannot be opened ({text})"
    if name.startswith("SQLITE_IOERR"):
        if disk_full(directory):  # SQLite could not make its shared-memory file: the disk, not the desk
            return f"{path} cannot be used: the disk is full ({text}); nothing was changed"
        return f"{path}: input/output error ({text})"
    return f"{path}: {text}"


def disk_full(directory: str) -> bool:
    """Whether the file system of ``directory`` has no block left for an unprivileged write
    (not read-only media, which report no free block either: review)."""
    try:
        found = os.statvfs(directory)
    except OSError:
        return False
    return found.f_blocks > 0 and found.f_bavail == 0 and not found.f_flag & os.ST_RDONLY


def storage_failure(path: StrPath, exc: BaseException) -> StorageError | None:
    """The storage error a sqlite3 failure escaping a command stands for, naming the file."""
    if isinstance(exc, sqlite3.DatabaseError):
        return StorageError(_describe(path, exc))
    return None


def _migrate(conn: sqlite3.Connection, upgrading: Callable[[int, int], None] | None = None) -> None:
    with immediate(conn):
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if upgrading is not None and 0 < current < len(MIGRATIONS):  # not a new desk, nor one upgraded meanwhile
            upgrading(current, len(MIGRATIONS))
        for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))",
                (number, migration.name),
            )
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if current < len(MIGRATIONS):
            record_schema(conn)


def _has_digest(cursor: sqlite3.Cursor) -> bool:
    return cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_digest'").fetchone() is not None


def record_schema(conn: sqlite3.Connection) -> None:
    """Note each schema object's checksum, for ``schema_damage`` to compare on every open."""
    if not _has_digest(conn.cursor()):
        return
    conn.execute("DELETE FROM schema_digest")
    conn.executemany("INSERT INTO schema_digest (name, crc) VALUES (?, ?)", sorted(schema_signature(conn).items()))


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection, committed: Callable[[], None] | None = None,
              waiting: Callable[[], None] | None = None) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken up front so two writers never deadlock mid-way.
    ``waiting`` is called once if the lock is still not had after WAIT_NOTICE_SECONDS, so
    that a person is not left before a silent command.

    The write lock is asked for every few milliseconds until WRITE_WAIT_SECONDS have passed.
    SQLite's own busy handler backs off to 100 ms between tries, so under many writers an
    early waiter polls ever more rarely and newcomers keep winning: 16 agents saw waits of
    20 s. A short, steady, jittered interval lets every waiter catch a free moment.
    """
    started = time.monotonic()
    deadline = started + WRITE_WAIT_SECONDS
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                moment = time.monotonic()
                if moment >= deadline:
                    raise StorageError("the database stayed locked by other writers; try again") from None
                if waiting is not None and moment - started >= WAIT_NOTICE_SECONDS:
                    waiting()
                    waiting = None
                import random  # only when another writer holds the lock

                time.sleep(random.uniform(0.001, 0.004))
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        # A signal arriving as COMMIT returns would be raised before the caller noted the
        # commit, and the command would say "nothing was changed" of a saved change (review):
        # held back until both are done, then delivered.
        with signals_held():
            conn.execute("COMMIT")
            if committed is not None:
                committed()


def storage_errors(path: StrPath):
    """Turn sqlite3 failures inside a command into StorageError naming the file."""

    @contextlib.contextmanager
    def guard() -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise StorageError(_describe(path, exc)) from None

    return guard()
