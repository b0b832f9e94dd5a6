"""The counts behind ``desk report sla``, grouped by SQLite (migration m009).

Stopped clocks are rows of ``sla_stops``. Grouped by category (or not at all), a whole
UTC month is read through an index already in the report's order, so SQLite counts it
without sorting; any other range, or a grouping by line or agent, is one range of the
table's primary key, sorted by SQLite to be grouped. Clocks still running are the open
requests, read from a partial index that holds only them and what the report needs. Nothing here interprets the
counts: ``domain.report`` does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from deskcli.store.repository import Repository

#: The SQL for each dimension a report can be grouped by, for stopped clocks and for open
#: requests (a clock still running belongs to the request's assignee, if any).
_STOPPED = {"category": "category", "line": "line", "agent": "agent"}
_RUNNING = {"category": "category", "line": "line", "agent": "assignee"}
#: What identifies a stop for counting, after the group: the same for both ways of reading.
_STOP = "kind, minutes, met_due, met_first_due"


def span(repo: Repository) -> tuple[str | None, str | None]:
    """The first and last instant a report can count: stops, and deadlines still running.
    (Four queries: SQLite answers a lone min() or max() from an index end, not a pair.)"""
    ends = [_all(repo, sql, ())[0][0] for sql in (
        "SELECT min(at) FROM sla_stops", "SELECT max(at) FROM sla_stops",
        "SELECT min(due_at) FROM requests WHERE status = 'open'",
        "SELECT max(due_at) FROM requests WHERE status = 'open'")]
    firsts = [t for t in ends[0::2] if t]
    lasts = [t for t in ends[1::2] if t]
    return (min(firsts) if firsts else None), (max(lasts) if lasts else None)


def streams(dimensions: tuple[str, ...]) -> bool:
    """Whether ``utc_month`` can count for this grouping (its index holds only the category)."""
    return set(dimensions) <= {"category"}


def utc_month(repo: Repository, dimensions: tuple[str, ...], month: str) -> list[tuple]:
    """Clocks stopped in the UTC month ``YYYY-MM``, in the rows ``stops`` returns.

    Grouped in the index's own order, down to ``seq``, with nothing but a count to add up:
    the cheapest aggregate SQLite has, one index entry at a time.
    """
    grouped = ", ".join(_STOPPED[d] for d in dimensions)
    keys = ", ".join(filter(None, [grouped, _STOP]))
    order = ", ".join(filter(None, ["kind", grouped, "minutes, met_due, met_first_due, seq"]))
    return _all(repo, f"SELECT {keys}, seq = 0, count(*) FROM sla_stops INDEXED BY sla_stops_month "
                      f"WHERE substr(at, 1, 7) = ? GROUP BY {order}", (month,))


def stops(repo: Repository, dimensions: tuple[str, ...], start: str, end: str) -> list[tuple]:
    """Clocks stopped in ``[start, end)``: (*dimensions, kind, minutes, met the deadline in
    force, met the original deadline, the request's first stop, how many), kind "response"
    or "closed" (minutes NULL)."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), _STOP, "seq = 0"])
    return _all(repo, f"SELECT {keys}, count(*) FROM sla_stops WHERE at >= ? AND at < ? GROUP BY {keys}",
                (start, end))


_REQUEUED_INDEX = {"minutes": "sla_stops_requeued_minutes", "first_minutes": "sla_stops_requeued_original"}


def requeued(repo: Repository, dimensions: tuple[str, ...], start: str, end: str, column: str) -> list[tuple]:
    """Responses in ``[start, end)`` a clarification re-queued (their minutes since the first
    unanswered message differ from those since the last queueing), per group and value of
    ``column`` ("minutes" or "first_minutes"): (*dimensions, value, responses, first responses).
    One column at a time, so the rows are a histogram rather than every pair of values."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), _column(column)])
    return _all(repo, f"SELECT {keys}, count(*), sum(seq = 0) FROM sla_stops "
                      f"WHERE at >= ? AND at < ? AND first_minutes <> minutes GROUP BY {keys}", (start, end))


def requeued_utc_month(repo: Repository, dimensions: tuple[str, ...], month: str, column: str) -> list[tuple]:
    """``requeued`` for the UTC month ``YYYY-MM``, counted in its index's order."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), _column(column)])
    return _all(repo, f"SELECT {keys}, count(*), sum(seq = 0) FROM sla_stops INDEXED BY {_REQUEUED_INDEX[column]} "
                      f"WHERE substr(at, 1, 7) = ? AND first_minutes <> minutes GROUP BY {keys}", (month,))


def _column(column: str) -> str:
    if column not in _REQUEUED_INDEX:
        raise ValueError(column)
    return column


def running(repo: Repository, dimensions: tuple[str, ...], start: str, end: str, now: str) -> list[tuple]:
    """Open requests due in ``[start, end)``, per group and whether theirs is the request's
    first clock: (*dimensions, first, past due, past the original deadline, not yet due).

    The current wait is the first when the request has no stop yet. A wait that began as
    the request was created is one (any stop, an answer or a closing, ended a wait, and
    only a clarification or a reopening starts a new one): the row says so itself. So does
    any other wait, unless a merge gave the request its duplicate's clock, which began at
    another time: a request something was merged into asks ``sla_stops`` (one index
    lookup; the few such requests are read once, beside the partial index of merges).
    """
    grouped = ", ".join([*(_RUNNING[d] for d in dimensions), "first"])
    return _all(repo, f"SELECT {grouped}, sum(due_at < :now), sum(coalesce(first_due_at, due_at) < :now), "
                      "sum(due_at >= :now) FROM (SELECT category, line, assignee, due_at, first_due_at, "
                      "CASE WHEN coalesce(wait_started_at, created_at) = created_at THEN 1 "  # CASE stops there; OR would not
                      "WHEN id IN (SELECT merged_into FROM requests WHERE merged_into IS NOT NULL) "
                      "THEN NOT EXISTS (SELECT 1 FROM sla_stops s WHERE s.request_id = requests.id) ELSE 0 END AS first "
                      "FROM requests INDEXED BY requests_open_deadlines WHERE status = 'open' "
                      f"AND due_at >= :start AND due_at < :end) GROUP BY {grouped}",
                {"now": now, "start": start, "end": end})


def _all(repo: Repository, sql: str, params: Sequence[object] | Mapping[str, object]) -> list[tuple]:
    cursor = repo.conn.cursor()
    cursor.row_factory = None  # plain tuples: the rows are folded, never read by name
    return cursor.execute(sql, params).fetchall()
