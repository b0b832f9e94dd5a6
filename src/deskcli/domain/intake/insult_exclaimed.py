"""The desk's people judged in shapes that say so themselves (SPEC 2.8.3), whatever noun X is:
exclaimed at ("Ну вы и X", "Вот вы X", "Ну и X у вас работают"); called X "какие-то"; said to be X
all of them ("Вы там все X"); asked whether anyone there is not X ("Is there anyone at your desk
who isn't a X?"); called masters of brush-offs ("Виртуозы отписок"); called by a coined doer's
plural that is a sentence of its own ("… Игнорщики."); or asked where such as they are are hired
("Где вас таких набирают?")."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_famous import name_plural
from deskcli.domain.intake.insult_irony import complains
from deskcli.domain.intake.insult_parties import DESK_PLACES, GOOD_TIMES, IN_OR_ON
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import closes, nominative, of_the_desk_or_friendly, reader as _reader
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.obscene_english import english_word

THANKS = frozenset(("thanks", "thank", "cheers", "спасибо", "благодарю", "благодарим"))


def friendly(tokens: Sequence[Token]) -> bool:
    """A friendly name, or thanks or a greeting said with it (Thanks, whoever answered)."""
    return any(_in(t, "friendly_address") or _in(t, "greeting") or t.reading in THANKS for t in tokens)


def well_you_are(sentence: Sequence[Token]) -> Token | None:
    """Ну вы и мастера отписок: the reader exclaimed at as something, that no praise is; his people
    too (Ну и колобродники у вас в отделе; Ну и экземпляры у вас работают), not things (Ну и цены у вас)."""
    words = [t.reading for t in sentence[:7]]
    if words[:3] == ["ну", "вы", "и"] and len(sentence) > 3:
        at = 3
    elif words[:2] == ["вот", "вы"] and len(sentence) > 2 and _people(sentence[2]):
        at = 2  # Вот вы облапошники, конечно (not Вот вы пишете, Вот вы специалисты)
    elif words[:2] == ["ну", "и"] and words[3:5] == ["у", "вас"] and _at_work(words[2], words[5:7]):
        at = 2
    elif words[:2] == ["ну", "и"] and words[3:6] == ["же", "у", "вас"] and _at_work(words[2], [t.reading for t in sentence[6:8]]):
        at = 2  # Ну и разлямзи же у вас на линии сидят
    else:
        return None
    named = sentence[at]
    # ну вы и даёте: a verb exclaims at what was done, as often in praise
    # (a coinage the dictionary guesses a verb is one only with a verb's ending: накосячили, not разлямзи)
    verb = morphology.can_be(named.reading, "VERB") and (morphology.is_known(named.reading) or named.reading.endswith(_VERB_ENDS))
    if friendly(sentence[at : at + 2]) or named.quoted or verb:
        return None
    return named


_VERB_ENDS = ("ли", "ла", "ло", "л", "ть", "те", "ем", "ет", "ют", "ят", "ут", "ат")


def what_you_are(read: Sequence[Sequence[Token]], index: int) -> Token | None:
    """Ну и тухлая же вы контора: the desk exclaimed at by a word said of it, in a message that
    complains of the desk (Ну и быстрая же вы контора!, exclaimed, is praise)."""
    sentence = read[index]
    words = [t.reading for t in sentence[:6]]
    if words[:2] != ["ну", "и"] or words[3:5] != ["же", "вы"] or any(m in sentence[-1].gap_after for m in "?!"):
        return None
    named = sentence[2]
    # the desk named after вы (контора, поддержка): without it a complaint word may stand in praise
    # (Ну и терпеливые же вы — третий день отвечаете и ни разу не отмахнулись)
    if len(words) < 6 or not words[5].startswith(_THE_DESK) or closes(sentence[4].gap_after):
        return None
    if named.quoted or friendly(sentence) or morphology.can_be(named.reading, "VERB") or not complains(read):
        return None
    return named if CYRILLIC.search(named.reading) and (morphology.can_be(named.reading, "ADJF", "plur") or morphology.can_be(
        named.reading, "ADJF", "femn") or morphology.can_be(named.reading, "NOUN", "plur", "nomn")) else None


_THE_DESK = ("контор", "компани", "поддержк", "техподдержк", "фирм", "команд", "служб", "шарашк")


def _people(token: Token) -> bool:
    """A plural noun of people or a coinage, that no friendly word, job or party is."""
    living = morphology.can_be(token.reading, "NOUN", "plur", "nomn", "anim") or not morphology.is_known(token.reading)
    return living and nominative(token.reading, True) and not of_the_desk_or_friendly(token)


def _at_work(named: str, after: Sequence[str]) -> bool:
    """Whether people are named before "у вас": said to work, or to sit in the desk as living
    beings or coinages (колобродники у вас в отделе; not порядки у вас в отделе продаж)."""
    if after[:1] == ["работают"]:
        return True
    in_the_desk = len(after) == 2 and after[0] in IN_OR_ON and after[1].startswith(DESK_PLACES)
    return in_the_desk and (morphology.can_be(named, "NOUN", "plur", "anim") or not morphology.is_known(named))


# Words between "какие-то" and what follows it that name only where (у вас там): Молодые какие-то у
# вас специалисты.
_WHERE_THEY_SIT = frozenset(("у", "вас", "там", "тут", "же", "в", "на", "поддержке"))


def of_some_sort(sentence: Sequence[Token], opens: bool) -> Token | None:
    """Дефективные вы какие-то; Фрики какие-то у вас отвечают; Отсталые какие-то, честное слово:
    people called by a plural noun or adjective and "какие-то" after it, which says the word is
    the writer's judgement of them. Said to the reader (вы, ваш, у вас) or at the head of the
    message; not of the writer's side, of outsiders (боты, покупатели), nor of things (Цифры
    какие-то нереальные), nor a "какие-то" that goes on to its own noun (Новые какие-то правила)."""
    for at in range(1, len(sentence) - 1):
        if sentence[at].reading != "какие" or sentence[at].gap_after != "-" or sentence[at + 1].reading != "то":
            continue
        named = sentence[at - 2] if sentence[at - 1].reading == "вы" and at >= 2 else sentence[at - 1]
        if named.quoted or not CYRILLIC.search(named.reading) or friendly([named]) or _in(named, "third_party"):
            continue
        living = morphology.can_be(named.reading, "NOUN", "nomn", "plur", "anim")
        said_of = morphology.can_be(named.reading, "ADJF", "nomn", "plur") or morphology.can_be(named.reading, "PRTF", "nomn", "plur")
        first = max((i + 1 for i in range(at - 1) if closes(sentence[i].gap_after)), default=0)
        last = next((i for i in range(at + 1, len(sentence)) if closes(sentence[i].gap_after)), len(sentence) - 1)
        clause = sentence[first : last + 1]
        # (Молодые какие-то у вас специалисты: the adjective goes on to its own noun)
        after = [t.reading for t in sentence[at + 2 : last + 1] if t.reading not in _WHERE_THEY_SIT]
        described = bool(after) and morphology.can_be(after[0], "NOUN", "nomn", "plur")
        if said_of and described or not (living or said_of) or not nominative(named.reading, True):
            continue
        if any(_in(t, "customer_side") or _in(t, "self_subject") for t in clause):
            continue
        if any(_reader(t) for t in clause) or opens and named is sentence[0]:
            return named
    return None


# Anyone at the desk, and who is not something: Is there anyone at your desk who isn't a gype?;
# Есть у вас хоть кто-то, кто не балбес?
_ANYONE = frozenset(("anyone", "anybody", "someone", "somebody", "person", "soul", "кто"))
_WHO_IS_NOT = (("who", "isn", "t", "a"), ("who", "isn", "t", "an"), ("who", "is", "not", "a"), ("who", "is", "not", "an"),
               ("who", "s", "not", "a"), ("кто", "не"))
_ASKED_WITHIN = 8


def anyone_who_is_not(sentence: Sequence[Token]) -> Token | None:
    """Asked whether anyone at the desk is not X: the question says they all are. Not when X is
    praise or a friendly word (Is there anyone who isn't a robot?, кто не бот, are questions about
    bots; is there someone who isn't on holiday is no name)."""
    if "?" not in sentence[-1].gap_after:
        return None
    words = [t.reading for t in sentence]
    for at in (i for i, w in enumerate(words[:_ASKED_WITHIN]) if w in _ANYONE):
        for said in _WHO_IS_NOT:
            start = next((i for i in range(at + 1, min(at + _ASKED_WITHIN, len(words))) if tuple(words[i : i + len(said)]) == said), None)
            if start is None or start + len(said) >= len(sentence):
                continue
            named = sentence[start + len(said)]
            if named.quoted or friendly([named]) or _in(named, "staff_role") or _in(named, "person") or named.reading in _MACHINES:
                return None
            # in English, a word no English word list holds (gype; not a trainee, a salesman)
            if CYRILLIC.search(named.reading):
                return named if len(named.reading) > 2 and morphology.can_be(named.reading, "NOUN", "nomn") else None
            return named if named.reading.isalpha() and not english_word(named.reading) else None
    return None


# What a desk may answer by (a question about them, not a name): a robot, a bot, a script.
_MACHINES = frozenset(("robot", "bot", "script", "machine", "ai", "робот", "бот", "скрипт", "автоответчик", "нейросеть"))


# Between "вы" and what the reader is said to be: Вы там все …; Вы все там, в поддержке, …
_YOU_THERE = frozenset(("там", "тут", "все", "у", "себя", *IN_OR_ON))
_MOST_LEAD = 5


def you_all_are(sentence: Sequence[Token]) -> Token | None:
    """Вы там все обсевки какие-то; Вы там в поддержке все обдувалы: the reader said to be a plural
    noun, with там or все that make it all of the desk, or a word the dictionary does not know,
    or "какие-то" after it. Not asked (Вы там все волонтёры?), not friendly, nor the desk's or the
    customer's people (Вы все специалисты, вам виднее), nor said with thanks."""
    if len(sentence) < 3 or sentence[0].reading != "вы":
        return None
    at, marked, placed = 1, False, False
    while at < min(len(sentence) - 1, _MOST_LEAD) and (sentence[at].reading in _YOU_THERE or sentence[at].reading.startswith(DESK_PLACES)):
        marked = marked or sentence[at].reading in ("там", "все")
        placed = placed or sentence[at].reading.startswith(DESK_PLACES)
        at += 1
    # (the lead's все and поддержка, friendly greetings of their own, say who the reader is here)
    if any(closes(t.gap_after, ".!?:;") for t in sentence[:at]) or friendly([t for t in sentence[at:] if t.reading != "все"]):
        return None
    named, after = sentence[at], [t.reading for t in sentence[at + 1 : at + 3]]
    if named.quoted or not morphology.can_be(named.reading, "NOUN", "plur", "nomn") or of_the_desk_or_friendly(named):
        return None
    sneered = after == ["какие", "то"]
    # what they are of, in the genitive, then the clause's end or "или" (просиживатели штанов или …)
    last = at + 1 if at + 1 < len(sentence) and not closes(named.gap_after) and morphology.can_be(
        sentence[at + 1].reading, "NOUN", "gent") and not morphology.can_be(sentence[at + 1].reading, "NOUN", "nomn") else at
    if last == at and at + 1 < len(sentence) and sentence[at + 1].reading == "все" and not closes(named.gap_after):
        last = at + 1  # (Вы там Простаковы все, …)
    if last == at and at + 2 < len(sentence) and sentence[at + 1].reading == "и" and not closes(named.gap_after) and (
            morphology.can_be(sentence[at + 2].reading, "NOUN", "plur", "nomn")):
        last = at + 2  # (Вы там все — копипастеры и отфутболиватели, …)
    either = last + 1 < len(sentence) and sentence[last + 1].reading == "или"  # (… просиживатели штанов или хоть кто-то …?)
    anyone = [t.reading for t in sentence[last + 2 : last + 5]]
    # (… или хоть кто-то …?; … или через одного?: asked only to say most of them are)
    most = anyone[:2] == ["через", "одного"] or anyone[:1] == ["только"]  # (… или только дежурные?)
    if "?" in sentence[-1].gap_after and not (either and ("хоть" in anyone or anyone[1:2] in (["то"], ["нибудь"]) or most)):
        return None  # asked in earnest (Вы там все волонтёры?; … владельцы магазинов или кто?)
    ended = closes(sentence[last].gap_after, ",.!:;—–") or either or marked and _described(sentence, at, placed)
    famous = name_plural(named, known=True)  # (Вы там Простаковы все: a name in the plural)
    if not (ended or sneered) or not (nominative(named.reading, True) or famous):
        return None
    return named if marked or sneered or not famous and not morphology.is_known(named.reading) else None


# What a reader may be asked if they are, sharply but no insult: alive, new, busy, at work.
_ONLY_ASKED = frozenset(("живые", "новые", "новенькие", "занятые", "одни", "сами", "какие", "такие", "другие", "русские",
                         "выходные", "уставшие", "больные", "отпускные", "нерабочие", "бесплатные", "платные"))


def you_what_then(sentence: Sequence[Token]) -> Token | None:
    """Вы там все контуженные, что ли?; Вы там что, все оглоушенные?: the reader asked, with "что
    ли" or "что,", whether they are what a plural adjective or participle calls them, or a word
    the dictionary does not know; not a verb (Вы там спите, что ли?), a short form (заняты), a
    place (в отпуске), a name (Ивановы) or what anyone may be asked (живые, новенькие)."""
    words = [t.reading for t in sentence]
    if len(words) < 3 or words[0] != "вы" or "?" not in sentence[-1].gap_after:
        return None
    at = 1
    while at < len(words) - 1 and words[at] in ("там", "тут", "все", "у", "себя"):
        at += 1
    if words[at:at + 1] == ["что"] and "," in sentence[at].gap_after:
        # (Вы там что, все оглоушенные?; … все X, и что они делают?)
        at += 2 if words[at + 1 : at + 2] == ["все"] else 1
        if at >= len(words) or at != len(words) - 1 and "," not in sentence[at].gap_after:
            return None
    elif words[-2:] != ["что", "ли"] or at != len(words) - 3 or "," not in sentence[at].gap_after:
        return None
    named = sentence[at]
    if named.quoted or not CYRILLIC.search(named.reading) or named.reading in _ONLY_ASKED or of_the_desk_or_friendly(named):
        return None
    if named.surface[:1].isupper():
        return None  # a name (Вы там Ивановы, что ли?: the family the licence is in)
    said = morphology.can_be(named.reading, "ADJF", "plur", "nomn") or morphology.can_be(named.reading, "PRTF", "plur", "nomn")
    coined = not morphology.is_known(named.reading) and morphology.can_be(named.reading, "NOUN", "plur", "nomn")
    return named if (said or coined) and not morphology.can_be(named.reading, "VERB") else None


def _described(sentence: Sequence[Token], at: int, placed: bool) -> bool:
    """Whether the plural at ``at`` goes on to what it is like, as a name the reader is called
    does (шаманы доморощенные; пончики с пустой начинкой): a plural adjective or participle said
    of a living being, a coinage, or any noun once the desk's place was named (Вы все там, в
    поддержке, …), or "с"/"без" and what it has after either of the last two. Not a verb: Вы там
    все файлы удалили."""
    if at + 1 >= len(sentence) or closes(sentence[at].gap_after):
        return False
    named, following = sentence[at].reading, sentence[at + 1].reading
    coined = not morphology.is_known(named)
    if following in ("с", "без"):
        return placed or coined  # (not Вы там все студенты с горящими глазами, as often fond)
    said = morphology.can_be(following, "ADJF", "plur", "nomn") or morphology.can_be(following, "PRTF", "plur", "nomn")
    living = placed or coined or morphology.can_be(named, "NOUN", "anim")
    return said and living and not morphology.can_be(following, "VERB")


# What the desk sends instead of answers, that its people are called masters of (Виртуозы отписок,
# мастера отговорок).
_BRUSH_OFFS = frozenset(("отписок", "отмазок", "отговорок"))


def masters_of_brush_offs(sentence: Sequence[Token]) -> Token | None:
    """An address, or what the reader is said to be, made of a plural and the brush-offs it
    excels in: whatever the plural, the brush-offs make it mockery."""
    for at in range(len(sentence) - 1):
        named, of = sentence[at], sentence[at + 1]
        if of.reading not in _BRUSH_OFFS or closes(named.gap_after) or named.quoted:
            continue
        # people, a praise word or a coinage: not things (Причины отписок, Шаблоны отговорок, Сотни отписок)
        people = morphology.can_be(named.reading, "NOUN", "anim") or _in(named, "mock_praise") or not morphology.is_known(named.reading)
        if people and morphology.can_be(named.reading, "NOUN", "plur", "nomn") and not (
                _in(named, "customer_side") or _in(named, "third_party")):
            return named
    return None


def called_alone(read: Sequence[Sequence[Token]], index: int) -> Token | None:
    """Игнорщики.; Брехуны!: after the message's first sentence, a sentence of one coined plural
    of people and nothing else, which can only be what the writer calls the reader. Not a word
    of the subject (Вебхуки.), nor one the dictionary knows (Товары.)."""
    sentence = read[index]
    if index == 0 or len(sentence) != 1 or "?" in sentence[0].gap_after:
        return None
    if index == 1 and (all(_in(t, "greeting") for t in read[0]) or [t.reading for t in read[0]] in GOOD_TIMES):
        return None  # Здравствуйте. Нужъялы.: where the writer is, signed after a greeting
    named = sentence[0]
    if named.quoted or not CYRILLIC.search(named.reading) or morphology.is_known(named.reading):
        return None
    # (the dictionary guesses some coinages things: отфутболиватели; the doer's ending tells)
    living = morphology.can_be(named.reading, "NOUN", "plur", "nomn") and named.reading.endswith(_DOERS)
    return named if living and nominative(named.reading, True) and not of_the_desk_or_friendly(named) else None


# Endings of Russian nouns for who does something (игнорщики, брехуны, мямлилы), which a coined
# plural of people takes and a coined name of things (лендинги, вебхуки) does not.
_DOERS = ("щики", "чики", "ники", "тели", "уны", "юны", "лы", "яги", "яки", "аки", "ёры", "еры")


# Where were you found, such as you are: Где вас таких набирают?; Вас где таких Смердяковых берут?
_HIRED = ("набира", "набра", "нашли", "наход", "берут", "брали", "выращива", "штампу")


def where_such_as_you(sentence: Sequence[Token]) -> Token | None:
    """The desk's people asked where such as they are are hired ("вас таких", the reader the
    object): the question says what they are. Not "Где вы таких клиентов находите?", where the
    reader finds others."""
    words = [t.reading for t in sentence]
    if not {"где", "откуда", "кто"} & set(words):
        return None
    # (Кто вас, выпоротков, туда набирал?; Кто вас, недотыкомок, учил …?: what they are, between commas after вас)
    for at in range(len(words) - 1):
        named = sentence[at + 1]
        if words[at] == "вас" and "," in sentence[at].gap_after and "," in named.gap_after and not named.quoted and (
                morphology.can_be(named.reading, "NOUN", "plur") and not of_the_desk_or_friendly(named)):
            return named
    if not any(w.startswith(_HIRED) for w in words):
        return None
    for at, word in enumerate(words):
        # вас two words at most from таких, and not "у вас" (at yours: у вас таких скидок нет)
        yours = [i for i in range(max(0, at - 2), min(len(words), at + 3)) if words[i] == "вас" and words[i - 1 : i] != ["у"]]
        if word != "таких" or not yours:
            continue
        after = sentence[at + 1] if at + 1 < len(sentence) else None
        named = after if after is not None and morphology.can_be(after.reading, "NOUN", "plur") and not closes(
            sentence[at].gap_after) else sentence[at]
        return None if named.quoted else named
    return None
