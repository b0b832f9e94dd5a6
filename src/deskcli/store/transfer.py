"""The whole desk as JSON Lines records, and back: ``export --all`` and ``import``.

Each record carries ``kind``: license, renewal, request, message or event, in that order,
so a file can be imported in one pass. Instants are shown in the desk's zone and stored
in UTC, money as decimal strings, the PIN only as its hash. Temporary access is never
exported. Import is all or nothing: one bad line names itself and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import amount_text, from_kopecks, parse_amount, to_kopecks
from deskcli.domain.pins import hash_pin, is_pin_hash
from deskcli.store.repository import Repository

UTC = dt.timezone.utc

# Per kind: table, the columns in record order, which of them are instants, which are money.
SHAPES: dict[str, dict[str, Any]] = {
    "license": {
        "table": "licenses",
        "columns": ["number", "pin_hash", "edition", "price", "purchased", "support_until", "customer",
                    "email", "site", "code_modified", "created_at"],
        "instants": {"created_at"},
        "money": {"price": "price_kopecks"},
        "required": {"number", "edition", "price", "purchased"},
    },
    "renewal": {
        "table": "renewals",
        "columns": ["id", "license", "renewed_on", "rate", "amount", "old_support_until", "new_support_until",
                    "at", "agent"],
        "instants": {"at"},
        "money": {"amount": "amount_kopecks"},
        "required": {"license", "renewed_on", "rate", "amount"},
    },
    "request": {
        "table": "requests",
        "columns": ["id", "license", "customer", "edition", "version", "category", "subject", "site_url",
                    "status", "line", "assignee", "created_at", "queued_at", "wait_started_at", "due_at",
                    "first_due_at", "due_calendar", "flags", "reasons", "resolution", "closed_at"],
        "instants": {"created_at", "queued_at", "wait_started_at", "due_at", "first_due_at", "closed_at"},
        "money": {},
        "required": {"id", "license", "category", "status", "created_at", "queued_at"},
    },
    "message": {
        "table": "messages",
        "columns": ["id", "request_id", "author", "kind", "body", "at", "due_at", "first_due_at", "met_due",
                    "met_first_due", "response_minutes", "first_response_minutes"],
        "instants": {"at", "due_at", "first_due_at"},
        "money": {},
        "required": {"request_id", "author", "kind", "body", "at"},
        "rename": {"kind": "message_kind"},
    },
    "event": {
        "table": "events",
        "columns": ["id", "request_id", "license", "at", "agent", "action", "before", "after"],
        "instants": {"at"},
        "money": {},
        "required": {"at", "agent", "action"},
    },
}
KINDS = tuple(SHAPES)
JSON_COLUMNS = {("request", "flags"), ("request", "reasons"), ("event", "before"), ("event", "after")}
BOOL_COLUMNS = {("license", "code_modified"), ("message", "met_due"), ("message", "met_first_due")}


def _show(value: str | None, zone) -> str | None:
    return None if value is None else dt.datetime.fromisoformat(value).astimezone(zone).isoformat(timespec="seconds")


def dump(repo: Repository, zone) -> Iterator[dict[str, Any]]:
    """Every record of the desk, in import order."""
    for kind, shape in SHAPES.items():
        order = "number" if kind == "license" else "id"
        for row in repo.conn.execute(f'SELECT * FROM "{shape["table"]}" ORDER BY {order}'):
            record: dict[str, Any] = {"kind": kind}
            for column in shape["columns"]:
                stored = shape["money"].get(column, column)
                value = row[stored]
                if column in shape["money"]:
                    value = amount_text(from_kopecks(value))
                elif column in shape["instants"]:
                    value = _show(value, zone)
                elif (kind, column) in JSON_COLUMNS:
                    value = json.loads(value) if value is not None else None
                elif (kind, column) in BOOL_COLUMNS:
                    value = None if value is None else bool(value)
                record[shape.get("rename", {}).get(column, column)] = value
            yield record


def parse_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) from JSON Lines, or from one JSON array spread over the input."""
    buffered = list(lines)
    first = next((line.strip() for line in buffered if line.strip()), b"")
    if first.startswith(b"["):
        try:
            items = json.loads(b"".join(buffered))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"the input is not a valid JSON array: {exc}") from None
        if not isinstance(items, list):
            raise InvalidInput("the input is not a JSON array")
        yield from ((i, item) for i, item in enumerate(items, start=1))
        return
    for number, line in enumerate(buffered, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"line {number}: not valid JSON ({exc})") from None


