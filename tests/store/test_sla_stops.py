"""``sla_stops``, and the month counts the report reads, hold the same rows whether triggers
wrote them, a migration derived them or ``desk import`` loaded the desk in bulk."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import pytest

from deskcli.store.migrations import MIGRATIONS, Migration
from deskcli.store.sla_schema import GRAINS, MONTH_BACKFILL
from tests.cli.test_report import build_known, build_reopened

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


def _counts(path) -> dict[str, list[tuple]]:
    """Each month-count table (stops, then minutes, of each grain), without counts taken back
    to nothing."""
    conn = sqlite3.connect(path)
    try:
        return {f"{stem}_{table}": sorted(conn.execute(f"SELECT * FROM {stem}_{table} WHERE {count} <> 0"))
                for stem in GRAINS for table, count in (("stops", "stops"), ("minutes", "responses"))}
    finally:
        conn.close()


def _recounted(path) -> dict[str, list[tuple]]:
    """The counts as migration m022 derives them from ``sla_stops`` now, in a copy."""
    copy = path.with_name("recount.db")
    source, target = sqlite3.connect(path), sqlite3.connect(copy, isolation_level=None)
    try:
        source.backup(target)
        target.executescript("".join(f"DELETE FROM {stem}_stops; DELETE FROM {stem}_minutes; " for stem in GRAINS))
        for statement in MONTH_BACKFILL:
            target.execute(statement)
    finally:
        source.close()
        target.close()
    try:
        return _counts(copy)
    finally:
        copy.unlink()


def _migration(suffix: str) -> Migration:
    (found,) = [m for m in MIGRATIONS if m.name.endswith(suffix)]
    return found


def _as_before(path, drop: str, suffix: str, *, first: Sequence[str] = ()) -> None:
    """The desk at ``path`` as an older deskcli left it (``drop`` taken away, ``first`` made),
    then the statements of the migration named ``…suffix``, as opening an older desk runs them."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(drop)
        for statement in (*first, *_migration(suffix).statements):
            conn.execute(statement)
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
    # The same desk as an older deskcli left it (no table, no triggers), then that migration.
    _as_before(path, "DROP TRIGGER sla_stop_response; DROP TRIGGER sla_stop_closed; DROP TABLE sla_stops; "
                     "DROP INDEX requests_open_deadlines;", "_sla_stops")
    assert _stops(path) == recorded


def test_the_month_counts_are_what_their_migration_derives(known, isolation) -> None:
    path = isolation / "desk.db"
    counted = _counts(path)
    months, minutes, by_agent = counted["sla_month_stops"], counted["sla_month_minutes"], counted["sla_month_agents_stops"]
    # Every stop of the known desk is counted once, every response once by each measure;
    # #3's answer came after a clarification, so its two measures differ.
    responses = [row for row in _stops(path) if row[1] == "response"]
    assert sum(row[-1] for row in months) == sum(row[-1] for row in by_agent) == len(_stops(path)) == 8
    assert {row[1] for row in by_agent} == {row[3] for row in _stops(path)}  # each agent, by name
    assert sum(row[4] for row in minutes if row[1] == "minutes") == len(responses) == 5
    assert sum(row[5] for row in minutes if row[1] == "minutes") == 5  # each the first of its request
    assert [row[3] for row in minutes if row[1] == "minutes"] != [row[3] for row in minutes if row[1] == "first_minutes"]
    # The desk as deskcli left it before m022 (its month indexes, no counts), then m022 runs.
    _as_before(path, "DROP TRIGGER sla_month_added; DROP TRIGGER sla_month_removed; "
               + "".join(f"DROP TABLE {stem}_stops; DROP TABLE {stem}_minutes; " for stem in GRAINS),
               "_sla_month_counts", first=[sql for sql in _migration("_sla_stops").statements
                                           if sql.startswith("CREATE INDEX sla_stops_") and "_request " not in sql])
    assert _counts(path) == counted


def test_a_stop_taken_away_by_hand_leaves_the_counts_true(known, isolation) -> None:
    path = isolation / "desk.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM sla_stops WHERE request_id IN (3, 6)")  # a re-queued answer, a closing
    conn.close()
    assert len(_stops(path)) == 6
    assert _counts(path) == _recounted(path)


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
    assert _counts(other) == _counts(isolation / "desk.db")
    for by in ("category,month", "agent"):
        assert known.json("--db", str(other), "report", "sla", "--by", by, "--json", env=now) \
            == known.json("report", "sla", "--by", by, "--json", env=now)


def test_a_desk_from_before_m023_reports_a_reopened_refusal_as_waiting_for_its_first_response(desk, isolation) -> None:
    """The rows of a desk an older deskcli kept hold all the report needs (whether an agent
    answered): m023 only rebuilds the open requests' index to hold it too, so the report
    still reads no table row."""
    build_reopened(desk)
    path = isolation / "desk.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (old_index,) = [sql for sql in _migration("_sla_stops").statements if "requests_open_deadlines" in sql]
        conn.executescript(f"DROP INDEX requests_open_deadlines; {old_index}; DELETE FROM migrations WHERE version = 23; "
                           "PRAGMA user_version = 22;")
    finally:
        conn.close()
    rows = desk.json("report", "sla", "--json", "--fields", "response,pending", env={"DESK_NOW": "2026-12-07T11:00"})
    assert rows == [{"response": "first", "pending": 2}, {"response": "every", "pending": 3}]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        columns = [row[2] for row in conn.execute("PRAGMA index_info(requests_open_deadlines)")]
        assert "first_response_at" in columns, columns
    finally:
        conn.close()
