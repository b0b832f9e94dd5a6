"""A damaged or foreign database: every command ends in exit 5 naming the file, leaves the
file byte for byte as it was, and writes nothing next to it; doctor says what is wrong and
backup refuses to copy it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import (
    assert_refused,
    checkpoint,
    files,
    flip_schema_byte,
    garble_root_page,
    rename_a_column,
)

DAMAGES = {
    "schema-byte-not-utf8": flip_schema_byte,
    "schema-column-renamed": rename_a_column,
    "requests-root-page-garbled": garble_root_page,
}
COMMANDS = [("queue",), ("queue", "--json"), ("show", "1"), ("export",), ("export", "--all", "--format", "jsonl"),
            ("reply", "1", "--internal", "--body", "заметка"), ("close", "1"), ("edit", "1", "--category", "technical")]


@pytest.fixture
def damaged_copy(seeded, isolation):
    """Make a damaged copy of the seeded desk in its own directory."""

    def make(damage: str) -> Path:
        directory = isolation / "damaged"
        directory.mkdir()
        path = directory / "desk.db"
        shutil.copy2(isolation / "desk.db", path)
        DAMAGES[damage](path)
        return path

    return make


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_refuses_a_damaged_desk_untouched(seeded, damaged_copy, damage, command) -> None:
    path = damaged_copy(damage)
    before = files(path.parent)
    result = seeded("--db", str(path), *command, code=None)
    assert_refused(result, 5, naming=str(path))
    assert "damaged" in result.stderr
    assert files(path.parent) == before


@pytest.mark.parametrize("damage", DAMAGES)
def test_backup_refuses_a_damaged_desk_and_leaves_no_copy(seeded, damaged_copy, isolation, damage) -> None:
    path = damaged_copy(damage)
    before = files(path.parent)
    target = isolation / "backups"
    target.mkdir()
    result = seeded("--db", str(path), "backup", str(target / "copy.db"), code=None)
    assert_refused(result, 5, naming=str(path))
    assert list(target.iterdir()) == []
    assert files(path.parent) == before


@pytest.mark.parametrize("damage,check", [("schema-byte-not-utf8", "integrity_check"),
                                          ("schema-column-renamed", "schema"),
                                          ("requests-root-page-garbled", "integrity_check")])
def test_doctor_reports_the_damage_with_exit_5(seeded, damaged_copy, damage, check) -> None:
    path = damaged_copy(damage)
    before = files(path.parent)
    result = seeded("--db", str(path), "doctor", "--json", code=5)
    problems = {c["check"] for c in __import__("json").loads(result.stdout) if not c["ok"]}
    assert check in problems
    assert "Traceback" not in result.stdout + result.stderr
    assert files(path.parent) == before


def test_a_sound_desk_passes_doctor_and_backs_up(seeded, isolation) -> None:
    isolation.chmod(0o700)
    checks = seeded.json("doctor", "--json")
    assert all(c["ok"] for c in checks), checks
    assert {"integrity_check", "schema", "erased credentials"} <= {c["check"] for c in checks}
    seeded("backup", str(isolation / "copy.db"))
    conn = sqlite3.connect(isolation / "copy.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_doctor_names_what_a_migration_changed_after_it_ran_left_out(seeded, isolation) -> None:
    """A desk migrated by a version of a migration that was edited afterwards holds what that
    version made, and its own record of the schema agrees with it: schema version 23 without
    the month counts m022 makes now, where every report sla failed and doctor said ok."""
    from deskcli.store import db

    conn = sqlite3.connect(isolation / "desk.db")
    for trigger in ("sla_month_added", "sla_month_removed"):
        conn.execute(f"DROP TRIGGER {trigger}")
    db.record_schema(conn)  # as the edited migration recorded it
    conn.commit()
    conn.close()
    before = files(isolation)
    result = seeded("doctor", "--json", code=5)
    [schema] = [c for c in __import__("json").loads(result.stdout) if c["check"] == "schema"]
    assert not schema["ok"] and "sla_month_added, sla_month_removed" in schema["detail"], schema
    assert "desk export --all" in schema["detail"]
    assert files(isolation) == before


def test_an_admins_extra_index_and_analyze_are_not_damage(seeded, isolation) -> None:
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("CREATE INDEX my_own ON requests (assignee)")
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    assert seeded.json("show", "1", "--json")["id"] == 1
    seeded("reply", "1", "--internal", "--body", "ещё заметка")


@pytest.mark.parametrize("command", [("queue",), ("doctor",), ("backup", "{dir}/copy.db")], ids=" ".join)
def test_a_foreign_sqlite_file_is_refused_untouched(seeded, isolation, command) -> None:
    directory = isolation / "foreign"
    directory.mkdir()
    path = directory / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = files(directory)
    args = [a.replace("{dir}", str(directory)) for a in command]
    result = seeded("--db", str(path), *args, code=None)
    assert_refused(result, 5, naming=str(path))
    assert files(directory) == before


def test_the_schema_check_costs_little_and_reads_only_the_schema(seeded, isolation) -> None:
    """What the check reads: sqlite_master and schema_digest, one row per object."""
    from deskcli.store.db import connect, schema_damage

    checkpoint(isolation / "desk.db")
    conn = connect(isolation / "desk.db", write=False)
    try:
        assert schema_damage(conn) is None
        names = {row[0] for row in conn.execute("SELECT name FROM schema_digest")}
        assert {"requests", "licenses", "pin_failures", "schema_digest"} <= names
    finally:
        conn.close()


def test_mail_in_on_a_damaged_page_asks_the_mta_to_retry_and_names_the_damage(seeded, damaged_copy) -> None:
    """Opening's checks pass and the damage is met later, reading the request a reply names:
    the MTA keeps the message (75) and the admin reads what is wrong, not 'unexpected DatabaseError'."""
    path = damaged_copy("requests-root-page-garbled")
    reply = ("From: customer@example.ru\nTo: support@example.ru\nSubject: Re: [desk #1] Корзина\n"
             "Message-ID: <damaged-1@example.ru>\n\nВсё ещё не работает, что делать?\n")
    result = seeded("--db", str(path), "mail-in", input=reply, code=75)
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "damaged" in line and str(path) in line, line
    assert "unexpected" not in line and line.endswith("the message was not stored and will be offered again")
