"""The desk likened to creatures or things (SPEC 2.8.3): "Вы как утюги — тяжёлые и холодные",
"Отвечаете как чучундры из мультика", "спите, как коалы на ветке", "you're worse than the
emmets in August", "you lot are like koalas".

A writer who says the reader works, answers or sits *like* some plural creature or thing says
nothing kind about the reader; the nouns are as many as a writer can think of (утюги, вомбаты,
еврашки), so the shape decides, as it does for ``insult_vocatives``. The reader is named right
before "как" (a verb in the second person plural, or вы), and the likeness is a plural noun in
the nominative, with one adjective at most (колорадские жуки). "Вы как X" says in what capacity
as often (вы как дистрибьюторы можете …), so it counts only with the dash that goes on to say
how; English "you're like" is praise as often (like family), so only "worse than" and "you lot
are like" count. What keeps praise and roles out: a friendly or praising word (профессионалы,
волшебники, герои), the desk's and the customer's people (специалисты, покупатели), a few
roles one acts in and what works well (часы: работаете как часы), a capitalised name
(Avengers), the support's own subject (вы выгружаете как товары, так и группы?) and "как" that
lists or offers ways (как файлы или как ссылки).
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_famous import name_plural
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import NOT_ADDRESS, closes, nominative, of_the_desk_or_friendly
from deskcli.domain.intake.insult_vocatives_en import english_plural
from deskcli.domain.intake.normalising import CYRILLIC, LATIN

# Capacities one acts in (вы как владельцы сайта, как авторы шаблона) and likenesses that
# praise (работаете как часы), besides what `of_the_desk_or_friendly` knows.
_CAPACITIES = frozenset((
    "владельцы", "авторы", "производители", "поставщики", "продавцы", "дилеры", "исполнители", "подрядчики",
    "правообладатели", "лицензиары", "администраторы", "консультанты", "часы", "боги", "люди", "профессионалы",
))
# No name of a person, place or firm, and no pronoun (вы как они).
_NAMES = (*NOT_ADDRESS, "NPRO")
# English: you're worse than / you lot are like, then the likeness.
_THAN = frozenset(("worse", "slower", "dumber", "lazier", "thicker"))
_YOU_GROUP = frozenset(("lot", "guys", "people", "all", "folks"))
_ARTICLES = frozenset(("the", "a", "an", "some", "those", "them"))
# Not likenesses, beside the friendly names of insult_context.txt (like the others, like family).
_EN_NOT_LIKENESS = frozenset(("others", "ones", "rest", "family", "clockwork"))


def _kind_or_role(token: Token) -> bool:
    return token.reading in _CAPACITIES or of_the_desk_or_friendly(token)


# Words that may stand between the reader and "как" (Сидите там как …, Вы вечно как …).
_BETWEEN = frozenset(("там", "тут", "здесь", "вечно", "опять", "всё", "все", "прямо", "точно"))
# How far back a verb said to the reader may stand when words come between it and a likeness of
# living beings (Лезете в мой сервер как домушники).
_VERB_REACH = 4
_PREPOSITIONS = frozenset(("на", "с", "со", "в", "во", "у", "из", "под", "над", "за", "при", "без"))


def _tail(sentence: Sequence[Token], at: int) -> Token:
    """The last word of a likeness with a place or a thing after it (бабки на лавке, мешки с
    мукой): up to three words after a preposition, in one clause; the likeness itself without."""
    if at + 1 >= len(sentence) or closes(sentence[at].gap_after) or sentence[at + 1].reading not in _PREPOSITIONS:
        return sentence[at]
    for index in range(at + 1, min(at + 4, len(sentence))):
        if closes(sentence[index].gap_after):
            return sentence[index]
    return sentence[at]


def _verb_before(sentence: Sequence[Token], at: int) -> bool:
    """Whether a verb said to the reader stands a few words before "как" at ``at``, in its clause."""
    for index in range(at - 1, max(-1, at - 1 - _VERB_REACH), -1):
        if closes(sentence[index].gap_after):
            return False  # a comma before "как" (ведёте себя, как малыши) may begin a tale's quote
        if CYRILLIC.search(sentence[index].reading) and morphology.can_be(sentence[index].reading, "VERB", "2per", "plur"):
            return True
    return False


def _russian(sentence: Sequence[Token], at: int) -> Token | None:
    """The likeness after "как" at ``at``, when the reader is named right before it."""
    if at + 1 < len(sentence) and name_plural(sentence[at + 1]) and closes(sentence[at + 1].gap_after) and any(
            morphology.can_be(t.reading, "VERB", "2per", "plur") for t in sentence[max(0, at - _VERB_REACH) : at]):
        return sentence[at + 1]  # Обещаете сроки, как Нострадамусы: a comma before a famous name quotes no tale
    before = sentence[at - 1]
    if at >= 2 and not closes(sentence[at - 2].gap_after) and (before.reading in _BETWEEN or before.reading == "вы" and morphology.can_be(
            sentence[at - 2].reading, "VERB", "2per", "plur")):
        before = sentence[at - 2]  # Сидите там как мешки с мукой; Поворачиваетесь вы, как ихтиозавры
    if not CYRILLIC.search(before.reading):
        return None
    # (сидите, суетитесь: the same form orders; said to the reader either way); a comma may
    # stand between the verb and its likeness (спите, как коалы на ветке)
    verb = morphology.can_be(before.reading, "VERB", "2per", "plur")
    if closes(before.gap_after) and not (verb and before.gap_after.strip() == ","):
        return None
    living = False
    if before.reading != "вы" and not verb:
        living = _verb_before(sentence, at)
        if not living:
            return None
    index = at + 1
    # one adjective before the noun (колорадские жуки, настоящие мастера)
    if (index + 1 < len(sentence) and not closes(sentence[index].gap_after)
            and morphology.can_be(sentence[index].reading, "ADJF", "plur", "nomn")
            and morphology.can_be(sentence[index + 1].reading, "NOUN", "plur", "nomn")):
        index += 1
    if index >= len(sentence):
        return None
    noun = sentence[index]
    # "вы как X" says in what capacity as often (вы как дистрибьюторы можете …): a likeness
    # only with the dash or the colon that goes on to say how (Вы как утюги — тяжёлые и
    # холодные; Вы как бабки на лавке: обсуждаете …)
    described = index + 1 < len(sentence) and morphology.can_be(
        sentence[index + 1].reading, "ADJF", "plur", "nomn") and not closes(noun.gap_after)
    end = _tail(sentence, index + 1 if described else index)
    if before.reading == "вы" and not closes(end.gap_after, "—–:"):
        return None
    # a person's name in the plural, closing its clause, is a likeness too (как Нострадамусы.; not
    # "как Петровы оформили заказ", which asks how)
    # (with a name after it: как Акакии Акакиевичи)
    second = sentence[index + 1] if index + 1 < len(sentence) and not closes(noun.gap_after) else None
    famous = name_plural(noun) and (closes(noun.gap_after) or second is not None and closes(second.gap_after) and (
        name_plural(second) or morphology.can_be(second.reading, "Patr", "plur")))
    if noun.surface[:1].isupper() and not famous:
        return None
    if noun.quoted or not CYRILLIC.search(noun.reading) or not morphology.can_be(noun.reading, "NOUN", "plur", "nomn"):
        return None
    # a first name in lower case is a kind of person (как ваньки-встаньки), not the person
    named_as_kind = noun.surface[:1].islower() and nominative(noun.reading, plural=True, unless=("Geox", "Orgn", "Abbr", "NPRO"))
    if not (famous or named_as_kind or nominative(noun.reading, plural=True, unless=_NAMES)) or _kind_or_role(noun):
        return None
    if living and not morphology.can_be(noun.reading, "NOUN", "plur", "nomn", "anim"):
        return None  # выгружаете товары как файлы: a thing after words between is a capacity
    # как товары, так и группы; как файлы или как ссылки: "как" that lists or asks the way
    rest = [t.reading for t in sentence[index + 1 : index + 8]]
    return None if "или" in rest[:3] or " так и " in f" {' '.join(rest)} " else noun


def _english(sentence: Sequence[Token], at: int) -> Token | None:
    """you lot are like koalas; you are worse than the emmets; you lot are slower than a dodman:
    the likeness, plural or after "a" when worse."""
    word = sentence[at].reading
    index = at + 1
    if word in _THAN:
        if index >= len(sentence) or sentence[index].reading != "than":
            return None
        index += 1
    elif word != "like":
        return None
    # you're worse than; you lot are like (not "you're like", as often praise: you're like
    # family, like doctors for websites)
    said = [t.reading for t in sentence[max(0, at - 3) : at]]
    worse = word in _THAN and (said[-2:] in (["you", "re"], ["you", "are"]) or len(said) == 3 and said[0] == "you"
                               and said[1] in _YOU_GROUP and said[2] == "are")  # you lot are slower than …
    if not (worse or len(said) == 3 and said[0] == "you" and said[1] in _YOU_GROUP and said[2] == "are"):
        return None
    one = index < len(sentence) and sentence[index].reading in ("a", "an")
    if index < len(sentence) and sentence[index].reading in _ARTICLES:
        index += 1
    if index >= len(sentence):
        return None
    noun = sentence[index]
    # worse than a snail: one thing, after "a", likens as many do
    plural = english_plural(noun.reading) or worse and one and noun.reading.isalpha()
    if noun.quoted or not LATIN.search(noun.reading) or CYRILLIC.search(noun.reading) or not plural or noun.surface[:1].isupper():
        return None
    return None if noun.reading in _EN_NOT_LIKENESS or _in(noun, "friendly_address") else noun


# What a thing is "about as … as" when the writer mocks the desk with it (about as useful as a
# chocolate teapot, about as much help as a paper umbrella).
_MERITS = frozenset(("useful", "helpful", "sharp", "handy", "quick", "fast", "bright", "clever", "smart", "much",
                     "pleasant", "reliable", "responsive", "competent", "efficient", "effective", "welcome", "good"))
_YOURS = frozenset(("you", "your", "yours", "youre"))
_BE = frozenset(("is", "are", "re", "s", "be", "been"))
# How far before "about as" the reader or his desk must be named.
_SUBJECT_REACH = 6


def _about_as(sentence: Sequence[Token], at: int) -> Token | None:
    """Your support is about as sharp as a half-shut knife; you're about as useful as a
    chocolate teapot: the desk (you, your …) said to be about as good at something as a thing
    that is good for nothing, "a" or "an" before it. Not a price (costs about as much as a
    coffee), nor exclaimed or thanked for."""
    words = [t.reading for t in sentence]
    # "about" may go unsaid after the verb (Your support is as useful as a chocolate teapot)
    if words[at] == "as" and at and words[at - 1] in _BE:
        at -= 1
    elif words[at] != "about":
        return None
    if at + 5 > len(sentence) or words[at + 1] != "as":
        return None
    merit = at + 2 + (words[at + 2] == "much" and at + 3 < len(words) and words[at + 3] in ("use", "help"))  # as much use as
    if words[at + 2] not in _MERITS or merit + 2 >= len(words) or words[merit + 1] != "as" or words[merit + 2] not in ("a", "an"):
        return None
    at = merit - 2
    before = words[max(0, at - _SUBJECT_REACH) : at]
    if not _YOURS & set(before) or any(w.startswith("cost") for w in before):
        return None
    if "!" in sentence[-1].gap_after or {"thanks", "thank", "cheers"} & set(words):
        return None  # exclaimed or thanked: praise (about as fast as a rocket, thanks!)
    return sentence[at + 5] if at + 5 < len(sentence) else None


# A flock or a pack the desk is likened to (like a pack of latchicos, like a flock of silly geese).
_FLOCKS = frozenset(("pack", "flock", "bunch", "herd", "gaggle", "swarm", "troop", "gang", "load", "crowd", "band", "row"))


def _like_a_pack(sentence: Sequence[Token], at: int) -> Token | None:
    """You're like a pack of latchicos; running this desk like a pack of messans; answering the same
    template like a flock of silly geese: a flock or a pack of anything the desk (you, your) is
    likened to, up to two words said of it; not a friendly or praising word (like a bunch of pros)."""
    words = [t.reading for t in sentence]
    if words[at] != "like" or at + 4 >= len(words) or words[at + 1] not in ("a", "an") or words[at + 2] not in _FLOCKS or (
            words[at + 3] != "of"):
        return None
    if at:
        said = any(w in _YOURS or w == "answering" for w in words[:at])
    else:  # the likeness opening the sentence, "you" or "that desk" after it (Like a row of wooden-heads, you just sit there)
        after = words[next((i for i, t in enumerate(sentence) if "," in t.gap_after), len(words)) + 1 :][:2]
        said = bool(after) and (after[0] in _YOURS or after[0] in ("that", "this") and len(after) == 2 and after[1] in _THE_DESK)
    if not said or {"thanks", "thank", "cheers"} & set(words):
        return None
    for offset, token in enumerate(sentence[at + 4 : at + 7]):
        if _in(token, "friendly_address") or _in(token, "mock_praise") or token.quoted:
            return None
        if english_plural(token.reading) or closes(token.gap_after) or offset == 2:
            return token  # the plural, or the third word at most (like a flock of silly geese)
    return None


# Dealing with the desk likened to something (Talking to your helpdesk is like arguing with
# mollusks; Talking to you guys is like talking to cardboard cutouts): what it is like is never
# praise unless a friendly word says so (like talking to a friend).
_DEALING = frozenset(("talking", "dealing", "speaking", "arguing", "chatting", "corresponding"))
_THE_DESK = frozenset(("you", "support", "helpdesk", "desk", "team", "line", "staff", "agents", "people", "guys", "lot",
                       "engineers", "operators", "department"))
_DEALING_REACH = 6


def _dealing_with_you(sentence: Sequence[Token]) -> int | None:
    """Where the "like" of "Talking to your first line is like …" stands, when the talking is to
    the desk's people."""
    words = [t.reading for t in sentence]
    if len(words) < 5 or words[0] not in _DEALING or words[1] not in ("to", "with"):
        return None
    like = next((i for i in range(2, min(len(words) - 1, _DEALING_REACH + 2)) if words[i] == "like" and words[i - 1] in ("is", "s")), None)
    if like is None:
        return None
    said_to = set(words[2 : like - 1])
    if not (_YOURS & said_to and _THE_DESK & said_to) or any(closes(t.gap_after) for t in sentence[: like - 1]):
        return None  # the desk's people, not its things (Working with your API is like …)
    rest = sentence[like + 1 :]
    if not rest or any(_in(t, "friendly_address") or t.reading in ("friend", "friends", "family", "pro", "pros") for t in rest):
        return None
    return like


def likened(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """The reader likened to plural creatures or things, with offsets, in a text's sentences as
    ``insult_sentences.sentences`` reads them."""
    found = []
    for sentence in read:
        if (like := _dealing_with_you(sentence)) is not None:
            found.append((sentence[like].start, " ".join(t.surface for t in sentence[like : like + 5])))
        for at, token in enumerate(sentence):
            if not at:
                likeness = _like_a_pack(sentence, at)
            else:
                likeness = _russian(sentence, at) if token.reading == "как" else (
                    _english(sentence, at) or _about_as(sentence, at) or _like_a_pack(sentence, at))
            if likeness is not None:
                found.append((likeness.start, likeness.surface))
    return found
