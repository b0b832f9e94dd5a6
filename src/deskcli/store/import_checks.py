"""What an imported value must be: the checks the commands apply to the same field.

``desk import`` writes straight into the tables, so every column a command validates is
validated here by the very same function (a license number, an edition of the desk's
policy, an address, a renewal rate, a date inside the years the calendar covers, text
without NUL bytes); a file can hold nothing the command line would refuse.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from deskcli import clock
from deskcli.clock import MAX_YEAR, MIN_YEAR
from deskcli.domain import entitlement, templates, tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.policy import Policy

Check = Callable[[Any], Any]


def _optional(check: Check) -> Check:
    def run(value: Any) -> Any:
        return None if value is None else check(value)

    run.present = check  # type: ignore[attr-defined]  # what the importer calls on a value it has
    return run


class Memo(dict[str, Any]):
    """A check remembering what it said of each text it passed: a desk's file repeats its
    license numbers, sites, versions and agents many times over. ``memo[value]`` is the
    importer's fast form (a dictionary lookup; an unhashable value raises TypeError), calling
    it the plain one; only text is remembered, so ``True`` never passes as the ``1`` it equals."""

    def __init__(self, check: Check, limit: int = 10_000) -> None:
        super().__init__()
        self.check, self.limit = check, limit
        self.fast = self.__getitem__

    def __missing__(self, value: Any) -> Any:
        known = self.check(value)
        if type(value) is str and len(self) < self.limit:
            self[value] = known
        return known

    def __call__(self, value: Any) -> Any:
        if type(value) is not str:
            return self.check(value)
        return self[value]


def _memo(check: Check, limit: int = 10_000) -> Check:
    return Memo(check, limit)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text, not {type(value).__name__}")
    return value


def date_text(value: Any, what: str = "date") -> str:
    return clock.parse_date(_text(value, what), what=what).isoformat()


def field(what: str, limit: int = 1000, *, lines: bool = False) -> Check:
    return _optional(lambda value: tickets.validate_field(value, what=what, limit=limit, lines=lines))


def text(what: str, limit: int, *, single_line: bool = False) -> Check:
    return lambda value: tickets.validate_text(value, what=what, limit=limit, single_line=single_line)


def license_number(value: Any) -> str:
    return tickets.validate_license_number(_text(value, "license number"))


def url(what: str, *, empty: bool = False) -> Check:
    def run(value: Any) -> str:
        value = _text(value, what)
        return "" if empty and not value.strip() else tickets.validate_url(value, what=what)

    return _optional(run)


def rate(value: Any) -> str:
    return entitlement.rate_text(entitlement.parse_rate(_text(value, "rate")))


def line(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= tickets.MAX_LINE:
        raise InvalidInput(f"line {value!r} is not a support line 1-{tickets.MAX_LINE}")
    return value


_WORD = re.compile(r"[a-z][a-z_ ]{0,31}")


def word(what: str) -> Check:
    """A short lowercase code (a message's kind) that no command spells wrong."""

    def run(value: Any) -> str:
        if not isinstance(value, str) or not _WORD.fullmatch(value):
            raise InvalidInput(f"{what} {value!r} is not a lowercase word")
        return value

    return run


def reasons(what: str) -> Check:
    """Flags and refusal reasons: a list of {code, message}, as intake writes them."""

    def run(value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, list) or not all(
                isinstance(item, dict) and set(item) == {"code", "message"} for item in value):
            raise InvalidInput(f"{what} must be a list of {{code, message}}")
        for item in value:
            word(f"{what} code")(item["code"])
            tickets.validate_field(item["message"], what=f"{what} message")
        return value

    return run


#: What stopped an SLA clock (``store.sla_schema``): an agent's response, or a closing while waiting.
STOP_KINDS = ("response", "closed")


def stop_kind(value: Any) -> str:
    if value not in STOP_KINDS or type(value) is not str:
        raise InvalidInput(f"unknown stop kind {value!r}; use one of {', '.join(STOP_KINDS)}")
    return value


def status(value: Any) -> str:
    if value not in tickets.STATUSES:
        raise InvalidInput(f"unknown status {value!r}; use one of {', '.join(tickets.STATUSES)}")
    return value


def suggestions(value: Any) -> Any:
    """Documentation suggested on opening (2.11): a list of {title, url}, as ``desk kb`` keeps them."""
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, dict) and set(item) == {"title", "url"}
                                              for item in value):
        raise InvalidInput("suggestions must be a list of {title, url}")
    for item in value:
        tickets.validate_text(item["title"], what="suggestion title", limit=1000)
        tickets.validate_url(_text(item["url"], "suggestion url"), what="suggestion url")
    return value


