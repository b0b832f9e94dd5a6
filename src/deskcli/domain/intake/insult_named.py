"""One of the desk's people, named, called something (SPEC 2.8.3): Ваш Аркадий — пень с
глазами; Ваша Светлана — шишимора болотная; Your Darren is a proper gommeril.

The insult lexicon cannot hold every word a writer finds for a worker he is angry with, and
the writers who test it bring new ones each time. The shape says it is a judgement of the
person: the desk's worker named by his first name after "ваш" / "your", then a dash or "is a"
and what he is. The word he is called gives the rest: in Russian, a word the dictionary does
not know (a coinage, a dialect word) or a thing said to be a person (пень, поплавок); in English,
a word no English word list holds, or any noun after "a complete / proper / total …". Not
praise (Ваша Светлана — золото!; Your Darren is a proper star), not his job (Ваш Аркадий —
менеджер?), and never exclaimed or asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.cues import domain_words
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_parties import DESK_PLACES
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives_en import closes
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.obscene_english import english_word

_YOUR = frozenset(("ваш", "ваша", "your"))
# English words that make what follows "is a" a judgement (a proper gommeril, a complete tube).
_JUDGING = frozenset(("complete", "proper", "total", "right", "real", "absolute", "utter", "regular", "prize"))
# Praise a worker is called (Ваша Светлана — золото; Darren is a proper star).
_PRAISE = frozenset((
    "золото", "сокровище", "находка", "чудо", "клад", "молодец", "умница", "звезда", "профи", "гений", "герой",
    "прелесть", "радость", "спасение", "подарок", "огонь", "бомба", "космос", "красота", "человечище", "ангел",
    "волшебница", "кудесница", "мастерица", "спасительница", "чародейка", "умничка",
    "star", "gem", "legend", "hero", "genius", "pro", "saint", "champ", "champion", "diamond", "treasure", "wizard",
    "lifesaver", "credit", "asset", "professional", "expert", "gentleman", "lady", "sweetheart", "angel", "delight",
    "gent", "ace", "mensch", "trooper", "darling", "love", "sort", "belter", "cracker", "pleasure", "joy", "rock",
))
# A word for the worker before his name: your man Callum, ваш сотрудник Аркадий.
_WORKER = frozenset(("man", "woman", "guy", "lad", "lass", "bloke", "chap", "fella", "boy", "girl", "сотрудник",
                     "сотрудница", "специалист", "менеджер", "оператор"))
# Words before what the worker is called that say nothing of him (Ваш Аркадий — просто пень).
_FILLERS = frozenset(("просто", "совсем", "вообще", "настоящий", "настоящая", "ну"))
# "The spitting image of", before a character's name.
_LIKE = frozenset(("вылитый", "вылитая", "настоящий", "настоящая", "сущий", "сущая", "истинный", "истинная"))
# "An utter …": what the worker is called after them is a judgement, a character's name or any
# living being that no praise or job is (Ваш Станислав — форменный лицедей; чистый Репетилов).
_UTTER = frozenset(("форменный", "форменная", "сущий", "сущая", "натуральный",
                    "натуральная", "чистый", "чистая", "полнейший", "полнейшая", "махровый", "махровая"))
# Kinds of people a worker may be said to be, with a word of how after (парень толковый).
_KINDS_OF_PEOPLE = ("парен", "мужик", "мужчин", "женщин", "девушк", "девочк", "мальчик", "человек", "специалист", "работник",
                    "сотрудни", "товарищ", "малый", "дядьк", "тётк", "тетк")
_RELATIVE = frozenset(("который", "которая", "которое", "которые", "что", "где"))
# How many words the name and what the worker is called may take after "ваш" / "your".
_NAME_WORDS = 2
_CALLED_WORDS = 3


def _first_name(token: Token) -> bool:
    if CYRILLIC.search(token.reading):  # a first name, or the patronymic after it (Тамара Павловна)
        return token.surface[:1].isupper() and (morphology.can_be(token.reading, "Name") or morphology.can_be(token.reading, "Patr"))
    return token.surface[:1].isupper() and token.surface[1:].islower()


def _russian_called(words: Sequence[Token], name: Token) -> Token | None:
    # a name that is also a word (Роза, Вера) may name a thing: then only a coinage is a judgement
    plain_name = not any(not p.has("Name") and p.has("nomn") for p in morphology.parses(name.reading))
    for at, token in enumerate(words):
        # the spitting image of a character, his title before him or not (Ваш Егор — вылитый
        # Скотинин; вылитый почтмейстер Шпекин), unless a praised one (настоящий Эйнштейн: a
        # [mock_praise] name, said in earnest here)
        likeness = next((t for t in words[at + 1 : at + 3] if t.surface[:1].isupper()), None) if token.reading in _LIKE | _UTTER else None
        if token.reading in _UTTER and likeness is None:
            likeness = next((t for t in words[at + 1 : at + 3] if CYRILLIC.search(t.reading) and morphology.can_be(
                t.reading, "NOUN", "nomn", "anim") and not any(_in(t, s) for s in ("staff_role", "friendly_address", "person"))), None)
        if likeness is not None:
            return None if _in(likeness, "mock_praise") or likeness.reading in _PRAISE else likeness
        if token.reading in _FILLERS:
            continue
        if not CYRILLIC.search(token.reading) or token.surface[:1].isupper():
            return None
        if token.reading in _PRAISE or any(_in(token, s) for s in ("staff_role", "friendly_address", "mock_praise")):
            return None  # (Ваша Ксения — просто волшебница какая-то: praise)
        # a living being with what it is like after it (шишимора болотная, ослица упрямая): the
        # shape of a name one is called, not of a job (парень толковый is a kind of man)
        following = words[at + 1] if at + 1 < len(words) else None
        if following is not None and not closes(token.gap_after) and closes(following.gap_after) and morphology.can_be(
                token.reading, "NOUN", "nomn", "sing", "anim") and morphology.can_be(following.reading, "ADJF", "nomn", "sing") and (
                not token.reading.startswith(_KINDS_OF_PEOPLE) and not _in(token, "person")):
            return token
        # (a coinage in -а the dictionary guesses a genitive, ротозяба, stands where a nominative does)
        unknown = not morphology.is_known(token.reading) and (morphology.can_be(token.reading, "NOUN", "nomn", "sing") or (
            token.reading.endswith(("а", "я")) and morphology.can_be(token.reading, "NOUN")))
        thing = morphology.can_be(token.reading, "NOUN", "nomn", "sing", "inan") and not morphology.can_be(
            token.reading, "NOUN", "anim")
        described = at + 1 < len(words) and words[at + 1].reading in _RELATIVE  # сорт, который …
        if unknown or thing and plain_name and not described and not domain_words([token.reading]):
            return token
        # a person's noun, an adjective or a coinage that "какой-то" after it makes a sneer (Ваш
        # Аркадий — урядник какой-то; Ваша Алёна — недоношенная какая-то)
        if [t.reading for t in words[at + 1 : at + 3]] in (["какой", "то"], ["какая", "то"]) and (
                not morphology.is_known(token.reading) or morphology.can_be(token.reading, "NOUN", "nomn", "anim")
                or morphology.can_be(token.reading, "ADJF", "nomn", "sing")):
            return token
        if not morphology.can_be(token.reading, "ADJF"):
            return None
    return None


def _english_called(words: Sequence[Token]) -> Token | None:
    if len(words) < 2 or words[0].reading not in ("a", "an"):
        return None
    judged = words[1].reading in _JUDGING
    noun = words[2] if judged and len(words) > 2 else words[1]
    if noun.reading in _PRAISE or _in(noun, "staff_role") or _in(noun, "friendly_address") or not noun.reading.isalpha():
        return None
    return noun if judged or not english_word(noun.reading) else None


# Asking the desk to pass a judgement on to a named worker (Передайте Виталию, что он …; Tell
# Callum he's a …).
_PASS_ON = frozenset(("передайте", "скажите", "передай", "скажи", "tell"))
_HE_IS = (("что", "он"), ("что", "она"), ("he", "s"), ("she", "s"), ("he", "is"), ("she", "is"), ("that", "he"),
          ("that", "she"))


def _passed_on(sentence: Sequence[Token]) -> Token | None:
    """Передайте Виталию, что он бракоделище; Tell Callum he's a bauchle: a named worker, and
    what he is, said through the desk: an insult word, a coinage or, in English, a noun after
    "a complete / proper …"."""
    words = [t.reading for t in sentence]
    for at in range(len(sentence) - 4):
        if words[at] not in _PASS_ON or not _first_name(sentence[at + 1]):
            continue
        rest = words[at + 2 : at + 5]
        said = next((at + 2 + len(he) for he in _HE_IS if tuple(rest[: len(he)]) == he), None)
        if said is None:
            continue
        said += words[said : said + 1] == ["is"]  # that he is a …
        called = sentence[said : said + _CALLED_WORDS + 1]
        found = next((t for t in called if is_insult_word(t.reading)), None)
        if found is not None:
            return found
        return _russian_called(called, sentence[at + 1]) if CYRILLIC.search(words[at]) else _english_called(called)
    return None


def named_and_called(sentence: Sequence[Token]) -> Token | None:
    """The word a named worker of the desk is called (see the module), if the sentence calls one."""
    if any("?" in t.gap_after or "!" in t.gap_after for t in sentence):
        return None
    if (passed := _passed_on(sentence)) is not None:
        return passed
    for at, token in enumerate(sentence):
        if token.reading not in _YOUR:
            continue
        first = at + 1 + (at + 2 < len(sentence) and sentence[at + 1].reading in _WORKER)  # your man Callum
        for end in range(first, min(first + _NAME_WORDS, len(sentence))):
            if not _first_name(sentence[end]):
                break
            # where at the desk he sits, before the dash (Ваша Алёна в чате — …)
            placed = end + 2 if end + 2 < len(sentence) and sentence[end + 1].reading in ("в", "на", "из") and not closes(
                sentence[end].gap_after) else end
            if placed > end and placed + 1 < len(sentence) and not closes(sentence[placed].gap_after) and morphology.can_be(
                    sentence[placed + 1].reading, "NOUN", "gent"):
                placed += 1  # (Ваша Людмила из отдела продлений — …)
            after = sentence[placed + 1 : placed + 1 + _CALLED_WORDS + 2]
            if CYRILLIC.search(token.reading) and closes(sentence[placed].gap_after, "—–") and not closes(
                    sentence[placed].gap_after, ",.;:"):
                return _russian_called(after, sentence[end])  # (three words and "какой-то")
            if after and after[0].reading in _AT and not closes(sentence[end].gap_after):
                # where he sits, before "is" (Your Kevin on the phone is a …)
                after = sentence[end + 1 : end + 8]
                after = after[next((i for i, t in enumerate(after[:4]) if t.reading == "is"), len(after)) :]
            if after and after[0].reading == "is" and not closes(sentence[end].gap_after):
                return _english_called(after[1:])
    return _named_at_your(sentence) or _called_before_yours(sentence) or _named_from_your(sentence)


def _called_before_yours(sentence: Sequence[Token]) -> Token | None:
    """Дундило ваш Кирилл опять …: what the worker is called, heading the sentence before "ваш"
    and his first name."""
    if len(sentence) < 3 or sentence[1].reading not in _YOUR or not _first_name(sentence[2]) or closes(sentence[0].gap_after):
        return None
    head = sentence[0]
    if not CYRILLIC.search(head.reading) or morphology.can_be(head.reading, "Name") or morphology.can_be(head.reading, "ADVB"):
        return None
    if not morphology.is_known(head.reading):
        return head  # a coinage, whatever the dictionary guesses of it (дундило: a verb's past)
    return _russian_called([head], sentence[2]) if not morphology.can_be(head.reading, "VERB") else None


def _named_from_your(sentence: Sequence[Token]) -> Token | None:
    """Полина из вашей поддержки — пустая голова: a first name, the desk's line or department he
    is from, a dash, and what he is called."""
    if len(sentence) < 5 or not _first_name(sentence[0]) or sentence[1].reading not in ("из", "с", "со", "на"):
        return None
    for at in range(2, min(5, len(sentence) - 1)):
        if closes(sentence[at].gap_after, "—–") and not closes(sentence[at].gap_after, ",.;:"):
            if any(t.reading.startswith(("ваш", *DESK_PLACES)) for t in sentence[2 : at + 1]):
                return _russian_called(sentence[at + 1 : at + 1 + _CALLED_WORDS + 2], sentence[0])
            return None
        if closes(sentence[at].gap_after):
            return None
    return None


# Where a worker of the desk sits (Ewan on your second line is a complete tube).
_AT = frozenset(("on", "in", "at", "from"))


def _named_at_your(sentence: Sequence[Token]) -> Token | None:
    """A first name, where at the desk he works (on your second line), "is a" and what he is."""
    for at in range(len(sentence) - 4):
        if not _first_name(sentence[at]) or CYRILLIC.search(sentence[at].reading) or sentence[at + 1].reading not in _AT:
            continue
        if sentence[at + 2].reading != "your":
            continue
        for index in range(at + 3, min(at + 7, len(sentence) - 1)):
            if closes(sentence[index - 1].gap_after):
                break
            if sentence[index].reading == "is":
                return _english_called(sentence[index + 1 :])
    return None
