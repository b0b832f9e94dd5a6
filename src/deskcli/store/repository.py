"""Reading and writing licenses, requests, messages and their history.

Every change to a request goes through ``Repository.change_request`` so it is recorded as
an event (who, when, what, before, after). Callers hold one transaction per command.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from deskcli.domain.errors import NotFound, NotRecognised
from deskcli.domain.pins import verify_pin
from deskcli.store.db import connect, immediate, storage_errors

UTC = dt.timezone.utc


def utc_text(value: dt.datetime | None) -> str | None:
    """Instants are stored as UTC ISO 8601 text, to the second, so they sort as text."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def from_utc_text(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _dict_factory(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {col[0]: value for col, value in zip(cursor.description, row)}


class Repository:
    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        with storage_errors(path):
            self.conn = connect(path, create=create)
        self.conn.row_factory = _dict_factory

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Repository"]:
        """One write transaction per command; sqlite3 failures become storage errors."""
        with storage_errors(self.path), immediate(self.conn):
            yield self

    # -- queries ------------------------------------------------------------------

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self.conn.execute(sql, params).fetchall()

    def insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))
        return int(cursor.lastrowid)

    def update(self, table: str, key: str, value: Any, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self.conn.execute(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?', [*changes.values(), value])

    # -- licenses -----------------------------------------------------------------

    def license(self, number: str) -> dict[str, Any]:
        number = number.strip()
        row = self.one("SELECT * FROM licenses WHERE number = ?", (number,))
        if row is None:
            raise NotFound(f"license {number} not found")
        return row

    def authenticate(self, number: str, pin: str) -> dict[str, Any]:
        """The license if number and PIN match; one answer for either being wrong."""
        row = self.one("SELECT * FROM licenses WHERE number = ?", (number,))
        # Hash even for an unknown number, so timing does not tell which part was wrong.
        stored = row["pin_hash"] if row else "scrypt$16384$8$1$00$" + "00" * 32
        if not verify_pin(pin, stored) or row is None:
            raise NotRecognised("license number or PIN not recognised")
        return row

    def licenses(self) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM licenses ORDER BY number")

    def renewals(self, number: str) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM renewals WHERE license = ? ORDER BY id", (number,))

    # -- requests -----------------------------------------------------------------

    def request(self, request_id: int) -> dict[str, Any]:
        row = self.one("SELECT * FROM requests WHERE id = ?", (request_id,))
        if row is None:
            raise NotFound(f"request #{request_id} not found")
        return row

    def messages(self, request_id: int) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM messages WHERE request_id = ? ORDER BY at, id", (request_id,))

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
                "before": json.dumps(before, ensure_ascii=False) if before is not None else None,
                "after": json.dumps(after, ensure_ascii=False) if after is not None else None,
            },
        )

    def change_request(self, row: dict[str, Any], changes: dict[str, Any], *, at: dt.datetime,
                       agent: str, action: str) -> dict[str, Any]:
        """Apply ``changes`` to a request and record what they replaced."""
        before = {k: row.get(k) for k in changes if row.get(k) != changes[k]}
        after = {k: changes[k] for k in before}
        if after:
            self.update("requests", "id", row["id"], after)
        self.record(at=at, agent=agent, action=action, request_id=row["id"], before=before, after=after)
        return {**row, **changes}

    def queue(self, *, overdue_at: str | None = None, line: int | None = None, category: str | None = None,
              assignee: str | None = None, due_before: str | None = None, limit: int | None = None,
              ) -> list[dict[str, Any]]:
        """Open requests, soonest due first; ties by queue position then id."""
        where = ["status = 'open'"]
        params: list[Any] = []
        if line is not None:
            where.append("line = ?")
            params.append(line)
        if category is not None:
            where.append("category = ?")
            params.append(category)
        if assignee is not None:
            where.append("assignee = ?")
            params.append(assignee)
        if due_before is not None:
            where.append("due_at <= ?")
            params.append(due_before)
        if overdue_at is not None:
            where.append("due_at < ?")
            params.append(overdue_at)
        sql = f"SELECT * FROM requests WHERE {' AND '.join(where)} ORDER BY due_at, queued_at, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        # sqlite3.Row is built in C and read by name, cheaper than a dict per row here.
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def requests(self, *, since: str | None = None, until: str | None = None,
                 statuses: Iterable[str] = ()) -> list[dict[str, Any]]:
        where, params = ["1 = 1"], []
        if since:
            where.append("created_at >= ?")
            params.append(since)
        if until:
            where.append("created_at < ?")
            params.append(until)
        statuses = list(statuses)
        if statuses:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        return self.all(f"SELECT * FROM requests WHERE {' AND '.join(where)} ORDER BY id", params)

    def responses(self, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Agent responses that stopped an SLA clock, with their request's category and line."""
        where, params = ["m.kind = 'agent'", "m.met_due IS NOT NULL"], []
        if since:
            where.append("m.at >= ?")
            params.append(since)
        if until:
            where.append("m.at < ?")
            params.append(until)
        return self.all(
            "SELECT m.at, m.author, m.met_due, m.met_first_due, m.response_minutes, m.first_response_minutes, "
            "r.category, r.line FROM messages m JOIN requests r ON r.id = m.request_id "
            f"WHERE {' AND '.join(where)} ORDER BY m.at",
            params,
        )

    def messages_for(self, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        grouped: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        for row in self.all("SELECT * FROM messages ORDER BY request_id, at, id"):
            if row["request_id"] in grouped:
                grouped[row["request_id"]].append(row)
        return grouped
