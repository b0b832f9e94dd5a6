"""User text made safe to show: terminal escapes and control characters become ``?``.

Customers' and agents' text is data. It reaches terminals, mail headers and logs, so the
one definition of "a character that could take over a terminal" lives here, in the core.
"""

from __future__ import annotations

import re

# C0/C1 controls and DEL, except tab and newline; ESC sequences go with their ESC.
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The embeddings, overrides and isolates, and the marks (LRM, RLM, ALM: security review) that
# reorder what a terminal shows around them.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


_LINE_BREAK = re.compile(r"\r\n?")


def as_stored(text: str, *, single_line: bool = False) -> str:
    """User text as the desk keeps it: line breaks as ``\n`` (a Windows file's ``\r\n`` and
    a lone ``\r`` too), and a one-line field (a subject, a name) on one line. Everything else
    is kept exactly, escapes included: each output makes them harmless its own way (JSON
    escapes them, tables and CSV show ``?``)."""
    text = _LINE_BREAK.sub("\n", text)
    if single_line:
        text = text.replace("\t", " ").replace("\n", " ")
    return text


def printable(text: str, *, single_line: bool = False) -> str:
    """Text safe for a terminal: escapes and control characters become visible ``?``."""
    text = BIDI.sub("?", CONTROL.sub("?", text))
    if single_line:
        text = text.replace("\t", " ").replace("\n", " ")
    return text