def changes(value: Any) -> Any:
    if value is not None and not isinstance(value, dict):
        raise InvalidInput(f"an event's before and after must be objects, not {type(value).__name__}")
    return value


def _no_address() -> str:
    raise InvalidInput("the address is empty")


def mail_language(value: Any) -> str:
    from deskcli.mail.templates import LANGUAGES

    if value not in LANGUAGES:
        raise InvalidInput(f"mail template language {value!r} is not one of {', '.join(LANGUAGES)}")
    return value


def mail_template_name(value: Any) -> str:
    """A mail template's name as stored (``missing_fields``); ``missing-fields`` is taken too."""
    from deskcli.mail.templates import PLACEHOLDERS

    name = _text(value, "mail template name").replace("-", "_")
    if name not in PLACEHOLDERS:
        raise InvalidInput(f"mail template {value!r} is not one of {', '.join(PLACEHOLDERS)}")
    return name


def checks(policy: Policy) -> dict[tuple[str, str], Check]:
    """(kind, column) -> the check its value passes; columns not named here are instants,
    money, whole numbers, dates and flags, which the importer checks by their type."""
    edition = _memo(_optional(lambda value: policy.edition(_text(value, "edition"))))
    body = tickets.MAX_BODY_BYTES
    checks: dict[tuple[str, str], Check] = {
        ("license", "number"): license_number,
        ("license", "edition"): edition,
        ("license", "customer"): field("customer"),
        ("license", "email"): _optional(lambda value: tickets.validate_email(_text(value, "email"))),
        ("license", "site"): url("site", empty=True),
        ("renewal", "license"): license_number,
        ("renewal", "rate"): rate,
        ("renewal", "agent"): field("agent"),
        ("renewal_reminder", "license"): license_number,
        ("renewal_reminder", "step"): field("step", 10),
        ("request", "license"): license_number,
        ("request", "customer"): field("customer"),
        ("request", "edition"): edition,
        ("request", "category"): lambda value: tickets.validate_category(_text(value, "category")),
        ("request", "clock_category"): _optional(lambda value: tickets.validate_category(_text(value, "clock category"))),
        ("request", "status"): status,
        ("request", "version"): _optional(lambda value: tickets.validate_version(_text(value, "version"))),
        ("request", "subject"): _optional(lambda value: tickets.validate_subject(_text(value, "subject"))),
        ("request", "site_url"): url("site"),
        ("request", "line"): _optional(line),
        ("request", "assignee"): field("assignee"),
        ("request", "due_calendar"): field("due_calendar", 200),
        ("request", "flags"): reasons("flags"),
        ("request", "reasons"): reasons("reasons"),
        ("request", "resolution"): field("resolution", body, lines=True),
        ("request", "suggestions"): suggestions,
        ("message", "flags"): reasons("flags"),
        ("message", "reasons"): reasons("reasons"),
        ("message", "author"): field("author"),
        ("message", "kind"): word("message kind"),
        ("message", "body"): text("body", body),
        ("message", "message_id"): field("message_id", 998),
        ("mail_received", "key"): field("key", 998),
        ("mail_received", "outcome"): word("mail outcome"),
        ("article", "title"): text("title", 1000, single_line=True),
        ("article", "url"): url("url"),
        ("article", "keywords"): field("keywords"),
        ("article", "body"): field("body", body, lines=True),
        ("article", "added_by"): field("added_by"),
        ("event", "license"): _optional(license_number),
        ("event", "agent"): field("agent"),
        ("event", "action"): field("action"),
        ("mail_contact", "address"): lambda value: tickets.validate_email(_text(value, "address")) or _no_address(),
        ("mail_contact", "name"): field("name", 200),
        ("mail_contact", "language"): lambda value: "ru" if value is None else mail_language(value),
        # Templates: the checks of desk template add/edit and desk template mail edit.
        ("template", "name"): lambda value: templates.validate_name(_text(value, "template name")),
        ("template", "title"): lambda value: "" if value is None else templates.validate_title(value),
        # Older versions stored a "${" never closed: restored, and import says so (services.transfer).
        ("template", "body"): _optional(lambda value: templates.check(_text(value, "template body"),
                                                                      unclosed=False)),
        ("template", "updated_by"): field("updated_by"),
        ("mail_template", "language"): mail_language,
        ("mail_template", "name"): mail_template_name,
        ("mail_template", "text"): lambda value: _text(value, "text"),  # against its name: transfer.py
        ("mail_template", "updated_by"): field("updated_by"),
        ("event", "before"): changes,
        ("event", "after"): changes,
        ("sla_stop", "kind"): stop_kind,
        ("sla_stop", "agent"): field("agent"),
        ("sla_stop", "category"): lambda value: tickets.validate_category(_text(value, "category")),
        ("sla_stop", "line"): line,
    }
    # Free text (subjects, bodies, resolutions) is rarely repeated and can be large: checked
    # every time; short repeated values are checked once per distinct value.
    unique = {("request", "subject"), ("request", "resolution"), ("message", "body"), ("article", "body"),
              ("article", "title"), ("request", "flags"), ("request", "reasons"), ("request", "suggestions"),
              ("message", "flags"), ("message", "reasons"), ("event", "before"), ("event", "after"),
              ("license", "edition"), ("request", "edition"), ("template", "body"),
              # A support line is a number, and 1 == 1.0 == True as a dictionary key.
              ("request", "line"), ("sla_stop", "line")}
    return {key: check if key in unique else _memo(check) for key, check in checks.items()}


