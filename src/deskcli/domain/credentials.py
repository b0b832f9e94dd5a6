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
together ("креды: admin / SecJ2020!") only what reads as a secret is one; after a service
and its sign, the second of a login / password pair ("FTP: admin / x").

Words before the sign that say what it opens ("пароль от админки: x", "Password for the
admin panel: x") count as no words, unless they say what happened ("не подходит"); so does a
login given in the clause before a label with no sign ("логин admin, пароль x"). Any space
but a line's end separates (HTML mail writes U+00A0), Markdown emphasis around a label is no
value ("**Пароль:** x"), and the value may stand up to two blank lines below "Пароль:". A
value with a space in it is the rest of the line when that is short and no sentence
(``_rest_of_line``). Tables and settings files: ``credential_layouts``; a password with no
label, beside the login it opens ("ftp.shop.ru admin Qwerty123", "логин admin Qwerty123"),
and the pair after "креды:": ``credential_pairs``.
"""

from __future__ import annotations

import re
from functools import cache

from deskcli.domain.credential_pairs import after_pair_label
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.access import TemporaryAccess

#: What the stored text says where a password stood.
HIDDEN = "[скрыто: см. временный доступ]"  # no password label in it: hiding twice changes nothing
#: What it says on a request that keeps no temporary access (closed, or refused when opened):
#: the password was hidden and is kept nowhere.
NOT_KEPT = "[скрыто: не сохранено]"
_MARKED = HIDDEN[:7]  # how both begin: a value, or a line, hidden already

_LABEL = r"(?:пароль|пароли|пароля|пасс|passphrases?|passwords?|passwd|passcode|pwd|pw|pass)"
# any space but a line's end: HTML mail writes a no-break space (U+00A0) after "Пароль:"
_SP = r"[^\S\n]"
# Markdown emphasis around a label ("**Пароль FTP:** x", "__Пароль__: x")
_EM = r"(?:\*{1,2}|_{1,2})"
# a label (FTP-пароль too), up to five words that say what it opens ("от админки сайта", "for
# the admin panel"), a sign (":", "=", a dash, "is", "это", "такой"), and the value: up to the
# next space; a label and sign ending the line leave the value on the next one
_SIGN = rf"(?:{_EM}?{_SP}*(?P<mark>[:=—–])(?:{_EM}(?={_SP}))?|{_SP}+(?P<dash>-)|{_SP}+(?:is|это|такой|такая|следующий))"
#: The expressions, by name. Compiled on first use, through the intake rules' store of
#: compiled code (``intake.patterns``: a few milliseconds of ``re``'s parser, every run of
#: ``desk open``, saved when the caller adopted it), never at import.
_PATTERNS = {
    # (after "_" too: "DB_PASSWORD=x")
    "after_sign": rf"(?i)(?<![^\W_])(?P<label>{_LABEL})(?P<words>(?:{_SP}+[\w./-]+){{0,7}}?){_SIGN}{_SP}*(?P<value>\S+)",
    "line_end": rf"(?i)(?<![^\W_]){_LABEL}(?:{_SP}+[\w./-]+){{0,7}}?{_EM}?{_SP}*[:=—–]{_EM}?{_SP}*$",
    "plural": r"(?i)пароли|passwords",
    "token": r"\S+",
    "sentence_end": rf"(?<=[.!?]){_SP}+(?=\S)",
    # a label and a value with no sign between
    "bare": rf"(?i)(?<!\w){_LABEL}{_SP}+(?P<value>\S+)",
    # Latin with a digit or a sign; or Cyrillic with two digits ("Ромашка2026", not "1С-Битрикс")
    "secret_looking": r"^(?:(?=.*[0-9!#$%^&*@?_+=~])[^\u0400-\u04ff]{4,}|(?=(?:.*\d){2})(?=.*[\u0400-\u04ff])\S{6,})$",
    # after words with no sign between ("пароль от админки Шифр7777"): letters with two
    # digits, or a digit and a sign; never dotted (a domain or a version: "example2.ru", "PHP8.1")
    "strong": r"^(?=.*[^\W\d_])(?=(?:.*\d){2}|.*\d.*[!#$%^&*@?_+=~]|.*[!#$%^&*@?_+=~].*\d)(?![\w-]+(?:\.[\w-]+)+$)\S{6,}$",
    # the label as it gives a password (not "смены пароля", "сброса пароля": talk about one)
    # a word of its own: not the start of a secret glued to a login ("a00:PW%0@host")
    "giving_label": r"(?i)(?<![\w:@])(?:пароль|пароли|пасс|passphrases?|passwords?|passwd|passcode|pwd|pw|pass)"
                    r"(?=[\s,:;)»\"']|[.!?](?:\s|$)|$)",
    # labels of a login and a password together: only what reads as a secret after them
    "pair_label": r"(?i)(?<!\w)(?:креды|кредсы|credentials|creds|доступы)(?!\w)",
    # a word, or the start of one in brackets ("(не помню)"); "Ромашка!" or "(Ромашка)" is no word
    "russian_word": r"^\(?[\u0400-\u04ff][\u0400-\u04ff-]*$",
    # what a customer quotes beside the word: an error code, an e-mail address
    "error_code": r"^(?:0[xX][0-9a-fA-F]+|E_[A-Z_]+)$",
    "email": r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    "cyrillic": r"[\u0400-\u04ff]",
    "alnum": r"[^\W_]",
    "in_address": r"://[^\s/@]*$",
    # a word and a sign after a label: what it opens ("**Пароль FTP:** x"), not a value
    "names": r"[^\W\d_]+:",
    "whole_line": rf"^{_SP}*(?P<value>\S+)(?:{_SP}+\S+){{0,3}}{_SP}*$",
    "login": rf"(?i)(?<![\w-])(?:логин|login|user(?:name)?|пользователь|юзер|учётка|учетка)"
             rf"(?:{_SP}*[:=]{_SP}*|{_SP}+)(?P<value>[^\s,;]+)",
    # words between the label and the sign that say what it opens ("от админки", "for the
    # admin panel", "FTP"), not what happened to it ("не подходит", "reset")
    "opens": r"(?i)^\s+(?:от|для|к|ко|на|в|во|for|to|of|on|at|s?ftps?|ssh|sudo|root|рут|админ\w*|admin\w*|бд|db"
             r"|mysql|mariadb|баз[аыу]|database|хостинг\w*|hosting|cpanel|почт[аыу]|e-?mail|mail|сервер\w*|server"
             r"|vps|vds|wp|wordpress|битрикс\w*|bitrix|1с|phpmyadmin|rdp|vpn|сайта?|site|пользовател\w*|user)(?!\w)",
    "negation": r"(?i)(?<!\w)(?:не|нет|ни|not|no|isn't|doesn't|don't|didn't|wasn't|won't|can't|cannot|never)(?!\w)",
    # English words that talk about a password where a value would stand
    "talk": r"(?i)^(?:is|was|are|were|be|been|not|no|none|null|doesn't|does|don't|didn't|isn't|wasn't|won't|can't"
            r"|cannot|reset|expired|changed|required|invalid|incorrect|wrong|forgotten|forgot|lost|missing|error"
            r"|please|see|same|below|above|attached|sent|field|change|recovery|empty|unknown|here|there|the|a|an"
            r"|and|or|in|on|at|from|with|to|for|of|it|this|that|my|your)$",
    # what stands between a login and the label of its password in one clause
    "joins": rf"^[,;]?{_SP}*(?:(?:и|and|а){_SP}+)?$",
    # a service with a login / password pair after it ("FTP: admin / x", "SSH root / x")
    "service_pair": rf"(?i)(?<![^\W_])(?:s?ftps?|ssh|админк[аиуе]|админ|admin|cpanel|ispmanager|хостинг|hosting"
                    rf"|mysql|бд|db|phpmyadmin|rdp|vpn|доступы?|access)(?![\w.-])(?:(?:{_SP}+[^\s:=/]+){{1,2}}?{_SP}*[:=]|{_SP}*[:=]?)"
                    rf"{_SP}*(?P<login>[\w.@-]*[a-z][\w.@-]*){_SP}+/{_SP}+(?P<value>\S+)",
    # a value that names a variable or a call ("$_POST['password']"), not a password
    "reference": r"^(?:\$\{|\$\w+\[|\w+\(['\"$)])",
    "address": r"(?i)\b(?:s?ftps?|https?)://[^\s,;<>\"']+|\b(?:s?ftp)\.[a-z0-9.-]+\.[a-z]{2,}\b",
    "ftp": r"(?i)\bs?ftps?\b|\bssh\b",
    # user:password@ in an address ("ftp://admin:Sekr3t@ftp.shop.ru/"); wider than an address
    # reads it (``tickets.URL_PASSWORD``): a customer types "?" or "#" in one as it is
    "url_password": r"(?i)(?<![\w.+-])[a-z][a-z0-9+.-]*://[^\s/:]*:(?P<value>[^\s/]+)@(?=[^\s@/])",
    # a password in an address's query: "?login=admin&password=x", Bitrix's "USER_PASSWORD=x"
    "query_password": rf"(?i)[?&;](?:\w*_)?{_LABEL}=(?P<value>[^&#;\s]+)",
}


@cache
def pattern(name: str) -> re.Pattern[str]:
    """One of the expressions above, compiled (``access`` reads logins and addresses with them)."""
    from deskcli.domain.intake.patterns import compile as compiled

    return compiled(_PATTERNS[name])


class Credentials:
    """The passwords found in one message, and the lines that held them as written. (A plain
    class: ``desk open`` reads every message through it and need not load dataclasses.)"""

    __slots__ = ("lines", "values")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.values: list[str] = []  # the passwords themselves

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __repr__(self) -> str:  # never the passwords, in a traceback or a log
        return f"Credentials(<{len(self.lines)} lines hidden>)"

    def access(self, site: str | None) -> TemporaryAccess:
        """What was found as the request's temporary access (``access.written_access``)."""
        from deskcli.domain.access import written_access

        return written_access(self.lines, self.values, site)


_QUOTES = {'"': '"', "'": "'", "«": "»", "“": "”", "„": "“"}


def _value(match: re.Match[str], *, direct: bool, named: bool = False, code: bool = False) -> tuple[int, int] | None:
    """The span of a password, or None where the words only talk about one ("Пароль не
    подходит: ошибка 403", "password reset: https://…", "пароль: теперь другой"). A value
    in quotes is the whole quoted text, spaces and all; one right after its label, the rest
    of a short line (``_rest_of_line``). ``named``: words between the label and the sign say
    what it opens, and an English word there talks ("Password for admin: doesn't work");
    ``code``: the label is a variable's name or an option, a variable after it no password and
    the value one word."""
    start = match.start("value")
    value = match.group("value").rstrip(".,;")
    close = _QUOTES.get(value[:1])
    if close is not None and close not in value[1:] and (end := _closing(match.string, close, start)) is not None:
        inner = match.string[start + 1:end]
        if direct or pattern("secret_looking").match(inner.replace(" ", "")):
            return start, end + 1
        return None
    if not value or value.startswith(_MARKED) or "://" in value or code and pattern("reference").match(value):
        return None  # hidden already (hiding twice changes nothing), an address, or "$_POST['password']"
    word = value  # "Пароль: **не помню**": the words inside the emphasis are what is read
    for emphasis in ("**", "__"):
        if word.startswith(emphasis) and len(word) > 2:
            word = word[2:].removesuffix(emphasis)
            break
    if named and (pattern("talk").match(word) or pattern("names").fullmatch(word)):
        return None  # "пароль от FTP: login: shop password: x": the next label, not a value
    if direct and not pattern("russian_word").match(word):
        return start, start + len(value) if code else _rest_of_line(match.string, start, start + len(value))
    if pattern("secret_looking").match(value):
        return start, start + len(value)
    return None


def _rest_of_line(line: str, start: int, end: int) -> int:
    """Where a password right after its label ends: the rest of the line when that is short
    and no sentence ("Password: Xk9 mQ2v": a password may have a space in it, and hiding a
    word too many keeps nothing in clear), else the first word (``end``). Never Russian words,
    a clause or a login after it, quotes, a table's bar or English that talks."""
    rest = line[start:].rstrip()
    tokens = rest.split()
    if not 2 <= len(tokens) <= 4 or len(rest) > 40 or pattern("cyrillic").search(rest) or "://" in rest \
            or any(mark in rest for mark in "|\"'«»“”<>") or any(token[-1] in ".,;:!?" for token in tokens[:-1]) \
            or pattern("login").search(rest) or pattern("giving_label").search(rest) \
            or any(pattern("talk").match(token.rstrip(".,;!?")) for token in tokens[1:]):
        return end
    return start + len(rest.rstrip(".,;"))


def _closing(line: str, close: str, start: int) -> int | None:
    """Where a quoted value with spaces in it ends: its closing quote, at the end of a word."""
    end = line.find(close, start + 1)
    if end < 0:
        return None
    after = line[end + 1:end + 3]
    return end if after[:1].isspace() or not after or after[0] in ".,;!?" and (not after[1:] or after[1:].isspace()) \
        else None


def _secret_after(line: str, at: int) -> tuple[int, int] | None:
    """The first word that reads as a secret among the few after ``at``, up to the end of the
    clause: "пароль от админки Шифр7777"."""
    for count, token in enumerate(pattern("token").finditer(line, at)):
        if count == 6:
            break
        if span := _strong_value(token):
            return span
        if token.group(0)[-1] in ",;.!?":
            break
    return None


def _strong_value(token: re.Match[str]) -> tuple[int, int] | None:
    value = token.group(0).rstrip(".,;")
    # never an address or an error code the customer quotes ("ivan77@mail.ru", "0x80070005")
    if pattern("email").match(value) or pattern("error_code").match(value):
        return None
    if pattern("strong").match(value) and "://" not in value and not value.startswith(_MARKED):
        return token.start(), token.start() + len(value)
    return None


def _token_value(token: re.Match[str]) -> tuple[int, int] | None:
    value = token.group(0).rstrip(".,;")
    if pattern("secret_looking").match(value) and "://" not in value and not value.startswith(_MARKED):
        return token.start(), token.start() + len(value)
    return None


def _about_access(line: str, spans: list[tuple[int, int]]) -> str:
    """The sentences of ``line`` that hold a password, a login or an address: what the sealed
    access keeps, without the question asked beside them (TUI QA: "Как настроить скидки?"
    was kept, and shown, as part of the password)."""
    kept = []
    start = 0
    for end in [m.start() for m in pattern("sentence_end").finditer(line)] + [len(line)]:
        sentence = line[start:end]
        if any(s < end and e > start for s, e in spans) or pattern("login").search(sentence) or pattern("address").search(sentence):
            kept.append(sentence.strip())
        start = end
    return " ".join(kept) or line


def _add(spans: list[tuple[int, int]], line: str, span: tuple[int, int] | None) -> None:
    """``span`` among ``spans`` unless it is empty, hidden already, or overlaps one there."""
    if span is not None and span[0] < span[1] and _MARKED not in line[span[0]:span[1]] \
            and not any(start < span[1] and span[0] < end for start, end in spans):
        spans.append(span)


def _label_line(lines: list[str], number: int) -> int | None:
    """The line before ``number`` that ends with "Пароль:", across up to two blank lines."""
    for before in range(number - 1, max(number - 4, -1), -1):
        if lines[before].strip():
            return before if pattern("line_end").search(lines[before]) and _MARKED not in lines[before] else None
    return None


def _in_address(line: str, at: int) -> bool:
    """Whether ``at`` is in an address's user part ("https://pw:x@host"): a user named like a
    label, whose password ``url_password`` finds."""
    return "://" in line and bool(pattern("in_address").search(line, 0, at))


def _after_login(line: str, at: int) -> bool:
    """Whether a login is given in the clause right before ``at``: "логин admin, пароль x"."""
    return any(pattern("joins").match(line[m.end():at]) and pattern("alnum").search(m.group("value"))
               and not pattern("russian_word").match(m.group("value"))
               and not pattern("talk").match(m.group("value")) for m in pattern("login").finditer(line, 0, at))


def _spans(line: str, lines: list[str], number: int, found: Credentials) -> list[tuple[int, int]]:
    """Where the passwords of one line are, the layouts' (tables, code) aside."""
    spans: list[tuple[int, int]] = []
    bare = [(m, _after_login(line, m.start())) for m in pattern("bare").finditer(line) if not _in_address(line, m.start())
            and not pattern("names").fullmatch(m.group("value").rstrip("*_")) and pattern("alnum").search(m.group("value"))]
    for m, login in bare:  # a login just before, the whole word after: "логин admin, пароль x:y"
        if login:
            _add(spans, line, _value(m, direct=True, named=True))
    for m in pattern("after_sign").finditer(line):
        # right after "пароль:" any value that is no Russian word; after words that say what
        # it opens ("от админки:"), one that is no talk either; after a word for a sign ("is",
        # "такой") or other words, only one that reads as a secret
        if _in_address(line, m.start()):
            continue
        signed = bool(m.group("mark") or m.group("dash"))
        words = m.group("words")
        named = signed and bool(words) and bool(pattern("opens").match(words)) and not pattern("negation").search(words)
        code = line[:m.start()].endswith(("$", "_", "--"))  # "$db_pass =", "DB_PASSWORD=", "--password="
        _add(spans, line, _value(m, direct=signed and not words or named, named=named, code=code))
        if pattern("plural").fullmatch(m.group("label")):  # "Пароли: админка Abc123!, FTP Xyz789!": each one
            for t in pattern("token").finditer(line, m.start("value")):
                _add(spans, line, _token_value(t))
    label = _label_line(lines, number) if not spans else None
    if label is not None and (alone := pattern("whole_line").match(line)):
        span = _value(alone, direct=True)  # "Пароль:" and the value alone on a line below
        if span and not line[span[1]:].strip(" .,;"):
            _add(spans, line, span)
            if lines[label] not in found.lines:
                found.lines.append(lines[label])
    for m, login in bare:
        if not login:
            _add(spans, line, _value(m, direct=False))
    if not spans:  # words between the label and the value, and no sign
        for m in pattern("giving_label").finditer(line):
            if not _in_address(line, m.start()):
                _add(spans, line, _secret_after(line, m.end()))
    for m in pattern("pair_label").finditer(line):
        _add(spans, line, after_pair_label(line, m.end()))
    for m in pattern("service_pair").finditer(line):  # "FTP: admin / x"
        value = m.group("value").rstrip(".,;")
        if value and not (pattern("russian_word").match(value) or pattern("talk").match(value) or "://" in value):
            _add(spans, line, (m.start("value"), _rest_of_line(line, m.start("value"), m.start("value") + len(value))))
    if "://" in line:
        for m in pattern("url_password").finditer(line):
            _add(spans, line, m.span("value"))
    return spans


def hide(text: str, found: Credentials) -> str:
    """``text`` with every password replaced by ``HIDDEN``; the lines that held one (as they
    were, with the line before when it names the login or the address, or the table's
    header) are added to ``found``. A value right after "пароль:" is a password unless it is
    a Russian word; after words between the label and the sign, or with no sign, only one
    that reads as a secret is, or one after words that say what it opens or after a login."""
    from deskcli.domain import credential_layouts as layouts, credential_pairs as pairs

    lines = text.split("\n")
    table, headers = layouts.table_spans(lines) if "|" in text or "\t" in text else ({}, {})
    for number, line in enumerate(lines):
        spans: list[tuple[int, int]] = []
        quoted, bare = layouts.code_spans(line)  # a quoted value inside its quotes, a bare one as prose reads it
        block, above = pairs.block_spans(lines, number)  # host, login and password on lines of their own
        for span in (*quoted, *_spans(line, lines, number, found), *table.get(number, ()), *bare,
                     *pairs.line_spans(line), *block):
            _add(spans, line, span)
        if not spans:
            continue
        found.lines.extend(lines[n] for n in above if _MARKED not in lines[n] and lines[n] not in found.lines)
        previous = lines[number - 1] if number else ""
        if number in headers:
            if lines[headers[number]] not in found.lines:
                found.lines.append(lines[headers[number]])
        elif previous and _MARKED not in previous and previous not in found.lines \
                and (pattern("login").search(previous) or pattern("address").search(previous)):
            found.lines.append(previous)
        found.lines.append(_about_access(line, spans))
        found.values.extend(line[start:end] for start, end in sorted(spans))
        for start, end in sorted(spans, reverse=True):
            line = line[:start] + HIDDEN + line[end:]
        lines[number] = line
    return "\n".join(lines)


def site_without_password(site: str, found: Credentials) -> str:
    """A site address as the desk keeps it: a password in its user part taken out
    (``https://admin@host/``), and one in its query (``?login=admin&password=``), the address
    as written added to ``found`` to be sealed."""
    kept = site
    if "@" in site and (match := pattern("url_password").match(site)):
        found.values.append(match.group("value"))
        kept = site[:match.start("value") - 1] + site[match.end("value"):]
    if "=" in kept:
        for match in reversed(list(pattern("query_password").finditer(kept))):
            found.values.append(match.group("value"))
            kept = kept[:match.start("value")] + kept[match.end("value"):]
    if kept != site:
        found.lines.append(site)
    return kept


def without_passwords(text: str) -> str:
    """``text`` with its passwords hidden and not kept: where nothing seals them (a subject
    quoted in a reply, a log line, an attachment's name, a forwarded message's copy)."""
    return hide(text, Credentials())


def kept_nowhere(text: str) -> str:
    """``without_passwords`` with the mark that says so: what a reply quotes of mail that
    opened no request, where no access holds the password (the usual mark points at one)."""
    return without_passwords(text).replace(HIDDEN, NOT_KEPT)
