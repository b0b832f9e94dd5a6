"""Encodings and signs that hide a word's letters beyond one character's look (SPEC 2.8.3),
undone before the obscenity rule reads a message (``normalising.clean``): a domain's label in
punycode, HTML tags set inside a word, a word broken across a line with a hyphen, ROT13 that
the message says it uses, and the middle finger shown as an emoji. What the other rules read
(``span.readable``) keeps the text as written."""

from __future__ import annotations

import re

from deskcli.domain.intake import patterns
from deskcli.domain.intake.wordlists import CYRILLIC

# A domain name's label in punycode (xn--...), which hides the Cyrillic of a name like any encoding.
_PUNYCODE = patterns.compile(r"(?<![\w-])xn--([a-z0-9-]+)", re.IGNORECASE)
# An HTML tag set inside a word around some of its letters (х<span>у</span>йня).
_TAG_IN_WORD = patterns.compile(r"(?<=[^\W\d_])</?[a-z][a-z0-9]{0,9}>(?=[^\W\d_])", re.IGNORECASE)
# A word broken across a line with a hyphen (пиз-⏎дец), as a typesetter breaks it.
_BROKEN_WORD = patterns.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
# ROT13 said to be used (ROT13, чтобы фильтр не съел): its Latin words, as the writer meant them.
_ROT13 = patterns.compile(r"(?<![^\W_])rot-?13(?![^\W_])", re.IGNORECASE)
_LATIN_WORD = patterns.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")


def _unpunycoded(label: re.Match[str]) -> str:
    try:
        return label.group(1).encode("ascii").decode("punycode")
    except UnicodeError:
        return label.group()


def undone(text: str) -> str:
    """``text`` with those encodings undone; most messages hold none and pass as they are."""
    if "xn--" in text.lower():
        text = _PUNYCODE.sub(_unpunycoded, text)
    if "<" in text:
        text = _TAG_IN_WORD.sub("", text)
    if "-" in text:
        text = _BROKEN_WORD.sub("", text)
    if _ROT13.search(text) and CYRILLIC.search(text):  # Russian written in Latin, then rotated
        import codecs  # only for a message that says it is written so

        text = _LATIN_WORD.sub(lambda m: m.group() if _ROT13.fullmatch(m.group()) else codecs.decode(m.group(), "rot13"), text)
    # the middle finger shown (🖕) says what it says
    return text.replace("\U0001f595", " fuck you ")
