"""Roles of a question's words for repeat detection (SPEC 2.8.5): where from, where to,
left out. Two questions moving one thing opposite ways (из 1С на сайт / с сайта в 1С), or
one leaving out what the other asks for (без картинок), ask different things."""

from __future__ import annotations

import re

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.wordlists import fold

# Prepositions of where from and where to; с and на only with the case that gives them
# that sense (с сайта, на сайт: not "обмен с 1С", "на сайте").
_FROM = frozenset(["из", "from"])
# без картинок, without images: the thing is left out, the opposite of a question about it.
_WITHOUT = frozenset(["без", "without"])
# вместо удаления, instead of deleting: the thing ruled out, like без.
_INSTEAD = frozenset(["вместо", "instead"])
_ONE_BY_ONE = patterns.compile(r"\s+(?:\w+\s+)?(?:кажд|each|every|по одно|вручную|manually|one by one)", re.IGNORECASE)
_FROM_GENITIVE = frozenset(["с", "со"])
_TO = frozenset(["в", "во", "into", "to"])
_TO_ACCUSATIVE = frozenset(["на"])
# Before a number: its range's lower or upper bound (от 3000 / до 3000, с 6.9 на 7.0).
_LOWER_BOUND = frozenset(["от", "с", "со", "from", "over", "above"])
_UPPER_BOUND = frozenset(["до", "на", "to", "under", "below"])

_OPENING_QUOTES = "«\"“„'"
# English articles and possessives stand between a preposition and its noun and leave the
# direction as it is (from the Riga warehouse, to our shop).
DETERMINERS = frozenset(["the", "a", "an", "our", "my", "your", "this", "that"])


def role_of(before: re.Match[str], match: re.Match[str], text: str) -> str:
    """"from" or "to" when the word right before this one (same phrase) is a preposition of
    direction: из 1С, с сайта, в 1С, на сайт; "without" after без; "" otherwise. A number
    is a bound of a range: с 6.9 до 7.0, от 3000 рублей / до 3000 рублей."""
    gap = text[before.end() : match.start()].strip()
    # from the Riga warehouse, to our shop: an English article or possessive between them
    if fold(gap) in DETERMINERS:
        gap = ""
    if gap.strip(_OPENING_QUOTES):
        return ""
    preposition, word = fold(before.group()), fold(match.group())
    if gap:
        return _quoted_role(preposition, word)
    if preposition in _WITHOUT:
        return "without"
    # не удаляя, вместо удаления: the action the customer rules out, not the one he asks
    # for (скрыть группы, не удаляя их / удалить группы ask opposite things). A negated
    # finite verb is left alone: не приходят, не удаляются report a fault.
    # Unless it rules out a way of doing it (не редактируя каждый товар, without editing
    # each one): that asks for the bulk way, the same as "массово".
    if (preposition in _INSTEAD or preposition == "не" and morphology.can_be(word, "GRND")) and not _ONE_BY_ONE.match(
        text, match.end()
    ):
        return "without"
    if word[:1].isdigit() and preposition in _LOWER_BOUND | _UPPER_BOUND:
        return "from" if preposition in _LOWER_BOUND else "to"
    if preposition in _FROM:
        return "from"
    if preposition not in _FROM_GENITIVE | _TO | _TO_ACCUSATIVE:
        return ""
    parses = morphology.parses(word) if CYRILLIC.search(word) and morphology.is_known(word) else ()
    if not parses:  # 1С, Excel: no case to read; в goes somewhere, с and на say too little
        return "to" if preposition in _TO else ""
    if preposition in _FROM_GENITIVE:
        return "from" if parses[0].has("gent") else ""
    return "to" if parses[0].has("accs") else ""


def _quoted_role(preposition: str, word: str) -> str:
    """с «Старт» на «Стандарт», to "₽": a quoted name keeps the case of a title (nominative),
    so only a case that rules the direction out does: на «Старте» (where), с «Моим складом» (with)."""
    parses = morphology.parses(word) if CYRILLIC.search(word) and morphology.is_known(word) else ()
    if preposition in _FROM or preposition in _FROM_GENITIVE and not (parses and parses[0].has("ablt")):
        return "from"
    if preposition in _TO | _TO_ACCUSATIVE and not (parses and parses[0].has("loct")):
        return "to"
    return ""


# на который / в которую (where to), с которого / из которой (where from): a relative clause's
# preposition and the ending of "который" after it
_RELATIVE = {
    **{(p, e): "to" for p in ("на", "в", "во") for e in ("ый", "ую", "ое", "ые")},
    **{(p, e): "from" for p in ("с", "со", "из", "от") for e in ("го", "ой", "ых")},
}


def relative_direction(preposition: str, relative: str) -> str:
    """"to" or "from" for a preposition before a form of "который" (на который, с которого),
    the direction of the thing the clause refers back to; "" otherwise."""
    return _RELATIVE.get((fold(preposition), fold(relative)[-2:]), "")
