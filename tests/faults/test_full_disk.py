"""A full file system: exit 5 with one line, no partial, empty or truncated file, and the
desk as it was. The file system is a small tmpfs, filled to the last byte."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

from tests.faults.conftest import (
    BODY,
    CREDENTIALS,
    assert_refused,
    contents,
    files,
    fill,
    leave_free,
)


def test_backup_to_a_full_disk(seeded, full_disk) -> None:
    fill(full_disk)
    before = files(full_disk)
    result = seeded("backup", str(full_disk / "desk-copy.db"), code=None)
    assert_refused(result, 5, naming=str(full_disk / "desk-copy.db"))
    assert "full" in result.stderr
    assert files(full_disk) == before  # no .partial, no -journal


def test_a_backup_that_does_not_fit_leaves_nothing(seeded, full_disk, isolation) -> None:
    """Room for the start of the copy but not the rest: the failure comes mid-copy."""
    leave_free(full_disk, (isolation / "desk.db").stat().st_size // 3)
    before = files(full_disk)
    assert_refused(seeded("backup", str(full_disk / "desk-copy.db"), code=None), 5)
    assert files(full_disk) == before


def test_export_to_a_full_disk_leaves_no_truncated_file(seeded, full_disk) -> None:
    fill(full_disk)
    before = files(full_disk)
    result = seeded("export", "--messages", "-o", str(full_disk / "export.csv"), code=None)
    assert_refused(result, 5, naming=str(full_disk / "export.csv"))
    assert files(full_disk) == before


def test_an_export_that_replaces_a_file_keeps_the_old_one_when_the_disk_fills(seeded, full_disk) -> None:
    target = full_disk / "export.json"
    target.write_text("[]\n", encoding="utf-8")
    fill(full_disk)
    assert_refused(seeded("export", "--format", "json", "--messages", "-o", str(target), code=None), 5)
    assert target.read_text(encoding="utf-8") == "[]\n"


def test_export_to_standard_output_on_a_full_disk(seeded, full_disk, isolation) -> None:
    fill(full_disk)
    with open(full_disk / "redirected.csv", "wb") as stdout:
        process = subprocess.run([sys.executable, "-m", "deskcli", "export", "--messages"], stdout=stdout,
                                 stderr=subprocess.PIPE, env=os.environ.copy(), check=False)
    errors = process.stderr.decode().splitlines()
    assert process.returncode == 5, errors
    assert len(errors) == 1 and errors[0].startswith("error: ") and "space" in errors[0]


def test_config_set_on_a_full_disk(seeded, full_disk) -> None:
    fill(full_disk)
    before = files(full_disk)
    target = full_disk / "settings" / "config.toml"
    result = seeded("--config", str(target), "config", "set", "agent", "anna", code=None)
    assert_refused(result, 5, naming=str(target))
    assert files(full_disk) == before  # not even the directory it made


def test_the_access_key_is_never_left_empty_on_a_full_disk(seeded, full_disk, isolation, monkeypatch) -> None:
    seeded("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Поиск",
           "--body", "Почему поиск по каталогу ничего не находит?")
    monkeypatch.setenv("DESK_KEY_FILE", str(full_disk / "access.key"))
    creds = isolation / "creds.toml"
    creds.write_text(CREDENTIALS, encoding="utf-8")
    fill(full_disk)
    before, desk_before = files(full_disk), contents(seeded)
    result = seeded("access", "add", "2", "--from-file", str(creds), code=None)
    assert_refused(result, 5, naming=str(full_disk / "access.key"))
    assert files(full_disk) == before and not (full_disk / "access.key").exists()
    assert contents(seeded) == desk_before
    (full_disk / "filler").unlink()
    seeded("access", "add", "2", "--from-file", str(creds))  # works once there is room
    assert len((full_disk / "access.key").read_bytes().strip()) == 44


def test_a_write_to_a_desk_on_a_full_disk_changes_nothing(desk, full_disk, monkeypatch) -> None:
    path = full_disk / "desk.db"
    monkeypatch.setenv("DESK_DB", str(path))
    monkeypatch.setenv("DESK_PIN", "4321")
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Корзина",
         "--body", BODY)
    before = contents(desk)
    fill(full_disk)
    result = desk("reply", "1", "--internal", "--body", "Заметка " * 4000, code=None)
    assert_refused(result, 5, naming=str(path))
    assert "full" in result.stderr
    assert contents(desk) == before
    (full_disk / "filler").unlink()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    desk("reply", "1", "--internal", "--body", "Заметка")


def test_a_calendar_cache_on_a_full_disk_only_costs_speed(desk, full_disk, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(full_disk / "cache"))
    fill(full_disk)
    assert desk.json("calendar", "--year", "2027", "--json")["year"] == 2027
    assert not (full_disk / "cache").exists() or not any((full_disk / "cache").rglob("*.json"))
    shutil.rmtree(full_disk / "cache", ignore_errors=True)
