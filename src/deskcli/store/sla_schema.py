"""``sla_stops``: where each SLA clock stopped, for ``desk report sla`` (migration m010).

A narrow table derived from the messages and the history, kept by triggers the way a
full-text index is kept, so every writer (the services, ``desk import``) feeds it without
knowing, and the report reads ordered indexes instead of the messages (SPEC 2.7).

A clock stops when an agent responds to an open request (``kind`` "response", with the
measures the message stores) or when the request is resolved or rejected while still
waiting, without a reply (``kind`` "closed": met if closed by the deadline, which comes
from the history event, the only place it survives the closing). ``seq`` counts the
request's earlier stops: 0 is its first response, or its first wait closed unanswered.

Migration m022 adds what the report reads for a whole UTC month: the counts of the stops
of each month, kept by a trigger on ``sla_stops`` the same way, so the report's cost is the
number of distinct counts, not the number of stops (a month-index scan of 920,000 stops
took 0.5-0.6 s at a million requests; BENCHMARKS.md). The month indexes it replaces went.

Migration m023 rebuilds the open requests' index with ``first_response_at``.

These statements are migrations m010's, m022's and m023's; they must not change once shipped. A
later change is a new migration with its own statements (and ``derived_after_bulk_load``
then follows the new ones).
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


def _stops_backfill(first_due: str, joined: str = "") -> str:
    """Every stop the messages and the history hold; a request's stops numbered in time order.
    ``first_due``: a closing's first-message deadline, read through ``joined``."""
    return (
        _INSERT + "SELECT at, request_id, row_number() OVER (PARTITION BY request_id ORDER BY at, kind DESC) - 1, "
        "kind, agent, category, line, met_due, met_first_due, minutes, first_minutes FROM ("
        "SELECT m.at, m.request_id, 'response' AS kind, m.author AS agent, r.category, r.line, m.met_due, "
        "coalesce(m.met_first_due, m.met_due) AS met_first_due, m.response_minutes AS minutes, "
        "coalesce(m.first_response_minutes, m.response_minutes) AS first_minutes "
        "FROM messages m JOIN requests r ON r.id = m.request_id WHERE m.met_due IS NOT NULL "
        "UNION ALL "
        f"SELECT e.at, e.request_id, 'closed', e.agent, r.category, r.line, {_CLOSING_MET.format(e='e')}, "
        f"coalesce(e.at <= {first_due}, 1), NULL, NULL "
        f"FROM events e JOIN requests r ON r.id = e.request_id {joined}WHERE {_CLOSING.format(e='e')}) "
        "ORDER BY at"  # the table's own order: appended, not inserted all over the tree
    )


#: Migration m010's: a closing measured against the request's first deadline as it ended.
BACKFILL = _stops_backfill("r.first_due_at")
#: What an import derives: a closing measured against the first deadline in force when it
#: closed. A request reopened since has a fresh one; the change that replaced the old one (the
#: reopening, a re-queue) recorded it in its ``before`` (review: a request rejected late and
#: reopened counted as closed on time by the first-message measure).
DERIVED = _stops_backfill(
    "iif(replaced.id IS NULL, r.first_due_at, json_extract(replaced.before, '$.first_due_at'))",
    "LEFT JOIN events replaced ON replaced.id = (SELECT x.id FROM events x WHERE x.request_id = e.request_id "
    "AND x.id > e.id AND json_valid(x.before) AND json_type(x.before, '$.first_due_at') IS NOT NULL "
    "ORDER BY x.id LIMIT 1) ")
#: The same for the requests that have no stops yet: after an import whose file carried the
#: stops of only some of its requests (an ``export --all`` beside a file of an older desk).
_DERIVED_MISSING = DERIVED.removesuffix("ORDER BY at") + (
    "WHERE request_id NOT IN (SELECT request_id FROM sla_stops) ORDER BY at")