_STORED_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-]\d\d:00")
_MINUTES_SECONDS = frozenset(f":{m:02d}:{s:02d}" for m in range(60) for s in range(60))


class Instants:
    """Instant text in any offset to stored UTC text; whole-hour offsets go through a cache
    of the hour, the common case when a file from ``export --all`` comes back."""

    def __init__(self, zone) -> None:
        self.zone = zone
        # "YYYY-MM-DDTHH+hh:00" (a checked hour and offset) -> "YYYY-MM-DDTHH" in UTC
        self.hours: dict[str, str] = {}
        self.fast = Recent(self).__getitem__

    def __call__(self, value: Any) -> str | None:
        if type(value) is str:
            # A key in the cache was checked whole; it is 19 characters, so the value is 25
            # and only its minutes and seconds are left to check.
            prefix = self.hours.get(value[:13] + value[19:])
            if prefix is not None and value[13:19] in _MINUTES_SECONDS:
                return prefix + value[13:19] + "+00:00"
        if value is None:
            return None
        if (isinstance(value, str) and len(value) == 25 and _STORED_INSTANT.fullmatch(value)
                and MIN_YEAR < int(value[:4]) < MAX_YEAR):
            key = value[:13] + value[19:]
            prefix = self.hours.get(key)
            if prefix is None:
                prefix = self.hours[key] = self._parse(value[:13] + ":00:00" + value[19:])[:13]
            return prefix + value[13:19] + "+00:00"
        return self._parse(value)

    def _parse(self, value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidInput(f"{value!r} is not an ISO 8601 instant")
        return clock.parse_instant(value, self.zone).astimezone(dt.UTC).isoformat()


class Recent(dict[str, Any]):
    """The last few thousand instants converted: a request's created, queued and waiting
    instants are mostly one and the same text."""

    def __init__(self, convert: Callable[[Any], Any], limit: int = 4096) -> None:
        super().__init__()
        self.convert, self.limit = convert, limit

    def __missing__(self, value: Any) -> Any:
        known = self.convert(value)
        if type(value) is str:
            if len(self) >= self.limit:
                self.clear()
            self[value] = known
        return known
