"""The desk's policy as data: calendar, response targets, editions, lines, refusals, mail.

One document (plain dicts, lists, strings, numbers) is what the database keeps and what
``desk policy show|export|import`` print and read; ``build`` validates it whole and gives
the typed ``Policy`` the rules use. Every error names the key at fault.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from deskcli.domain.calendar import DEFAULT_WEEKLY_HOURS, CalendarSettings, Interval
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.text import BIDI, CONTROL
from deskcli.domain.tickets import CATEGORIES, MAX_LINE

if TYPE_CHECKING:
    from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The intake findings that are flags for the agent unless ``intake.refuse`` names them: the
#: rules that read meaning are not sure enough to turn a customer away on their own (a repeat
#: found on the blind hold-out was a new question one time in five; benchmarks/INTAKE.md).
FLAG_CODES = ("no_question", "out_of_scope", "off_topic", "already_answered")
#: A target longer than this many business minutes (100 business hours) is a typo, and an
#: absurd one would push deadlines past the calendar's range and disable the desk.
MAX_TARGET_MINUTES = 6000
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024

DEFAULT_TARGETS = {"emergency": 120, "usage": 300, "installation": 300, "technical": 300}
DEFAULT_EDITIONS = {
    "Халява": {"free": True},
    "Мой сайт": {"free": False},
    "Малый бизнес": {"free": False},
    "Бизнес": {"free": False},
    "Корпорация": {"free": False},
}
DEFAULT_LINES = {"1": "help desk", "2": "specialists", "3": "developers", "4": "outside parties"}
#: The top-level keys of a policy document; anything else in a personal file is personal.
SECTIONS = ("currency", "calendar", "targets", "editions", "lines", "intake", "mail")


def format_intervals(intervals: tuple[Interval, ...]) -> list[str]:
    return [f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in intervals]


def defaults() -> dict[str, Any]:
    """The policy of a new desk."""
    return {
        "currency": "RUB",
        "calendar": {
            "timezone": "Europe/Moscow",
            "shorten_pre_holidays": True,
            "hours": {name: format_intervals(DEFAULT_WEEKLY_HOURS[i]) for i, name in enumerate(WEEKDAYS)},
            "extra_days_off": [],
            "extra_working_days": {},
        },
        "targets": dict(DEFAULT_TARGETS),
        "editions": copy.deepcopy(DEFAULT_EDITIONS),
        "lines": dict(DEFAULT_LINES),
        "intake": {"refuse": []},
        "mail": {"from": "", "addresses": {}, "attachment_limit": 10 * 1024 * 1024},
    }


class Policy(NamedTuple):
    """The validated policy; ``document`` is the plain form it was built from."""

    document: dict[str, Any]
    calendar: CalendarSettings
    targets: dict[str, int]
    editions: dict[str, bool]
    currency: str
    lines: dict[int, str]
    refuse_flags: frozenset[str]
    mail_from: str
    mail_addresses: dict[str, str]
    attachment_limit: int

    def edition(self, name: str) -> str:
        """The policy's own spelling of an edition name, matched without regard to case or
        the product prefix ("HostCMS.Халява" is the policy's full name of "Халява")."""
        wanted = _edition_key(name)
        for known in self.editions:
            if _edition_key(known) == wanted:
                return known
        raise InvalidInput(f"unknown edition {name!r}; the desk's policy knows: {', '.join(self.editions)}")

    def line_name(self, line: int) -> str | None:
        return self.lines.get(line)


def _edition_key(name: str) -> str:
    key = " ".join(name.split()).casefold()
    return key.removeprefix("hostcms.").removeprefix("hostcms ").strip()


_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_intervals(value: object, *, key: str) -> tuple[Interval, ...]:
    """``["09:00-13:00", "14:00-18:00"]`` or ``"09:00-13:00, 14:00-18:00"``; ``[]`` is closed."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise InvalidInput(f"{key}: expected a list of hours like \"09:00-18:00\"")
    intervals: list[Interval] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            if isinstance(item, str):
                continue
            raise InvalidInput(f"{key}: {item!r} is not hours like 09:00-18:00")
        m = _INTERVAL.match(item)
        if not m:
            raise InvalidInput(f"{key}: {item!r} is not hours like 09:00-18:00")
        h1, m1, h2, m2 = map(int, m.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or not 0 <= start < end <= 24 * 60:
            raise InvalidInput(f"{key}: {item!r} is not a valid span of hours")
        if intervals and start < intervals[-1][1]:
            raise InvalidInput(f"{key}: {item!r} overlaps or precedes the hours before it")
        intervals.append((start, end))
    return tuple(intervals)


def merged(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` over the defaults: what a partial document means."""
    return _merge(defaults(), document)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merge(result[key], value)
        else:
            result[key] = value
    return result


def _require(value: Any, kind: type | tuple[type, ...], key: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        name = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise InvalidInput(f"{key}: expected {name}, got {value!r}")
    return value


KNOWN_KEYS = {
    "": set(SECTIONS),
    "calendar": {"timezone", "shorten_pre_holidays", "hours", "extra_days_off", "extra_working_days"},
    "intake": {"refuse"},
    "mail": {"from", "addresses", "attachment_limit"},
}


def _unknown_keys(document: dict[str, Any]) -> None:
    for section, known in KNOWN_KEYS.items():
        table = document if not section else document.get(section, {})
        if isinstance(table, dict):
            for key in table:
                if key not in known:
                    name = f"{section}.{key}" if section else key
                    raise InvalidInput(f"{name}: unknown key (known: {', '.join(sorted(known))})")


def build(document: dict[str, Any], *, stored: bool = False) -> Policy:
    """Validate a whole policy document (partial documents mean "the rest as default").

    ``stored``: a document the desk already keeps, read as it was accepted: checks added
    since (names, a date both off and worked) refuse what is set or imported, and must not
    lock a desk out of every command, the fixing ``desk policy set`` included."""
    _require(document, dict, "policy")
    if not isinstance(document.get("editions", {}), dict):
        raise InvalidInput(f"editions: expected a table, got {document['editions']!r}")
    _unknown_keys(document)
    data = _plain(merged(document))
    calendar = _calendar(_require(data["calendar"], dict, "calendar"), stored=stored)
    # A set of days: each once, in order (review: "2026-12-31,2026-12-31" was kept twice, and
    # setting the same days in another order made a new policy version that changed nothing).
    data["calendar"]["extra_days_off"] = sorted(day.isoformat() for day in calendar.extra_days_off)
    mail_from = _address(_require(data["mail"], dict, "mail").get("from", ""), "mail.from", empty=True, stored=stored)
    mail_addresses = _mail_addresses(data["mail"].get("addresses", {}), stored=stored)
    same = next((category for category, address in mail_addresses.items() if address == mail_from), None)
    if same is not None and not stored:
        # mail to the desk's own address would all be that category (admin review: every
        # message to support@ became installation); the address is compared in lower case
        raise InvalidInput(f"mail.addresses.{same}: {mail_from} is the desk's own address (mail.from); mail "
                           f"to it would all be {same}: give the category an address of its own")
    return Policy(
        document=data,
        calendar=calendar,
        targets=_targets(data["targets"]),
        editions=_editions(data["editions"], stored=stored),
        currency=_currency(data["currency"]),
        lines=_lines(data["lines"], stored=stored),
        refuse_flags=_refusals(data["intake"]),
        mail_from=mail_from,
        mail_addresses=mail_addresses,
        attachment_limit=_attachment_limit(data["mail"].get("attachment_limit")),
    )


def _plain(value: Any) -> Any:
    """Dates (from TOML) as ISO text, so the document is JSON as the database keeps it."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _calendar(cal: dict[str, Any], *, stored: bool = False) -> CalendarSettings:
    hours = _require(cal["hours"], dict, "calendar.hours")
    unknown = set(hours) - set(WEEKDAYS)
    if unknown:
        raise InvalidInput(f"calendar.hours.{sorted(unknown)[0]}: not a weekday (mon..sun)")
    weekly = {i: parse_intervals(hours.get(name, []), key=f"calendar.hours.{name}") for i, name in enumerate(WEEKDAYS)}
    if not any(weekly.values()):
        raise InvalidInput("calendar.hours: a week with no working hours would never reach a deadline; "
                           "give at least one day hours like 09:00-18:00")
    days_off = frozenset(_date(v, "calendar.extra_days_off")
                         for v in _require(cal["extra_days_off"], list, "calendar.extra_days_off"))
    extra = _require(cal["extra_working_days"], dict, "calendar.extra_working_days")
    extra_days = {_date(day, f"calendar.extra_working_days.{day}"):
                  parse_intervals(value, key=f"calendar.extra_working_days.{day}") for day, value in extra.items()}
    both = sorted(days_off & extra_days.keys())
    if both and not stored:  # which one the policy means is a question for whoever wrote it, not a silent choice
        raise InvalidInput(f"calendar: {both[0].isoformat()} is both an extra day off and an extra working day; "
                           "keep one of them")
    timezone = _require(cal["timezone"], str, "calendar.timezone")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except (LookupError, ValueError, OSError):  # not found (ZoneInfoNotFoundError), not a key, unreadable
        raise InvalidInput(f"calendar.timezone: unknown time zone {timezone!r}") from None
    return CalendarSettings(
        timezone=timezone, weekly_hours=weekly, extra_days_off=days_off, extra_working_days=extra_days,
        shorten_pre_holidays=_require(cal["shorten_pre_holidays"], bool, "calendar.shorten_pre_holidays"),
    )


def _targets(value: Any) -> dict[str, int]:
    targets = {}
    for name, minutes in _require(value, dict, "targets").items():
        if name not in CATEGORIES:
            raise InvalidInput(f"targets.{name}: not a category ({', '.join(CATEGORIES)})")
        if not 1 <= _require(minutes, int, f"targets.{name}") <= MAX_TARGET_MINUTES:
            raise InvalidInput(f"targets.{name}: {minutes} is outside 1-{MAX_TARGET_MINUTES} business minutes")
        targets[name] = minutes
    return targets


def _editions(value: Any, *, stored: bool = False) -> dict[str, bool]:
    editions: dict[str, bool] = {}
    for name, spec in _require(value, dict, "editions").items():
        spec = _require(spec, dict, f"editions.{name}")
        for key in spec:
            if key != "free":
                raise InvalidInput(f"editions.{name}.{key}: unknown key (known: free)")
        named = _name(name, f"editions.{name}", stored)
        same = next((known for known in editions if _edition_key(known) == _edition_key(named)), None)
        if same is not None and not stored:  # one edition under two spellings: which would a license name?
            raise InvalidInput(f"editions: {same!r} and {named!r} are one edition (names match without regard to "
                               "case or the product prefix); keep one")
        editions[named] = _require(spec.get("free", False), bool, f"editions.{name}.free")
    if not editions:
        raise InvalidInput("editions: at least one edition is needed")
    return editions


def _lines(value: Any, *, stored: bool = False) -> dict[int, str]:
    lines = {}
    for number, name in _require(value, dict, "lines").items():
        if not (str(number).isascii() and str(number).isdigit()) or not 1 <= int(number) <= MAX_LINE:
            raise InvalidInput(f"lines.{number}: line numbers are 1, 2, 3, ... (at most {MAX_LINE})")
        lines[int(number)] = _name(name, f"lines.{number}", stored)
    if 1 not in lines:
        raise InvalidInput("lines.1: line 1 (the help desk) takes every request and cannot be removed")
    return dict(sorted(lines.items()))


#: The longest edition or line name: a table column, a mail line.
MAX_NAME = 64


def _name(value: Any, key: str, stored: bool = False) -> str:
    """An edition's or a line's name, which every table and mail shows and agents type."""
    name = _require(value, str, key)
    if stored:
        return name
    if not name.strip() or name != name.strip() or len(name) > MAX_NAME or CONTROL.search(name) or BIDI.search(name):
        raise InvalidInput(f"{key}: a name is 1 to {MAX_NAME} printable characters, with no space at either end")
    return name


def _refusals(intake: Any) -> frozenset[str]:
    refuse = _require(_require(intake, dict, "intake").get("refuse", []), list, "intake.refuse")
    for code in refuse:
        if code not in FLAG_CODES:
            raise InvalidInput(f"intake.refuse: {code!r} is not one of {', '.join(FLAG_CODES)}")
    return frozenset(refuse)


def _currency(value: Any) -> str:
    currency = _require(value, str, "currency").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidInput(f"currency: {currency!r} is not a three-letter code like RUB")
    return currency


#: The looser rule a desk's policy was once stored under: read as it was accepted.
_STORED_ADDRESS = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")


def _address(value: Any, key: str, *, empty: bool = False, stored: bool = False) -> str:
    """A desk's own address: one its mail can be sent from and to (``addresses.deliverable``,
    the rule of every address the desk mails: an address with Cyrillic before the @ was
    taken, and then no letter could be built)."""
    from deskcli.domain.addresses import deliverable

    text = _require(value, str, key).strip()
    if not text and empty:
        return ""
    try:
        if stored:
            if not _STORED_ADDRESS.match(text) or len(text) > 254:
                raise InvalidInput(text)
        else:
            deliverable(text)
    except InvalidInput:
        raise InvalidInput(f"{key}: {text!r} is not a mail address like support@example.ru") from None
    return text.lower()


def _mail_addresses(value: Any, *, stored: bool = False) -> dict[str, str]:
    addresses = {}
    for category, address in _require(value, dict, "mail.addresses").items():
        if category not in CATEGORIES:
            raise InvalidInput(f"mail.addresses.{category}: not a category ({', '.join(CATEGORIES)})")
        addresses[category] = _address(address, f"mail.addresses.{category}", stored=stored)
        # mail to an address says its category: one address for two would give whichever
        # came first, an emergency read as usage (review)
        same = next((other for other, given in addresses.items() if other != category and given == addresses[category]),
                    None)
        if same is not None and not stored:
            raise InvalidInput(f"mail.addresses.{category}: {addresses[category]} is already the address of "
                               f"{same}; mail to it could not say which category it is")
    return addresses


def _attachment_limit(value: Any) -> int:
    limit = _require(value, int, "mail.attachment_limit")
    if not 0 <= limit <= MAX_ATTACHMENT_BYTES:
        raise InvalidInput(f"mail.attachment_limit: {limit} is outside 0-{MAX_ATTACHMENT_BYTES} bytes")
    return limit


def _date(value: Any, key: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"{key}: {value!r} is not a date like 2026-12-31") from None
