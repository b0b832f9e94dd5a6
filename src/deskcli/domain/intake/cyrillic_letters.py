"""The Russian letters by their Unicode names, and the Cyrillic letters Unicode draws small above
or beside another, which normalising reads as letters of the word (SPEC 2.8.3)."""

from __future__ import annotations

import unicodedata
from functools import cache

from deskcli.domain.intake import patterns

RUSSIAN_NAMES = dict(zip(
    ("A", "BE", "VE", "GHE", "DE", "IE", "ZHE", "ZE", "I", "SHORT I", "KA", "EL", "EM", "EN", "O", "PE", "ER",
     "ES", "TE", "U", "EF", "HA", "TSE", "CHE", "SHA", "SHCHA", "HARD SIGN", "YERU", "SOFT SIGN", "E", "YU", "YA"),
    "абвгдежзийклмнопрстуфхцчшщъыьэюя", strict=True,
))


# A Cyrillic letter written small above another (пиⷥдища, хꙷйня: COMBINING CYRILLIC LETTER ZE, U)
# stands in the word where it is drawn, not as a mark to drop; so do the modifier (superscript)
# and subscript Cyrillic letters of Unicode 15 (U+1E030-1E066), which Python 3.11's Unicode 14
# NFKC leaves as they are: their letters, from the Unicode 15 code charts, in code point order.
LETTER_ABOVE = patterns.compile(r"[\u2de0-\u2dff\ua674-\ua67b\ua69e\ua69f\U0001e030-\U0001e066]")
_SUPERSCRIPT = "абвгдежзиклмопрстуфхцчшыэю"  # U+1E030-1E049
_SUBSCRIPT = "абвгдежзиклопсуфхцчшъы"  # U+1E051-1E066


@cache
def letters_above() -> dict[int, str]:
    """The Russian letter of each Cyrillic letter drawn above or beside another (see above)."""
    lead = "COMBINING CYRILLIC LETTER "
    names = {code: unicodedata.name(chr(code), "") for code in (*range(0x2DE0, 0x2E00), *range(0xA674, 0xA6A0))}
    above = {code: RUSSIAN_NAMES[letter] for code, n in names.items()
             if n.startswith(lead) and (letter := n.removeprefix(lead)) in RUSSIAN_NAMES}
    return above | dict(enumerate(_SUPERSCRIPT, 0x1E030)) | dict(enumerate(_SUBSCRIPT, 0x1E051))
