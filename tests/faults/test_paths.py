"""Odd paths: one that climbs above the root with "..", and one of 5,000 characters."""

from __future__ import annotations

import sqlite3

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
