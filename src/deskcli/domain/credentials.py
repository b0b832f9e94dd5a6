"""Passwords a customer writes, taken out of the text the desk keeps (policy 2.12).

Customers write in the temporary access they grant, by mail or through an agent ("Логин: support_tmp / Пароль: Zx9!…", "FTP
ftp://host, пользователь u, пароль p"). The desk keeps temporary access sealed and erases it
when the request closes; a password left in a message would be kept in clear for good and
shown by every view. So each password is replaced in the stored text by ``HIDDEN``, and the
lines that held one (with their logins and addresses) go, sealed, into the request's
temporary access (``desk access show``), where closing erases them.

A password is a value after a password label: after a colon or equals sign ("пароль от
админки: x", "password = x") unless it is a Russian word ("пароль: не помню"); right after
the label, or a few words on with no sign, when it reads as a secret and not as a word
("пароль Ftp#Pass2026", "пароль от админки Шифр7777", not "пароль не подходит" or "пароль
от 1С-Битрикс"); in quotes, the whole quoted text. After a label of a login and a password
together ("креды: admin / SecJ2020!") only what reads as a secret is one.
"""

from __future__ import annotations

import re
from functools import cache

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.access import TemporaryAccess

#: What the stored text says where a password stood.
HIDDEN = "[скрыто: см. временный доступ]"  # no password label in it: hiding twice changes nothing
#: What it says on a request that keeps no temporary access (closed, or refused when opened):
#: the password was hidden and is kept nowhere.
NOT_KEPT = "[скрыто: не сохранено]"
_MARKED = HIDDEN[:7]  # how both begin: a value, or a line, hidden already

_LABEL = r"(?:пароль|пароли|пароля|пасс|passwords?|passwd|passcode|pwd|pw|pass)"
# a label (FTP-пароль too), up to five words that say what it opens ("от админки сайта", "for
# the admin panel"), a sign (":", "=", a dash, "is", "это", "такой"), and the value: up to the
# next space; a label and sign ending the line leave the value on the next one
_SIGN = r"(?:[ \t]*(?P<mark>[:=—–])|[ \t]+(?P<dash>-)|[ \t]+(?:is|это|такой|такая|следующий))"
#: The expressions, by name. Compiled on first use, through the intake rules' store of
#: compiled code (``intake.patterns``: a few milliseconds of ``re``'s parser, every run of
#: ``desk open``, saved when the caller adopted it), never at import.
_PATTERNS = {
    "after_sign": rf"(?i)(?<!\w)(?P<label>{_LABEL})(?P<words>(?:[ \t]+[\w./-]+){{0,7}}?){_SIGN}[ \t]*(?P<value>\S+)",
    "line_end": rf"(?i)(?<!\w){_LABEL}(?:[ \t]+[\w./-]+){{0,7}}?[ \t]*[:=—–][ \t]*$",
    "plural": r"(?i)пароли|passwords",
    "token": r"\S+",
    "sentence_end": r"(?<=[.!?])[ \t]+(?=\S)",
    # a label and a value with no sign between
    "bare": rf"(?i)(?<!\w){_LABEL}[ \t]+(?P<value>\S+)",
    # Latin with a digit or a sign; or Cyrillic with two digits ("Ромашка2026", not "1С-Битрикс")
    "secret_looking": r"^(?:(?=.*[0-9!#$%^&*@?_+=~])[^\u0400-\u04ff]{4,}|(?=(?:.*\d){2})(?=.*[\u0400-\u04ff])\S{6,})$",
    # after words with no sign between ("пароль от админки Шифр7777"): letters with two
    # digits, or a digit and a sign; never dotted (a domain or a version: "example2.ru", "PHP8.1")
    "strong": r"^(?=.*[^\W\d_])(?=(?:.*\d){2}|.*\d.*[!#$%^&*@?_+=~]|.*[!#$%^&*@?_+=~].*\d)(?![\w-]+(?:\.[\w-]+)+$)\S{6,}$",
    # the label as it gives a password (not "смены пароля", "сброса пароля": talk about one)
    "giving_label": r"(?i)(?<!\w)(?:пароль|пароли|пасс|passwords?|passwd|passcode|pwd|pw|pass)(?!\w)",
    # labels of a login and a password together: only what reads as a secret after them
    "pair_label": r"(?i)(?<!\w)(?:креды|кредсы|credentials|creds|доступы)(?!\w)",
    # a word, or the start of one in brackets ("(не помню)"); "Ромашка!" or "(Ромашка)" is no word
    "russian_word": r"^\(?[\u0400-\u04ff][\u0400-\u04ff-]*$",
    # what a customer quotes beside the word: an error code, an e-mail address
    "error_code": r"^(?:0[xX][0-9a-fA-F]+|E_[A-Z_]+)$",
    "email": r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    "cyrillic": r"[\u0400-\u04ff]",
    "whole_line": r"^[ \t]*(?P<value>\S+)[ \t]*$",
    "login": r"(?i)(?<![\w-])(?:логин|login|user(?:name)?|пользователь|юзер|учётка|учетка)"
             r"(?:[ \t]*[:=][ \t]*|[ \t]+)(?P<value>[^\s,;]+)",
    "address": r"(?i)\b(?:s?ftps?|https?)://[^\s,;<>\"']+|\b(?:s?ftp)\.[a-z0-9.-]+\.[a-z]{2,}\b",
    "ftp": r"(?i)\bs?ftps?\b|\bssh\b",
    # user:password@ in an address ("ftp://admin:Sekr3t@ftp.shop.ru/"); wider than an address
    # reads it (``tickets.URL_PASSWORD``): a customer types "?" or "#" in one as it is
    "url_password": r"(?i)(?<![\w.+-])[a-z][a-z0-9+.-]*://[^\s/:]*:(?P<value>[^\s/]+)@(?=[^\s@/])",
}


