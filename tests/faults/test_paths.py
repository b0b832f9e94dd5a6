"""Odd paths: one that climbs above the root with "..", one of 5,000 characters, a database's own
log named as a desk, and a mistyped path given to a command that cannot start a desk."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import assert_one_error_line
from tests.faults.conftest import assert_refused, files


def _climbing(path) -> str:
    """``path`` as a relative path that first climbs far above "/" (the kernel stops at
    the root; SQLite, given it as is, refused it: exit 70 before)."""
    return "../" * 40 + str(path).lstrip("/")


def test_a_path_that_climbs_above_the_root_works_everywhere(seeded, isolation, monkeypatch) -> None:
    monkeypatch.chdir(isolation / "home")
    seeded("backup", _climbing(isolation / "copy.db"))
    conn = sqlite3.connect(isolation / "copy.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    seeded("export", "-o", _climbing(isolation / "export.csv"))
    assert seeded.json("--db", _climbing(isolation / "desk.db"), "show", "1", "--json")["id"] == 1
    seeded("--db", _climbing(isolation / "desk.db"), "reply", "1", "--internal", "--body", "заметка")


def test_a_5000_character_path_is_exit_5_for_every_kind_of_file(seeded, isolation) -> None:
    long = str(isolation / ("x" * 5000))
    before = files(isolation)
    # A --config path that cannot be read is a bad option (exit 2), as any unreadable one is.
    for args, code in ((("backup", long), 5), (("export", "-o", long), 5), (("--db", long, "queue"), 5),
                       (("--config", long, "config", "set", "agent", "anna"), 2)):
        result = seeded(*args, code=None)
        assert_refused(result, code)
        assert "too long" in result.stderr.lower() and len(result.stderr) < 400  # the path is cut
    assert files(isolation) == before


def test_a_databases_own_log_or_index_is_refused_as_a_desk(seeded, isolation) -> None:
    """A slip of tab completion (--db desk.db-wal): an empty log opened as a desk became a new
    one, whose records vanished when the real database reset its log."""
    live = sqlite3.connect(isolation / "desk.db")  # holds the log open, empty, as a desk in use does
    live.execute("PRAGMA journal_mode = WAL")
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            sidecar = isolation / f"desk.db{suffix}"
            before = {name: data for name, data in files(isolation).items() if name.startswith("desk.db")}
            for args in (("license", "add", "W-1", "--edition", "Бизнес", "--price", "1", "--purchased",
                          "2026-06-01"), ("queue",), ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "-s", "x", "--site", "https://a.ru",
                                                      "--body", "Как настроить скидки?")):
                result = seeded("--db", str(sidecar), *args, code=None)
                assert_refused(result, 5)
                assert f"desk.db{suffix} is the" in result.stderr and "of the database" in result.stderr
            assert {name: data for name, data in files(isolation).items() if name.startswith("desk.db")} == before
    finally:
        live.close()


@pytest.mark.parametrize("blank", [False, True], ids=["missing", "blank"])
def test_a_command_that_cannot_start_a_desk_leaves_no_file(desk, isolation, blank) -> None:
    """A mistyped DESK_DB in a cron line: a failing write made a desk there, and the next
    `queue --overdue --check` reported nothing overdue instead of "no desk database"."""
    typo = isolation / "typo.db"
    if blank:
        typo.write_bytes(b"")
    env = {"DESK_DB": str(typo), "DESK_PIN": "4321"}
    for args in (("assign", "1", "me"), ("reply", "1", "--internal", "--body", "заметка"),
                 ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "-s", "x", "--site", "https://a.ru",
                  "--body", "Как настроить скидки?"),
                 ("close", "1"), ("license", "renew", "HC-1", "--on", "2026-11-25")):
        result = desk(*args, env=env, code=5)
        assert_one_error_line(result)
        assert "no desk database" in result.stderr
        assert [p.name for p in isolation.iterdir() if p.name.startswith("typo")] == (["typo.db"] if blank else [])
        assert not blank or typo.stat().st_size == 0
    assert desk("queue", "--overdue", "--check", env=env, code=5)
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01", env=env)
    assert desk.json("license", "show", "HC-1", "--json", env=env)["number"] == "HC-1"


def test_a_name_that_only_looks_like_a_log_is_a_desk(desk, isolation) -> None:
    """team-journal beside a text file called team is nobody's journal (review)."""
    (isolation / "team").write_text("notes\n", encoding="utf-8")
    desk("--db", str(isolation / "team-journal"), "license", "add", "HC-1", "--edition", "Бизнес", "--price", "1",
         "--purchased", "2026-06-01", env={"DESK_PIN": "4321"})
    assert desk.json("--db", str(isolation / "team-journal"), "license", "show", "HC-1", "--json")["number"] == "HC-1"


def test_a_desk_a_failing_command_started_is_not_left_behind(desk, isolation) -> None:
    """desk --db new.db import bad.jsonl made the desk, failed, and left it empty: a cron line
    on that path then reported nothing overdue (review)."""
    bad = isolation / "bad.jsonl"
    bad.write_text('{"kind": "spaceship"}\n', encoding="utf-8")
    new = isolation / "new.db"
    assert_refused(desk("--db", str(new), "import", str(bad), code=None), 2)
    assert [p.name for p in isolation.iterdir() if p.name.startswith("new.db")] == []
    assert desk("--db", str(new), "queue", "--overdue", "--check", code=5)
    desk("--db", str(new), "license", "add", "HC-1", "--edition", "Бизнес", "--price", "1", "--purchased",
         "2026-06-01", env={"DESK_PIN": "4321"})
    assert new.exists() and desk.json("--db", str(new), "license", "show", "HC-1", "--json")["number"] == "HC-1"
