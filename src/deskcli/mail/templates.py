"""The texts of the desk's mail: one editable file per template, Russian by default.

A template is a text file: a ``Subject:`` line, a blank line, the body, with ``$name``
placeholders (`string.Template`, rendered by ``domain.templates`` like the canned answers).
Rendering substitutes plain strings once and never evaluates anything, so neither a
template edited by the team nor a value taken from a customer's mail can run code; an
unknown ``$name`` stays as written. The packaged files
live in ``deskcli/data/mail_templates/<language>/``; the team's edited copies are passed
in as ``overrides`` (keyed ``"ru/acknowledgement"``), so where they are stored is the
caller's business. ``rules.toml`` holds the policy text each refusal quotes, in Russian
as the policy is written; ``labels.toml`` the words the formatters below use.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files

from deskcli.domain.entitlement import RenewalQuote, percent_text
from deskcli.domain.errors import InvalidInput
from deskcli.domain.templates import check as check_placeholders
from deskcli.domain.templates import placeholders
from deskcli.domain.templates import render as substitute
from deskcli.domain.money import format_money
from deskcli.domain.text import printable

__all__ = [
    "LANGUAGES",
    "PLACEHOLDERS",
    "RenderedMail",
    "attachments_text",
    "business_time_text",
    "check_text",
    "day_text",
    "documentation_text",
    "instant_text",
    "labels",
    "missing_text",
    "problem_text",
    "parse_template",
    "render",
    "renewal_values",
    "rules_text",
    "template_text",
]

LANGUAGES = ("ru", "en")
#: Every template and the placeholders it may use.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "acknowledgement": frozenset({"ticket", "topic", "category", "target", "due_at", "documentation", "attachments"}),
    "reply": frozenset({"ticket", "topic", "reply", "agent"}),
    "refusal": frozenset({"ticket", "topic", "rules", "note"}),
    "missing_fields": frozenset({"topic", "missing"}),
    "not_accepted": frozenset({"topic", "problem"}),
    "close": frozenset({"ticket", "topic", "resolution"}),
    "attachments_not_kept": frozenset({"ticket", "topic", "attachments"}),
    "renewal_before_end": frozenset({"license", "edition", "support_until", "new_support_until", "schedule"}),
    "renewal_before_step": frozenset(
        {
            "license",
            "edition",
            "support_until",
            "rate",
            "amount",
            "last_day",
            "next_day",
            "next_rate",
            "next_amount",
            "schedule",
        }
    ),
}

#: What each letter is sent for, which a team's copy must still carry: an answer that left
#: out ``$reply`` would mark the request answered and tell the customer nothing (review).
REQUIRED: dict[str, frozenset[str]] = {
    "reply": frozenset({"reply"}),
    "refusal": frozenset({"rules"}),
    "missing_fields": frozenset({"missing"}),
    "not_accepted": frozenset({"problem"}),
    "close": frozenset({"resolution"}),
    "attachments_not_kept": frozenset({"attachments"}),
    "renewal_before_end": frozenset({"support_until"}),
    "renewal_before_step": frozenset({"amount"}),
}


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    body: str


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(f"unknown mail language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language


def _package_dir(language: str):
    return files("deskcli") / "data" / "mail_templates" / _language(language)


def template_text(name: str, language: str = "ru") -> str:
    """The packaged text of template ``name``, as a team member would start editing it."""
    if name not in PLACEHOLDERS:
        raise InvalidInput(f"unknown mail template {name!r}; known: {', '.join(PLACEHOLDERS)}")
    return (_package_dir(language) / f"{name}.txt").read_text(encoding="utf-8")


def parse_template(text: str, name: str | None = None) -> tuple[str, str]:
    """``(subject, body)`` of a template's text; InvalidInput if it has no ``Subject:`` line or
    uses a placeholder the template ``name`` does not know."""
    first, _, rest = text.replace("\r\n", "\n").partition("\n")
    label, colon, subject = first.partition(":")
    if not colon or label.strip().lower() not in ("subject", "тема"):
        raise InvalidInput("a mail template must start with a 'Subject:' line")
    body = rest.removeprefix("\n")
    if name is not None:
        used = set(placeholders(subject)) | set(placeholders(body))
        unknown = sorted(used - PLACEHOLDERS[name])
        if unknown:
            known = ", ".join(f"${p}" for p in sorted(PLACEHOLDERS[name]))
            raise InvalidInput(f"template {name}: unknown placeholder ${unknown[0]} (known: {known})")
    return subject.strip(), body


def check_text(name: str, language: str, text: str, *, unclosed: bool = True, required: bool = True) -> str:
    """A team's copy of template ``name`` as it is stored (line ends ``\n``, one final newline),
    or InvalidInput naming its first problem: a ``Subject:`` line first, then a body, only
    the placeholders that template has, among them what the mail is sent to say (``REQUIRED``;
    not asked of a copy an older desk kept: ``required=False``), and printable text only, so no
    terminal escape or control character reaches a customer's mail or an agent's screen."""
    if name not in PLACEHOLDERS:
        raise InvalidInput(f"unknown mail template {name!r}; known: {', '.join(PLACEHOLDERS)}")
    where = f"mail template {name.replace('_', '-')} ({_language(language)})"
    if not isinstance(text, str):
        raise InvalidInput(f"{where}: the text is not a string")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = next((c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0), None)
    if bad is not None:
        raise InvalidInput(f"{where}: the text holds the control character U+{ord(bad):04X}; "
                           "a mail text is printable text only")
    try:
        check_placeholders(text, sorted(PLACEHOLDERS[name]), unclosed=unclosed)
        subject, body = parse_template(text, name)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    if not subject:
        raise InvalidInput(f"{where}: the Subject: line is empty")
    if not body.strip():
        raise InvalidInput(f"{where}: the text has a subject and no body")
    missing = sorted(REQUIRED.get(name, frozenset()) - set(placeholders(text))) if required else []
    if missing:
        raise InvalidInput(f"{where}: the text leaves out {', '.join('$' + n for n in missing)}, "
                           "which is what this mail is sent to say")
    return text.rstrip("\n") + "\n"


def render(
    name: str,
    values: Mapping[str, object],
    *,
    language: str = "ru",
    overrides: Mapping[str, str] | None = None,
) -> RenderedMail:
    """Template ``name`` in ``language`` with ``values`` substituted once; the team's copy wins."""
    key = f"{_language(language)}/{name}"
    text = overrides[key] if overrides and key in overrides else template_text(name, language)
    subject, body = parse_template(text)
    strings = {key: "" if value is None else str(value) for key, value in values.items()}
    if "reply" in strings:
        body = _one_frame(body, strings["reply"])
    for name_ in _NEVER_LEFT_OUT.get(name, ()):
        if strings.get(name_) and name_ not in placeholders(body):
            body = _before_signature(body, f"${name_}")
    body = substitute(body, strings)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return RenderedMail(" ".join(substitute(subject, strings).split()), body)


