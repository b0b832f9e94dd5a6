"""The queries ``desk export`` and the queue's bulk output read: rows as tuples of UTF-8 bytes
built in SQL from the one request shape (``tickets.REQUEST_SHAPE``), read as they are consumed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def period_filter(column: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """SQL conditions for ``since <= column < until`` (either bound optional)."""
    where, params = ["1 = 1"], []
    for operator, value in ((">=", since), ("<", until)):
        if value:
            where.append(f"{column} {operator} ?")
            params.append(value)
    return where, params


def _head_sql() -> str:
    """``json_object`` arguments for the leading stored fields of the request shape."""
    from deskcli.domain.tickets import REQUEST_SHAPE

    pairs = []
    for name, kind in REQUEST_SHAPE:
        if kind not in ("stored", "text"):
            break
        pairs.append(f"'{name}', {name}" if kind == "stored" else f"'{name}', coalesce({name}, '')")
    return ", ".join(pairs)


_QUEUE_HEAD = _head_sql()


def _json_list(column: str) -> str:
    """A stored JSON list as a JSON value inside ``json_object``; NULL or empty as ``[]``."""
    return f"json(CASE WHEN coalesce({column}, '') IN ('', '[]') THEN '[]' ELSE {column} END)"


def _listed_sql(column: str) -> str:
    """A stored JSON list (flags, reasons, tags) as compact JSON; NULL as an empty list."""
    return f"CASE WHEN {column} IS NULL OR {column} = '[]' THEN '[]' ELSE json({column}) END"


# A request's record as ``request_lines`` builds it: its id, then (as UTF-8 bytes, a BLOB
# cast, which the bulk output writes without decoding) the text fields JSON-encoded by
# SQLite, byte for byte what ``json.dumps(..., ensure_ascii=False)`` writes
# (tests/store/test_queue_json.py), the stored instants, the lists as one piece
# (``"flags":[],"reasons":[],"tags":[]``, most often a constant), the first response, the
# close as one piece (``false,"resolution":null``) and the closing instant. Every column
# is a Python object per row: fewer of them is what makes the bulk output faster.
REQUEST_JSON = (
    f"id, CAST(json_object({_QUEUE_HEAD}) AS BLOB), CAST(created_at AS BLOB), CAST(queued_at AS BLOB), "
    "CAST(CASE WHEN status = 'open' THEN due_at END AS BLOB), "
    "CAST(CASE WHEN coalesce(flags, '[]') = '[]' AND coalesce(reasons, '[]') = '[]' AND coalesce(tags, '[]') = '[]' "
    """THEN '"flags":[],"reasons":[],"tags":[]' """
    f"""ELSE '"flags":' || {_listed_sql('flags')} || ',"reasons":' || {_listed_sql('reasons')} """
    f"""|| ',"tags":' || {_listed_sql('tags')} END AS BLOB), """
    "CAST(first_response_at AS BLOB), "
    """CAST(CASE WHEN ready_to_close THEN 'true' ELSE 'false' END || ',"resolution":' || json_quote(resolution) AS BLOB), """
    "CAST(closed_at AS BLOB)"
)

# A request's columns from id to assignee, in ``tickets.REQUEST_FIELDS`` order, NULL as empty.
# Joined with || rather than printf, whose %s stops at a NUL character.
_CSV_HEAD = " || ',' || ".join(
    f"coalesce({name}, '')" for name in ("id", "license", "customer", "edition", "version", "category", "subject",
                                         "site_url", "status", "line", "assignee"))


#: The columns of a ``request_csv_rows`` row (``request_lines.request_csv`` reads them), for the
#: export and the queue alike. As few as can be: the queue time is NULL when it is the
#: creation time, and the three lists are one NUL-separated value (stored JSON has no raw NUL),
#: NULL when all are empty, as most are.
REQUEST_CSV = (
    f"id, CAST({_CSV_HEAD} AS BLOB), CAST(created_at AS BLOB), "
    "CASE WHEN queued_at <> created_at THEN CAST(queued_at AS BLOB) END, "
    "CAST(CASE WHEN status = 'open' THEN due_at END AS BLOB), "
    "CASE WHEN coalesce(flags, '[]') <> '[]' OR coalesce(reasons, '[]') <> '[]' OR coalesce(tags, '[]') <> '[]' "
    "THEN CAST(coalesce(flags, '') || char(0) || coalesce(reasons, '') || char(0) || coalesce(tags, '') AS BLOB) END, "
    "CAST(first_response_at AS BLOB), ready_to_close, CAST(resolution AS BLOB), CAST(closed_at AS BLOB)"
)


def _export_filter(since: str | None, until: str | None, statuses: Iterable[str]) -> tuple[str, list[object]]:
    """Requests (as ``r``) created in ``[since, until)`` with one of ``statuses`` (any when empty)."""
    where, period = period_filter("r.created_at", since, until)
    params: list[object] = list(period)
    statuses = list(statuses)
    if statuses:
        where.append(f"r.status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    return " AND ".join(where), params


class ExportQueries:
    """Export reads, mixed into ``Repository`` (which supplies the connection)."""

    conn: sqlite3.Connection

    def _tuples(self, sql: str, params: Sequence[object]) -> Iterator[tuple]:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)

    def request_rows(self, *, since: str | None = None, until: str | None = None,
                     statuses: Iterable[str] = ()) -> Iterator[dict[str, Any]]:
        where, params = _export_filter(since, until, statuses)
        return self.conn.execute(f"SELECT * FROM requests r WHERE {where} ORDER BY r.id", params)

    def request_json_rows(self, *, since: str | None = None, until: str | None = None,
                          statuses: Iterable[str] = ()) -> Iterator[tuple]:
        """Rows of (id, JSON object from id to assignee, created_at, queued_at, due_at while
        open, the flags, reasons and tags members, first_response_at, ready_to_close's value
        and the resolution member, closed_at), text as UTF-8 bytes (see ``REQUEST_JSON``); the
        caller adds the instants in the desk's zone and the countdown. Several times faster than a dict per row."""
        where, params = _export_filter(since, until, statuses)
        return self._tuples(f"SELECT {REQUEST_JSON} FROM requests r WHERE {where} ORDER BY r.id", params)

    def request_csv_rows(self, *, since: str | None = None, until: str | None = None,
                         statuses: Iterable[str] = ()) -> Iterator[tuple]:
        """Rows of (id, the fields from id to assignee joined by commas, NULL as empty,
        created_at, queued_at, due_at while open, flags, reasons, tags, first_response_at,
        ready_to_close, resolution, closed_at), text as UTF-8 bytes: CSV but for the quoting
        and formula checks, which the caller makes."""
        where, params = _export_filter(since, until, statuses)
        return self._tuples(f"SELECT {REQUEST_CSV} FROM requests r WHERE {where} ORDER BY r.id", params)

    def message_rows(self, *, since: str | None = None, until: str | None = None,
                     statuses: Iterable[str] = (), as_json: bool = False) -> Iterator[tuple]:
        """The messages of those requests, by request id then time: (request id, id, at, author,
        kind, body, flags, reasons, met_due), the two lists NULL when empty; or with ``as_json``
        (request id, id, at, JSON object of author, kind, body, flags, reasons, met_due), the
        fields ``desk show`` gives a message (review: a refused message's reasons were missing);
        text as UTF-8 bytes."""
        where, params = _export_filter(since, until, statuses)
        fields = (f"CAST(json_object('author', m.author, 'kind', m.kind, 'body', m.body, 'flags', {_json_list('m.flags')}, "
                  f"'reasons', {_json_list('m.reasons')}, 'met_due', CASE WHEN m.met_due IS NULL THEN NULL "
                  "WHEN m.met_due THEN json('true') ELSE json('false') END) AS BLOB)") if as_json else \
            ("CAST(m.author AS BLOB), CAST(m.kind AS BLOB), CAST(m.body AS BLOB), "
             "CASE WHEN coalesce(m.flags, '[]') NOT IN ('[]', '') THEN CAST(m.flags AS BLOB) END, "
             "CASE WHEN coalesce(m.reasons, '[]') NOT IN ('[]', '') THEN CAST(m.reasons AS BLOB) END, m.met_due")
        join = "JOIN requests r ON r.id = m.request_id" if params else ""  # every message's request is listed
        return self._tuples(
            f"SELECT m.request_id, m.id, CAST(m.at AS BLOB), {fields} FROM messages m {join} "
            f"WHERE {where} ORDER BY m.request_id, m.at, m.id", params)

