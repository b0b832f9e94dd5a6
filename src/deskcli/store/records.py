"""Rows as they cross the store's boundary, and the one place their columns are encoded.

Instants are stored as UTC ISO 8601 text, to the second, so they sort as text; lists of
findings and history values are JSON text. Everything that writes or reads those columns
goes through the functions here.
"""

from __future__ import annotations

import datetime as dt

from deskcli.domain.named import TYPE_CHECKING, TypedDict, overload

#: The largest number a record may carry: every JSON reader (jq, JavaScript) holds it exactly,
#: and the desk's next request number after it still fits SQLite's (review: an imported
#: 2**63 - 1 made the next desk open pick a random 19-digit number). Import refuses larger,
#: and the desk numbers nothing past it, so its own export always imports.
LARGEST_NUMBER = 2**53 - 1

if TYPE_CHECKING:
    from typing import Any

UTC = dt.UTC


# Overloads so a value known to be present comes back present: most columns are NOT NULL.
@overload
def utc_text(value: dt.datetime) -> str: ...
@overload
def utc_text(value: None) -> None: ...
@overload
def utc_text(value: dt.datetime | None) -> str | None: ...
def utc_text(value: dt.datetime | None) -> str | None:
    """An instant as stored: UTC ISO 8601 text, to the second."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


@overload
def from_utc_text(value: str) -> dt.datetime: ...
@overload
def from_utc_text(value: None) -> None: ...
@overload
def from_utc_text(value: str | None) -> dt.datetime | None: ...
def from_utc_text(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def json_text(value: Any) -> str:
    """A JSON column's text: Cyrillic kept readable, one encoding everywhere."""
    import json  # not before a command needs it: ``desk open``'s PIN check starts sooner

    return json.dumps(value, ensure_ascii=False)


def json_list(text: str | None) -> list[Any]:
    """A JSON list column (``flags``, ``reasons``); empty when absent."""
    import json

    return json.loads(text) if text and text != "[]" else []


class LicenseRow(TypedDict):
    number: str
    pin_hash: str
    edition: str
    price_kopecks: int
    purchased: str
    support_until: str
    customer: str
    email: str
    site: str
    code_modified: int
    created_at: str | None


class RequestRow(TypedDict, total=False):
    id: int
    license: str
    customer: str | None
    edition: str
    version: str
    category: str
    subject: str
    site_url: str
    status: str
    line: int
    assignee: str | None
    created_at: str
    queued_at: str
    wait_started_at: str | None
    due_at: str | None
    first_due_at: str | None
    due_calendar: str | None
    flags: str
    reasons: str
    resolution: str | None
    closed_at: str | None
    first_response_at: str | None
    ready_to_close: int
    suggestions: str | None
    tags: str
    merged_into: int | None


class MessageRow(TypedDict, total=False):
    id: int
    request_id: int
    author: str
    kind: str
    body: str
    at: str
    due_at: str | None
    first_due_at: str | None
    met_due: int | None
    met_first_due: int | None
    response_minutes: int | None
    first_response_minutes: int | None
    flags: str | None
    reasons: str | None
