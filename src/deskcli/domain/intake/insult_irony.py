"""Praise said in mockery (SPEC 2.8.3): "Гении вы наши, спасибо за очередную отписку", "Спасибо,
знатоки." after a third template answer, "Уважаемые корифеи техподдержки, может, хоть кто-то из
вас объяснит …", "Well done, masterminds.", and the fond address with a possessive (Жвачные вы
мои, хватит …; Ушастики мои дорогие, …).

A noun that praises skill (гении, знатоки, masterminds: [mock_praise] in insult_context.txt),
said to the desk or of its people, is praise in a message that thanks, and mockery in one
that complains of the desk's answers or of waiting for them ([complaint]). The fond address
(X вы мои, X мои дорогие) is fond when X is a friendly word (Умницы вы мои, Котики мои
дорогие) and mockery when X is any other noun in a message that complains. Exclamations
(Батюшки вы мои) are neither. And the reader asked, with "что ли", whether he is some plural
(Вы там гадалки, что ли?) in a message that complains: without a complaint it asks in earnest
(Вы тут волонтёры что ли?), and of a job or a role it asks in earnest either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_famous import name_plural
from deskcli.domain.intake.insult_parties import DESK_PLACES
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import FOND as _FOND, of_the_subject
from deskcli.domain.intake.insult_vocatives_en import closes
from deskcli.domain.intake.normalising import CYRILLIC

_DEAR = frozenset(("дорогие", "любимые", "ненаглядные", "драгоценные", "милые", "родные", "хорошие", "золотые"))
_YOURS = frozenset(("ваши", "ваш", "your", "yours"))
# What an address of praise follows at the head of a clause (Спасибо, знатоки; Уважаемые корифеи;
# Well done, masterminds; Dear experts)
_BEFORE_PRAISE = frozenset(("спасибо", "благодарю", "уважаемые", "многоуважаемые", "дорогие", "эй", "ну", "о",
                            "браво", "thanks", "thank", "cheers", "dear", "done", "congratulations", "bravo", "hello",
                            "hi", "my"))
# Exclamations said with a possessive (Батюшки мои!, Мамочки вы мои): no one is called by them.
_EXCLAIMED = ("батюшк", "матушк", "мамочк", "мамоньк", "божечк", "господ", "святы", "ежик", "елк")


# "сколько" complains only of waiting or repeating (сколько можно, сколько ещё ждать, сколько раз),
# not when it asks a price or a number (Уважаемые эксперты, сколько стоит продление?).
_HOW_LONG = frozenset(("можно", "ещё", "еще", "раз", "ждать", "времени", "дней", "недель", "месяцев", "будете", "нужно", "надо"))


def complains(read: Sequence[Sequence[Token]]) -> bool:
    """Whether the message complains of the desk's answers or of waiting for them."""
    return any(_in(t, "complaint") and not t.quoted and (t.reading != "сколько" or _how_long(sentence, at))
               for sentence in read for at, t in enumerate(sentence))


def _how_long(sentence: Sequence[Token], at: int) -> bool:
    return at + 1 < len(sentence) and sentence[at + 1].reading in _HOW_LONG


def _praise_address(sentence: Sequence[Token], at: int) -> bool:
    """Whether the mock-praise word at ``at`` is said to the desk or of its people: an address
    (at the clause's head, after a greeting or thanks, or closing it) or after "ваши"/"your"."""
    token = sentence[at]
    if token.quoted or token.surface[:1].isupper() and at and not closes(sentence[at - 1].gap_after):
        return False
    if CYRILLIC.search(token.reading) and not (morphology.can_be(token.reading, "plur", "nomn")
                                               or morphology.can_be(token.reading, "Fixd")):
        return False  # гуру, as plural as it is singular
    before = sentence[at - 1].reading if at else ""
    if before in _YOURS or before in _BEFORE_PRAISE:
        return True
    after = sentence[at + 1].reading if at + 1 < len(sentence) else ""
    heads = at == 0 or closes(sentence[at - 1].gap_after)
    # (Светочи техподдержки, …: the desk named in the genitive, the address closed after it)
    of_the_desk = after.startswith(DESK_PLACES) and at + 1 < len(sentence) and closes(sentence[at + 1].gap_after, ",")
    return heads and (closes(token.gap_after) or after == "вы" or after in _FOND or of_the_desk) or (
        at > 0 and closes(sentence[at - 1].gap_after, ",") and (at + 1 == len(sentence) or closes(token.gap_after, ".!?")))


