"""The fields of a new request (SPEC 2.1) from labelled lines of a customer's mail.

Customers write "Лицензия: HC-1001", "PIN: 7788", "Редакция: Корпорация", "Версия: 6.9.1",
"Сайт: https://shop.example.ru", "Категория: экстренная" (or the English labels), one to a
line or several on a line that starts with a label ("Лицензия: HC-1001, PIN: 7788"). The
rest of the text is the description. The PIN is taken out of the text the desk keeps:
the labelled segment goes, and any other place the same PIN appears is masked, in the
customer's text and in what they quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "REQUIRED_FIELDS",
    "RequestFields",
    "category_from_text",
    "missing_fields",
    "read_fields",
    "remove_pin",
]

#: What a request must carry (2.1), in the order a reply lists what is missing.
REQUIRED_FIELDS = ("license", "pin", "edition", "version", "description", "site")
PIN_MASK = "***"

_LABELS: dict[str, tuple[str, ...]] = {
    "license": (
        "номер лицензии",
        "№ лицензии",
        "лицензия №",
        "лицензия",
        "license number",
        "licence number",
        "license no",
        "license",
        "licence",
    ),
    "pin": ("pin-код", "pin код", "pin code", "пин-код", "пин код", "pin", "пин"),
    "edition_version": ("редакция и версия", "версия и редакция", "edition and version"),
    "edition": ("редакция", "edition"),
    "version": ("версия", "version"),
    "site": (
        "адрес сайта",
        "адрес страницы",
        "сайт",
        "страница",
        "website",
        "web site",
        "site",
        "url",
        "page",
    ),
    "category": ("категория", "category"),
}
_LABEL_FIELD = {label: name for name, labels in _LABELS.items() for label in labels}
_ALTERNATION = "|".join(re.escape(label) for label in sorted(_LABEL_FIELD, key=len, reverse=True))
# A label opens a line (after "> " quote marks and a list bullet) ...
_LINE_LABEL = re.compile(rf"^(?P<prefix>[\s>]*(?:[-*•]\s*)?)(?P<label>{_ALTERNATION})\s*[:：]", re.IGNORECASE)
# ... and on such a line, more labels may follow after a separator.
_NEXT_LABEL = re.compile(rf"(?:(?<=[\s,;|])|^)(?P<label>{_ALTERNATION})\s*[:：]", re.IGNORECASE)
_VERSION = re.compile(r"(?<![\d.])\d{1,4}(?:\.\d{1,4}){1,3}(?![\d])")
_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)
_HOST = re.compile(r"(?<![\w@.-])(?:[\w-]+\.)+[a-zа-яё]{2,24}(?::\d{1,5})?(?:/[^\s<>\"'«»]*)?", re.IGNORECASE)
# Without a colon ("лицензия HC-1003, PIN 7788") a label counts only when a value with a
# digit follows it at once; the line then stays in the description.
_BARE_LICENSE = re.compile(
    r"(?<!\w)(?:лицензи[яиюей]|license|licence)\s*(?:№|#|no\.?|number)?\s*([A-Za-z0-9][\w.\-/]*\d[\w.\-/]*)",
    re.IGNORECASE,
)
# A PIN after its label in running text: with a separator ("PIN: 7788", "PIN=7788", "PIN#7788",
# "ПИН-код лицензии: 7788", the label alone on its line) any value with a digit; with a
# space only ("PIN 7788"), four characters at least, so that "pin 3 of the connector" is
# no PIN. PINs may be anything (domain.pins), so this is a reading of how people write them.
# The label with any dash (PIN‑код with U+2011 too), then the value after a separator, a
# bracket or a quote ("PIN (7788)", "PIN «7788»"), or after the license it belongs to
# ("Пин-код от лицензии HC-1001 7788").
_PIN_LABEL = r"(?<!\w)(?:pin|пин)(?:[-\u2010-\u2015 ]?(?:код|code))?(?:а|у|ом)?"
_PIN_OF = r"\s+(?:от\s+)?(?:лицензии|license|licence|номер|number|of\s+(?:the\s+)?license)"
_LICENSE_NUMBER = r"[A-Za-zА-Яа-я]{1,6}-?\d[\w./-]*"
_OPENING = r"[(«\"“„'\[]"
_BARE_PIN = re.compile(
    _PIN_LABEL + r"(?:(?:" + _PIN_OF + r"(?:\s+" + _LICENSE_NUMBER + r")?)?"  # "PIN лицензии HC-1001: 7788"
    r"\s*(?:[:=：#№/-]|\s[—–]|\bis\b)\s*(?:№|#)?\s*" + _OPENING + r"?\s*([\w-]*\d[\w-]*)"
    r"|(?:" + _PIN_OF + r"\s+" + _LICENSE_NUMBER + r")?(?:\s+(?:№|#)?\s*|\s*" + _OPENING + r"\s*)"
    r"((?=[\w-]*\d)[\w-]{4,})"
    r"|_?(\d[\w-]{3,}))",  # written against its label: "PIN4321", "пин_4321", "пинкод4321" (security review)
    re.IGNORECASE,
)
_QUOTES = "«»\"'“”„`"
_TRAILING = ".,;:|)>]"

_CATEGORY_STEMS = (
    ("emergency", ("emergency", "экстрен", "срочн", "авари")),
    ("installation", ("installation", "install", "установ")),
    ("technical", ("technical", "техническ", "техн")),
    ("usage", ("usage", "работ", "использ")),
)


@dataclass(frozen=True)
class RequestFields:
    """What the labelled lines of one message said; None where a field was not given."""

    license: str | None = None
    pin: str | None = field(default=None, repr=False)
    edition: str | None = None
    version: str | None = None
    site: str | None = None
    category: str | None = None
    #: The text of a "Категория:" line the desk could not map to a category.
    unknown_category: str | None = None
    #: The customer's text without the labelled lines: the question or the error.
    description: str = ""


@dataclass
class _Segment:
    name: str
    start: int  # where the label starts in the line
    end: int  # where its value ends
    value: str


def _segments(line: str) -> list[_Segment]:
    first = _LINE_LABEL.match(line)
    if not first:
        return []
    starts = [(first.start("label"), first.end(), first.group("label"))]
    for match in _NEXT_LABEL.finditer(line, first.end()):
        starts.append((match.start("label"), match.end(), match.group("label")))
    segments = []
    for index, (start, value_start, label) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(line)
        value = line[value_start:end].strip().rstrip(",;|").strip()
        segments.append(_Segment(_LABEL_FIELD[label.lower()], start, end, value))
    return segments


def _unquote(value: str) -> str:
    return value.strip().strip(_QUOTES).strip()


def _first_token(value: str) -> str | None:
    tokens = _unquote(value).lstrip("№#").split()
    token = tokens[0].rstrip(_TRAILING).strip(_QUOTES) if tokens else ""
    return token or None


def _edition(value: str) -> str | None:
    value = _unquote(value).strip(" .,;")
    # Customers copy "HostCMS.Корпорация" from the admin area; the desk knows "Корпорация".
    value = re.sub(r"^hostcms[\s.]*", "", value, flags=re.IGNORECASE)
    value = _unquote(value)
    return value or None


def _version(value: str) -> str | None:
    match = _VERSION.search(value)
    return match.group() if match else None


def _site(value: str) -> str | None:
    match = _URL.search(value)
    if match:
        return match.group().rstrip(_TRAILING)
    match = _HOST.search(value)
    return f"http://{match.group().rstrip(_TRAILING)}" if match else None


def category_from_text(value: str) -> str | None:
    """The category a "Категория:" line names, by English code or Russian name; None if unknown."""
    text = _unquote(value).lower().replace("ё", "е")
    text = re.sub(r"^(вопросы|вопрос|questions?|проблемы|проблема)\s+", "", text)
    for category, stems in _CATEGORY_STEMS:
        if text.startswith(stems):
            return category
    return None


def read_fields(text: str) -> RequestFields:
    """The request fields of a customer's own text (quotes already cut)."""
    found: dict[str, str] = {}
    unknown_category = None
    description_lines = []
    for line in text.split("\n"):
        segments = _segments(line)
        if not segments:
            description_lines.append(line)
            continue
        for segment in segments:
            value = segment.value
            if not value:
                continue
            if segment.name == "edition_version":
                version = _version(value)
                if version and "version" not in found:
                    found["version"] = version
                rest = re.sub(
                    r"(?i)\b(версия|version|редакция|edition)\b", " ", value.replace(version or "\0", " ")
                )
                edition = _edition(" ".join(rest.split()).strip(" ,;"))
                if edition and "edition" not in found:
                    found["edition"] = edition
                continue
            parsed: str | None
            if segment.name in ("license", "pin"):
                parsed = _first_token(value)
            elif segment.name == "edition":
                parsed = _edition(value)
            elif segment.name == "version":
                parsed = _version(value)
            elif segment.name == "site":
                parsed = _site(value)
            else:
                parsed = category_from_text(value)
                if parsed is None and unknown_category is None:
                    unknown_category = _unquote(value)[:100]
            if parsed and segment.name not in found:
                found[segment.name] = parsed
    text_lines = "\n".join(description_lines)
    for name, pattern in (("license", _BARE_LICENSE), ("pin", _BARE_PIN)):
        match = pattern.search(text_lines) if name not in found else None
        if match:
            found[name] = next(value for value in match.groups() if value).rstrip(_TRAILING)
    description = remove_pin(text_lines, found.get("pin")).strip()
    description = re.sub(r"\n{3,}", "\n\n", description)
    if "site" not in found:
        # Without a "Сайт:" line, the first link in the question is the page it is about.
        match = _URL.search(description)
        if match:
            found["site"] = match.group().rstrip(_TRAILING)
    return RequestFields(
        license=found.get("license"),
        pin=found.get("pin"),
        edition=found.get("edition"),
        version=found.get("version"),
        site=found.get("site"),
        category=found.get("category"),
        unknown_category=unknown_category,
        description=description,
    )


