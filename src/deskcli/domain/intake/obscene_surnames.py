"""Surnames that carry a root of mat (SPEC 2.8.3): a guarded root before a surname's ending
is part of the surname (Сукиасян; Анна Сукиева beside a first name), and so is a root
before a foreign ending with letters of its own between them (Михаил Хер-г-иани); and where a
surname stands (beside a first name or a role, in a double first name). The lexicon is the
caller's (``obscene.obscene_lexicon``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.wordlists import fold
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.intake.obscene import _ObsceneLexicon as ObsceneLexicon


# Surname endings that Russian word-building never puts after a root: Armenian -ян, -янц,
# -унц, Georgian -швили, -дзе, -иани, -ия, -ава, -уа (with the case endings of a man's -ян
# surname). A guarded root before one in a capitalised word is part of a surname
# (Сукиасян, Сукишвили), while a root the ending eats into stays mat (Блядзе).
_FOREIGN_SURNAME = patterns.compile(r"(?:[яу]нц|ян|швили|дзе|иани|ия|ава|уа)(?:а|у|ом|е|ы|ой|ам|ами|ах)?")
# Russian and Ukrainian endings (-ов, -ин, -ский, -енко, -юк) also end ordinary words and
# their inflections, so they make a surname only beside a first name or patronymic.
_RUSSIAN_SURNAME = patterns.compile(
    r"(?:[оеё]в|[иы]н)(?:а|у|ым|ой|ом|е|ы|ых|ыми)?|[сц]к(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими)|енко|[юу]к"
)


def surname_after_root(surface: str, reading: str, lexicon: ObsceneLexicon, beside_name: bool) -> bool:
    """Whether a guarded root stands in a surname: a capitalised word whose surname ending
    follows the whole root (Сукиасян, Анна Сукиева)."""
    if not surface[:1].isupper() or surface.isupper() or _stem_and_word(reading):
        return False
    if beside_name and russian_surname(surface, reading):
        return True  # Сукина Вера Павловна: the ending may take a root's last letter
    endings = (_FOREIGN_SURNAME, _RUSSIAN_SURNAME) if beside_name else (_FOREIGN_SURNAME,)
    return any(
        ending.fullmatch(reading, at) and lexicon.matches_guarded(reading[:at])
        for at in range(2, len(reading) - 1)
        for ending in endings
    )


# The fewest letters of a word of the dictionary after a mat stem and its linking vowel.
_JOINED_WORD = 5


def _stem_and_word(reading: str) -> bool:
    """Whether a word is a stem, a linking о or е and a word of the dictionary (Мудолицензия):
    a compound, which no surname is, whatever it ends in."""
    return any(reading[at - 1] in "ое" and morphology.is_known(reading[at:])
               for at in range(3, len(reading) - _JOINED_WORD + 1))


def russian_surname(surface: str, reading: str) -> bool:
    """Whether a capitalised word beside a first name ends as a Russian surname after three
    letters or more (Сукина Вера Павловна, whose dictionary lemma is сукин)."""
    return surface[:1].isupper() and not surface.isupper() and any(
        _RUSSIAN_SURNAME.fullmatch(reading, at) for at in range(3, len(reading) - 1))


def surname_past_root(surface: str, reading: str, lexicon: ObsceneLexicon) -> bool:
    """Whether a capitalised word beside a first name is a foreign surname whose ending
    (-иани, -швили, -ян) follows a root with letters of its own between (Михаил Хер-г-иани):
    the root ends before the ending starts, so the ending eats none of it (Блядзе stays
    mat), and no root counted in any word or mat lemma stands in it."""
    if not surface[:1].isupper() or surface.isupper() or lexicon.mat_word(reading):
        return False
    return any(
        _FOREIGN_SURNAME.fullmatch(reading, at) and lexicon.matches(reading[: at - 1])
        for at in range(3, len(reading) - 1)
    )


def beside_name(written: Sequence[re.Match[str]], index: int) -> bool:
    """Whether a capitalised first name or patronymic stands next to the word (Анна Сукиева),
    or a person named by what they do right before it (бухгалтер Сукиева, наш менеджер
    Мандин): where a surname stands as much as beside a first name."""
    if index > 0 and (_person_before(before := written[index - 1].group()) or morphology.lemma(fold(before)) == "фамилия"):
        # (or after the word for a surname: с фамилией Хуйсамов); not one of the desk's people
        # (ваш менеджер Пиздюков: a name the customer calls him)
        return index < 2 or fold(written[index - 2].group()) not in _THE_DESKS
    for at in (index - 1, index + 1):
        if 0 <= at < len(written):
            word = written[at].group()
            if word[:1].isupper() and not word.isupper() and (
                morphology.can_be(fold(word), "Name") or morphology.can_be(fold(word), "Patr")
            ):
                return True
    return False


_THE_DESKS = frozenset(("ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашим", "вашу", "вашими", "ваших", "your"))


def _person_before(word: str) -> bool:
    """A common noun whose likeliest reading is a person (сотрудница, врач, коллега; Программист
    opening a sentence; manager has no dictionary here): a role a surname follows."""
    found = morphology.parses(fold(word)) if word[:1].islower() or word.istitle() else ()
    return bool(found) and found[0].has("NOUN", "anim") and not any(found[0].has(g) for g in ("Name", "Surn", "Patr"))


def double_name(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether the word is one half of a hyphenated double first name whose other half the
    dictionary knows as a first name (Анна-Мандана, Мандана-Анна)."""
    word = written[index]
    for at, gap in ((index - 1, (index - 1, index)), (index + 1, (index, index + 1))):
        if 0 <= at < len(written) and text[written[gap[0]].end() : written[gap[1]].start()] == "-":
            other = written[at].group()
            if other[:1].isupper() and not other.isupper() and word.group()[:1].isupper():
                if morphology.can_be(fold(other), "Name"):
                    return True
    return False
