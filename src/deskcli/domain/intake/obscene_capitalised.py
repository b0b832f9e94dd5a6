"""Foreign names inside a sentence that begin like mat (SPEC 2.8.3): Мандрыка, Мудис,
Хернандес, Хергиани, Сукарно.

Many surnames, brands and places of other languages start with the letters of a root that
counts only where the dictionary does not know the word (манд, муд, сук: see the ^ and ~
entries of obscene_roots.txt), or with хер. Written with a capital inside a sentence, or in a
name's position (quotes, after фамилия, имени, ООО), such a word the dictionary does not know
is a name. A word the dictionary reads as mat (Херня, Мудак), a root mat inside any word
(пизд, or хуй and бляд in a word the dictionary lacks: Домахуй) and the strong roots at a
word's start (хуй, еб) stay mat wherever they stand, unless the word is spelled as only a
Chinese name is (Хуйчжоу: чж, цз); and so does any word at a
sentence's start, where every word has its capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.wordlists import CYRILLIC, LATIN, fold
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.intake.obscene import _ObsceneLexicon as ObsceneLexicon

# хер starts Hernández, Hergiani, Hereford and Herbalife as often as it starts mat, and сук
# Sukarno and Sukhumi (a root mat inside other words only: трисука)
_NAME_PRONE_ROOTS = ("хер", "сук")
# What may stand between a sentence's end and its first word: spaces, quotes, a bracket.
_OPENING = " \t«\"“„('"
_SENTENCE_END = ".!?…:;\n"
_SHORTEST = 5
_TRANSLITERATED = patterns.compile(r"чж|цз")
_DIGIT_AMONG_LETTERS = patterns.compile(r"[^\W\d_]\d+[^\W\d_]")


def capitalised_foreign_name(written: Sequence[re.Match[str]], index: int, text: str, lexicon: ObsceneLexicon) -> bool:
    """Whether a capitalised word inside a sentence, unknown to the dictionary, carries only a
    guarded root or хер, and so is a foreign name (Мандрыка, «Хернандес»)."""
    word = written[index].group()
    if not (word[:1].isupper() and not word.isupper() and len(word) >= _SHORTEST):
        return False
    if CYRILLIC.search(word) and (LATIN.search(word) or _DIGIT_AMONG_LETTERS.search(word)):
        return False  # Xуйло, Пи3д0шаблон: a name is written in one alphabet and no digits, a disguise not
    before = text[: written[index].start()].rstrip(_OPENING)
    if not before or before[-1] in _SENTENCE_END:
        return False
    reading = fold(word)
    # Хуйчжоу, Хуйцзян: Chinese sounds spelled in Cyrillic, which no Russian word has (чж,
    # цз), make a name of any root (not э after a consonant: Хуеплэты is a disguise)
    if _TRANSLITERATED.search(reading) and not morphology.is_known(reading) and not lexicon.mat_word(reading):
        return True
    prone = reading.startswith(_NAME_PRONE_ROOTS)
    if morphology.is_known(reading) or lexicon.mat_word(reading) or lexicon.mat_inside(reading) and not prone:
        return False  # Херня, Мудак; Домахуй, a root mat inside any word the dictionary lacks
    return prone or not lexicon.matches(reading)