def _masked_value(match: re.Match[str]) -> str:
    group = next(group for group in (1, 2, 3) if match.group(group))
    return match.group(0)[: match.start(group) - match.start(0)] + PIN_MASK


def missing_fields(fields: RequestFields) -> tuple[str, ...]:
    """The fields of 2.1 this request lacks, in ``REQUIRED_FIELDS`` order."""
    present = {
        "license": bool(fields.license),
        "pin": bool(fields.pin),
        "edition": bool(fields.edition),
        "version": bool(fields.version),
        "description": any(c.isalnum() for c in fields.description),
        "site": bool(fields.site),
    }
    return tuple(name for name in REQUIRED_FIELDS if not present[name])


def remove_pin(text: str, pin: str | None = None) -> str:
    """``text`` without its labelled PIN segments, with any other value written after a PIN
    label masked ("PIN=7788", "пин-код лицензии: 7788", "PIN:" then the PIN on the next
    line), and with ``pin`` masked wherever else it appears."""
    text = _BARE_PIN.sub(_masked_value, text)  # first: the labelled lines go next, values and all
    lines = []
    for line in text.split("\n"):
        segments = [s for s in _segments(line) if s.name == "pin"]
        if segments:
            for segment in reversed(segments):
                line = line[: segment.start] + line[segment.end :]
            line = line.rstrip(" ,;|")
            if not line.strip(" >-*•,;|"):
                continue
        lines.append(line)
    text = "\n".join(lines)
    if pin and len(pin) >= 4:  # a shorter one would mask ordinary numbers; its labelled forms are masked above
        # Standing alone: not the tail of a license number (HC-2026) or a piece of a version;
        # after a license number and a dash it is the PIN again ("HC-1-4321": security review).
        text = re.sub(rf"(?:(?<![\w-])|(?<=\d-))(?<!\w\.){re.escape(pin)}(?![\w-])(?!\.\w)", PIN_MASK, text)
    return text