def _instant(value: Any, zone, where: str) -> str | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{where}: {value!r} is not an ISO 8601 instant") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(UTC).isoformat()


def _row(number: int, record: Any, zone) -> tuple[str, dict[str, Any]]:
    where = f"line {number}"
    if not isinstance(record, dict):
        raise InvalidInput(f"{where}: expected a JSON object")
    kind = record.get("kind")
    if kind not in SHAPES:
        raise InvalidInput(f"{where}: kind must be one of {', '.join(KINDS)}")
    shape = SHAPES[kind]
    rename = shape.get("rename", {})
    values = {column: record.get(rename.get(column, column)) for column in shape["columns"]}
    if kind == "license" and values["pin_hash"] is None and record.get("pin") is not None:
        values["pin_hash"] = hash_pin(str(record["pin"]))
    missing = [c for c in shape["required"] | ({"pin_hash"} if kind == "license" else set()) if values[c] is None]
    if missing:
        raise InvalidInput(f"{where}: {kind} lacks {', '.join(sorted(missing))}")
    row: dict[str, Any] = {}
    try:
        for column, value in values.items():
            if column in shape["money"]:
                row[shape["money"][column]] = to_kopecks(parse_amount(str(value)))
            elif column in shape["instants"]:
                row[column] = _instant(value, zone, f"{where}: {column}")
            elif (kind, column) in JSON_COLUMNS:
                row[column] = json.dumps(value, ensure_ascii=False) if value is not None else None
            elif (kind, column) in BOOL_COLUMNS:
                row[column] = None if value is None else int(bool(value))
            else:
                row[column] = value
        if kind == "license":
            if not is_pin_hash(str(row["pin_hash"])):
                raise InvalidInput("pin_hash is not a deskcli PIN hash")
            row["support_until"] = row["support_until"] or _support_until(row["purchased"])
        if kind == "request":
            tickets.validate_category(row["category"])
            if row["status"] not in tickets.STATUSES:
                raise InvalidInput(f"unknown status {row['status']!r}")
            row["line"] = row["line"] or 1
            row["flags"] = row["flags"] or "[]"
            row["reasons"] = row["reasons"] or "[]"
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    return shape["table"], row


def _support_until(purchased: str) -> str:
    from deskcli.domain.entitlement import support_until

    return support_until(dt.date.fromisoformat(purchased)).isoformat()


def load(repo: Repository, records: Iterable[tuple[int, Any]], zone) -> dict[str, int]:
    """Insert every record in one transaction; the first bad one aborts them all."""
    import sqlite3

    batches: dict[str, list[dict[str, Any]]] = {shape["table"]: [] for shape in SHAPES.values()}
    lines: dict[str, list[int]] = {table: [] for table in batches}
    for number, record in records:
        table, row = _row(number, record, zone)
        batches[table].append(row)
        lines[table].append(number)
    counts = {}
    with repo.transaction():
        for table, rows in batches.items():
            if not rows:
                continue
            columns = list(rows[0])
            sql = (f'INSERT INTO "{table}" ({", ".join(columns)}) '
                   f'VALUES ({", ".join("?" for _ in columns)})')
            try:
                repo.conn.executemany(sql, ([row.get(c) for c in columns] for row in rows))
            except sqlite3.IntegrityError as exc:
                raise InvalidInput(f"{table}: {exc} (ids must be new to this database); nothing imported") from None
            counts[table] = len(rows)
    return counts
