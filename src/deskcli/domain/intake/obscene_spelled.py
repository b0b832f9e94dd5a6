"""Mat written so that no letter pattern sees it (SPEC 2.8.3): spelled by the names of its
letters (пэ-и-зэ-дэ-е-цэ), by a spelling alphabet's words (Papa India Zulu ...; Михаил,
Ульяна, Дмитрий ..., first names as Russians spell a word on the telephone), or written
backwards (цедзип).

A word is read backwards only when the dictionary does not know it and knows it read back (or
the writer says to read it so: прочитайте наоборот), and what is read must be mat by
``is_obscene`` with all its guards: a name ending in -бе (Умбе, джембе) starts with еб read
back, but is no word that way.

Tried and left out (round 39): one slip of the finger on the keyboard (пизлец, пзидец). The
dictionary knows no Chinese place or surname, and one slip turns Хуэйчжоу or Хунчунь into mat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from deskcli.domain.intake import morphology, patterns

# The names of the Russian letters as they are said and written out (бэ, зэ, эль, ха).
_LETTER_NAMES = {
    "а": "а", "бэ": "б", "бе": "б", "вэ": "в", "ве": "в", "гэ": "г", "ге": "г", "дэ": "д", "де": "д",
    "е": "е", "ё": "ё", "йо": "ё", "жэ": "ж", "же": "ж", "зэ": "з", "зе": "з", "и": "и", "й": "й",
    "йот": "й", "ка": "к", "эл": "л", "эль": "л", "эм": "м", "эн": "н", "о": "о", "пэ": "п", "пе": "п",
    "эр": "р", "эс": "с", "тэ": "т", "те": "т", "у": "у", "эф": "ф", "ха": "х", "хэ": "х", "цэ": "ц",
    "це": "ц", "че": "ч", "чэ": "ч", "ша": "ш", "ща": "щ", "ы": "ы", "э": "э", "ю": "ю", "я": "я",
}
# four letter names or more joined by hyphens or dots (spaces would take in the words around)
_NAMED_LETTERS = patterns.compile(r"(?<![\w.-])[а-яё]{1,3}(?:[-.][а-яё]{1,3}){3,}(?![\w-])", re.IGNORECASE)
_SEPARATOR = patterns.compile(r"[-.]")
_CYRILLIC_WORD = patterns.compile(r"(?<![\w*@])[а-яё]{4,}(?![\w*@])", re.IGNORECASE)
# The NATO alphabet's words, and a run of five or more capitalised words, one space or a comma
# apart: a word spelled out, its letters their initials (four names may spell a word by chance).
_NATO = frozenset((
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa "
    "quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu").split())
_CAPITALISED_RUN = patterns.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w-]+(?:,?[ \t]+[A-ZА-ЯЁ][\w-]+){4,}")
_RUN_GAP = patterns.compile(r",?[ \t]+")
# The writer telling the reader to read it backwards (прочитайте наоборот: …; читать справа
# налево): then a word read back need not be a word of the dictionary, only mat.
_READ_BACKWARDS = patterns.compile(
    r"(?:прочитайте|читайте|читать|прочтите|прочитать|прочесть|read(?:\s+it|\s+this)?)(?:\s+\S+){0,2}?\s+"
    r"(?:наоборот|справа\s+налево|задом\s+наперёд|задом\s+наперед|backwards|right\s+to\s+left)"
    r"|(?:наоборот|справа\s+налево|задом\s+наперёд|задом\s+наперед)\s+(?:прочитать|прочитайте|читать|прочесть)",
    re.IGNORECASE,
)


def spelled_or_backwards(text: str, is_obscene: Callable[[str], bool], has_root: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(position, words as written) of mat spelled by the names of its letters, by a spelling
    alphabet, or backwards; ``has_root``: whether a reading holds a root
    that is mat in any word (пизд)."""
    found = []
    for match in _NAMED_LETTERS.finditer(text):
        pieces = _SEPARATOR.split(match.group().lower())
        if all(piece in _LETTER_NAMES for piece in pieces) and any(len(piece) > 1 for piece in pieces):
            if is_obscene("".join(_LETTER_NAMES[piece] for piece in pieces)):
                found.append((match.start(), match.group()))
    for match in _CAPITALISED_RUN.finditer(text):
        words = _RUN_GAP.split(match.group())
        if all(w.lower() in _NATO for w in words) or all(morphology.can_be(w.lower(), "Name") for w in words):
            # a whole word of the dictionary, not the start of one a team's names spell by chance
            if any(morphology.is_known(read) and is_obscene(read) for read in _initials_read(words)):
                found.append((match.start(), match.group()))
    told = bool(_READ_BACKWARDS.search(text))
    for match in _CYRILLIC_WORD.finditer(text):
        word = match.group().lower()
        # backwards, a whole word of the dictionary or of mat (Ацдзип): Умбе read back is no word,
        # though it starts with еб
        back = word[::-1]
        if not morphology.is_known(word) and (told or has_root(back) or morphology.is_known(back)) and is_obscene(back):
            found.append((match.start(), match.group()))
    return found


def _initials_read(words: Sequence[str]) -> set[str]:
    """The word the initials spell, read as Russian (Papa India Zulu ...: pizd... -> пизд...); a
    Latin c is к or ц."""
    from deskcli.domain.intake.latin_mat import by_sound

    initials = "".join(w[0] for w in words).lower()
    return {by_sound(initials), by_sound(initials.replace("c", "ts"))} if initials.isascii() else {initials}


__all__: Sequence[str] = ("spelled_or_backwards",)