@cache
def _re(name: str) -> re.Pattern[str]:
    from deskcli.domain.intake.patterns import compile as compiled

    return compiled(_PATTERNS[name])


class Credentials:
    """The passwords found in one message, and the lines that held them as written. (A plain
    class: ``desk open`` reads every message through it and need not load dataclasses.)"""

    __slots__ = ("lines",)

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __repr__(self) -> str:  # never the passwords, in a traceback or a log
        return f"Credentials(<{len(self.lines)} lines hidden>)"

    def access(self, site: str | None) -> TemporaryAccess:
        """The lines as the request's temporary access: FTP when they name it, else the
        administration centre, at the address they give or the site's."""
        from deskcli.domain.access import make_access

        text = "\n".join(self.lines)
        kind = "ftp" if _re("ftp").search(text) else "admin"
        address = _re("address").search(text)
        login = _re("login").search(text)
        return make_access(kind, address.group(0) if address else (site or "(see the lines)"),
                           login.group("value") if login else "(see the lines)", text)


_QUOTES = {'"': '"', "'": "'", "«": "»", "“": "”", "„": "“"}


def _value(match: re.Match[str], *, direct: bool) -> tuple[int, int] | None:
    """The span of a password, or None where the words only talk about one ("Пароль не
    подходит: ошибка 403", "password reset: https://…", "пароль: теперь другой"). A value
    in quotes is the whole quoted text, spaces and all."""
    start = match.start("value")
    value = match.group("value").rstrip(".,;")
    close = _QUOTES.get(value[:1])
    if close is not None and close not in value[1:] and (end := _closing(match.string, close, start)) is not None:
        inner = match.string[start + 1:end]
        if direct or _re("secret_looking").match(inner.replace(" ", "")):
            return start, end + 1
        return None
    if not value or value.startswith(_MARKED) or "://" in value:
        return None  # hidden already (hiding twice changes nothing), or an address
    if direct and not _re("russian_word").match(value) or _re("secret_looking").match(value):
        return start, start + len(value)
    return None


def _closing(line: str, close: str, start: int) -> int | None:
    """Where a quoted value with spaces in it ends: its closing quote, at the end of a word."""
    end = line.find(close, start + 1)
    if end < 0:
        return None
    after = line[end + 1:end + 3]
    return end if after[:1] in ("", " ", "\t") or after[0] in ".,;!?" and after[1:] in ("", " ", "\t") else None


def _secret_after(line: str, at: int) -> tuple[int, int] | None:
    """The first word that reads as a secret among the few after ``at``, up to the end of the
    clause: "пароль от админки Шифр7777"."""
    for count, token in enumerate(_re("token").finditer(line, at)):
        if count == 6:
            break
        if span := _strong_value(token):
            return span
        if token.group(0)[-1] in ",;.!?":
            break
    return None


def _pair_password(line: str, at: int) -> tuple[int, int] | None:
    """The password after a label of both, written as a pair: after "/" or "|" standing alone
    ("креды: admin / qwerty"), or after the ":" or "/" inside one word ("admin:Qwe123"); with
    no pair, a word right after the label (or its sign) only when it reads as a secret.
    Never prose ("доступы к FTP выслал вчера"), an address, or a word after the clause ends."""
    sign = re.match(r"[^\n:=/]{0,40}?[:=](?=[ \t]|$)[ \t]*", line[at:])
    tokens = []
    for token in _re("token").finditer(line, at + (sign.end() if sign else 0)):
        tokens.append(token)
        if len(tokens) == 6 or token.group(0)[-1] in ",;.!?":
            break
    for index, token in enumerate(tokens):
        text = token.group(0).rstrip(".,;")
        if text in ("/", "|") and 0 < index < len(tokens) - 1:  # login / password
            after = tokens[index + 1]
            value = after.group(0).rstrip(".,;")
            if value and "://" not in value and not value.startswith(_MARKED):
                return after.start(), after.start() + len(value)
            return None
        split = max(text.rfind(":"), text.rfind("/"))
        if "://" not in text and 0 < split < len(text) - 1 and not _re("email").match(text):  # login:password
            return token.start() + split + 1, token.start() + len(text)
    if tokens:
        first = tokens[0]
        value = first.group(0).rstrip(".,;")
        if _re("secret_looking").match(value) and "://" not in value and not value.startswith(_MARKED):
            return first.start(), first.start() + len(value)
    return None