INDEXES = (
    "CREATE INDEX sla_stops_request ON sla_stops (request_id)",
    # A whole UTC month in the order the report groups it, so SQLite counts without sorting;
    # the report moves the few hours between a UTC month and the desk's month itself.
    # (This index and the two after it were dropped by m022, whose counts replace them.)
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

# Migration m022. Per UTC month (the first seven characters of ``at``) and group: a
# ``..._stops`` table counts the stops of each kind and outcome, first of their request or
# not, and a ``..._minutes`` table the responses (and the first responses among them) at
# each number of minutes, by either measure ("minutes": since the last queueing;
# "first_minutes": since the first unanswered message, the "original" one), in the order a
# histogram is read. The report needs nothing else. Two grains: per category, which the
# report's default reads (a few thousand rows a month however many stops it had), and per
# agent, line and category, for a report grouped by agent or line (read per category, that
# one would be 9 times the rows at a million requests).
_MONTH = "substr({s}at, 1, 7)"
#: A response's value for each measure (a response re-queued by no clarification has no
#: ``first_minutes`` of its own: both measures are the same).
MEASURES = {"minutes": "{s}minutes", "first_minutes": "coalesce({s}first_minutes, {s}minutes)"}
#: Each grain's table stem and the columns of ``sla_stops`` it keeps. A grain's minutes are
#: keyed right after its first column, so a report grouped by that one alone (by agent) sums
#: the rest in the key's order, without sorting.
GRAINS = {"sla_month": ("category",), "sla_month_agents": ("agent", "line", "category")}
#: How each kept column is stored and read back: a primary key of a WITHOUT ROWID table holds
#: no NULL, and a stop nobody made (a closing by the desk itself) has no agent.
_TYPES = {"category": "TEXT", "line": "INTEGER", "agent": "TEXT"}
_STORED = {"category": "{s}category", "line": "{s}line", "agent": "coalesce({s}agent, '')"}
READ = {"category": "category", "line": "line", "agent": "nullif(agent, '')"}
_OUTCOME = ("kind", "first", "met_due", "met_first_due")
_OUTCOME_OF = "{s}kind, {s}seq = 0, {s}met_due, {s}met_first_due"


def _tables(stem: str, kept: tuple[str, ...]) -> tuple[str, str]:
    columns = "".join(f"   {name} {_TYPES[name]} NOT NULL,\n" for name in kept)
    key = ", ".join(kept)
    return (f"CREATE TABLE {stem}_stops (\n   month TEXT NOT NULL,\n{columns}   kind TEXT NOT NULL,\n"
            "   first INTEGER NOT NULL,\n   met_due INTEGER NOT NULL,\n   met_first_due INTEGER NOT NULL,\n"
            f"   stops INTEGER NOT NULL,\n   PRIMARY KEY (month, {key}, {', '.join(_OUTCOME)})\n) WITHOUT ROWID",
            f"CREATE TABLE {stem}_minutes (\n   month TEXT NOT NULL,\n   measure TEXT NOT NULL,\n{columns}"
            "   minutes INTEGER NOT NULL,\n   responses INTEGER NOT NULL,\n   firsts INTEGER NOT NULL,\n"
            f"   PRIMARY KEY (month, measure, {', '.join([kept[0], 'minutes', *kept[1:]])})\n) WITHOUT ROWID")


def _backfill(stem: str, kept: tuple[str, ...]) -> tuple[str, ...]:
    stored = ", ".join(_STORED[name].format(s="") for name in kept)
    width = len(kept)
    return (
        f"INSERT INTO {stem}_stops SELECT {_MONTH.format(s='')}, {stored}, {_OUTCOME_OF.format(s='')}, count(*) "
        f"FROM sla_stops GROUP BY {', '.join(str(n) for n in range(1, width + 6))}",
        *(f"INSERT INTO {stem}_minutes SELECT {_MONTH.format(s='')}, '{measure}', {stored}, {value.format(s='')}, "
          "count(*), sum(seq = 0) FROM sla_stops WHERE kind = 'response' AND minutes IS NOT NULL "
          f"GROUP BY 1, {', '.join(str(n) for n in range(3, width + 4))}"
          for measure, value in MEASURES.items()),
    )


def _change(s: str, sign: str) -> str:
    """The statements that add (``sign`` "+") or take away ("-") stop ``s`` in the counts.
    (An upsert from a SELECT needs its WHERE, or SQLite reads ON CONFLICT as a join's ON.)"""
    row, month = f"{s}.", _MONTH.format(s=f"{s}.")
    statements = []
    for stem, kept in GRAINS.items():
        stored = ", ".join(_STORED[name].format(s=row) for name in kept)
        statements.append(f"INSERT INTO {stem}_stops SELECT {month}, {stored}, {_OUTCOME_OF.format(s=row)}, "
                          f"{sign}1 WHERE true ON CONFLICT DO UPDATE SET stops = stops {sign} 1; ")
        statements.extend(
            f"INSERT INTO {stem}_minutes SELECT {month}, '{measure}', {stored}, {value.format(s=row)}, {sign}1, "
            f"{sign}({s}.seq = 0) WHERE {s}.kind = 'response' AND {s}.minutes IS NOT NULL ON CONFLICT DO UPDATE "
            f"SET responses = responses {sign} 1, firsts = firsts {sign} ({s}.seq = 0); "
            for measure, value in MEASURES.items())
    return "".join(statements)


MONTH_TABLES = tuple(sql for stem, kept in GRAINS.items() for sql in _tables(stem, kept))
MONTH_BACKFILL = tuple(sql for stem, kept in GRAINS.items() for sql in _backfill(stem, kept))

#: ``sla_stops`` is only ever appended to; a row taken away (by hand) leaves the counts true.
MONTH_TRIGGERS = {
    "sla_month_added": f"CREATE TRIGGER sla_month_added AFTER INSERT ON sla_stops BEGIN {_change('NEW', '+')}END",
    "sla_month_removed": f"CREATE TRIGGER sla_month_removed AFTER DELETE ON sla_stops BEGIN {_change('OLD', '-')}END",
}
#: The month indexes whose reading the counts replace.
MONTH_INDEXES_DROPPED = ("sla_stops_month", "sla_stops_requeued_minutes", "sla_stops_requeued_original")

MONTH_STATEMENTS = (*MONTH_TABLES, *MONTH_BACKFILL, *(f"DROP INDEX {name}" for name in MONTH_INDEXES_DROPPED),
                    *MONTH_TRIGGERS.values())

#: The indexes on ``sla_stops`` the migrations leave.
_OWN_INDEXES = tuple(sql for sql in INDEXES if " ON sla_stops " in sql and sql.split()[2] not in MONTH_INDEXES_DROPPED)


#: Migration m023: the open requests' partial index holds whether an agent has answered the
#: request (``first_response_at``), so the report tells a later wait of a request never
#: answered (one refused at intake and reopened) from one re-queued after an answer without
#: reading the table (review day 26: the first kind was left out of "first response").
OPEN_DEADLINES_STATEMENTS = (
    "DROP INDEX requests_open_deadlines",
    ("CREATE INDEX requests_open_deadlines ON requests (due_at, category, line, assignee, first_due_at, "
     "wait_started_at, created_at, first_response_at, status) WHERE status = 'open'"),
)


class BulkStops:
    """What an import does about ``sla_stops``: derive them from its messages and history, or
    take the file's own. A stop records the request's category and line when the clock
    stopped, and the request it stopped on; derived afresh from the requests as they ended
    (recategorised, escalated, merged away), a restored desk's report would differ (review).
    """

    def __init__(self) -> None:
        self.carried = False  # the file's own stops went in

    def file_stops(self) -> None:
        """Before the file's first stop goes in: nothing has been derived yet, and at the end
        only the requests left without stops get theirs."""
        self.carried = True


@contextlib.contextmanager
def derived_after_bulk_load(conn: sqlite3.Connection) -> Iterator[BulkStops]:
    """Inside a write transaction that fills an empty desk: derive ``sla_stops`` once at
    the end instead of row by row (a trigger costs some 25 µs a stop, the bulk query a
    fraction of that), or only for the requests left without any when the file carried
    its own (``BulkStops.file_stops``).
    On a desk that already has stops, its month counts stay kept by their triggers, and the
    stops of the requests that have none (the file's, when it carries none of its own) are
    derived at the end too: row by row, as the history goes in, a closing would be measured
    against the request as it ended, not the first deadline in force then (``DERIVED``).
    (On an error nothing here is undone by hand: the transaction's rollback undoes it all.)"""
    empty = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sla_stops)").fetchone()
    if not (next(iter(empty.values())) if isinstance(empty, dict) else empty[0]):
        for name in TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        yield BulkStops()
        for sql in (_DERIVED_MISSING, *TRIGGERS.values()):
            conn.execute(sql)
        return
    triggers = {**TRIGGERS, **MONTH_TRIGGERS}
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in _OWN_INDEXES:
        conn.execute(f"DROP INDEX {sql.split()[2]}")
    stops = BulkStops()
    yield stops
    derived = (_DERIVED_MISSING,) if stops.carried else (DERIVED,)
    for sql in (*derived, *MONTH_BACKFILL, *_OWN_INDEXES, *triggers.values()):
        conn.execute(sql)  # an index built once from sorted rows, not row by row
