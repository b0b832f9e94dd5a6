"""Backups and health checks of the database file."""

from __future__ import annotations

import os
import sqlite3
import stat
import urllib.parse
from pathlib import Path

from deskcli.domain.errors import InvalidInput, StorageError
from deskcli.store.db import SQLITE_HEADER, connect, is_desk
from deskcli.store.migrations import MIGRATIONS, SCHEMA_VERSION


def backup(source: Path, target: Path, *, force: bool = False) -> int:
    """A consistent copy through SQLite's online backup API, safe while others write."""
    if target.exists() and not force:
        raise InvalidInput(f"{target} exists; use --force to replace it")
    if target.resolve() == source.resolve():
        raise InvalidInput("the backup must go to another file")
    conn = connect(source, create=False)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot write {target}: {exc.strerror}") from None
    except BaseException:  # Ctrl-C: no half-written copy is left behind
        partial.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    return target.stat().st_size


def _check(name: str, ok: bool, detail: str) -> dict:
    return {"check": name, "ok": ok, "detail": detail}


def doctor(path: Path, key_file: Path | None = None) -> list[dict]:
    """Everything an admin should know about the file, without changing it."""
    checks: list[dict] = []
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return [_check("database", False, f"{path} does not exist")]
    except IsADirectoryError:
        raise StorageError(f"{path} is a directory, not a database file") from None
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        return [_check("database", False, f"{path} is not a SQLite database")]
    try:
        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(path.absolute()))}?mode=ro", uri=True)
        try:
            if not is_desk(conn):
                raise StorageError(f"{path} is not a deskcli database (another program's SQLite file)")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [_check("integrity", False, f"{path} is damaged and cannot be read: {exc}")]
    integrity = "; ".join(problems)
    checks.append(_check("integrity", integrity == "ok", integrity))
    if version > SCHEMA_VERSION:
        checks.append(_check("schema", False, f"version {version} is newer than this deskcli ({SCHEMA_VERSION})"))
    else:
        pending = [m.name for m in MIGRATIONS[version:]]
        checks.append(_check("schema", True, f"version {version} of {SCHEMA_VERSION}"
                             + (f"; pending on next write: {', '.join(pending)}" if pending else "")))
    checks.append(_check("journal", journal == "wal", f"journal_mode={journal}"))
    # The file must be private; a directory the admin chose may be listable by others,
    # but nobody else may be able to replace files in it.
    for label, target, forbidden in (("file permissions", path, 0o077), ("directory permissions", path.parent, 0o022)):
        mode = stat.S_IMODE(target.stat().st_mode)
        checks.append(_check(label, mode & forbidden == 0, f"{target}: {mode:04o}"))
    if key_file is not None and key_file.exists():
        mode = stat.S_IMODE(key_file.stat().st_mode)
        checks.append(_check("access key permissions", mode & 0o077 == 0, f"{key_file}: {mode:04o}"))
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    checks.append(_check("writable", writable, "yes" if writable else f"{path} or its directory is read-only"))
    return checks
