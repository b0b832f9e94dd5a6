"""Cut quoted earlier mail from a message, keeping the cut part apart.

A clarification is the customer's new text: the desk's answer they quote back, or their own
first message, must not be read again by intake or the repeat check (2.8.5). Mail clients
quote in a few shapes:

- "> " lines, after an attribution: Thunderbird "05.11.2026 12:34, Иван пишет:", Gmail
  "On Mon, 2 Nov 2026 at 10:00, Support <s@x.ru> wrote:" (sometimes wrapped over two
  lines), Gmail in Russian / Yandex "пн, 2 нояб. 2026 г. в 10:00, Support <s@x.ru>:";
- Outlook's unquoted history below a separator ("-----Original Message-----",
  "-----Исходное сообщение-----") or a header block ("От: … Отправлено: … Тема: …");
- Outlook on the web: an attribution line with the old text below it, unquoted.

Lines between quote blocks stay: a customer answering inline wrote them. A forwarded
message ("---------- Forwarded message ---------") is not cut: the customer chose to send
it. An attribution line must carry a date, a time or an address, so that "Система пишет:"
followed by the error text is never mistaken for one.
"""

from __future__ import annotations

import re

__all__ = ["split_quoted"]

_SEPARATOR = re.compile(
    r"^\s*-{3,}\s*(original message|исходное сообщение|original-nachricht)\s*-{3,}\s*$", re.IGNORECASE
)
_FORWARD_MARK = re.compile(
    r"(forwarded message|пересылаемое сообщение|пересланное сообщение|begin forwarded)", re.IGNORECASE
)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_HEADER_FROM = re.compile(r"^\s*\*?(from|от|von)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_SENT = re.compile(r"^\s*\*?(sent|date|отправлено|дата|gesendet)\s*:", re.IGNORECASE)
_HEADER_SUBJECT = re.compile(r"^\s*\*?(subject|тема|betreff)\s*:", re.IGNORECASE)
_WROTE = re.compile(
    r"(wrote|writes|пишет|написал|написала|написал\(а\)|написали|schrieb)\s*:\s*$", re.IGNORECASE
)
# Gmail in Russian and Yandex end the attribution with the address and a colon.
_ADDRESS_COLON = re.compile(r"<[^<>\s]+@[^<>\s]+>\s*:\s*$")
_DATE_OR_TIME = re.compile(r"\d{1,2}[:.]\d{2}|\b(19|20)\d{2}\b")
_DATED = re.compile(rf"{_DATE_OR_TIME.pattern}|@")
_YEAR_OR_ADDRESS = re.compile(r"\b(19|20)\d{2}\b|@")
_QUOTE = re.compile(r"^\s*>")


def _is_quote(line: str) -> bool:
    return bool(_QUOTE.match(line))


def _attribution_span(lines: list[str], i: int) -> int:
    """How many lines (0, 1 or 2) the attribution starting at line ``i`` takes."""
    line = lines[i]
    if not line.strip() or _is_quote(line) or len(line) > 300:
        return 0
    if (_WROTE.search(line) or _ADDRESS_COLON.search(line)) and _DATED.search(line):
        return 1
    if i + 1 < len(lines):
        # Gmail wraps a long attribution: "On Wed, 25 Nov 2026 at 10:05, Support <" and
        # "support@example.ru> wrote:". The date is on the first line, not on the second.
        nxt = lines[i + 1]
        if (
            nxt.strip()
            and not _is_quote(nxt)
            and len(nxt) < 120
            and (_WROTE.search(nxt) or _ADDRESS_COLON.search(nxt))
            and _DATE_OR_TIME.search(line)
            and not _DATE_OR_TIME.search(nxt)
            and "@" in line + nxt
        ):
            return 2
    return 0


def _next_text_line(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j].strip():
            return j
    return None


def _is_header_block(lines: list[str], i: int) -> bool:
    if not _HEADER_FROM.match(lines[i]):
        return False
    window = lines[i + 1 : i + 7]
    if not any(_HEADER_SENT.match(line) for line in window) or not any(
        _HEADER_SUBJECT.match(line) for line in window
    ):
        return False
    before = " ".join(lines[max(i - 3, 0) : i])
    return not _FORWARD_MARK.search(before)


def _hard_cut(lines: list[str]) -> int | None:
    """Where Outlook-style history starts: everything from there on is quoted."""
    for i, line in enumerate(lines):
        if _is_quote(line):
            continue
        if _SEPARATOR.match(line):
            return i
        if _is_header_block(lines, i):
            previous = _next_text_line_back(lines, i - 1)
            return previous if previous is not None and _UNDERSCORES.match(lines[previous]) else i
        span = _attribution_span(lines, i)
        if span:
            following = _next_text_line(lines, i + span)
            attribution = " ".join(lines[i : i + span])
            # Unquoted history follows: only a full attribution (a year or an address) may
            # cut it, so "Сегодня в 10:30 сайт пишет:" and the error below it stay.
            if (
                following is not None
                and not _is_quote(lines[following])
                and _WROTE.search(lines[i + span - 1])
                and _YEAR_OR_ADDRESS.search(attribution)
            ):
                return i
    return None


def _next_text_line_back(lines: list[str], start: int) -> int | None:
    for j in range(start, -1, -1):
        if lines[j].strip():
            return j
    return None


def _tidy(lines: list[str]) -> str:
    """Lines without trailing blanks, but for the signature separator a mailer writes ("-- ",
    RFC 3676), which is how the desk tells a card from the customer's words."""
    text = "\n".join(line if line == "-- " else line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def split_quoted(text: str) -> tuple[str, str]:
    """``(own text, quoted text)``: the customer's new words and the earlier mail they quote."""
    lines = text.split("\n")
    cut = _hard_cut(lines)
    head, tail = (lines, []) if cut is None else (lines[:cut], lines[cut:])
    own: list[str] = []
    quoted: list[str] = []
    i = 0
    while i < len(head):
        span = _attribution_span(head, i)
        if span:
            following = _next_text_line(head, i + span)
            if following is not None and _is_quote(head[following]):
                quoted.extend(head[i : i + span])
                i += span
                continue
        if _is_quote(head[i]):
            quoted.append(head[i])
        else:
            own.append(head[i])
        i += 1
    quoted.extend(tail)
    return _tidy(own), _tidy(quoted)