def _strong_value(token: re.Match[str]) -> tuple[int, int] | None:
    value = token.group(0).rstrip(".,;")
    # never an address or an error code the customer quotes ("ivan77@mail.ru", "0x80070005")
    if _re("email").match(value) or _re("error_code").match(value):
        return None
    if _re("strong").match(value) and "://" not in value and not value.startswith(_MARKED):
        return token.start(), token.start() + len(value)
    return None


def _token_value(token: re.Match[str]) -> tuple[int, int] | None:
    value = token.group(0).rstrip(".,;")
    if _re("secret_looking").match(value) and "://" not in value and not value.startswith(_MARKED):
        return token.start(), token.start() + len(value)
    return None


def _about_access(line: str, spans: list[tuple[int, int]]) -> str:
    """The sentences of ``line`` that hold a password, a login or an address: what the sealed
    access keeps, without the question asked beside them (TUI QA: "Как настроить скидки?"
    was kept, and shown, as part of the password)."""
    kept = []
    start = 0
    for end in [m.start() for m in _re("sentence_end").finditer(line)] + [len(line)]:
        sentence = line[start:end]
        if any(s < end and e > start for s, e in spans) or _re("login").search(sentence) or _re("address").search(sentence):
            kept.append(sentence.strip())
        start = end
    return " ".join(kept) or line


def hide(text: str, found: Credentials) -> str:
    """``text`` with every password replaced by ``HIDDEN``; the lines that held one (as they
    were, with the line before when it names the login or the address) are added to ``found``.
    A value right after "пароль:" is a password unless it is a Russian word; after words
    between the label and the sign, or with no sign, only one that reads as a secret is."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        spans = []
        for m in _re("after_sign").finditer(line):
            # right after "пароль:" any value that is no Russian word; after words or a word
            # for a sign ("is", "такой"), only one that reads as a secret
            direct = not m.group("words") and bool(m.group("mark") or m.group("dash"))
            if span := _value(m, direct=direct):
                spans.append(span)
            if _re("plural").fullmatch(m.group("label")):  # "Пароли: админка Abc123!, FTP Xyz789!": each one
                spans += [span for t in _re("token").finditer(line, m.start("value"))
                          if (span := _token_value(t)) and span not in spans]
        if not spans and number and _re("line_end").search(lines[number - 1]) and _MARKED not in lines[number - 1]:
            alone = _re("whole_line").match(line)  # "Пароль:" and the value alone on the next line
            if alone and (span := _value(alone, direct=True)):
                spans.append(span)
                if lines[number - 1] not in found.lines:
                    found.lines.append(lines[number - 1])
        spans += [span for m in _re("bare").finditer(line)
                  if (span := _value(m, direct=False)) and not any(s[0] <= span[0] < s[1] for s in spans)]
        if not spans:  # words between the label and the value, and no sign
            spans = [span for m in _re("giving_label").finditer(line) if (span := _secret_after(line, m.end()))]
        spans += [span for m in _re("pair_label").finditer(line) if (span := _pair_password(line, m.end()))
                  and not any(s[0] <= span[0] < s[1] for s in spans)]
        if "://" in line:
            spans += [m.span("value") for m in _re("url_password").finditer(line)
                      if not any(s[0] <= m.start("value") < s[1] for s in spans)]
        if not spans:
            continue
        previous = lines[number - 1] if number else ""
        if previous and _MARKED not in previous and (_re("login").search(previous) or _re("address").search(previous)) \
                and previous not in found.lines:
            found.lines.append(previous)
        found.lines.append(_about_access(line, spans))
        for start, end in sorted(set(spans), reverse=True):
            line = line[:start] + HIDDEN + line[end:]
        lines[number] = line
    return "\n".join(lines)


def site_without_password(site: str, found: Credentials) -> str:
    """A site address as the desk keeps it: a password in its user part taken out
    (``https://admin@host/``), the address as written added to ``found`` to be sealed."""
    if "@" not in site or not (match := _re("url_password").match(site)):
        return site
    found.lines.append(site)
    return site[:match.start("value") - 1] + site[match.end("value"):]


def without_passwords(text: str) -> str:
    """``text`` with its passwords hidden and not kept: where nothing seals them (a subject
    quoted in a reply, a log line, an attachment's name, a forwarded message's copy)."""
    return hide(text, Credentials())
