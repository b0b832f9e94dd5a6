"""The desk said to be manned by something (SPEC 2.8.3): "Your support desk is run by hallions",
"staffed by gomerals"; "Сидят там лындари и в потолок плюют", "Что за хухрики у вас отвечают?",
"Отвечают мне какие-то ослиные головы".

Who works at the desk is what these sentences are about, so the noun they put there is the
writer's name for its people, whatever noun it is: a word the dictionary does not know, or a
living being that no job, no friendly word and none of the customer's people is. Not asked in
earnest (Отвечают у вас студенты?), and in English not a word English knows that is no insult
(run by volunteers, staffed by professionals).
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_parties import DESK_PLACES, IN_OR_ON
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import closes, of_the_desk_or_friendly
from deskcli.domain.intake.insult_vocatives_en import THE_DESK, english_plural
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.obscene_english import english_word

_MANNED = frozenset(("run", "staffed", "manned", "operated"))
# Who works there: сидят, отвечают, работают; where: там, у вас, мне; and "какие-то".
_WORK = frozenset(("сидят", "отвечают", "работают", "трудятся"))
_THERE = frozenset(("там", "тут", "у", "вас", "мне", "нам", "какие", "то", "одни"))
_MOST_BEFORE = 2  # adjectives before the noun (какие-то ослиные головы)


def staffed_by(sentence: Sequence[Token]) -> Token | None:
    """The noun the desk is said to be manned by, in the shapes of the module, if any."""
    return _english(sentence) or _russian(sentence) or _sit_at_yours(sentence)


def _english(sentence: Sequence[Token]) -> Token | None:
    words = [t.reading for t in sentence]
    for at in range(1, len(words) - 2):
        if words[at] not in _MANNED or words[at + 1] != "by" or not THE_DESK & set(words[max(0, at - 3) : at]):
            continue
        for named in sentence[at + 2 : at + 5]:
            if english_plural(named.reading):
                praised = of_the_desk_or_friendly(named) or english_word(named.reading) and not is_insult_word(named.reading)
                return None if praised or named.quoted else named
            if closes(named.gap_after):
                break
    return None


def _russian(sentence: Sequence[Token]) -> Token | None:
    words = [t.reading for t in sentence]
    asked = words[:2] == ["что", "за"]
    if asked:
        at = 2
    elif words[:1] and words[0] in _WORK and "?" not in sentence[-1].gap_after:
        at = 1
        while at < len(words) and words[at] in _THERE and not closes(sentence[at - 1].gap_after):
            at += 1
    else:
        return None
    for index, named in enumerate(sentence[at : at + _MOST_BEFORE + 1], start=at):
        if not CYRILLIC.search(named.reading) or named.quoted:
            return None
        if morphology.can_be(named.reading, "NOUN", "plur", "nomn"):
            living = morphology.can_be(named.reading, "NOUN", "anim") or not morphology.is_known(named.reading)
            if asked and not (words[index + 1 : index + 3] == ["у", "вас"] or _WORK & set(words[index + 1 : index + 4])):
                return None  # Что за ошибки в логе?: not who works there
            return named if living and not of_the_desk_or_friendly(named) else None
        if not morphology.can_be(named.reading, "ADJF", "plur") or closes(named.gap_after):
            return None
    return None


# Who works there, said after them: работают, сидят, отвечают, and one of them or a flock (Тюлька
# мелкая у вас на линии работает).
_WORKS = frozenset((*_WORK, "работает", "сидит", "отвечает", "трудится"))
# What a desk may answer by, asked about rather than named: robots, bots, scripts.
_MACHINES = ("робот", "бот", "скрипт", "автоответчик", "нейросет", "программ")


def _sit_at_yours(sentence: Sequence[Token]) -> Token | None:
    """Практиканты недоученные у вас отвечают; Тюлька мелкая у вас на линии работает: a living
    being or a coinage first, up to two words said of it, then "у вас", where at the desk, and
    that it works, sits or answers there. Not asked (Студенты у вас работают?)."""
    words = [t.reading for t in sentence]
    if "?" in sentence[-1].gap_after or "у" not in words[1:4]:
        return None
    at = words.index("у", 1)
    if words[at + 1 : at + 2] != ["вас"] or any(closes(t.gap_after) for t in sentence[: at + 1]):
        return None
    # where at the desk (там, в поддержке, на первой линии), then the verb
    verb = at + 2
    while verb < min(len(sentence), at + 6) and (words[verb] in _WHERE or words[verb].startswith(DESK_PLACES)
                                                 or morphology.can_be(words[verb], "ADJF", "loct")):
        verb += 1
    if verb >= len(sentence) or words[verb] not in _WORKS:
        return None
    named = sentence[0]
    if named.quoted or not CYRILLIC.search(named.reading) or named.reading.startswith(_MACHINES):
        return None
    if not all(morphology.can_be(t.reading, "ADJF") or morphology.can_be(t.reading, "PRTF") for t in sentence[1:at]):
        return None
    living = morphology.can_be(named.reading, "NOUN", "nomn", "anim") or not morphology.is_known(named.reading)
    return named if living and not of_the_desk_or_friendly(named) else None


_WHERE = frozenset(("там", "тут", *IN_OR_ON))
