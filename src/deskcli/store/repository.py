"""Reading and writing licenses, requests, messages and their history.

Every change to a request goes through ``Repository.change_request`` so it is recorded as
an event (who, when, what, before, after). Callers hold one transaction per command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from deskcli.domain.errors import NotFound, NotRecognised
from deskcli.store.db import connect, immediate, storage_errors
from deskcli.store.records import (
    LicenseRow,
    MessageRow,
    RequestRow,
    from_utc_text,
    json_text,
    utc_text,
)

__all__ = ["Repository", "from_utc_text", "utc_text"]


def _dict_factory(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {col[0]: value for col, value in zip(cursor.description, row, strict=True)}


def _period(column: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
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


def _first(row: dict[str, Any] | tuple[Any, ...] | None) -> Any:
    if row is None:
        return None
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


class Repository:
    def __init__(self, path: Path, *, create: bool = True, write: bool = True) -> None:
        self.path = path
        self.writable = write
        with storage_errors(path):
            self.conn = connect(path, create=create, write=write)
        self.conn.row_factory = _dict_factory

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Repository]:
        """One write transaction per command; sqlite3 failures become storage errors."""
        with storage_errors(self.path), immediate(self.conn):
            yield self

    # -- queries ------------------------------------------------------------------

    def one(self, sql: str, params: Sequence[object] = ()) -> dict[str, Any] | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        return self.conn.execute(sql, params).fetchall()

    def insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))
        assert cursor.lastrowid is not None  # set by every INSERT
        return cursor.lastrowid

    def update(self, table: str, key: str, value: object, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self.conn.execute(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?', [*changes.values(), value])

    # -- policy -------------------------------------------------------------------

    def policy(self) -> tuple[int, dict[str, Any]] | None:
        """The newest policy version and its document, or None for a desk that has none yet."""
        row = self.one("SELECT version, document FROM policy ORDER BY version DESC LIMIT 1")
        if row is None:
            return None
        return int(row["version"]), json.loads(row["document"])

    def save_policy(self, document: dict[str, Any], *, at: dt.datetime, agent: str) -> int:
        return self.insert("policy", {"at": utc_text(at), "agent": agent,
                                      "document": json.dumps(document, ensure_ascii=False, sort_keys=True)})

    # -- licenses -----------------------------------------------------------------

    def find_license(self, number: str) -> LicenseRow | None:
        """The license whose number matches, regardless of case ("hc-1001" is HC-1001).

        The exact spelling is one indexed lookup; another case is found by folding every
        number in Python, since SQLite's NOCASE folds only ASCII and numbers may not be.
        """
        row = self.one("SELECT * FROM licenses WHERE number = ?", (number,))
        if row is not None:
            return cast(LicenseRow, row)
        wanted = number.casefold()
        for candidate in self.conn.execute("SELECT number FROM licenses").fetchall():
            if candidate["number"].casefold() == wanted:
                return cast(LicenseRow, self.one("SELECT * FROM licenses WHERE number = ?", (candidate["number"],)))
        return None

    def license(self, number: str) -> LicenseRow:
        number = number.strip()
        row = self.find_license(number)
        if row is None:
            raise NotFound(f"license {number} not found")
        return cast(LicenseRow, row)

    def authenticate(self, number: str, pin: str) -> LicenseRow:
        """The license if number and PIN match; one answer for either being wrong."""
        from deskcli.domain.pins import verify_pin

        row = self.find_license(number.strip())
        # Hash even for an unknown number, so timing does not tell which part was wrong.
        stored = row["pin_hash"] if row else "scrypt$16384$8$1$00$" + "00" * 32
        if not verify_pin(pin, stored) or row is None:
            raise NotRecognised("license number or PIN not recognised")
        return cast(LicenseRow, row)

    def licenses(self) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM licenses ORDER BY number")

    def renewals(self, number: str) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM renewals WHERE license = ? ORDER BY id", (number,))

    # -- requests -----------------------------------------------------------------

    def request(self, request_id: int) -> RequestRow:
        row = self.one("SELECT * FROM requests WHERE id = ?", (request_id,))
        if row is None:
            raise NotFound(f"request #{request_id} not found")
        return cast(RequestRow, row)

    def messages(self, request_id: int) -> list[MessageRow]:
        return cast("list[MessageRow]", self.all("SELECT * FROM messages WHERE request_id = ? ORDER BY at, id", (request_id,)))

    def access_kind(self, request_id: int) -> str | None:
        found = self.one("SELECT kind FROM access WHERE request_id = ?", (request_id,))
        return found["kind"] if found else None

    def history(self, request_id: int) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM events WHERE request_id = ? ORDER BY id", (request_id,))

    def record(self, *, at: dt.datetime, agent: str, action: str, request_id: int | None = None,
               license: str | None = None, before: dict | None = None, after: dict | None = None) -> None:
        self.insert(
            "events",
            {
                "request_id": request_id,
                "license": license,
                "at": utc_text(at),
                "agent": agent,
                "action": action,
                "before": json_text(before) if before is not None else None,
                "after": json_text(after) if after is not None else None,
            },
        )

    def change_request(self, row: Mapping[str, Any], changes: dict[str, Any], *, at: dt.datetime,
                       agent: str, action: str) -> dict[str, Any]:
        """Apply ``changes`` to a request and record what they replaced."""
        before = {k: row.get(k) for k in changes if row.get(k) != changes[k]}
        after = {k: changes[k] for k in before}
        if after:
            self.update("requests", "id", row["id"], after)
        self.record(at=at, agent=agent, action=action, request_id=row["id"], before=before, after=after)
        return {**row, **changes}

    def _queue_filter(self, *, overdue_at: str | None, line: int | None, category: str | None,
                      assignee: str | None, due_before: str | None, tag: str | None = None,
                      ) -> tuple[str, list[object]]:
        where = ["status = 'open'"]
        params: list[object] = []
        for clause, value in (("line = ?", line), ("category = ?", category), ("assignee = ?", assignee),
                              ("due_at <= ?", due_before), ("due_at < ?", overdue_at),
                              ("id IN (SELECT request_id FROM request_tags WHERE tag = ?)", tag)):
            if value is not None:
                where.append(clause)
                params.append(value)
        return " AND ".join(where), params

    def queue(self, *, overdue_at: str | None = None, line: int | None = None, category: str | None = None,
              assignee: str | None = None, due_before: str | None = None, limit: int | None = None,
              tag: str | None = None) -> list[sqlite3.Row]:
        """Open requests, soonest due first; ties by queue position then id."""
        where, params = self._queue_filter(overdue_at=overdue_at, line=line, category=category,
                                           assignee=assignee, due_before=due_before, tag=tag)
        sql = f"SELECT * FROM requests WHERE {where} ORDER BY due_at, queued_at, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        # sqlite3.Row is built in C and read by name, cheaper than a dict per row here.
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def queue_json(self, *, overdue_at: str | None = None, line: int | None = None,
                   category: str | None = None, assignee: str | None = None, due_before: str | None = None,
                   limit: int | None = None, tag: str | None = None) -> list[tuple]:
        """The queue with its text fields already JSON-encoded by SQLite.

        Rows of (JSON object from id to assignee, created_at, queued_at, due_at, flags JSON,
        reasons JSON, tags JSON, first_response_at, ready_to_close JSON, resolution JSON,
        closed_at); the caller adds the instants in the desk's zone and the countdown.
        For thousands of requests this is several times faster than a dict per row.
        """
        where, params = self._queue_filter(overdue_at=overdue_at, line=line, category=category,
                                           assignee=assignee, due_before=due_before, tag=tag)
        sql = (
            f"SELECT json_object({_QUEUE_HEAD}), created_at, queued_at, due_at, "
            "CASE WHEN flags IS NULL OR flags = '[]' THEN '[]' ELSE json(flags) END, "
            "CASE WHEN reasons IS NULL OR reasons = '[]' THEN '[]' ELSE json(reasons) END, "
            "CASE WHEN tags IS NULL OR tags = '[]' THEN '[]' ELSE json(tags) END, "
            "first_response_at, CASE WHEN ready_to_close THEN 'true' ELSE 'false' END, json_quote(resolution), "
            f"closed_at FROM requests WHERE {where} ORDER BY due_at, queued_at, id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()

    def open_span(self) -> tuple[str | None, str | None]:
        """The earliest creation and the latest open deadline: the instants a queue shows."""
        first = self.conn.execute("SELECT min(created_at) FROM requests").fetchone()
        last = self.conn.execute("SELECT max(due_at) FROM requests WHERE status = 'open'").fetchone()
        return _first(first), _first(last)

    def requests(self, *, since: str | None = None, until: str | None = None,
                 statuses: Iterable[str] = ()) -> list[dict[str, Any]]:
        where, params = _period("created_at", since, until)
        statuses = list(statuses)
        if statuses:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        return self.all(f"SELECT * FROM requests WHERE {' AND '.join(where)} ORDER BY id", params)

    def responses(self, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Agent responses that stopped an SLA clock, with their request's category and line."""
        where, params = _period("m.at", since, until)
        where += ["m.kind = 'agent'", "m.met_due IS NOT NULL"]
        return self.all(
            "SELECT m.at, m.author, m.met_due, m.met_first_due, m.response_minutes, m.first_response_minutes, "
            "r.category, r.line FROM messages m JOIN requests r ON r.id = m.request_id "
            f"WHERE {' AND '.join(where)} ORDER BY m.at",
            params,
        )

    def messages_for(self, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        grouped: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        ids = list(ids)
        for chunk in range(0, len(ids), 500):  # a bounded number of bound values per statement
            part = ids[chunk:chunk + 500]
            marks = ", ".join("?" * len(part))
            for row in self.all(f"SELECT * FROM messages WHERE request_id IN ({marks}) ORDER BY request_id, at, id",
                                part):
                grouped[row["request_id"]].append(row)
        return grouped
