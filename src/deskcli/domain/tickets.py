"""Support requests: what one must carry (2.1), its deadline (2.6, 2.7), how it is shown.

Pure functions over plain values; the store persists what these return.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import namedtuple

from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING, overload
from deskcli.domain.text import as_stored

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, Protocol

    from deskcli.domain.calendar import BusinessCalendar  # a request's checks load no calendar

    class StoredRow(Protocol):
        """A request row read by column name: a dict, a typed row or an ``sqlite3.Row``."""

        def __getitem__(self, key: str, /) -> Any: ...

CATEGORIES = ("emergency", "usage", "installation", "technical")
STATUSES = ("open", "answered", "resolved", "rejected")
MAX_BODY_BYTES = 1024 * 1024
MAX_SUBJECT = 300
#: Support lines are numbered 1, 2, 3, ...; the policy names at most this many.
MAX_LINE = 99
#: The largest number SQLite stores as an integer: request numbers and counts stay under it
#: (the command line's fast path says it again as ``launcher.MAX_INT``, loading no domain).
MAX_NUMBER = 2**63 - 1
#: Below this many business minutes left, the countdown turns yellow.
WARNING_MINUTES = 30


def whole_number(text: str) -> int | None:
    """A request's number as an agent types it: "42" or "#42" (as the desk writes it, SPEC 1),
    ASCII digits only ("²" and "٤" are digits to ``str.isdigit``, not numbers), from 1 to
    ``MAX_NUMBER``; None for anything else."""
    digits = text.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()) or not 1 <= int(digits) <= MAX_NUMBER:
        return None
    return int(digits)


_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){1,3}$")
_LICENSE = re.compile(r"^[\w][\w.\-/]{0,63}$")
#: Whitespace (Unicode's, as str.isspace) and control characters: never part of an address.
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")


def validate_category(category: str) -> str:
    if category not in CATEGORIES:
        raise InvalidInput(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
    return category


def validate_version(version: str) -> str:
    version = version.strip()
    if not _VERSION.match(version):
        raise InvalidInput(f"version {version!r} is not like 6.9.1")
    return version


def validate_license_number(number: str) -> str:
    number = number.strip()
    if not _LICENSE.match(number):
        raise InvalidInput(f"license number {number!r} is not valid (letters, digits, . - / up to 64)")
    return number


#: The plain shape of most sites' addresses: http or https, a host of ASCII letters, digits,
#: dots and hyphens, then perhaps a port and a path, query or fragment of printable ASCII. ``urlsplit``
#: finds an http(s) scheme and a host in every one (a property test holds the two to one
#: answer); importing it, with ipaddress, costs ``desk open`` 4-7 ms, so only other shapes do.
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::(?P<port>[0-9]{1,5}))?(?:[/?#][!-~]*)?", re.ASCII)


#: A password in an address's user part, ``https://admin:secret@host/``, as ``urlsplit`` reads
#: one (the last "@" before the path, the query or the fragment ends it). Its group is the password.
URL_PASSWORD = r"(?i)(?<![\w.+-])[a-z][a-z0-9+.-]*://[^\s/?#:]*:(?P<value>[^\s/?#]+)@(?=[^\s@/?#])"


def validate_url(url: str, *, what: str = "site", password: bool = False) -> str:
    """``url`` stripped, or a usage error: an http(s) address with a host and a port from 1
    to 65535. One that holds a password is refused unless ``password``: the caller hides it
    (a customer's site, which ``credentials.site_without_password`` seals)."""
    url = url.strip()
    if len(url) > 2000:
        raise InvalidInput(f"{what} is longer than 2000 characters ({len(url):,}): {shown_url(url)[:60]!r}…")
    plain = _PLAIN_URL.fullmatch(url)
    port = (plain["port"] or "") if plain else _http_port(url)
    if port is None or _URL_FORBIDDEN.search(url):
        # shop.example.ru, as a customer says it: the address the desk takes for it (review)
        written = f"; write it as https://{url}" if "://" not in url and _PLAIN_URL.fullmatch(f"https://{url}") else ""
        raise InvalidInput(f"{what} {shown_url(url)!r} is not an http or https address with a host{written}")
    if port and not (port.isascii() and port.isdigit() and 0 < int(port) < 65536):  # nothing listens there
        if "@" in url and not (port.isascii() and port.isdigit()):
            # a "port" read from a user part ("https://admin:Pa55#word@host") is a piece of a password
            raise InvalidInput(f"{what} {shown_url(url)!r} cannot be read as user:password@host: a #, / or ? in "
                               "a password is written %23, %2F or %3F")
        raise InvalidInput(f"{what} {shown_url(url)!r}: port {port!r} is not a number from 1 to 65535")
    if not password and "@" in url and re.match(URL_PASSWORD, url):
        raise InvalidInput(f"{what} holds a password (user:password@host); the desk keeps none in clear: "
                           "give the address without it")
    return url


def shown_url(url: str) -> str:
    """``url`` as a message may quote it: whatever stands between the user's name and the
    last "@" masked (security review: ``ftp://admin:Secr3t@host/``, refused for its scheme,
    was quoted whole). Read generously on purpose: the address may be too broken for any
    parser ("/", "?" or "#" in the password), and a masked port or path costs nothing."""
    scheme, slashes, rest = url.partition("//") if "//" in url else ("", "", url)
    head, at, tail = rest.rpartition("@")
    if not at or ":" not in head:
        return url
    return f"{scheme}{slashes}{head.partition(':')[0]}:***@{tail}"


def _http_port(url: str) -> str | None:
    """The port ``url`` names as written ("": none), or None when it is no http(s) address
    with a host (``urlsplit`` checks no port until asked for it: ``https://shop.ru:abc/``)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        host = parts.netloc.rpartition("@")[2]
        _, bracket, inside = host.partition("[")  # where urlsplit's own port starts
        return (inside.partition("]")[2] if bracket else host).partition(":")[2]
    except ValueError:
        return None


def validate_text(text: str, *, what: str, limit: int, single_line: bool = False) -> str:
    """Text that must say something (a body, a subject, a title), as ``text.as_stored`` keeps it."""
    if not isinstance(text, str):
        raise InvalidInput(f"{what} must be text, not {type(text).__name__}")
    if "\x00" in text:
        raise InvalidInput(f"{what} contains a NUL byte")
    if not text.strip():
        raise InvalidInput(f"{what} must not be empty")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:  # bytes that were not UTF-8 on the command line arrive as surrogates
        raise InvalidInput(f"{what} is not valid UTF-8") from None
    if size > limit:
        raise InvalidInput(f"{what} is longer than {limit} bytes")
    text = as_stored(text, single_line=single_line)
    if not text.strip():
        raise InvalidInput(f"{what} must not be empty")
    return text


#: What an agent may write for nobody where an assignee is asked for.
NOBODY = ("-", "none")


def assignee_named(value: str, me: str) -> str:
    """The agent a filter or an assignment names: ``me`` is the agent running the command,
    ``-`` or ``none`` nobody (``""``); any other name is itself. One reading for the queue,
    the screen and ``desk assign``, so ``me`` never becomes an agent called "me". A blank
    name is refused: a script's empty ``$AGENT`` must not quietly mean nobody."""
    word = value.strip().casefold()
    if not word:
        raise InvalidInput("the assignee must not be empty (- means nobody, me the agent running the command)")
    return "" if word in NOBODY else me if word == "me" else value


def validate_field(text: str, *, what: str, limit: int = 1000, lines: bool = False) -> str:
    """An optional field (customer, e-mail, agent; with ``lines`` a resolution or an article
    body): may be empty, never NUL; kept as ``text.as_stored`` keeps it, on one line unless
    ``lines``."""
    if not isinstance(text, str):
        raise InvalidInput(f"{what} must be text, not {type(text).__name__}")
    if "\x00" in text:
        raise InvalidInput(f"{what} contains a NUL byte")
    if len(text) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # bytes that were not UTF-8 arrive as lone surrogates
            raise InvalidInput(f"{what} is not valid UTF-8") from None
    return as_stored(text, single_line=not lines)


def validate_email(value: str) -> str:
    """A customer's address, or empty; one line, so it cannot smuggle a mail header."""
    value = validate_field(value, what="email", limit=254).strip()
    if value:
        from deskcli.domain.addresses import deliverable

        try:  # one the desk's mail can reach: a reminder to it is never dropped later
            deliverable(value)
        except InvalidInput:
            raise InvalidInput(f"email {value!r} is not an address like name@example.com") from None
    return value


def decode_body(raw: bytes, *, what: str = "body") -> str:
    """Bytes from a file or standard input: at most 1 MiB of valid UTF-8."""
    if len(raw) > MAX_BODY_BYTES:
        raise InvalidInput(f"{what} is larger than 1 MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{what} is not valid UTF-8 (byte {exc.start})") from None
    return validate_text(text.removeprefix("\ufeff"), what=what, limit=MAX_BODY_BYTES)


def validate_subject(subject: str) -> str:
    subject = validate_text(subject, what="subject", limit=4 * MAX_SUBJECT, single_line=True).strip()
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(f"subject is longer than {MAX_SUBJECT} characters")
    return subject


class Clock(namedtuple("Clock", "queued_at due_at")):
    """The SLA clock for one request's current wait."""

    __slots__ = ()


def start_clock(calendar: BusinessCalendar, queued_at: dt.datetime, target_minutes: int) -> Clock:
    """A fresh deadline from ``queued_at`` (an arrival or a clarification, 2.6 and 2.7)."""
    return Clock(queued_at, calendar.add_business_minutes(queued_at, target_minutes))


def deadlines_each(calendar: BusinessCalendar, target_minutes: int,
                   clocks: Sequence[tuple[dt.datetime, dt.datetime | None]]) -> list[tuple[dt.datetime, dt.datetime]]:
    """(due_at, first_due_at) for each request's (queued_at, wait_started_at): the deadline
    runs from its place in the queue, the first one from when the customer began to wait
    (``queued_at`` where that was never recorded). Many at once, as a calendar or target
    change recalculates every open request."""
    dues = calendar.add_business_minutes_each([queued for queued, _ in clocks], target_minutes)
    firsts = calendar.add_business_minutes_each([waited or queued for queued, waited in clocks], target_minutes)
    return list(zip(dues, firsts, strict=True))


def deadline_basis(calendar_fingerprint: str, targets: dict[str, int]) -> str:
    """What a deadline depends on: the calendar and the response targets. Stored with each
    deadline, so a change to either is noticed and open deadlines are recalculated."""
    import zlib

    return f"{calendar_fingerprint}-{zlib.crc32(repr(sorted(targets.items())).encode()):08x}"


def format_countdown(minutes: int, overdue: bool = False) -> str:
    """``1h 25m``; overdue is negative: ``-0h 40m`` (``-0h 00m`` just past a closing deadline)."""
    sign = "-" if minutes < 0 or overdue else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}h {rest:02d}m"


