"""``sla_stops`` holds the same rows whether triggers wrote them or the migration derived them."""

from __future__ import annotations

import sqlite3

from deskcli.store.migrations import MIGRATIONS
from deskcli.store.repository import Repository
from tests.cli.test_report import known  # noqa: F401  (the fixture: a desk with every kind of stop)

COLUMNS = ("request_id, kind, at, agent, category, line, first, due_at, first_due_at, met_due, met_first_due, "
           "minutes, first_minutes")


def _stops(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {COLUMNS} FROM sla_stops ORDER BY at, request_id, kind").fetchall()
    finally:
        conn.close()


def test_the_migration_derives_what_the_triggers_recorded(known, isolation) -> None:
    path = isolation / "desk.db"
    recorded = _stops(path)
    assert [(r[0], r[1], r[6], r[9]) for r in recorded] == [
        (1, "response", 1, 1), (2, "response", 1, 1), (7, "closed", 1, 1), (4, "response", 1, 0),
        (3, "response", 1, 1), (6, "closed", 1, 0), (8, "closed", 1, 0), (10, "response", 1, 1),
    ]
    # The same desk as an older deskcli left it: no table, no triggers, one schema version less.
    conn = sqlite3.connect(path)
    conn.executescript("DROP TRIGGER sla_stop_response; DROP TRIGGER sla_stop_closed; DROP TABLE sla_stops;")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.execute("DELETE FROM migrations WHERE name = 'm009_sla_stops'")
    conn.commit()
    conn.close()
    Repository(path).close()  # opening it migrates it
    assert _stops(path) == recorded


def test_a_reply_to_a_request_no_longer_waiting_stops_no_clock(known, isolation) -> None:
    before = _stops(isolation / "desk.db")
    known("--agent", "anna", "reply", "3", "--body", "Ещё одно уточнение от нас.", env={"DESK_NOW": "2026-12-01T12:00"})
    assert _stops(isolation / "desk.db") == before  # #3 was answered already: no clock was running
