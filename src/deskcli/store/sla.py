"""The counts behind ``desk report sla``, grouped by SQLite one month at a time.

Stopped clocks come from ``sla_stops`` (migration m008), read through its index ordered
by ``at``: each month is one range of that index, and SQLite sorts only that month's rows
to group them, which keeps the sorts small and the memory flat at a million requests.
Clocks still running come from the open requests, through the queue's index on
``(status, due_at)``. Nothing here interprets the counts: ``domain.report`` does.
"""

from __future__ import annotations

from deskcli.store.repository import Repository

#: The SQL for each dimension a report can be grouped by, for stopped clocks and for open
#: requests (a clock still running belongs to the request's assignee, if any).
_STOPPED = {"category": "category", "line": "line", "agent": "agent"}
_RUNNING = {"category": "r.category", "line": "r.line", "agent": "r.assignee"}


def span(repo: Repository) -> tuple[str | None, str | None]:
    """The first and last instant a report can count: stops, and deadlines still running."""
    ((first_stop, last_stop),) = _all(repo, "SELECT min(at), max(at) FROM sla_stops", ())
    ((first_due, last_due),) = _all(repo, "SELECT min(due_at), max(due_at) FROM requests WHERE status = 'open'", ())
    firsts = [t for t in (first_stop, first_due) if t]
    lasts = [t for t in (last_stop, last_due) if t]
    return (min(firsts) if firsts else None), (max(lasts) if lasts else None)


def stops(repo: Repository, dimensions: tuple[str, ...], start: str, end: str) -> list[tuple]:
    """Clocks stopped in ``[start, end)``, per group, kind and response minutes: (*dimensions,
    kind, minutes, stops, met, first stops, first met, met original, first met original)."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), "kind", "minutes"])
    return _all(repo, f"SELECT {keys}, count(*), sum(met_due), sum(first), sum(first AND met_due), "
                      "sum(met_first_due), sum(first AND met_first_due) "
                      f"FROM sla_stops WHERE at >= ? AND at < ? GROUP BY {keys}", (start, end))


def original_minutes(repo: Repository, dimensions: tuple[str, ...], start: str, end: str) -> list[tuple]:
    """Responses in ``[start, end)`` per group and minutes since the first unanswered
    message: (*dimensions, minutes, responses, first responses)."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), "first_minutes"])
    return _all(repo, f"SELECT {keys}, count(*), sum(first) FROM sla_stops "
                      f"WHERE at >= ? AND at < ? AND kind = 'response' GROUP BY {keys}", (start, end))


def running(repo: Repository, dimensions: tuple[str, ...], start: str, end: str, now: str) -> list[tuple]:
    """Open requests due in ``[start, end)``, per group and whether theirs is the request's
    first clock: (*dimensions, first, past due, past the original deadline, not yet due)."""
    keys = [_RUNNING[d] for d in dimensions]
    grouped = ", ".join([*keys, "first"])
    return _all(repo, f"SELECT {grouped}, sum(r.due_at < :now), sum(coalesce(r.first_due_at, r.due_at) < :now), "
                      "sum(r.due_at >= :now) FROM (SELECT r.*, NOT EXISTS (SELECT 1 FROM sla_stops s "
                      "WHERE s.request_id = r.id) AS first FROM requests r WHERE r.status = 'open' "
                      f"AND r.due_at >= :start AND r.due_at < :end) r GROUP BY {grouped}",
                {"now": now, "start": start, "end": end})


def _all(repo: Repository, sql: str, params: object) -> list[tuple]:
    cursor = repo.conn.cursor()
    cursor.row_factory = None  # plain tuples: the rows are folded, never read by name
    return cursor.execute(sql, params).fetchall()