def format_age(seconds: float) -> str:
    """Wall-clock age for people: ``45m``, ``3h 10m``, ``2d 4h``."""
    minutes = max(0, int(seconds // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {mins:02d}m"
    return f"{mins}m"


_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.ASCII)


def parse_duration(text: str) -> int:
    """Business minutes from ``90``, ``90m``, ``2h``, ``1h30m``; a day is 8 business hours."""
    text = text.strip().lower()
    if text.isascii() and text.isdigit():
        return int(text)
    m = _DURATION.match(text)
    if not text or not m or not any(m.groups()):
        raise InvalidInput(f"duration {text!r} is not like 30m, 2h or 1h30m")
    days, hours, minutes = (int(g) if g else 0 for g in m.groups())
    return days * 8 * 60 + hours * 60 + minutes


#: The request of SPEC section 6, defined once: each field and how it is made from a stored
#: row. "stored" is shown as kept; "text" shows a missing value as ""; "instant" moves from
#: UTC to the desk's zone; "deadline" is an instant shown only while the request is open;
#: "clock" is computed from now; "list" is a JSON list; "flag" is true or false. After the
#: lists come how the request ended (SPEC leaves them out; people and reports want them).
#: The general path (``request_records``),
#: the JSON that SQLite builds for the queue (``Repository.queue_rows``), CSV and ``--fields``
#: all follow this order.
REQUEST_SHAPE: tuple[tuple[str, str], ...] = (
    ("id", "stored"), ("license", "stored"), ("customer", "text"), ("edition", "stored"),
    ("version", "stored"), ("category", "stored"), ("subject", "stored"), ("site_url", "stored"),
    ("status", "stored"), ("line", "stored"), ("assignee", "stored"),
    ("created_at", "instant"), ("queued_at", "instant"), ("due_at", "deadline"),
    ("remaining_minutes", "clock"), ("overdue", "clock"), ("flags", "list"), ("reasons", "list"),
    ("tags", "list"),
    ("first_response_at", "instant"), ("ready_to_close", "flag"), ("resolution", "stored"),
    ("closed_at", "instant"),
)
REQUEST_FIELDS = tuple(name for name, _ in REQUEST_SHAPE)


@overload
def shown_instant(value: str, zone) -> str: ...
@overload
def shown_instant(value: None, zone) -> None: ...
def shown_instant(value: str | None, zone) -> str | None:
    """A stored instant (ISO text, any offset) as the desk shows it: ISO 8601 in ``zone``, to the second."""
    if value is None:
        return None
    return dt.datetime.fromisoformat(value).astimezone(zone).isoformat(timespec="seconds")


def request_record(row: StoredRow, calendar: BusinessCalendar, now: dt.datetime) -> dict:
    """The SPEC section 6 request shape from a stored row (UTC text instants, JSON lists)."""
    return request_records([row], calendar, now)[0]


def request_records(rows: Sequence[StoredRow], calendar: BusinessCalendar, now: dt.datetime) -> list[dict]:
    """Many rows at once: the hot path of ``desk queue`` over thousands of requests."""
    import json

    zone = calendar.zone
    minutes_until = calendar.minutes_until_each(now)
    return [_record(row, zone, minutes_until, now.timestamp(), json.loads) for row in rows]


def _record(row: StoredRow, zone, minutes_until, now_ts: float, loads) -> dict:
    is_open = row["status"] == "open" and row["due_at"] is not None
    due_ts = dt.datetime.fromisoformat(row["due_at"]).timestamp() if is_open else None
    remaining = minutes_until(due_ts) if is_open else None
    flags, reasons = row["flags"], row["reasons"]
    try:
        tags = row["tags"]
    except (KeyError, IndexError):  # a row built in memory before it was stored
        tags = None
    return {
        "id": row["id"],
        "license": row["license"],
        "customer": row["customer"] or "",
        "edition": row["edition"],
        "version": row["version"],
        "category": row["category"],
        "subject": row["subject"],
        "site_url": row["site_url"],
        "status": row["status"],
        "line": row["line"],
        "assignee": row["assignee"],
        "created_at": shown_instant(row["created_at"], zone),
        "queued_at": shown_instant(row["queued_at"], zone),
        "due_at": shown_instant(row["due_at"], zone) if is_open else None,
        "remaining_minutes": remaining,
        # Overdue once the deadline instant has passed, even while the desk is closed and the
        # business-minute countdown stands at zero (a deadline at 18:00, seen at 18:30).
        "overdue": due_ts is not None and due_ts < now_ts,
        "flags": loads(flags) if flags and flags != "[]" else [],
        "reasons": loads(reasons) if reasons and reasons != "[]" else [],
        "tags": loads(tags) if tags and tags != "[]" else [],
        "first_response_at": shown_instant(row["first_response_at"], zone),
        # The customer's last word was thanks or a confirmed fix: the agent may close it.
        "ready_to_close": bool(row["ready_to_close"]),
        "resolution": row["resolution"],
        "closed_at": shown_instant(row["closed_at"], zone),
    }
