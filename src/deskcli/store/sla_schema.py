"""``sla_stops``: where each SLA clock stopped, for ``desk report sla`` (migration m010).

A narrow table derived from the messages and the history, kept by triggers the way a
full-text index is kept, so every writer (the services, ``desk import``) feeds it without
knowing, and the report reads ordered indexes instead of the messages (SPEC 2.7).

A clock stops when an agent responds to an open request (``kind`` "response", with the
measures the message stores) or when the request is resolved or rejected while still
waiting, without a reply (``kind`` "closed": met if closed by the deadline, which comes
from the history event, the only place it survives the closing). ``seq`` counts the
request's earlier stops: 0 is its first response, or its first wait closed unanswered.

These statements are migration m010's; they must not change once shipped. A later change
is a new migration with its own statements (and ``rebuild`` then follows the new ones).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

_INSERT = ("INSERT INTO sla_stops (at, request_id, seq, kind, agent, category, line, met_due, met_first_due, "
           "minutes, first_minutes) ")
#: A history event that closed a request while its clock ran, and whether it was by the deadline.
_CLOSING = ("{e}.action IN ('resolved', 'rejected') AND json_valid({e}.before) "
            "AND json_extract({e}.before, '$.status') = 'open'")
_CLOSING_MET = "coalesce({e}.at <= json_extract({e}.before, '$.due_at'), 1)"
_SEQ = "(SELECT count(*) FROM sla_stops s WHERE s.request_id = NEW.request_id)"

TABLE = """CREATE TABLE sla_stops (
   at TEXT NOT NULL,
   request_id INTEGER NOT NULL,
   seq INTEGER NOT NULL,
   kind TEXT NOT NULL,
   agent TEXT,
   category TEXT,
   line INTEGER,
   met_due INTEGER NOT NULL,
   met_first_due INTEGER NOT NULL,
   minutes INTEGER,
   first_minutes INTEGER,
   PRIMARY KEY (at, request_id, seq)
) WITHOUT ROWID"""

#: Every stop the messages and the history hold; a request's stops numbered in time order.
BACKFILL = (
    _INSERT + "SELECT at, request_id, row_number() OVER (PARTITION BY request_id ORDER BY at, kind DESC) - 1, "
    "kind, agent, category, line, met_due, met_first_due, minutes, first_minutes FROM ("
    "SELECT m.at, m.request_id, 'response' AS kind, m.author AS agent, r.category, r.line, m.met_due, "
    "coalesce(m.met_first_due, m.met_due) AS met_first_due, m.response_minutes AS minutes, "
    "coalesce(m.first_response_minutes, m.response_minutes) AS first_minutes "
    "FROM messages m JOIN requests r ON r.id = m.request_id WHERE m.met_due IS NOT NULL "
    "UNION ALL "
    f"SELECT e.at, e.request_id, 'closed', e.agent, r.category, r.line, {_CLOSING_MET.format(e='e')}, "
    "coalesce(e.at <= r.first_due_at, 1), NULL, NULL "
    f"FROM events e JOIN requests r ON r.id = e.request_id WHERE {_CLOSING.format(e='e')}) "
    "ORDER BY at"  # the table's own order: appended, not inserted all over the tree
)

INDEXES = (
    "CREATE INDEX sla_stops_request ON sla_stops (request_id)",
    # A whole UTC month in the order the report groups it, so SQLite counts without sorting;
    # the report moves the few hours between a UTC month and the desk's month itself.
    ("CREATE INDEX sla_stops_month ON sla_stops (substr(at, 1, 7), kind, category, minutes, met_due, "
     "met_first_due, seq)"),
    # The responses a clarification re-queued, whose two measures differ, read apart in the
    # same order: the report's "original" histogram is the main one moved by them.
    ("CREATE INDEX sla_stops_requeued_minutes ON sla_stops (substr(at, 1, 7), category, minutes, first_minutes, "
     "seq) WHERE first_minutes <> minutes"),
    ("CREATE INDEX sla_stops_requeued_original ON sla_stops (substr(at, 1, 7), category, first_minutes, minutes, "
     "seq) WHERE first_minutes <> minutes"),
    # The clocks still running, without reading the requests' rows.
    ("CREATE INDEX requests_open_deadlines ON requests (due_at, category, line, assignee, first_due_at, "
     "wait_started_at, created_at, status) WHERE status = 'open'"),
)

TRIGGERS = {
    "sla_stop_response": (
        "CREATE TRIGGER sla_stop_response AFTER INSERT ON messages WHEN NEW.met_due IS NOT NULL BEGIN "
        + _INSERT + f"SELECT NEW.at, NEW.request_id, {_SEQ}, 'response', NEW.author, r.category, r.line, "
        "NEW.met_due, coalesce(NEW.met_first_due, NEW.met_due), NEW.response_minutes, "
        "coalesce(NEW.first_response_minutes, NEW.response_minutes) FROM requests r WHERE r.id = NEW.request_id; END"
    ),
    "sla_stop_closed": (
        f"CREATE TRIGGER sla_stop_closed AFTER INSERT ON events WHEN NEW.request_id IS NOT NULL "
        f"AND {_CLOSING.format(e='NEW')} BEGIN "
        + _INSERT + f"SELECT NEW.at, NEW.request_id, {_SEQ}, 'closed', NEW.agent, r.category, r.line, "
        f"{_CLOSING_MET.format(e='NEW')}, coalesce(NEW.at <= r.first_due_at, 1), NULL, NULL "
        "FROM requests r WHERE r.id = NEW.request_id; END"
    ),
}

STATEMENTS = (TABLE, BACKFILL, *INDEXES, *TRIGGERS.values())


@contextlib.contextmanager
def derived_after_bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a write transaction that fills an empty desk: derive ``sla_stops`` once at
    the end instead of row by row (a trigger costs some 25 µs a stop, the bulk query a
    fraction of that). On a desk that already has stops the triggers stay on."""
    empty = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sla_stops)").fetchone()
    if not (next(iter(empty.values())) if isinstance(empty, dict) else empty[0]):
        yield
        return
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    own = [sql for sql in INDEXES if " ON sla_stops " in sql]
    for sql in own:
        conn.execute(f"DROP INDEX {sql.split()[2]}")
    yield
    conn.execute(BACKFILL)
    for sql in (*own, *TRIGGERS.values()):  # an index built once from sorted rows, not row by row
        conn.execute(sql)