#: What a letter says even in a team's copy written without its placeholder (one edited
#: before the placeholder existed): placed before the signature.
_NEVER_LEFT_OUT = {"acknowledgement": ("attachments",)}


def _before_signature(body: str, text: str) -> str:
    """``text`` as a paragraph of its own before the sign-off ("-- ", "С уважением,", "Regards")
    that opens the letter's last lines, or at the end."""
    lines = body.rstrip("\n").split("\n")
    cut = next((i for i in range(max(len(lines) - 6, 0), len(lines)) if _SIGN_OFF.match(lines[i])), len(lines))
    return "\n".join([*lines[:cut], "", text, "", *lines[cut:]])


_GREETING = re.compile(r"(?i)^\W*(?:здравствуй|добр(?:ый|ое|ого)\s+(?:день|вечер|утр)|привет|hello|hi\b|dear\b|"
                       r"good\s+(?:morning|afternoon|evening))")
_SIGN_OFF = re.compile(r"(?i)^\W*(?:с\s+уважением|всего\s+доброго|(?:best|kind|warm)?\s*regards|sincerely|"
                       r"best\s+wishes)|^--\s*$")


def _one_frame(body: str, reply: str) -> str:
    """The template around ``$reply`` without the greeting or the signature the agent's text
    already has (a canned answer has both): one "Здравствуйте!" and one signature per letter.
    The template's own lines go only where the reply has its own; "-- " opens a signature."""
    head, marker, tail = body.partition("$reply")
    if not marker:
        return body
    lines = [line for line in reply.strip().split("\n") if line.strip()]
    if lines and _GREETING.match(lines[0]):
        head = "\n".join(line for line in head.split("\n") if not _GREETING.match(line))
    if any(_SIGN_OFF.match(line) for line in lines[-4:]):
        kept = tail.split("\n")
        cut = next((i for i, line in enumerate(kept) if _SIGN_OFF.match(line)), None)
        if cut is not None:  # the signature block: from its first line to the next blank one
            end = next((i for i in range(cut + 1, len(kept)) if not kept[i].strip()), len(kept))
            tail = "\n".join(kept[:cut] + kept[end:])
    return head + marker + tail


@cache
def _toml(language: str, stem: str) -> dict:
    return tomllib.loads((_package_dir(language) / f"{stem}.toml").read_text(encoding="utf-8"))


def labels(language: str = "ru") -> dict:
    """The words of ``labels.toml``: field names, category names, units."""
    return _toml(language, "labels")


def rules_text(codes: Iterable[str], language: str = "ru") -> str:
    """The policy text each refusal code quotes, one quoted paragraph per code."""
    rules = _toml(language, "rules")
    return "\n\n".join(
        f"«{rules[code].strip()}»" if language == "ru" else f'"{rules[code].strip()}"'
        for code in dict.fromkeys(codes)
        if code in rules
    )