def _fond(sentence: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` heads a fond address with a possessive: X вы мои, X мои дорогие."""
    if at and not closes(sentence[at - 1].gap_after):
        return False
    rest = [t.reading for t in sentence[at + 1 : at + 4]]
    if closes(sentence[at].gap_after) or not rest:
        return False
    if rest[:2] in (["вы", "мои"], ["вы", "наши"]) or rest[0] in _FOND and rest[1:2] and rest[1] in _DEAR:
        return True
    # or the possessive alone, closing the address (Попугайчики мои, хватит …)
    return rest[0] in _FOND and closes(sentence[at + 1].gap_after, ",")


# Who the reader may be asked about with "что ли" without mockery, beside the sections below.
_NOT_MOCKED = ("person", "staff_role", "friendly_address", "third_party", "customer_side")
_READER_REACH = 4


def _asked_what_you_are(sentence: Sequence[Token], at: int) -> bool:
    """Whether "что ли" follows the plural at ``at`` with the reader named just before it (Вы там
    филины, что ли; Вы там все гадалки, что ли)."""
    words = [t.reading for t in sentence]
    if words[at + 1 : at + 3] != ["что", "ли"] or closes(sentence[at + 1].gap_after):
        return False
    token = sentence[at]
    if token.quoted or not CYRILLIC.search(token.reading) or any(_in(token, section) for section in _NOT_MOCKED):
        return False
    if not morphology.can_be(token.reading, "NOUN", "plur", "nomn") or any(
            morphology.can_be(token.reading, tag) for tag in ("Name", "VERB", "ADJF", "PRTF")) and not name_plural(token):
        return False  # офигели, новенькие: a verb or an adjective says what he did or is like (not Угрюм-Бурчеевы)
    for index in range(at - 1, max(-1, at - 1 - _READER_REACH), -1):
        if closes(sentence[index].gap_after):
            return False
        if words[index] == "вы":
            return True
    return False


def ironic_praise(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """Praise said in mockery, and the reader asked whether he is some plural, with offsets (see
    the module)."""
    asked = [s[at] for s in read for at in range(len(s) - 2) if _asked_what_you_are(s, at)]
    if not complains(read):
        # a coinage asked about mocks without a complaint (Вы там все отфутболивальщики, что ли?)
        return [(t.start, t.surface) for t in asked if not morphology.is_known(t.reading) and not of_the_subject(t.reading)]
    found = [(t.start, t.surface) for t in asked]
    for sentence in read:
        for at, token in enumerate(sentence):
            if token.quoted or token.reading.startswith(_EXCLAIMED):
                continue
            mocked = _in(token, "mock_praise") and _praise_address(sentence, at)
            fond = not mocked and _fond(sentence, at) and not _in(token, "friendly_address") and (
                not CYRILLIC.search(token.reading) or morphology.can_be(token.reading, "plur", "nomn"))
            if mocked or fond:
                found.append((token.start, token.surface))
                break
    return found


# A formal address turned on the desk: Господа помпадуры, …; Господа стрекулисты из поддержки, …
_SIRS = frozenset(("господа", "граждане", "государи"))
# A respectful address mocks too when whom it names, from the desk's place, is no one respected.
_RESPECTFUL = frozenset(("уважаемые", "многоуважаемые", "достопочтенные"))
# Jobs a customer writes to with "господа" in earnest, beside the sections of insult_context.txt.
_JOBS = ("модератор", "маркетолог", "продав", "техник", "партн", "дилер", "редактор", "автор", "создател", "владел",
         "пользовател", "клиент", "покупател", "заказчик", "агент", "администратор", "юрист", "бухгалтер")
_NOT_SIRS = ("person", "staff_role", "friendly_address", "third_party", "customer_side", "mock_praise", "greeting")


def mock_respect(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """"Господа X," at a sentence's head, with X a plural of people or a coinage that no job, no
    party and no friendly word is: the formal address mocks whom it names (not Господа
    разработчики, Господа хорошие, Господа, подскажите); and "Уважаемые X из поддержки", so."""
    found = []
    for sentence in read:
        if len(sentence) > 3 and sentence[0].reading in (*_RESPECTFUL, "милостивые") and sentence[1].reading in _SIRS and not (
                closes(sentence[1].gap_after)):
            sentence = sentence[1:]  # (Милостивые государи X, …; Уважаемые господа X, …)
        respectful = sentence[0].reading in _RESPECTFUL and len(sentence) > 3 and (sentence[2].reading in ("из", "с", "со") and (
            sentence[3].reading.startswith(DESK_PLACES)) or sentence[2].reading.startswith(DESK_PLACES) and not closes(
            sentence[1].gap_after))  # (Уважаемые филистеры из техподдержки, …; Уважаемые X второй линии, …)
        if len(sentence) < 3 or not (sentence[0].reading in _SIRS or respectful) or closes(sentence[0].gap_after):
            continue
        named = sentence[1]
        if named.quoted or not CYRILLIC.search(named.reading) or named.reading.startswith(_JOBS):
            continue
        if any(_in(named, section) for section in _NOT_SIRS) or not morphology.can_be(named.reading, "NOUN", "plur", "nomn"):
            continue
        if morphology.is_known(named.reading) and not morphology.can_be(named.reading, "NOUN", "anim"):
            continue
        # the address closes after the noun, or after where they sit (из поддержки)
        ends = closes(named.gap_after, ",!") or (sentence[2].reading in ("из", "с", "со") or sentence[2].reading.startswith(
            DESK_PLACES)) and any(closes(t.gap_after, ",!") for t in sentence[2:5])
        if ends:
            found.append((named.start, named.surface))
    return found
