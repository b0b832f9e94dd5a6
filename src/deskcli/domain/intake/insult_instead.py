"""The desk called something else (SPEC 2.8.3): "X, а не поддержка", "X из второй линии",
"X, the lot of you", "you lot are a bunch of X", "whoever answered me is a X", "не поддержка, а
X", "Ну вы и X", "Thanks for nothing, X", whatever noun X is, and its people given their title
in mockery (your so-called engineers).

Some shapes say of themselves that what they name is abuse of the desk. "<something>, а не
поддержка" (Кастрюльки, а не поддержка; Пылесосы вы, а не консультанты) says the desk is that
something instead of what it should be; "<something> из второй линии / из бухгалтерии" at a
sentence's head names one of its people by a noun no job is; "<something>, the lot of you" and
"you (lot) are a bunch of <something>" call all of the reader's people by one name. Writers
bring nouns no lexicon lists (кастрюльки, подберёзовики, paper lanterns, parsnips), so the
shape decides, as it does for ``insult_vocatives``. What keeps it from the writer's own words
about himself (Я бухгалтер, а не программист) is the first person; quoted words are someone
else's.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.cues import cue_words
from deskcli.domain.intake.insult_parties import DESK_PLACES, IN_OR_ON, THE_DESK
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_comparisons import compared
from deskcli.domain.intake.insult_famous import famous_names
from deskcli.domain.intake.insult_exclaimed import (
    THANKS,
    anyone_who_is_not,
    called_alone,
    friendly as _friendly,
    masters_of_brush_offs,
    of_some_sort,
    well_you_are,
    what_you_are,
    where_such_as_you,
    you_all_are,
    you_what_then,
)
from deskcli.domain.intake.insult_irony import ironic_praise, mock_respect
from deskcli.domain.intake.insult_named import named_and_called
from deskcli.domain.intake.insult_similes import likened
from deskcli.domain.intake.insult_staffed import staffed_by
from deskcli.domain.intake.insult_vocatives_en import english_plural
from deskcli.domain.intake.insult_vocatives import (
    NOT_ADDRESS,
    closes,
    nominative,
    of_the_subject,
    plural_name,
    vocative_insults,
)
from deskcli.domain.intake.normalising import CYRILLIC

# The desk as an institution, beside its people ([person] in insult_context.txt).
_THE_DESK = ("контор", "фирм", "сервис", "служб", "организаци")
# How many words may stand before ", а не": Вы там подберёзовики какие-то; Трамвайчик на
# колёсиках.
_MOST_BEFORE = 7
# How many words may lead "не поддержка, а …": Это уже; У вас там; У вас в поддержке.
_LEAD = 4
# English collectives said of the reader (you lot are a bunch of …, are you a pack of …).
_COLLECTIVE = frozenset(("bunch", "pack", "gang", "herd", "load", "band", "crowd", "nest", "den", "troupe", "shower"))
_YOU_GROUP = frozenset(("lot", "people", "guys", "all", "folks"))
_BEFORE_COLLECTIVE = frozenset(("a", "an", "such", "just", "nothing", "but", "absolute", "complete", "total", "real", "right"))
_BEING = frozenset(("are", "re", "be"))
# A line or a department of the desk, after из / с / на (из второй линии, из отдела продаж).
_FROM = frozenset(("из", "с", "со", "на"))
_UNITS = frozenset(("бухгалтерии", "отдела", "поддержки", "техподдержки", "саппорта", "биллинга", "разработки"))
_ORDINALS = frozenset(("первой", "второй", "третьей"))
# (Опять эти кофехлёбы из …; Почему куролесы из техподдержки …: after a question word, people or
# a coinage only, as things are asked about: Почему скидки из отдела продаж …)
_THESE_AGAIN = frozenset(("эти", "этот", "эта", "тот", "та", "те", "опять", "снова", "вечно"))
_WHY = frozenset(("почему", "зачем", "когда"))
_MOST_NAMED = 3
# What a department sends out, which comes from it as it is (Письма из бухгалтерии не пришли).
_PAPERS = frozenset(("письмо", "документ", "акт", "счет", "ответ", "файл", "отчет", "сообщение", "уведомление", "выгрузка",
                     "звонок", "платеж", "рассылка", "договор", "накладная", "справка", "инструкция", "ссылка", "данные"))
_NAMES = (*NOT_ADDRESS, "NPRO")  # and no pronoun (кто-то из второй линии)
# Whoever …: how far "is a" may stand; the writer's own side, and what praises.
_WHOEVER_REACH = 12
_OUR_SIDE = frozenset(("our", "we", "us", "ours", "i", "myself"))
_PRAISED = frozenset(("legend", "star", "hero", "genius", "lifesaver", "saint", "champion", "wizard", "angel", "gem", "pro",
                      "good", "great", "brilliant", "excellent", "lovely", "kind", "professional", "master", "expert"))
# Words around a name that are not the name: Вы там …, Это просто …, Ну и ….
_AROUND_THE_NAME = frozenset(("там", "тут", "это", "ну", "и", "же", "просто", "все", "вот", "just", "honestly", "seriously",
                              "frankly", "look", "listen", "well", "so", "ok", "okay"))
_FIRST_PERSON = ("self_subject", "self_possessive", "reporting")
# The writer's side in the other cases (Нам нужен живой человек, а не служба поддержки).
_US = frozenset(("нам", "нас", "нами", "мне", "меня", "мной", "мною", "us", "me"))
# What the writer asks for, said against what he got (Мне нужна консультация, а не
# поддержка; a question about renewal, not support): no name for the desk.
_ASKED_FOR = ("вопрос", "консультаци", "помощ", "просьб", "question", "help", "request", "advice")


def _desk_noun(token: Token) -> bool:
    """The desk or its people in the nominative: поддержка, специалисты, компания, support."""
    if not (_in(token, "person") or token.reading.startswith(_THE_DESK)):
        return False
    return not CYRILLIC.search(token.reading) or morphology.can_be(token.reading, "nomn")


def _mine(tokens: Sequence[Token]) -> bool:
    """Words the writer says of himself or his people, or quotes."""
    return any(t.quoted or any(_in(t, s) for s in _FIRST_PERSON) for t in tokens)


def _own_words(tokens: Sequence[Token]) -> bool:
    """Words the writer says of himself or his people, or quotes (`_mine`), or names the desk,
    the product or his own dealings with: the writer tells what he asks about or for."""
    readings = [t.reading for t in tokens]
    dealings = cue_words("dealings")
    return _mine(tokens) or any(_desk_noun(t) for t in tokens) or bool(
        any(of_the_subject(w) for w in readings) or any(w in _US or w in dealings or w.startswith(_ASKED_FOR) for w in readings))


def _russian(sentence: Sequence[Token]) -> Token | None:
    """X (вы), а не поддержка: the desk is X instead of what it should be."""
    for at in range(1, len(sentence) - 2):
        if sentence[at].reading != "а" or sentence[at + 1].reading != "не" or not _desk_noun(sentence[at + 2]):
            continue
        # the clause before it (Вместо ответа снова ссылка на форум, копипастеры вы, а не техподдержка)
        start = next((i + 1 for i in range(at - 2, -1, -1) if _closes(sentence[i].gap_after)), 0)
        head, after = sentence[start:at], sentence[at + 3 : at + 4]
        if len(head) > _MOST_BEFORE:
            return None
        if head[-1].gap_after.strip(" ,—–-") or not all(CYRILLIC.search(t.reading) for t in head):
            return None
        # the subject of a verb after it (Дворники, а не разработчики, чистят у нас снег)
        if after and sentence[at + 2].gap_after.strip() == "," and morphology.can_be(after[0].reading, "VERB"):
            return None
        # (the writer's own may stand before the clause: Наш «IT-отдел» — это один Вася, а не поддержка)
        return None if _own_words(head) or _mine(sentence[:start]) or _friendly(head) else _named(head)
    return None


def _not_the_desk_but(sentence: Sequence[Token]) -> Token | None:
    """(Это / У вас) не поддержка, а X: the same said the other way round; вы не поддержка, вы X."""
    for at in range(min(len(sentence) - 3, _LEAD + 1)):
        if sentence[at].reading != "не" or not _desk_noun(sentence[at + 1]) or sentence[at + 2].reading not in ("а", "вы"):
            continue
        if sentence[at + 2].reading == "вы" and not (at and sentence[at - 1].reading == "вы"
                                                     and "," in sentence[at + 1].gap_after):
            continue
        lead, said = sentence[:at], sentence[at + 3 : at + 5]
        if not all(t.reading in _AROUND_THE_NAME or _in(t, "addressee") or t.reading in ("у", "уже")
                   or t.reading in IN_OR_ON or t.reading.startswith(DESK_PLACES) and not _in(t, "customer_side") for t in lead):
            return None
        # the subject of a verb after it asks who does the work (… не специалисты, а роботы отвечают?)
        if len(said) > 1 and not said[0].gap_after.strip() and morphology.can_be(said[1].reading, "VERB"):
            return None
        return None if _own_words(said) or _friendly(said) or not CYRILLIC.search(said[0].reading) else said[0]
    return None


def _thanks_for_nothing(sentence: Sequence[Token]) -> Token | None:
    """Thanks for nothing, X: whoever X is, the thanks mock them (geniuses too)."""
    readings = [t.reading for t in sentence[:6]]
    for at in range(len(readings) - 2):
        if readings[at] in ("thanks", "thank") and "nothing" in readings[at + 1 : at + 4]:
            end = readings.index("nothing", at + 1)
            rest = [t for t in sentence[end + 1 : end + 4] if t.reading != "you"]
            if rest and "," in sentence[end].gap_after and not rest[0].quoted:
                return rest[0]
    return None


def _named(head: Sequence[Token]) -> Token:
    """The first word of the name itself (Вы там подберёзовики какие-то: подберёзовики)."""
    return next((t for t in head if t.reading not in _AROUND_THE_NAME and not _in(t, "addressee")), head[0])


def _from_the_desk(sentence: Sequence[Token], at: int) -> bool:
    """Whether the words from ``at`` name a line or a department of the desk: из (вашей)
    второй линии, с первой линии, из отдела продаж, из бухгалтерии, из поддержки."""
    if at >= len(sentence) or sentence[at].reading not in _FROM:
        return False
    rest = [t.reading for t in sentence[at + 1 : at + 4] if not _in(t, "possessive")]
    return bool(rest) and (rest[0] in _UNITS or rest[0] in _ORDINALS and rest[1:2] == ["линии"])


def _from_a_line(sentence: Sequence[Token]) -> Token | None:
    """<something> из второй линии / из бухгалтерии …, at a sentence's head: one of the desk's
    people called by a noun no job is (Кофемолки из второй линии, Ваши скрепки из отдела
    продаж)."""
    at = next((i for i in range(1, min(len(sentence), _MOST_NAMED + 2)) if _from_the_desk(sentence, i)), None)
    if at is None:
        return None
    head = [t for t in sentence[:at] if not (_in(t, "possessive") or _in(t, "demonstrative") or t.reading in _THESE_AGAIN | _WHY)]
    if sentence[0].reading in _WHY and not all(morphology.can_be(t.reading, "NOUN", "anim") or not morphology.is_known(t.reading)
                                               for t in head):
        return None
    if not head or len(head) > _MOST_NAMED or any(t.gap_after.strip() for t in sentence[: at - 1]):
        return None
    if _own_words(head) or _friendly(head) or any(_in(t, "staff_role") or morphology.lemmas(t.reading) & _PAPERS for t in head):
        return None
    # (Протирщики штанов из техподдержки: what they are of, in the genitive, after the name)
    of = head[1:] if len(head) == 2 and morphology.can_be(head[1].reading, "NOUN", "gent", "plur") and morphology.can_be(
        head[0].reading, "NOUN", "nomn", "plur", "anim") else []
    if not all(CYRILLIC.search(t.reading) and (t in of or nominative(t.reading, unless=_NAMES)) for t in head):
        return None
    return head[0]


def _closes(gap: str) -> bool:
    return closes(gap, ",!?;:—–(")  # not "." (whoever tested 7.1.5 is …)


def _the_lot_of_you(sentence: Sequence[Token]) -> Token | None:
    """<something>, the (whole) lot of you; <something> — whoever wrote the installer (the name's head
    may not be the writer's dealings, what it is made of may: Script-parrots)."""
    for at in range(1, min(len(sentence) - 1, _MOST_BEFORE + 1)):
        rest = [t.reading for t in sentence[at : at + 5]]
        if not _closes(sentence[at - 1].gap_after) or rest[0] not in ("the", "whoever"):
            continue
        if rest[0] == "whoever" or rest[1:4] == ["lot", "of", "you"] or rest[1:5] == ["whole", "lot", "of", "you"]:
            head = sentence[:at]
            if all(t.reading in _AROUND_THE_NAME for t in head):  # Honestly, whoever …
                continue
            return None if _own_words(head[-1:]) or _mine(head) or _friendly(head) else _named(head)
    return _every_one_of_you(sentence)


# After a name of people, the whole desk said to be it: all of you, every one of you, the whole desk.
_EVERY_ONE = (("all", "of", "you"), ("every", "one", "of", "you"), ("each", "one", "of", "you"), ("the", "whole", "desk"),
              ("the", "whole", "team"), ("the", "whole", "lot"), ("the", "whole", "bunch"), ("the", "lot", "of", "ye"),
              ("every", "single", "one", "of", "you"))


def _every_one_of_you(sentence: Sequence[Token]) -> Token | None:
    """Carnival barkers, all of you; Bluffers, the whole desk: a plural that opens the sentence, and
    the whole desk said to be it. Not thanks or praise (Thanks, all of you; Legends, every one of
    you), nor the writer's own (Our couriers, all of them)."""
    for at in range(1, min(len(sentence) - 2, _MOST_BEFORE + 1)):
        if not _closes(sentence[at - 1].gap_after):
            continue
        rest = tuple(t.reading for t in sentence[at : at + 5])
        if not any(rest[: len(every)] == every for every in _EVERY_ONE):
            continue
        return _all_of_them(sentence[:at], sentence)
    return None


def every_one_of_you_after(read: Sequence[Sequence[Token]], index: int) -> Token | None:
    """Tickboxers. Every single one of you.: the same with the name a sentence of its own before it."""
    words = tuple(t.reading for t in read[index])
    if index == 0 or words not in _EVERY_ONE or len(read[index - 1]) > _LEAD:
        return None
    return _all_of_them(read[index - 1], read[index])


def _all_of_them(head: Sequence[Token], sentence: Sequence[Token]) -> Token | None:
    plural = head[-1].reading
    if "!" in sentence[-1].gap_after or "!" in head[-1].gap_after:
        return None  # exclaimed: a greeting or praise (Kudos, the whole team!)
    if not english_plural(plural) or CYRILLIC.search(plural):
        return None
    # (Form fillers, Ticket pushers: what the name is made of may be the customer's dealings; its head may not)
    if _own_words([head[-1]]) or _mine(head) or _friendly(head):
        return None
    return None if any(t.reading.rstrip("s") in _PRAISED for t in head) else _named(head)


def _a_bunch_of(sentence: Sequence[Token]) -> Token | None:
    """you (lot) are a bunch of <something>; are you (lot) a pack of <something>; your support
    team is a pack of <something>."""
    for at, token in enumerate(sentence):
        yours = token.reading in THE_DESK and any(t.reading == "your" for t in sentence[max(0, at - 3) : at]) and (
            at + 1 < len(sentence) and sentence[at + 1].reading in ("is", "are"))
        # (the desk named as the subject is no words of the writer's own: Your support team is …)
        if not (token.reading == "you" or yours) or token.quoted or not yours and _own_words(sentence[:at]):
            continue
        index = at + 1
        if index < len(sentence) and sentence[index].reading in _YOU_GROUP:
            index += 1
        if index < len(sentence) and (sentence[index].reading in _BEING or yours):
            index += 1
        elif not (at and sentence[at - 1].reading == "are"):
            continue
        while index < len(sentence) and sentence[index].reading in _BEFORE_COLLECTIVE:
            index += 1
        for step in (index, index + 1):
            if step + 2 < len(sentence) and sentence[step].reading in _COLLECTIVE and sentence[step + 1].reading == "of":
                noun = sentence[step + 2]
                return None if _friendly(sentence[step + 2 : step + 4]) or noun.quoted else noun
    return None


def _so_called(sentence: Sequence[Token]) -> Token | None:
    """your so-called engineers, ваши так называемые специалисты: the desk's people given their
    title in mockery."""
    for at in range(len(sentence) - 3):
        first, second, third = (t.reading for t in sentence[at : at + 3])
        mocked = first in ("your", "ваши", "ваш", "ваша") and (second, third) in (("so", "called"), ("так", "называемые"),
                                                                                ("так", "называемый"), ("так", "называемая"))
        if mocked and _in(sentence[at + 3], "person") and not sentence[at + 3].quoted:
            return sentence[at + 1]
    return None


def _whoever_is(sentence: Sequence[Token]) -> Token | None:
    """Whoever closed my ticket is a walrus: one of the desk's people, whoever it was, said to be
    something (a noun after "is a"), that no friendly word is."""
    heads = [at for at, t in enumerate(sentence[:3]) if t.reading == "whoever"]
    if not heads or any(t.reading in _OUR_SIDE or t.quoted for t in sentence):
        return None
    for at in range(heads[0] + 2, min(len(sentence) - 2, heads[0] + _WHOEVER_REACH)):
        if _closes(sentence[at - 1].gap_after):  # (whoever is on duty, is a fix planned?)
            return None
        if sentence[at].reading in ("is", "was") and sentence[at + 1].reading in ("a", "an"):
            said = sentence[at + 2 : at + 5]
            return None if _friendly(said) or any(t.reading in _PRAISED for t in said) else said[0]
    return None


# The desk's own: ваш, ваша …, у вас.
_YOURS = ("ваш", "вас")
_DESK_PEOPLE = ("поддержк", "саппорт", "команд", "отдел", "кодер", "программист", "контор")


def _the_desk_is(sentence: Sequence[Token]) -> Token | None:
    """Ваши сотрудники — сомнамбулы; Поддержка у вас — жиганы конторские: the desk or its people,
    said to be the reader's, and a dash before the plural noun it is called."""
    for at in range(1, len(sentence)):
        if not closes(sentence[at - 1].gap_after, "—–") or closes(sentence[at - 1].gap_after, ",.!?;:"):
            continue
        first = max((i + 1 for i in range(at - 1) if closes(sentence[i].gap_after)), default=0)
        subject = sentence[max(first, at - 5) : at]
        if (any(t.reading.startswith(_YOURS) or t.reading == "вы" for t in subject)
                and any(_desk_noun(t) or t.reading.startswith(_DESK_PEOPLE) for t in subject)
                and (named := plural_name(sentence, at)) is not None and not _friendly([named])):
            # asked (Ваши разработчики — фрилансеры?) or exclaimed (… — звёзды!): no abuse
            return None if any(m in sentence[-1].gap_after for m in "?!") else named
    return None


def called_instead(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """The desk called by another name in these shapes, with offsets, in a text's sentences as
    ``insult_sentences.sentences`` reads them."""
    found = []
    for index, sentence in enumerate(read):
        for named in (_russian(sentence), _from_a_line(sentence), _the_lot_of_you(sentence), _a_bunch_of(sentence),
                      _so_called(sentence), _whoever_is(sentence), well_you_are(sentence), _not_the_desk_but(sentence),
                      _thanks_for_nothing(sentence), of_some_sort(sentence, index == 0),
                      _the_desk_is(sentence), _what_you_are(read, index), named_and_called(sentence), anyone_who_is_not(sentence),
                      you_all_are(sentence), you_what_then(sentence), staffed_by(sentence), masters_of_brush_offs(sentence),
                      called_alone(read, index),
                      where_such_as_you(sentence), what_you_are(read, index), every_one_of_you_after(read, index)):
            if named is not None:
                found.append((named.start, named.surface))
    return found


_WHAT_YOU_ARE = (["that", "s", "what", "you", "are"], ["that", "is", "what", "you", "are"], ["вот", "вы", "кто"],
                 ["вот", "кто", "вы"])
# Said by someone (Our About Us page says: …; лиса говорит зайцам: …): a quote, not the writer's word.
_SAYS = frozenset(("says", "said", "writes", "wrote", "reads", "пишет", "написал", "написала", "написали", "говорит",
                   "сказал", "сказала", "сказали", "гласит"))
_MOST_CALLED = 6


def _what_you_are(read: Sequence[Sequence[Token]], index: int) -> Token | None:
    """Жулики и вымогатели, вот вы кто; Yokels. That's what you are: the plural noun the reader is
    called right before it, six words at most, in the sentence or as the sentence before. Not
    friendly or praising, exclaimed (Professionals, that's what you are!), thanked for, quoted or
    reported (… says: …), nor asking who (вот вы кто такие; а вот вы кто?)."""
    sentence = read[index]
    words = [t.reading for t in sentence]
    at = next((i for i in range(len(words)) for said in _WHAT_YOU_ARE if words[i : i + len(said)] == said), None)
    if at is None or words[at + 3 : at + 4] == ["такие"] or any("?" in t.gap_after for t in sentence[at:]):
        return None
    called = list(sentence[:at]) or (list(read[index - 1]) if index else [])
    if not called or len(called) > _MOST_CALLED or any(
            "?" in t.gap_after or ":" in t.gap_after or t.quoted or t.reading in _SAYS or t.reading in ("кто", "who")
            for t in called):
        return None
    exclaimed = "!" in sentence[-1].gap_after or "!" in called[-1].gap_after
    thanked = any(t.reading in THANKS for part in read for t in part)
    # (Professionals, that's what you are: praise, a friendly name of insult_context.txt)
    if exclaimed or thanked or _friendly(called):
        return None
    return next((t for t in called if _plural_noun(t)), None)


def _plural_noun(token: Token) -> bool:
    """A plural noun: in the nominative, for a Russian word (жулики, нули); ending in -s for an
    English one (yokels, merchants, not Our or A)."""
    if CYRILLIC.search(token.reading):
        return morphology.can_be(token.reading, "NOUN", "plur", "nomn")
    return english_plural(token.reading)


def insults_by_shape(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """Insults found by their shape alone, whatever their nouns: an abusive address
    (``insult_vocatives``), the desk called something else, and the desk likened to creatures
    or things (``insult_similes``), or found wanting beside them (``insult_comparisons``), and
    praise said in mockery (``insult_irony``)."""
    return (vocative_insults(read) + called_instead(read) + likened(read) + compared(read) + ironic_praise(read)
            + famous_names(read) + mock_respect(read))