def missing_text(missing: Iterable[str], language: str = "ru") -> str:
    """The list of what a request lacks (2.1), one "- " line per field."""
    names = labels(language)["fields"]
    return "\n".join(f"- {names[field]}" for field in missing)


def problem_text(code: str, language: str = "ru", **values: str) -> str:
    """Why a message with every field still did not become a request, for ``$problem``.

    Values are put in by plain replacement: a label's text never formats anything."""
    text = labels(language)["problems"][code]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def documentation_text(links: Iterable[tuple[str, str]], language: str = "ru") -> str:
    """The documentation pages that may already answer the question (2.11); "" when none."""
    lines = [f"- {title}: {url}" if title else f"- {url}" for title, url in links]
    return f"{labels(language)['documentation_intro']}\n" + "\n".join(lines) if lines else ""


def attachments_text(dropped: Iterable[tuple[str, int]], language: str = "ru") -> str:
    """The attachments the size limit left out, each with its size, and what to send instead;
    "" when none was. The limit itself is not quoted: a letter rewritten after the policy
    changed it would list files under the limit it names (review)."""
    words = labels(language)
    lines = [f"- {printable(name, single_line=True)} ({size_text(size, language)})" for name, size in dropped]
    if not lines:
        return ""
    return "\n".join([words["attachments_intro"], *lines, "", words["attachments_after"]])


def size_text(size: int, language: str = "ru") -> str:
    """A file's size as people read it: 512 байт, 40 КБ, 15,2 МБ (kibibytes and mebibytes;
    from 1000 KiB on in mebibytes, so no size reads "1024 КБ")."""
    units = labels(language)["units"]["sizes"]
    if size < 1024:
        return f"{size} {units[0]}"
    value, unit = (size / 1024, units[1]) if size < 1000 * 1024 else (size / 1024 / 1024, units[2])
    shown = f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}"
    return f"{shown.replace('.', ',') if language == 'ru' else shown} {unit}"


def _plural(number: int, forms: list[str], language: str) -> str:
    if language == "en":
        return forms[0] if number == 1 else forms[1]
    if number % 10 == 1 and number % 100 != 11:
        return forms[0]
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return forms[1]
    return forms[2]


def business_time_text(minutes: int, language: str = "ru") -> str:
    """A response target in words: "2 рабочих часа", "90 рабочих минут", "5 business hours"."""
    units = labels(language)["units"]
    if minutes % 60 == 0:
        return f"{minutes // 60} {_plural(minutes // 60, units['business_hours'], language)}"
    return f"{minutes} {_plural(minutes, units['business_minutes'], language)}"


def day_text(day: dt.date, language: str = "ru") -> str:
    return f"{day:%d.%m.%Y}" if language == "ru" else day.isoformat()


def instant_text(instant: dt.datetime, language: str = "ru") -> str:
    """An instant already in the desk's zone, with the zone's name: "25.11.2026 12:00 (MSK)"."""
    zone = instant.tzname() or instant.strftime("%z")
    shown = f"{instant:%d.%m.%Y %H:%M}" if language == "ru" else f"{instant:%Y-%m-%d %H:%M}"
    return f"{shown} ({zone})"


def _money(amount: Decimal, currency: str) -> str:
    # The no-break spaces of a terminal's amounts; in mail plain spaces wrap better.
    return format_money(amount, currency).replace("\u202f", " ").replace("\u00a0", " ")


def _schedule(quote: RenewalQuote, currency: str, language: str) -> str:
    words = labels(language)["renewal"]
    lines = []
    for tier in quote.tiers:
        when = (
            words["until"].format(day=day_text(tier.last_day, language)) if tier.last_day else words["later"]
        )
        lines.append(
            f"- {percent_text(tier.rate).replace(chr(0xA0), ' ')}: {_money(tier.amount, currency)} — {when}"
        )
    return "\n".join(lines)


def renewal_values(
    quote: RenewalQuote, *, license: str, edition: str, currency: str, language: str = "ru"
) -> dict[str, str]:
    """The placeholders of both renewal reminders, from a quote made on the reminder's day."""
    current, following = quote.current_tier, quote.next_tier
    values = {
        "license": license,
        "edition": edition,
        "support_until": day_text(quote.support_until, language),
        "new_support_until": day_text(quote.new_support_until, language),
        "rate": percent_text(quote.rate).replace("\u00a0", " "),
        "amount": _money(quote.amount, currency),
        "last_day": day_text(current.last_day, language) if current.last_day else "",
        "next_day": "",
        "next_rate": "",
        "next_amount": "",
        "schedule": _schedule(quote, currency, language),
    }
    if following is not None and current.last_day is not None:
        values["next_day"] = day_text(current.last_day + dt.timedelta(days=1), language)
        values["next_rate"] = percent_text(following.rate).replace("\u00a0", " ")
        values["next_amount"] = _money(following.amount, currency)
    return values
