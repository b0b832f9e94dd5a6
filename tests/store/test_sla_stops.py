"""``sla_stops`` holds the same rows whether triggers wrote them or the migration derived them."""

from __future__ import annotations

import sqlite3

import pytest

from deskcli.store.migrations import MIGRATIONS
from tests.cli.test_report import build_known

COLUMNS = "request_id, kind, at, agent, category, line, seq, met_due, met_first_due, minutes, first_minutes"


@pytest.fixture
def known(desk):
    """A desk with every kind of stop (see tests/cli/test_report.py)."""
    return build_known(desk)


def _stops(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {COLUMNS} FROM sla_stops ORDER BY at, request_id, kind").fetchall()
    finally:
        conn.close()


def test_the_migration_derives_what_the_triggers_recorded(known, isolation) -> None:
    path = isolation / "desk.db"
    recorded = _stops(path)
    # (request, kind, earlier stops of the request, met the deadline in force)
    assert [(r[0], r[1], r[6], r[7]) for r in recorded] == [
        (1, "response", 0, 1), (2, "response", 0, 1), (7, "closed", 0, 1), (4, "response", 0, 0),
        (3, "response", 0, 1), (6, "closed", 0, 0), (8, "closed", 0, 0), (10, "response", 0, 1),
    ]
    # The same desk as an older deskcli left it (no table, no triggers), then that migration's
    # own statements run, as opening an older desk runs them.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("DROP TRIGGER sla_stop_response; DROP TRIGGER sla_stop_closed; DROP TABLE sla_stops; "
                       "DROP INDEX requests_open_deadlines;")
    (migration,) = [m for m in MIGRATIONS if m.name.endswith("_sla_stops")]
    for statement in migration.statements:
        conn.execute(statement)
    conn.close()
    assert _stops(path) == recorded


def test_a_reply_to_a_request_no_longer_waiting_stops_no_clock(known, isolation) -> None:
    before = _stops(isolation / "desk.db")
    known("--agent", "anna", "reply", "3", "--body", "Ещё одно уточнение от нас.", env={"DESK_NOW": "2026-12-01T12:00"})
    assert _stops(isolation / "desk.db") == before  # #3 was answered already: no clock was running


def test_an_imported_desk_reports_what_the_exported_one_did(known, isolation) -> None:
    now = {"DESK_NOW": "2026-12-01T12:00"}
    source = isolation / "all.jsonl"
    source.write_text(known("export", "--all", "--format", "jsonl").stdout, encoding="utf-8")
    other = isolation / "other.db"
    known("--db", str(other), "import", str(source))
    assert _stops(other) == _stops(isolation / "desk.db")
    for by in ("category,month", "agent"):
        assert known.json("--db", str(other), "report", "sla", "--by", by, "--json", env=now) \
            == known.json("report", "sla", "--by", by, "--json", env=now)
