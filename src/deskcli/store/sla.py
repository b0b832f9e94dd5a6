"""The counts behind ``desk report sla``, grouped by SQLite (migrations m010 and m022).

Stopped clocks are rows of ``sla_stops``. A whole UTC month is read from the counts a
trigger keeps of it (migration m022: per category, or per agent, line and category), a few
thousand rows however many stops the month had; any other range is one range of the
table's primary key, sorted by SQLite to be grouped. Either way a report reads the same
two shapes: stops counted by outcome, and responses counted by minutes (the histograms of
its percentiles).
Clocks still running are the open requests, read from a partial index that holds only them
and what the report needs. Nothing here interprets the counts: ``domain.report`` does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from deskcli.store.repository import Repository
from deskcli.store.sla_schema import GRAINS, MEASURES, READ

#: The SQL for each dimension a report can be grouped by, for stopped clocks and for open
#: requests (a clock still running belongs to the request's assignee, if any).
_STOPPED = {"category": "category", "line": "line", "agent": "agent"}
_RUNNING = {"category": "category", "line": "line", "agent": "assignee"}
#: What a stop is counted by, after its group, in ``sla_stops`` and in the month counts.
_OUTCOME = ("kind", "seq = 0", "met_due", "met_first_due")
_MONTH_OUTCOME = ("kind", "first", "met_due", "met_first_due")


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


def _grain(dimensions: tuple[str, ...]) -> tuple[str, list[str], list[str]]:
    """The month counts that answer a grouping: their table stem, and each dimension's
    column as grouped and as read back."""
    stem = next(stem for stem, kept in GRAINS.items() if set(dimensions) <= set(kept))
    return stem, list(dimensions), [f"{READ[d]} AS {d}" for d in dimensions]


def counts(repo: Repository, dimensions: tuple[str, ...], start: str, end: str) -> list[tuple]:
    """Clocks stopped in ``[start, end)``: (*dimensions, kind, the request's first stop, met
    the deadline in force, met the original deadline, how many), kind "response" or "closed"."""
    keys = ", ".join([*(_STOPPED[d] for d in dimensions), *_OUTCOME])
    return _all(repo, f"SELECT {keys}, count(*) FROM sla_stops WHERE at >= ? AND at < ? GROUP BY {keys}",
                (start, end))


def month_counts(repo: Repository, dimensions: tuple[str, ...], month: str) -> list[tuple]:
    """``counts`` for the UTC month ``YYYY-MM``, from the month's counts."""
    stem, grouped, shown = _grain(dimensions)
    return _all(repo, f"SELECT {', '.join([*shown, *_MONTH_OUTCOME])}, sum(stops) FROM {stem}_stops "
                      f"WHERE month = ? GROUP BY {', '.join([*grouped, *_MONTH_OUTCOME])}", (month,))


def minutes(repo: Repository, dimensions: tuple[str, ...], start: str, end: str, measure: str) -> list[tuple]:
    """Responses in ``[start, end)`` per group and minutes by ``measure`` ("minutes" since
    the last queueing, or "first_minutes" since the first unanswered message): (*dimensions,
    {minutes: responses}, {minutes: first responses})."""
    value = MEASURES[measure].format(s="")
    grouped = [_STOPPED[d] for d in dimensions]
    return _histograms(repo, grouped, f"SELECT {', '.join([*grouped, value])} AS minutes, count(*) AS n, "
                       "sum(seq = 0) AS f FROM sla_stops WHERE at >= ? AND at < ? AND kind = 'response' "
                       f"AND minutes IS NOT NULL GROUP BY {', '.join([*grouped, value])}", (start, end))


def month_minutes(repo: Repository, dimensions: tuple[str, ...], month: str, measure: str) -> list[tuple]:
    """``minutes`` for the UTC month ``YYYY-MM``, from the month's counts."""
    if measure not in MEASURES:
        raise ValueError(measure)
    stem, grouped, shown = _grain(dimensions)
    where = f"FROM {stem}_minutes WHERE month = ? AND measure = ?"
    if grouped == list(GRAINS[stem]) == ["category"]:  # a row per category and minutes already, in order
        inner = f"SELECT {', '.join(shown)}, minutes, responses AS n, firsts AS f {where}"
    else:
        inner = (f"SELECT {', '.join([*shown, 'minutes'])}, sum(responses) AS n, sum(firsts) AS f {where} "
                 f"GROUP BY {', '.join([*grouped, 'minutes'])}")
    return _histograms(repo, grouped, inner, (month, measure))


def _histograms(repo: Repository, grouped: list[str], inner: str, params: Sequence[object]) -> list[tuple]:
    """The histograms of ``inner`` (rows of its groups, minutes, responses, first responses),
    each group's handed over as one row of lists SQLite joins and Python splits into two
    dictionaries, without a row per value: at a million requests that was 80,000 rows and
    half the report's time."""
    outer = ", ".join(grouped)
    sql = (f"SELECT {outer + ', ' if grouped else ''}group_concat(minutes), group_concat(n), group_concat(f) "
           f"FROM ({inner})" + (f" GROUP BY {outer}" if grouped else ""))
    width = len(grouped)
    found = []
    for row in _all(repo, sql, params):
        if row[width] is None:  # no responses at all, and no grouping: one row of NULLs
            continue
        values = list(map(int, row[width].split(",")))
        found.append((*row[:width], *(dict(zip(values, map(int, counts.split(",")), strict=True))
                                      for counts in row[width + 1:])))
    return found


def running(repo: Repository, dimensions: tuple[str, ...], start: str, end: str, now: str) -> list[tuple]:
    """Open requests due in ``[start, end)``, per group and whether theirs is the request's
    first clock: (*dimensions, first, past due, past the original deadline, not yet due).

    The current wait is the first when the request has no stop yet. A wait that began as
    the request was created is one (any stop, an answer or a closing, ended a wait, and
    only a clarification or a reopening starts a new one): the row says so itself. A
    request an agent has answered has a stop (its first response): the row says that too.
    Only a later wait of a request never answered asks ``sla_stops`` (one index lookup; a
    rare few): one refused as it came and reopened (refused at intake, its clock never
    ran: review day 26), one closed unanswered and reopened, one a merge gave its
    duplicate's clock. (The partial index holds ``first_response_at`` since m023: the
    many waits re-queued after an answer read no table row, nor ``sla_stops``.)
    """
    grouped = ", ".join([*(_RUNNING[d] for d in dimensions), "first"])
    return _all(repo, f"SELECT {grouped}, sum(due_at < :now), sum(coalesce(first_due_at, due_at) < :now), "
                      "sum(due_at >= :now) FROM (SELECT category, line, assignee, due_at, first_due_at, "
                      "CASE WHEN coalesce(wait_started_at, created_at) = created_at THEN 1 "  # CASE stops there; OR would not
                      "WHEN first_response_at IS NOT NULL THEN 0 "
                      "ELSE NOT EXISTS (SELECT 1 FROM sla_stops s WHERE s.request_id = requests.id) END AS first "
                      "FROM requests INDEXED BY requests_open_deadlines WHERE status = 'open' "
                      f"AND due_at >= :start AND due_at < :end) GROUP BY {grouped}",
                {"now": now, "start": start, "end": end})


def _all(repo: Repository, sql: str, params: Sequence[object] | Mapping[str, object]) -> list[tuple]:
    cursor = repo.conn.cursor()
    cursor.row_factory = None  # plain tuples: the rows are folded, never read by name
    return cursor.execute(sql, params).fetchall()
