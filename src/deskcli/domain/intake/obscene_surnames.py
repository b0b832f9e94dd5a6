"""Surnames that carry a root of mat (SPEC 2.8.3): a guarded root before a surname's ending
is part of the surname (Сукиасян; Анна Сукиева beside a first name), and so is a root
before a foreign ending with letters of its own between them (Михаил Хер-г-иани). The
lexicon is the caller's (``obscene.obscene_lexicon``)."""

from __future__ import annotations

from deskcli.domain.intake import morphology, patterns
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
