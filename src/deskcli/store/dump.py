"""``export --all``: every record of the desk in the shapes of ``store.transfer``, the file
``desk import`` reads back. Values as the file holds them: instants in the desk's zone,
money as decimal strings, lists and flags as JSON; built by position from plain rows, each
column's conversion chosen once (two million records at a million requests)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from deskcli.domain.instants import localizer
from deskcli.domain.money import amount_text, from_kopecks
from deskcli.store.repository import Repository
from deskcli.store.shapes import BOOL_COLUMNS, JSON_COLUMNS, POLICY_KIND, RECORDS_KEY, SHAPES


def dump(repo: Repository, zone, in_force: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every record of the desk, in import order: first the policy in force (a desk restored
    from the file computes its deadlines as this one did) with how many records of each kind
    follow, then the data. Inside the caller's snapshot, so the counts are of the rows read.

    The counts let ``desk import`` tell a whole file from one cut at a line's end: an export
    stopped by a signal or a full disk, a copy that did not finish (review: a backup stopped
    mid-way restored 92 % of the requests and none of their messages, with exit 0).
    ``in_force``: the policy document in force where the desk stored none (a desk upgraded
    from before the policy lived in it stores one at its first change); a desk that holds
    nothing at all is an empty file still."""
    stored = repo.policy()
    counts = {kind: repo.scalar(f'SELECT count(*) FROM "{shape["table"]}"{_where(shape)}') for kind, shape in SHAPES.items()}
    version, document = stored if stored is not None else (None, in_force if any(counts.values()) else None)
    if document is not None:
        yield {"kind": POLICY_KIND, "version": version, "document": document, RECORDS_KEY: counts}
    local = localizer(zone, quoted=False)

    def shown(value: str) -> str:
        return local(value.encode()).decode()  # type: ignore[union-attr]  # text in, text out

    for kind, shape in SHAPES.items():
        order = shape.get("order", "number" if kind == "license" else "id")
        columns = [shape["money"].get(column, column) for column in shape["columns"]]
        names = ["kind", *(shape.get("rename", {}).get(column, column) for column in shape["columns"])]
        converted = [(i, convert) for i, column in enumerate(shape["columns"], 1)
                     if (convert := _converter(kind, column, shape, shown)) is not None]
        cursor = repo.conn.cursor()
        cursor.row_factory = None  # plain tuples, made into records by position
        select = ", ".join(f'"{column}"' for column in columns)
        for row in cursor.execute(f'SELECT ?, {select} FROM "{shape["table"]}"{_where(shape)} ORDER BY {order}',
                                  (kind,)):
            values = list(row)
            for i, convert in converted:
                value = values[i]
                if value is not None:
                    values[i] = convert(value)
            yield dict(zip(names, values, strict=True))


def _where(shape: dict[str, Any]) -> str:
    """The rows of a table the file carries: all, or those its shape's ``where`` names."""
    return f' WHERE {shape["where"]}' if "where" in shape else ""


def left_behind(repo: Repository) -> dict[str, int]:
    """What ``export --all`` does not carry and a desk would miss: temporary access (sealed
    with this desk's key), attachments (binary: ``desk backup`` keeps them) and mail not yet
    sent (the outbox stays with this desk's mail server)."""
    return {
        "temporary access": repo.scalar("SELECT count(*) FROM access"),
        "attachments": repo.scalar("SELECT count(*) FROM attachments WHERE kept"),
        "unsent mail": repo.scalar("SELECT count(*) FROM outbox WHERE status IN ('queued', 'failed')"),
    }


def _converter(kind: str, column: str, shape: dict[str, Any], shown: Callable[[str], str]) -> Callable[[Any], Any] | None:
    """How a stored value of ``column`` (never NULL) becomes the record's value, or None
    when it is the same."""
    if column in shape["money"]:
        return lambda kopecks: amount_text(from_kopecks(kopecks))
    if column in shape["instants"]:
        return shown
    if (kind, column) in JSON_COLUMNS:
        return _loads
    if (kind, column) in BOOL_COLUMNS:
        return bool
    return None


def _loads(text: str) -> Any:
    return [] if text == "[]" else json.loads(text)  # a fresh list: records are the caller's
