"""Fault injection: damaged and foreign files, a full file system, read-only and unreadable
paths, a held lock, killed processes. Every fault must end in its documented exit code with
one ``error:`` line, nothing left behind and the database unchanged.

A full file system is a small tmpfs the tests mount, and unreadable or read-only paths
need a process without root's power to ignore permissions: both need root (CI runs as
root), and the tests that need them say so when they skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import assert_one_error_line

PIN = "4321"
BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"
CREDENTIALS = 'kind = "ftp"\naddress = "ftp.shop.example.ru"\nlogin = "support-tmp"\npassword = "Tmp-Pa55w0rd!"\n'


_SEEDED: list[tuple[bytes, bytes]] = []


@pytest.fixture
def seeded(desk, isolation, monkeypatch, request):
    """A desk with a license, an open request and its temporary access.

    Built by the commands once per test process; later tests start from copies of its
    database and key file (but for a test of the file the commands make: fresh_file)."""
    monkeypatch.setenv("DESK_PIN", PIN)
    key = isolation / "home" / "access.key"
    monkeypatch.setenv("DESK_KEY_FILE", str(key))
    path = isolation / "desk.db"
    if _SEEDED and request.node.get_closest_marker("fresh_file") is None:
        path.write_bytes(_SEEDED[0][0])
        with os.fdopen(os.open(key, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as file:
            file.write(_SEEDED[0][1])
        return desk
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Корзина",
         "--body", BODY)
    creds = isolation / "creds.toml"
    creds.write_text(CREDENTIALS, encoding="utf-8")
    desk("access", "add", "1", "--from-file", str(creds))
    creds.unlink()
    checkpoint(path)
    assert not path.with_name("desk.db-wal").exists(), "every command closes its connection"
    _SEEDED.append((path.read_bytes(), key.read_bytes()))
    return desk


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def contents(desk) -> str:
    """Everything the desk holds, as it reads back (history and hashes included)."""
    return desk("export", "--all", "--format", "jsonl").stdout


def files(directory: Path) -> dict[str, bytes | None]:
    """Every file under ``directory`` with its bytes (None for a directory), except what
    SQLite itself keeps beside a WAL database it opens read-only: its shared-memory index
    and an empty WAL, which it cannot remove without write access (tests/store/test_db.py)."""
    return {str(p.relative_to(directory)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(directory.rglob("*"))
            if not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


def assert_refused(result, code: int, *, naming: str | None = None) -> None:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert_one_error_line(result)
    if naming is not None:
        assert naming in result.stderr, result.stderr


# -- damaged database files ------------------------------------------------------------------


def flip_schema_byte(path: Path, table: str = "requests", *, offset: int = 3, value: int = 0xFF) -> None:
    """Flip one byte of a table's CREATE statement in the schema page (by default into an
    invalid UTF-8 byte; ``value`` a letter keeps the SQL parseable)."""
    data = bytearray(path.read_bytes())
    at = data.index(f'CREATE TABLE "{table}"'.encode())
    data[at + offset] = value
    path.write_bytes(bytes(data))


def rename_a_column(path: Path) -> None:
    """One byte in the schema text turns the column ``subject`` into ``sXbject``: still SQL,
    still passes integrity_check, and no longer the desk's schema."""
    data = bytearray(path.read_bytes())
    at = data.index(b'"subject" TEXT')
    data[at + 2] = ord("X")
    path.write_bytes(bytes(data))


def garble_root_page(path: Path, table: str = "requests") -> None:
    conn = sqlite3.connect(path)
    root, size = conn.execute(f"SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                              f"WHERE name = '{table}'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:root * size] = b"\x5a" * size
    path.write_bytes(bytes(data))


# -- a small full file system ----------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(directory: Path, size: str = "4m") -> Iterator[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(directory)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield directory
    finally:
        subprocess.run(["umount", "-l", str(directory)], check=False)


def fill(directory: Path) -> None:
    """Leave no free byte in ``directory``'s file system."""
    fd = os.open(directory / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)


def leave_free(directory: Path, free: int) -> None:
    """Fill ``directory``'s file system but for about ``free`` bytes."""
    fill(directory)
    filler = directory / "filler"
    filler.write_bytes(b"")  # truncate, then take back all but ``free``
    info = os.statvfs(directory)
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, info.f_bavail * info.f_frsize - free))


@pytest.fixture
def full_disk(tmp_path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    with tmpfs(tmp_path / "small") as directory:
        yield directory


# -- a process without root's permission override --------------------------------------------


def desk_process(*args: str, env: dict[str, str] | None = None, input: bytes | None = None,
                 umask: int | None = None, unprivileged: bool = False) -> subprocess.CompletedProcess:
    """``desk`` as a real process (``python -m deskcli``). ``unprivileged`` drops root's
    power to read and write what permissions forbid, so a mode 000 file is unreadable."""
    command = [sys.executable, "-m", "deskcli", *args]
    if unprivileged and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv (util-linux) is needed to run without root's permission override")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]

    def prepare() -> None:
        if umask is not None:
            os.umask(umask)

    result = subprocess.run(command, env={**os.environ, **(env or {})}, input=input, capture_output=True,
                            preexec_fn=prepare, check=False)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


class Finished:
    """A finished process as the CliRunner result shape ``assert_refused`` reads."""

    def __init__(self, process: subprocess.CompletedProcess) -> None:
        self.exit_code = process.returncode
        self.stdout = process.stdout
        self.stderr = process.stderr
