"""Passwords written in a layout rather than a sentence (policy 2.12): a table with a password
column, and a settings file or code (``define('DB_PASSWORD', 'x')``, ``DB_PASSWORD=x``,
``'password' => 'x'``, ``"password": "x"``, ``<password>x</password>``), as customers paste
them into a request or attach them (review: each was kept in clear).

``credentials.hide`` asks for the spans here and hides them with the rest; a span that holds
a mark already is left to it. Nothing here reads a sentence: a table's header names the
column, a settings key names the value, and a cell or a value that only says there is none
("—", "не помню", ``env('DB_PASSWORD')``, ``$password``) is none.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

#: The expressions, by name; compiled on first use through the intake rules' store, as
#: ``credentials._PATTERNS`` are.
_PATTERNS = {
    # a header cell that names a password column ("Пароль", "Password (FTP)", "**Пароль**")
    "header": r"(?i)^[*_]{0,2}(?:пароль|пароли|пасс|passwords?|passwd|passphrase|pwd|pass)[*_]{0,2}"
              r"(?:[^\S\n]+[\w()./-]+){0,2}[^\S\n]*:?$",
    # a line of dashes, pluses and colons between a table's rows
    "rule": r"^[\s|+:=-]*-[\s|+:=-]*$",
    # what a cell says when it gives no password: a dash, "нет", "не помню", words
    "no_value": r"(?i)^(?:[-—–.*?]+|none|n/a|null|(?:не|нет|без)(?:\s.*)?|[\u0400-\u04ff-]+\s.*)$",
    "russian_word": r"^\(?[\u0400-\u04ff][\u0400-\u04ff-]*\)?$",
    # a settings key that names a password: the last part of it, after "_", "." or "-"
    "code": r"(?i)(?:(?P<q>['\"])(?P<qkey>{key})(?P=q)[^\S\n]*(?:=>|[:=,])"
            r"|(?<![\w.])\$?(?P<key>{key})[^\S\n]*(?:=>|:=|[:=]))[^\S\n]*"
            r"(?:(?P<vq>['\"])(?P<quoted>(?:\\.|(?!(?P=vq))[^\\\n])*)(?P=vq)|(?P<bare>[^\s'\",;]+))",
    "tag": r"(?i)<(?P<tag>{key})>(?P<value>[^<\n]+)</(?P=tag)>",
    # SQL: CREATE USER … IDENTIFIED BY 'x', CREATE ROLE … WITH PASSWORD 'x'
    "sql": r"(?i)\b(?:identified(?:\s+with\s+\w+)?\s+by|password)\s+'(?P<value>[^'\n]+)'",
    # a value that names where the password is, not the password: a variable, a call
    "reference": r"(?i)^(?:\$|%\w+%$|\{\{|[\w.]+\(|(?:null|none|nil|true|false|~|not|no|is|see)$)",
    # in quotes, only a placeholder ("${DB_PASSWORD}", "{{ password }}"), or "$pass" in double ones
    "quoted_reference": r"^(?:\$\{|\{\{|%\w+%$)",
}
_KEY = r"(?:[a-z0-9]+[_.-])*(?:password|passwd|passphrase|pass|pwd)(?!\w)|(?:[a-z0-9]+[_.-])+secret(?!\w)"


@cache
def _re(name: str) -> re.Pattern[str]:
    from deskcli.domain.intake.patterns import compile as compiled

    return compiled(_PATTERNS[name].replace("{key}", _KEY))


def _cells(line: str) -> list[tuple[int, int]] | None:
    """The spans of a table row's cells (their text without the spaces around it), between
    "|" ("| admin | x |", "admin | x") or tabs; None for a line that is no row."""
    separator = "|" if "|" in line else "\t" if "\t" in line.strip() else None
    if separator is None:
        return None
    marks = [-1, *(i for i, c in enumerate(line) if c == separator), len(line)]
    spans = []
    for left, right in pairwise(marks):
        text = line[left + 1:right]
        start = left + 1 + len(text) - len(text.lstrip())
        spans.append((start, max(start, left + 1 + len(text.rstrip()))))
    if spans and spans[0][0] == spans[0][1]:  # the outer bars of "| a | b |"
        spans.pop(0)
    if spans and spans[-1][0] == spans[-1][1]:
        spans.pop()
    return spans if len(spans) >= 2 else None


def _password_cell(line: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    text = line[start:end]
    return span if text and not _re("no_value").match(text) else None


def table_spans(lines: list[str]) -> tuple[dict[int, list[tuple[int, int]]], dict[int, int]]:
    """({line number: the password cells in it}, {line number: its header's}): the cells
    under a header cell that names a password, in the rows that follow it with as many
    cells; and a two-cell row that names a password in its first ("| Пароль | x |")."""
    spans: dict[int, list[tuple[int, int]]] = {}
    headers: dict[int, int] = {}
    number = 0
    while number < len(lines):
        cells = _cells(lines[number])
        if cells is None:
            number += 1
            continue
        columns = [i for i, (s, e) in enumerate(cells) if _re("header").match(lines[number][s:e])]
        value = lines[number][cells[1][0]:cells[1][1]]
        if len(cells) == 2 and columns == [0] and re.search(r"[^\W_]", value) and not _re("no_value").match(value) \
                and not _re("russian_word").match(value):  # "| Пароль | x |", not "| Пароль | Статус |"
            spans[number] = [cells[1]]
        row = number + 1
        while columns and row < len(lines):
            line = lines[row]
            if _re("rule").match(line):
                row += 1
                continue
            below = _cells(line)
            if below is None or len(below) != len(cells):
                break
            found = [cell for i in columns if (cell := _password_cell(line, below[i]))]
            if found:
                spans[row] = found
                headers[row] = number
            row += 1
        number = row if columns else number + 1
    return spans, headers


def code_spans(line: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The values of the settings keys in ``line`` that name a password, (quoted, bare):
    quoted, the text inside the quotes; bare, up to the next space, comma or semicolon. Never
    an empty one, a variable or a call (``env('DB_PASSWORD')``, ``$pass``), which say where
    it is."""
    quoted, bare = [], []
    for match in _re("code").finditer(line):
        group = "quoted" if match.group("vq") else "bare"
        value = match.group(group)
        # a plain word for a key ("Password: "my pass"") is prose's: hidden as ``credentials`` reads it
        prose = match.group("key") is not None and match.group("key").isalpha() and not match.group(0).startswith("$")
        if group == "bare" or prose:
            if value and not _re("reference").match(value):
                bare.append(match.span(group))
        elif value and not _re("quoted_reference").match(value) \
                and not (match.group("vq") == '"' and re.fullmatch(r"\$\w+", value)):
            quoted.append(match.span(group))
    for match in (*_re("tag").finditer(line), *_re("sql").finditer(line)):
        if not _re("reference").match(match.group("value").strip()):
            quoted.append(match.span("value"))
    return quoted, bare
