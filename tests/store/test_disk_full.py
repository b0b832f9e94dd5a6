"""A disk with no room left is named as such, not as an input/output error or damage: SQLite
reads a WAL desk through a file it makes beside it, and on a full disk it cannot (QA: a cron
overdue report said "input/output error" and doctor said the intact desk was damaged)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from deskcli.store import db, maintenance


_REAL_STATVFS = os.statvfs


def _full_disk(monkeypatch, full: bool) -> None:
    class Stat:
        def __init__(self, path):
            self._real = _REAL_STATVFS(path)

        def __getattr__(self, name):
            return 0 if full and name == "f_bavail" else getattr(self._real, name)

    monkeypatch.setattr(os, "statvfs", Stat)


def _io_error() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = "SQLITE_IOERR_SHMOPEN"
    return exc


def test_an_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "desk.db"
    _full_disk(monkeypatch, full=True)
    message = str(db.storage_failure(path, _io_error()))
    assert "the disk is full" in message and "nothing was changed" in message
    _full_disk(monkeypatch, full=False)
    assert "input/output error" in str(db.storage_failure(path, _io_error()))


def test_doctor_on_a_full_disk_does_not_call_the_desk_damaged(desk, isolation, monkeypatch) -> None:
    desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01")
    path = isolation / "desk.db"
    real_connect = sqlite3.connect

    def no_room(*args, **kwargs):  # what SQLite says when it cannot make desk.db-shm
        if "mode=ro" in str(args[0]):
            raise _io_error()
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", no_room)
    _full_disk(monkeypatch, full=True)
    failed = [check for check in maintenance.doctor(path) if not check["ok"]]
    assert [check["check"] for check in failed] == ["disk"]
    assert "is full" in failed[0]["detail"] and "damaged" not in failed[0]["detail"]
