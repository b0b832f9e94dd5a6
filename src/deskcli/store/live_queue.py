"""The queue as a screen that stays open reads it: the order first, rows only for what shows.

A screen over 100,000 open requests cannot keep a dict per request. It keeps the order
(request ids and their deadlines, read from the covering ``requests_queue`` index), and
fetches the few rows it draws. ``data_version`` says when another connection committed,
so the screen reads again only then, and ``changed_requests`` names the requests whose
history moved since a point, so a small change costs a few lookups, not the whole queue.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from deskcli.domain.named import NamedTuple
from deskcli.store.records import json_list
from deskcli.store.repository import CRITICAL_LAST, QUEUE_ORDER, Repository, open_requests_where


class QueueFilter(NamedTuple):
    """The structured part of a queue filter; ``assignee=""`` means unassigned."""

    line: int | None = None
    category: str | None = None
    assignee: str | None = None
    tag: str | None = None


class QueueRow(NamedTuple):
    id: int
    license: str
    customer: str
    category: str
    line: int
    assignee: str | None
    subject: str
    due_at: str | None
    flagged: bool
    tags: tuple[str, ...]
    #: The customer confirmed the fix: it waits only to be closed.
    ready: bool = False


def _where(queue_filter: QueueFilter) -> tuple[str, list[object]]:
    return open_requests_where(line=queue_filter.line, category=queue_filter.category,
                               assignee=queue_filter.assignee, tag=queue_filter.tag)


def positions(repo: Repository, queue_filter: QueueFilter, *, limit: int | None = None) -> tuple[array, list[str]]:
    """Ids of the open requests the filter keeps, in queue order, and their ``due_at`` (UTC
    text, which sorts as time does, so "overdue" is a prefix found by bisection); the first
    ``limit`` of them when one is given."""
    where, params = _where(queue_filter)
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    sql = f"SELECT id, coalesce(due_at, '') FROM requests WHERE {where} ORDER BY {QUEUE_ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = cursor.execute(sql, params).fetchall()
    return array("q", [row[0] for row in rows]), [row[1] for row in rows]


def placed(repo: Repository, queue_filter: QueueFilter, ids: Sequence[int]) -> list[tuple[int, str, tuple[int, str]]]:
    """(id, due_at, its place among equal deadlines) of those ``ids`` that belong in the
    filtered queue (the place: ``tie_break``'s)."""
    if not ids:
        return []
    where, params = _where(queue_filter)
    found: list[tuple[int, str, tuple[int, str]]] = []
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    for chunk in range(0, len(ids), 500):
        part = list(ids[chunk:chunk + 500])
        marks = ", ".join("?" * len(part))
        found += [(row[0], row[1], (row[2], row[3])) for row in cursor.execute(
            f"SELECT id, coalesce(due_at, ''), {CRITICAL_LAST}, queued_at FROM requests "
            f"WHERE {where} AND id IN ({marks})", [*params, *part])]
    return found


def tie_break(repo: Repository, ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """Where a few requests stand among equal deadlines, as ``QUEUE_ORDER`` after ``due_at``
    puts them (before the id): (0 for an emergency else 1, ``queued_at``)."""
    marks = ", ".join("?" * len(ids))
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    return {row[0]: (row[1], row[2]) for row in cursor.execute(
        f"SELECT id, {CRITICAL_LAST}, queued_at FROM requests WHERE id IN ({marks})", list(ids))}


def rows(repo: Repository, ids: Sequence[int]) -> dict[int, QueueRow]:
    """What one screen line shows, for a page of requests."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(
        "SELECT id, license, coalesce(customer, ''), category, line, assignee, coalesce(subject, ''), due_at, "
        f"coalesce(flags, '[]') NOT IN ('[]', ''), tags, ready_to_close FROM requests WHERE id IN ({marks})",
        list(ids)).fetchall()
    return {row[0]: QueueRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]),
                             tuple(json_list(row[9])), bool(row[10]))
            for row in found}


def search_texts(repo: Repository, ids: Sequence[int] | None = None) -> dict[int, str]:
    """What a typed filter looks in, per open request: number, license, customer, subject,
    assignee and tags (case is folded by the caller, since SQLite's lower() knows only ASCII)."""
    text = ("'#' || id || ' ' || license || ' ' || coalesce(customer, '') || ' ' || coalesce(subject, '') "
            "|| ' ' || coalesce(assignee, '') || ' ' || coalesce(tags, '')")
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    if ids is None:
        return dict(cursor.execute(f"SELECT id, {text} FROM requests WHERE status = 'open'").fetchall())
    found: dict[int, str] = {}
    for chunk in range(0, len(ids), 500):
        part = list(ids[chunk:chunk + 500])
        marks = ", ".join("?" * len(part))
        found.update(cursor.execute(f"SELECT id, {text} FROM requests WHERE id IN ({marks})", part).fetchall())
    return found


def data_version(repo: Repository) -> int:
    """Changes whenever another connection commits to the file (SQLite's own counter)."""
    return _scalar(repo, "PRAGMA data_version")


def last_event(repo: Repository) -> int:
    return _scalar(repo, "SELECT coalesce(max(id), 0) FROM events")


def policy_version(repo: Repository) -> int:
    return _scalar(repo, "SELECT coalesce(max(version), 0) FROM policy")


def changed_requests(repo: Repository, after_event: int, *, limit: int) -> tuple[list[int] | None, int]:
    """Requests with history after event ``after_event`` (None when more than ``limit``),
    and the newest event id. Every change to a request is an event (SPEC section 4)."""
    last = last_event(repo)
    if last <= after_event:
        return [], last
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute("SELECT DISTINCT request_id FROM events WHERE id > ? AND id <= ? "
                           "AND request_id IS NOT NULL LIMIT ?", (after_event, last, limit + 1)).fetchall()
    if len(found) > limit:
        return None, last
    return [row[0] for row in found], last


def open_count(repo: Repository) -> int:
    """All open requests, whatever the filter (a count over the queue index)."""
    return _scalar(repo, "SELECT count(*) FROM requests WHERE status = 'open'")


def highest_request(repo: Repository) -> int:
    """New requests that came without history (``desk import``) show up here."""
    return _scalar(repo, "SELECT coalesce(max(id), 0) FROM requests")


def _scalar(repo: Repository, sql: str) -> int:
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    return int(cursor.execute(sql).fetchone()[0])
