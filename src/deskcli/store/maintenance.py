"""Backups and health checks of the database file."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import stat
import urllib.parse
from pathlib import Path

from deskcli.domain.errors import InvalidInput, StorageError
from deskcli.files import absolute, describe, fsync_directory, named_target, shown, temporary_beside
from deskcli.store.connections import on_read_only_media
from deskcli.store.db import _describe, connect, disk_full, is_desk, schema_damage
from deskcli.store.desk_file import SQLITE_HEADER
from deskcli.store.migrations import MIGRATIONS, SCHEMA_VERSION

#: SQLite failures that concern the file being written rather than the desk being read.
_WRITE_FAILURES = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")


def backup(source: str | os.PathLike[str], target: Path, *, force: bool = False) -> int:
    """A consistent copy through SQLite's online backup API, safe while others write.

    The copy is written beside ``target``, passes ``quick_check`` and is fsynced before it
    takes the target's name: a damaged desk is refused instead of copied as if it were
    sound, and a full disk or a killed backup leaves no partial file.
    """
    try:
        destination = Path(named_target(target, special=False))
        exists = destination.exists()
        same = destination == Path(absolute(source)) or (exists and os.path.samefile(destination, source))
    except OSError as exc:
        raise StorageError(f"cannot write {shown(target)}: {describe(exc)}") from None
    if exists and not force:
        raise InvalidInput(f"{target} exists; use --force to replace it")
    if same:
        raise InvalidInput("the backup must go to another file")
    conn = connect(source, create=False, write=False)
    partial: str | None = None
    try:
        fd, partial = temporary_beside(destination, "partial")
        os.close(fd)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            problems = [row[0] for row in dest.execute("PRAGMA quick_check(10)")]
        finally:
            dest.close()
        if problems != ["ok"]:
            raise StorageError(f"{source} fails quick_check ({'; '.join(problems)[:300]}); no backup was "
                               "written (desk doctor tells more)")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        _take_name(partial, destination, target, force=force)
        partial = None
        fsync_directory(destination.parent)
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        raise StorageError(_describe(target if name.startswith(_WRITE_FAILURES) else source, exc)) from None
    except OSError as exc:
        raise StorageError(f"cannot write {shown(target)}: {describe(exc)}") from None
    finally:
        conn.close()
        if partial is not None:
            for leftover in (partial, f"{partial}-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
    return destination.stat().st_size


def _take_name(partial: str, destination: Path, target: Path, *, force: bool) -> None:
    """Give the finished copy its name; without ``force`` only if nothing has it by then (a
    backup started at the same time to the same new path: concurrency QA found all three
    "succeeding", each replacing the last). A hard link refuses an existing name atomically;
    where the file system has none, the name is checked just before."""
    if force:
        os.replace(partial, destination)
        return
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise InvalidInput(f"{target} exists; use --force to replace it") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        if destination.exists():
            raise InvalidInput(f"{target} exists; use --force to replace it") from None
        os.replace(partial, destination)
        return
    os.unlink(partial)


def _check(name: str, ok: bool, detail: str) -> dict:
    return {"check": name, "ok": ok, "detail": detail}


def _missing_objects(conn: sqlite3.Connection) -> list[str]:
    """The tables, indexes and triggers a desk of this deskcli holds that the file, at the
    same schema version, does not: a migration changed after it ran on the file (review: m022,
    edited twice after it shipped, left the desks it had migrated without the month counts'
    triggers, and every ``desk report sla`` failed there while ``schema_damage``, which
    compares the file with its own record, found nothing)."""
    from deskcli.store import db

    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    return sorted(db.new_desk_objects() - present)


def doctor(path: str | os.PathLike[str], key_file: Path | None = None) -> list[dict]:
    """Everything an admin should know about the file, without changing it."""
    path = Path(path)
    checks: list[dict] = []
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return [_check("database", False, f"{path} does not exist")]
    except IsADirectoryError:
        raise StorageError(f"{path} is a directory, not a database file") from None
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {describe(exc)}") from None
    if header != SQLITE_HEADER:
        return [_check("database", False, f"{path} is not a SQLite database")]
    # On read-only media SQLite cannot make the shared-memory file a WAL desk is read
    # through: read as the commands read it there, as immutable (store/connections.py).
    immutable = "&immutable=1" if on_read_only_media(path) else ""
    try:
        from deskcli.store import db

        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(absolute(path)))}?mode=ro{immutable}", uri=True,
                               timeout=db.BUSY_TIMEOUT_MS / 1000)
        try:
            if not is_desk(conn):
                raise StorageError(f"{path} is not a deskcli database (another program's SQLite file)")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            damage = schema_damage(conn) if version == SCHEMA_VERSION else None
            missing = _missing_objects(conn) if version == SCHEMA_VERSION and damage is None else []
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            live = {row[0] for row in conn.execute("SELECT sealed FROM access")} if "access" in tables else set()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if not os.access(path.parent, os.W_OK):  # not damage: SQLite could not make its index beside it
            return [_check("writable", False, f"{path.parent} is not writable, and SQLite reads a desk through a "
                                              f"file it makes beside it ({path.name}-shm): {exc}")]
        if disk_full(str(path.parent)):  # not damage either: no room for that file
            return [_check("disk", False, f"the disk of {path.parent} is full, and SQLite reads a desk through a "
                                          f"file it makes beside it ({path.name}-shm): {exc}")]
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc):
            # Nor is a lock damage (concurrency QA: doctor after a restore called a desk another
            # process held "damaged", which sends an admin to restore it again).
            raise StorageError(f"{path} is locked by another process; try again") from None
        return [_check("integrity_check", False, f"{path} is damaged and cannot be read: {exc}")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [_check("integrity_check", False, f"{path} is damaged and cannot be read: {exc}")]
    integrity = "; ".join(problems)
    checks.append(_check("integrity_check", integrity == "ok", integrity))
    if version > SCHEMA_VERSION:
        checks.append(_check("schema", False, f"version {version} is newer than this deskcli ({SCHEMA_VERSION})"))
    elif damage is not None:
        checks.append(_check("schema", False, f"damaged: {damage}; restore the file from a backup"))
    elif missing:
        checks.append(_check("schema", False, f"version {version}, without {', '.join(missing)}: a migration changed "
                             "after it ran here; restore a backup made by this deskcli, or move the desk into a "
                             "new file: desk export --all, then desk --db NEW import (temporary access and "
                             "attachments stay behind)"))
    else:
        pending = [m.name for m in MIGRATIONS[version:]]
        checks.append(_check("schema", True, f"version {version} of {SCHEMA_VERSION}"
                             + (f"; pending on next write: {', '.join(pending)}" if pending else "")))
    # A backup copy is one self-contained file (journal_mode=delete); the first command that
    # writes to it, restored, turns write-ahead logging back on.
    checks.append(_check("journal", journal in ("wal", "delete"), f"journal_mode={journal}"
                         + ("; write-ahead logging resumes on the next write" if journal == "delete" else "")))
    checks.append(_erased_credentials(path, live))
    checks += permission_checks(path, key_file)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    checks.append(_check("writable", writable, "yes" if writable else f"{path} or its directory is read-only"))
    return checks


#: What doctor asks of each file's mode, said when it complains.
_WANTED_FILE = "0600, or 0660 for a desk its group shares (no access for others)"
_WANTED_DIRECTORY = "no write for others (0700, 0755), or 2770 for a desk its group shares"
_WANTED_KEY = "0600, or 0640 for a key its group shares (no access for others)"


def permission_checks(path: Path, key_file: Path | None) -> list[dict]:
    """The modes of the database, its directory and the access key. A desk is private to
    its owner, or shared by a team through a Unix group (admin review: a team's desk, 0660
    in 2770, always failed doctor): group bits are deliberate when others have none. The
    directory of a shared desk must let the group create files there (SQLite's -wal and
    -shm, which take the database's mode) and hand them its group (setgid)."""
    file_mode = stat.S_IMODE(path.stat().st_mode)
    directory_mode = stat.S_IMODE(path.parent.stat().st_mode)
    shared = bool(file_mode & 0o070)
    checks = [_check("file permissions", file_mode & 0o007 == 0,
                     _mode_detail(path, file_mode, file_mode & 0o007 == 0, _WANTED_FILE))]
    directory_ok = directory_mode & 0o002 == 0 and (directory_mode & 0o020 == 0 or directory_mode & 0o007 == 0)
    detail = _mode_detail(path.parent, directory_mode, directory_ok, _WANTED_DIRECTORY)
    if directory_ok and shared and file_mode & 0o020 and directory_mode & 0o2030 != 0o2030:
        directory_ok = False
        detail = (f"{path.parent}: {directory_mode:04o}; the group shares the database but cannot make the files "
                  "SQLite keeps beside it, or they would not be the group's: wanted 2770 (chmod 2770)")
    checks.append(_check("directory permissions", directory_ok, detail))
    if key_file is not None and key_file.exists():
        mode = stat.S_IMODE(key_file.stat().st_mode)
        checks.append(_check("access key permissions", mode & 0o007 == 0,
                             _mode_detail(key_file, mode, mode & 0o007 == 0, _WANTED_KEY)))
    return checks


def _mode_detail(target: Path, mode: int, ok: bool, wanted: str) -> str:
    if not ok:
        return f"{target}: {mode:04o}; wanted {wanted}"
    if mode & 0o007:  # a directory only: a file others can read is never ok
        return f"{target}: {mode:04o}; others can list it, but not read the files the desk keeps there"
    return f"{target}: {mode:04o}" + ("; shared with its group" if mode & 0o070 else "")


#: A Fernet token as ``sealing`` stores it: version byte 0x80 and a timestamp whose high
#: bytes are zero, so its base64 starts with "gAAAAA".
_SEALED = re.compile(rb"gAAAAA[A-Za-z0-9_\-]{60,}={0,2}")
_CHUNK = 8 * 1024 * 1024


def _erased_credentials(path: Path, live: set[str]) -> dict:
    """Sealed credentials still in the file or its WAL after their request closed.

    Closing a request deletes them with ``secure_delete`` and checkpoints, but a close
    killed after its commit, or a reader holding an old snapshot, can leave older copies
    of the page in the WAL until the next checkpoint. They are sealed (useless without the
    access key), yet they should not outlive the request.
    """
    wanted = {token.encode() for token in live}
    found: dict[str, int] = {}
    for part in (path, Path(f"{path}-wal")):
        try:
            count = _count_tokens(part, wanted)
        except FileNotFoundError:
            continue
        except OSError as exc:
            return _check("erased credentials", False, f"{part} cannot be read: {describe(exc)}")
        if count:
            found[part.name] = count
    if not found:
        return _check("erased credentials", True, "none left in the file or its WAL")
    where = ", ".join(f"{count} in {name}" for name, count in found.items())
    remedy = ("the next checkpoint overwrites them (when the last desk command using the file ends, "
              "or after the next close); if they stay, VACUUM the file while no agent works")
    return _check("erased credentials", False, f"sealed copies of erased credentials remain ({where}); {remedy}")


def _count_tokens(path: Path, live: set[bytes]) -> int:
    """Sealed tokens in the file that are not a live request's. A token whose length needs no
    base64 padding ends in no ``=``, and the page may go on with letters and digits (the next
    column's ``2026-11-25T09…``): the match runs past it, so a match is live when it starts
    with a live token (QA: doctor reported a live temporary access as erased, exit 5)."""
    lengths = sorted({len(token) for token in live})

    def is_live(found: bytes) -> bool:
        return any(found[:length] in live for length in lengths if length <= len(found))

    count = 0
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            data = tail + chunk
            ends = 0
            for match in _SEALED.finditer(data):
                if match.end() == len(data):
                    break  # may continue in the next chunk
                ends = match.end()
                if not is_live(match.group()):
                    count += 1
            tail = data[max(ends, len(data) - 4096):]
    for match in _SEALED.finditer(tail):
        if not is_live(match.group()):
            count += 1
    return count
