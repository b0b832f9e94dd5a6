"""The desk said to be manned by something (SPEC 2.8.3): "Your support desk is run by hallions",
"staffed by gomerals"; "Сидят там лындари и в потолок плюют", "Что за хухрики у вас отвечают?",
"Отвечают мне какие-то ослиные головы"; who sits there named first ("Практиканты недоученные у
вас отвечают", "Гопота какая-то на телефоне сидит"); one of them "какой-то" something ("Отвечает
мне какой-то пень с ушами"); and what they are said before "у вас" with no verb after it
("Картонные диспетчеры у вас, право слово: …").

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
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import closes, of_the_desk_or_friendly
from deskcli.domain.intake.insult_parties import THE_DESK
from deskcli.domain.intake.insult_vocatives_en import english_plural
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.obscene_english import english_word

_MANNED = frozenset(("run", "staffed", "manned", "operated"))
# Who works there: сидят, отвечают, работают; where: там, у вас, мне; and "какие-то".
_WORK = frozenset(("сидят", "отвечают", "работают", "трудятся"))
_THERE = frozenset(("там", "тут", "у", "вас", "мне", "нам", "какие", "то", "одни"))
_MOST_BEFORE = 2  # adjectives before the noun (какие-то ослиные головы)


def staffed_by(sentence: Sequence[Token]) -> Token | None:
    """The noun the desk is said to be manned by, in the shapes of the module, if any."""
    return _english(sentence) or _russian(sentence) or _sit_at_yours(sentence) or _one_of_them(sentence) or (
        _judged_at_yours(sentence))


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
    asked = words[:2] == ["что", "за"] or words[:3] == ["что", "это", "за"]  # (Что это за X сидят у вас …?)
    if asked:
        at = 2 + (words[1] == "это")
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
    """Практиканты недоученные у вас отвечают; Тюлька мелкая у вас на линии работает; Гопота
    какая-то на телефоне сидит: a living being, a coinage or a rabble first, up to two words said
    of it or "какой-то", then where at the desk (у вас, на линии, на телефоне), and that it works,
    sits or answers there. Not asked in earnest (Студенты у вас работают?; Шизоиды, что ли, у вас
    отвечают? asks nothing)."""
    words = [t.reading for t in sentence]
    if "?" in sentence[-1].gap_after and "ли" not in words:
        return None
    named = sentence[0]
    if named.quoted or not CYRILLIC.search(named.reading) or named.reading.startswith(_MACHINES):
        return None
    at = 1
    while at < min(len(words), 4) and (words[at] in _SOME or morphology.can_be(words[at], "ADJF") or morphology.can_be(
            words[at], "PRTF") or words[at] in ("что", "ли")):
        at += 1
    sneered = any(w in ("какой", "какая", "какие") for w in words[1:at])
    verb, placed = at, False
    # (a genitive after the place: в отделе доставки)
    while verb < min(len(sentence), at + 6) and (words[verb] in _WHERE or words[verb] in ("у", "вас") or words[verb].startswith(
            _DESK_SEATS) or morphology.can_be(words[verb], "ADJF", "loct") or placed and morphology.can_be(words[verb], "NOUN", "gent")):
        placed = placed or words[verb] == "вас" or words[verb].startswith(_DESK_SEATS)
        verb += 1
    if not placed or verb >= len(sentence) or words[verb] not in _WORKS or any(closes(t.gap_after, ".!?;:") for t in sentence[:verb]):
        return None
    if verb + 1 < len(sentence) and not closes(sentence[verb].gap_after) and morphology.can_be(words[verb + 1], "NOUN", "nomn"):
        return None  # (Грамотные у вас в отделе сидят ребята: who sits there comes after, the first word is said of them)
    living = morphology.can_be(named.reading, "NOUN", "nomn", "anim") or not morphology.is_known(named.reading) or (
        morphology.can_be(named.reading, "NOUN", "nomn") and (sneered or named.reading.endswith(_RABBLE))) or is_insult_word(named.reading)
    return named if living and not of_the_desk_or_friendly(named) else None


# "Какой-то" and its parts; a rabble's endings (бестолковщина, жабьё); where at the desk one sits.
_SOME = frozenset(("какой", "какая", "какие", "то"))
_RABBLE = ("щина", "ьё")
_DESK_SEATS = (*DESK_PLACES, "телефон", "чат", "трубк")
_WHERE = frozenset(("там", "тут", *IN_OR_ON))


def _one_of_them(sentence: Sequence[Token]) -> Token | None:
    """Отвечает мне какой-то пень с ушами: one who answers or sits there, called "какой-то"
    something, whatever noun (not a job, a friendly word or a machine: какой-то стажёр, бот)."""
    words = [t.reading for t in sentence]
    if not words or words[0] not in ("отвечает", "сидит", "работает") or "?" in sentence[-1].gap_after:
        return None
    at = 1
    while at < len(words) and words[at] in ("мне", "нам", "там", "тут", "у", "вас") and not closes(sentence[at - 1].gap_after):
        at += 1
    if words[at : at + 2] not in (["какой", "то"], ["какая", "то"]):
        return None
    for named in sentence[at + 2 : at + 2 + _MOST_BEFORE + 1]:
        if not CYRILLIC.search(named.reading) or named.quoted or named.reading.startswith(_MACHINES) or named.surface[:1].isupper():
            return None  # (какой-то Иван: a name the writer does not know)
        if morphology.can_be(named.reading, "NOUN", "sing", "nomn"):
            return None if of_the_desk_or_friendly(named) else named
        if not morphology.can_be(named.reading, "ADJF", "sing") or closes(named.gap_after):
            return None
    return None


# What the desk's people may be said to be at the head of a sentence in earnest or in thanks:
# which of them, where from, how many, and praise.
_PLAIN_KINDS = frozenset((
    "дежурные", "технические", "новые", "другие", "старшие", "младшие", "ведущие", "штатные", "живые", "молодые",
    "хорошие", "толковые", "грамотные", "вежливые", "опытные", "отзывчивые", "внимательные", "компетентные", "умные",
    "квалифицированные", "профессиональные", "замечательные", "отличные", "прекрасные", "терпеливые", "знающие",
    "золотые", "любезные", "добрые", "чуткие", "быстрые", "вечерние", "ночные", "выходные", "местные", "сертифицированные",
    "шустрые", "расторопные", "оперативные", "чудесные", "славные", "душевные", "милые", "приятные", "понимающие", "классные",
))


def _judged_at_yours(sentence: Sequence[Token]) -> Token | None:
    """Картонные диспетчеры у вас, право слово: …; Фанерные консультанты у вас, а не поддержка:
    an adjective and the desk's people at a sentence's head, "у вас" (and where) after them, then
    a colon or a dash, or a clause with no verb (Дежурные операторы у вас, к сожалению, не
    отвечают tells who):
    what they are is the judgement, whatever the adjective, unless it names which of them or
    praises them. Not asked (… у вас, а не местные?)."""
    if len(sentence) < 4 or "?" in sentence[-1].gap_after or [t.reading for t in sentence[2:4]] != ["у", "вас"]:
        return None
    judged, people = sentence[0], sentence[1]
    # (… у вас на первой линии: where at the desk, two words at most after на / в)
    end = 3 if closes(sentence[3].gap_after) or len(sentence) < 6 or sentence[4].reading not in ("на", "в") else next(
        (at for at in range(5, min(7, len(sentence))) if closes(sentence[at].gap_after)), 3)
    if closes(judged.gap_after) or closes(people.gap_after) or not closes(sentence[end].gap_after, ",:—–!."):
        return None
    if judged.quoted or judged.reading in _PLAIN_KINDS or not morphology.can_be(judged.reading, "ADJF", "plur", "nomn"):
        return None
    if not (_in(people, "staff_role") or _in(people, "person")) or not morphology.can_be(people.reading, "plur", "nomn"):
        return None
    if closes(sentence[end].gap_after, ":—–"):
        return judged  # (… у вас: what they did told after it)
    for at, token in enumerate(sentence[end + 1 :], end + 1):
        if morphology.can_be(token.reading, "VERB") or morphology.can_be(token.reading, "INFN"):
            return None
        if token.reading == "а" and at + 1 < len(sentence) and sentence[at + 1].reading != "не":
            return None  # which of them (Московские специалисты у вас, а региональные — …)
        if closes(token.gap_after, ".!:;—–"):
            break
    return judged
