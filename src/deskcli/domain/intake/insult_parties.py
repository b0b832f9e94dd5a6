"""Who an insult is said of (SPEC 2.8.3): the desk's people, or someone who is not the desk.

2.8.3 refuses insults at the support staff. A customer who calls his own colleague an idiot
(какой-то идиот из наших менеджеров, some moron on our team) or curses an unknown outsider
(какие-то кретины шлют спам в отзывы, spammers, bots) insults a third party: the
message is no refusal unless mat is in it (mat counts wherever it is aimed, see obscene.py).
The words that tell the parties apart are in insult_context.txt.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.cues import lemma_in
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.insult_sentences import CLAUSE_PUNCTUATION, Token
from deskcli.domain.intake.wordlists import WordSet, sections
from deskcli.domain.intake.writer_intro import compound_institution, verbless


@cache
def context_words(section: str) -> WordSet:
    return WordSet(sections("insult_context.txt")[section])


def in_section(token: Token, section: str) -> bool:
    return token.reading in context_words(section)


# какой-то, кто-то, какие-нибудь: a person the writer cannot name; some, someone likewise.
# The writer as the subject just before an abusive phrase (признаю, я олух царя небесного):
# said of himself, no abuse of anyone (searched up to the phrase's start).
SAID_OF_ONESELF = patterns.compile(r"(?<![^\W_])(?:я|i\s*'?m|i\s+am)\s+(?:(?:же|ведь|просто|just|such|a|an)\s+)*\Z")
INDEFINITE_TAILS = frozenset(("то", "нибудь", "либо"))
_INDEFINITE_HEADS = ("как", "кто", "кого", "кем", "кому", "чей", "чь")
_EN_INDEFINITE = frozenset(("some", "someone", "somebody"))
# How far before the insult an indefinite word may stand: какие-то два кретина, some stupid morons.
_INDEFINITE_REACH = 3


def _indefinite(sentence: Sequence[Token], at: int) -> bool:
    token = sentence[at]
    if token.reading in _EN_INDEFINITE:
        return True
    following = sentence[at + 1] if at + 1 < len(sentence) else None
    return (
        following is not None
        and token.reading.startswith(_INDEFINITE_HEADS)
        and token.gap_after == "-"
        and following.reading in INDEFINITE_TAILS
    )


def unknown_outsider(sentence: Sequence[Token], index: int) -> bool:
    """Whether the insult names people the writer cannot name (какие-то кретины, some morons)
    and nothing in the sentence points at the desk: no вы/ваш/you/your, no one answering the
    customer, no one who made the product (какие-то неучи сверстали этот шаблон)."""
    before = range(max(0, index - _INDEFINITE_REACH), index)
    if not any(_indefinite(sentence, at) for at in before):
        return False
    desk = ("addressee", "possessive", "answering", "maker")
    return not any(in_section(token, section) for token in sentence for section in desk)


def outsiders_before(previous: Sequence[Token]) -> bool:
    """Whether the sentence before names people the writer cannot name, or outsiders, and
    nothing of the desk's (Какие-то вандалы шлют спам. Мерзавцы работают ночью.): a plural
    insult heading the next sentence goes on about them."""
    desk = ("addressee", "possessive", "answering", "maker")
    return any(_indefinite(previous, at) or in_section(token, "third_party") for at, token in enumerate(previous)) and not any(
        in_section(token, section) for token in previous for section in desk)


# How far before the insult the being it stands beside may be named (наш бывший подрядчик, мягко говоря, вредитель).
_APPOSITION_REACH = 4
DASHES = ("—", "–", "-")
# A greeting of the time of day in two words (Добрый день), as the readings of a sentence's words
GOOD_TIMES = (["добрый", "день"], ["доброе", "утро"], ["добрый", "вечер"])


def _being(token: Token) -> bool:
    """A living being named in the nominative who is not the desk: an outsider (бот, конкурент)
    or any animate noun (сосед, подрядчик, провайдер) that insult_context.txt does not list as
    one of the desk's people or as words said to the reader."""
    if in_section(token, "third_party"):
        return True
    if any(in_section(token, s) for s in ("person", "addressee", "possessive", "greeting")):
        return False
    found = morphology.parses(token.reading) if CYRILLIC.search(token.reading) else ()
    return bool(found) and found[0].has("NOUN", "anim", "nomn") and not any(found[0].has(g) for g in ("Name", "Surn", "Patr"))


def beside_an_outsider(sentence: Sequence[Token], index: int) -> bool:
    """Whether the insult, set off by a comma or a dash, says what a being named just before it
    is, and that being is not the desk (сосед по офису, мерзавец, выдернул шнур; боты-спамеры,
    сволочи, заваливают форму; этот провайдер — сборище бездельников). Nothing in the sentence
    may point at the reader (`speaks_to_reader`)."""
    start = index
    while start and in_section(sentence[start - 1], "exclamative") and not CLAUSE_PUNCTUATION.search(sentence[start - 1].gap_after):
        start -= 1  # сборище бездельников: the insult's head word
    gap = sentence[start].gap_before
    # a comma, or a dash with a space (a hyphen joins words: боты-спамеры)
    if not start or not ("," in gap or gap.strip() in DASHES and gap != gap.strip()):
        return False
    named = any(_being(sentence[at]) for at in range(start - 1, max(-1, start - 1 - _APPOSITION_REACH), -1))
    if not named or any(in_section(t, s) for t in sentence[:start] for s in ("addressee", "possessive", "person")):
        return False
    return not speaks_to_reader(sentence[index + 1 :])


_EN_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "from", "of"))


def _preposition(token: Token) -> bool:
    return token.reading in _EN_PLACE_PREPOSITIONS or morphology.can_be(token.reading, "PREP")


def customers_side_after(sentence: Sequence[Token], index: int) -> bool:
    """Whether the words right after the insult place its people on the customer's side or
    among outsiders: из наших (менеджеров), у нас в отделе, on our team, кретины-спамеры."""
    following = sentence[index + 1 : index + 4]
    if following and (following[0].reading.startswith("котор") or following[0].reading in ("who", "that")):
        # the cowboy builders who made our first site, идиоты, которые делали наш сайт: whoever
        # made the customer's own things (not "your template": the vendor made that)
        if _made_ours(sentence[index + 2 : index + 5], 0):
            return True
    previous = sentence[index]
    for at, token in enumerate(following):
        if previous.gap_after.strip() not in ("", "-") and CLAUSE_PUNCTUATION.search(previous.gap_after):
            return False  # идиоты, наши программисты всё проверили: the insult was an address
        if at == 0 and in_section(token, "third_party"):
            return True
        if at and _preposition(following[at - 1]) and (
            in_section(token, "self_possessive") or in_section(token, "customer_side")
        ):
            return True
        previous = token
    return False


# Whom the writer says it for: повторяю ещё раз для идиотов, I repeat for the morons.
_FOR = frozenset(("для", "for"))
_SAYING_EN = frozenset(("repeat", "explain", "say", "write", "spell"))
_SAYING_SPAN = 4
_TIMES = frozenset(("раз", "раза"))  # ещё раз, в сотый раз: how often, no object


def told_to(sentence: Sequence[Token], index: int) -> bool:
    """Whether the insult names those the writer is telling something to: для / for before
    it (with only its qualifiers between, in one clause) after a verb of the writer in the
    first person (объясняю, повторяю, пишу; I repeat)."""
    for at in range(index - 1, max(-1, index - _SAYING_SPAN), -1):
        if CLAUSE_PUNCTUATION.search(sentence[at].gap_after):
            return False
        if sentence[at].reading in _FOR:
            # the verb right before для, or with an adverb between (объясняю ещё раз для ...);
            # a verb with an object of its own (пишу инструкцию для ...) makes it for them
            verb = next(
                (t for t in reversed(sentence[max(0, at - 3) : at])
                 if morphology.can_be(t.reading, "VERB", "1per", "sing") or t.reading in _SAYING_EN),
                None,
            )
            if verb is None or customers_side_after(sentence, index):
                return False
            between = sentence[sentence.index(verb) + 1 : at]
            return not any(
                t.reading not in _TIMES and (found := morphology.parses(t.reading)) and found[0].has("NOUN")
                for t in between
            )
    return False


# The words that open a relative clause after a person: ублюдок, который ...; the prick who ...
_RELATIVE_HEADS = ("котор", "кто")
_EN_RELATIVE = frozenset(("who", "that"))
# How many words of the clause may come before its verb (который мне вчера ответил).
_RELATIVE_REACH = 3


def thing_adjective(word: str) -> bool:
    """Whether a Russian word is only ever an adjective in the singular, no noun (захудалый)."""
    return morphology.can_be(word, "ADJF", "sing") and not (morphology.can_be(word, "NOUN") or morphology.can_be(word, "plur"))


def compares_the_reader(token: Token) -> bool:
    """Whether a word before "как" is a verb in the second person plural (сидите там как
    манекены): the reader is the one compared."""
    found = morphology.parses(token.reading)
    return bool(found) and found[0].has("2per") and found[0].has("plur")


def _made_ours(clause: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` of a relative clause is a making (made, делали) of the
    customer's own things, наш or our within two words after it."""
    return at < len(clause) and in_section(clause[at], "maker") and any(in_section(t, "self_possessive") for t in clause[at + 1 : at + 3])


def did_the_desks_work(sentence: Sequence[Token], index: int) -> bool:
    """Whether a relative clause right after the insult says its person did the desk's work:
    answered, closed the request, made or released the product (тот урод, который выпустил
    релиз; the prick who designed this module; the moron who closed my ticket)."""
    if index + 1 >= len(sentence):
        return False
    head = sentence[index + 1].reading
    if not (head.startswith(_RELATIVE_HEADS) or head in _EN_RELATIVE):
        return False
    # какой-то кретин, который написал нам скрипт: someone the writer cannot name made it for
    # him; only answering him is the desk's own doing
    unnamed = any(_indefinite(sentence, at) for at in range(max(0, index - _INDEFINITE_REACH), index))
    clause = sentence[index + 2 : index + 2 + _RELATIVE_REACH]
    for at, token in enumerate(clause):
        # (not whoever made the customer's own: the builders who made our first site)
        if in_section(token, "answering") or (in_section(token, "maker") and not unnamed and not _made_ours(clause, at)):
            return True
        # wrote, написал: the desk's work when what was written is the desk's (a reply, the
        # module, its code), not a review or a post of someone else's
        if token.reading in _WROTE and not unnamed:
            return any(t.reading.startswith(_WRITTEN) for t in sentence[index + 3 + at : index + 6 + at])
        # who didn't read my ticket, кто не прочитал моё письмо: reading the customer's own is the desk's
        if token.reading in _READ and any(t.reading in _MINE for t in sentence[index + 3 + at : index + 5 + at]):
            return True
        if CLAUSE_PUNCTUATION.search(token.gap_after):
            break
    return False


_READ = frozenset(("read", "прочитал", "прочитала", "прочитали", "читал", "читала", "читали", "прочёл", "прочел"))
_MINE = frozenset(("my", "our", "мой", "мою", "моё", "мое", "мои", "наш", "нашу", "наше", "наши"))
_WROTE = frozenset(("написал", "написала", "написали", "писал", "писала", "писали", "wrote", "written", "coded"))
_WRITTEN = ("ответ", "модул", "код", "скрипт", "обновлени", "документаци", "reply", "answer", "response", "module", "code",
            "script", "update", "docs", "documentation")


# Imperatives that ask for help, said to anyone asked (подскажите, помогите): no sign of abuse's reader.
_ASKING_HELP = ("подска", "помог", "помоч", "объясн", "уточн")


def speaks_to_reader(tokens: Sequence[Token]) -> bool:
    """Whether words speak to the reader: вы, ваш, you, or a verb in the second person plural
    or the plural imperative (отпишитесь, работаете), not one that only asks for help."""
    return any(
        in_section(t, "addressee") or in_section(t, "possessive") or CYRILLIC.search(t.reading) is not None
        and not t.reading.startswith(_ASKING_HELP)
        and (morphology.can_be(t.reading, "VERB", "2per", "plur") or morphology.can_be(t.reading, "impr", "plur"))
        for t in tokens
    )


def after_a_place(sentence: Sequence[Token], index: int) -> bool:
    """Whether a word follows a capitalised place or firm across a comma, as a shop signs a
    letter (Серменево, валенки, лиц. …): what it sells, not whom it calls (Ирина, овца, … is a
    name's)."""
    before = sentence[index - 1] if index else None
    if before is None or "," not in sentence[index].gap_before or not before.surface[:1].isupper():
        return False
    # a place the dictionary names, or a Cyrillic name it lacks; not a greeting or a call (Эй,
    # тормоза; Hello, clowns), which are words it knows
    place = morphology.can_be(before.reading, "Geox") or not morphology.is_known(before.reading)
    return bool(CYRILLIC.search(before.reading)) and place and not morphology.can_be(before.reading, "Name")


# Where the desk's people sit, as word starts: (в) поддержке, (в) отделе, (на второй) линии, (в) конторе.
DESK_PLACES = ("поддержк", "техподдержк", "саппорт", "отдел", "контор", "лини", "первой", "второй")
# The prepositions before them.
IN_OR_ON = frozenset(("в", "во", "на"))


# Relative words that go on to describe what a word names (Шестёрка, которая у нас стоит, …).
_WHICH = frozenset(("который", "которая", "которое", "которые", "которую", "which"))


def not_an_address(sentence: Sequence[Token], index: int) -> bool:
    """Whether a word is described by a relative clause right after its comma: a thing or a
    version talked about (Шестёрка, которая у нас стоит), not a name the reader is called; or is
    a Russian word no address can be, in no nominative (Коровам, говорят, всё равно; Лошадей у нас
    восемь)."""
    word = sentence[index].reading
    if CYRILLIC.search(word) and not (morphology.can_be(word, "nomn") or morphology.can_be(word, "voct")):
        return True
    return index + 1 < len(sentence) and "," in sentence[index].gap_after and sentence[index + 1].reading in _WHICH


def a_thing_called(sentence: Sequence[Token], index: int) -> bool:
    """Whether the word is one thing called so between commas right after it (насос, падла,
    сгорел): said of the thing, not of the reader, as a plural of beings would be (заявка, уроды, …)."""
    if not index or index + 1 >= len(sentence) or "," not in sentence[index].gap_before or "," not in sentence[index].gap_after:
        return False
    # the thing heads the sentence, a genitive after it at most (Принтер чеков, гад, не печатает)
    head = 0 if index == 2 and morphology.can_be(sentence[1].reading, "gent") and not morphology.can_be(
        sentence[1].reading, "nomn") else index - 1
    thing, called = sentence[head].reading, sentence[index].reading
    if head and morphology.can_be(sentence[head - 1].reading, "PREP"):
        return False  # (Верните деньги за продление, имбецилы, …: the thing is no subject)
    # the thing does what follows, in the singular (насос, падла, сгорел; сайт, зараза, опять лежит)
    does = any(morphology.can_be(t.reading, "VERB", "sing") for t in sentence[index + 1 : index + 4])
    return does and bool(CYRILLIC.search(thing)) and morphology.can_be(thing, "NOUN", "sing", "nomn", "inan") and not (
        morphology.can_be(thing, "NOUN", "anim") or thing.startswith(DESK_PLACES)) and not morphology.can_be(called, "anim", "plur", "nomn")


def said_of_a_thing(sentence: Sequence[Token], index: int) -> bool:
    """Whether a word after a dash is what the sentence's first word, a thing, is said to be
    (Баннер, который …, — страхолюдина): a predicate of the thing, not a name the reader is called."""
    gap = sentence[index].gap_before
    if a_thing_called(sentence, index):
        return True
    if not index or not ("—" in gap or "–" in gap):
        return False
    head = sentence[0].reading
    return bool(CYRILLIC.search(head)) and morphology.can_be(head, "NOUN", "nomn", "inan") and not morphology.can_be(
        head, "NOUN", "anim") and not head.startswith(DESK_PLACES)


# English names of the desk (the support desk, your helpdesk), and of its places besides (your chat,
# second line, your billing department).
THE_DESK = frozenset(("support", "desk", "helpdesk", "team", "line", "department", "service"))
_EN_DESK_PLACES = THE_DESK | frozenset(("chat", "billing", "sales", "helpline", "hotline", "phones", "phone"))
_EN_AT = frozenset(("on", "in", "at", "from", "of"))
# Words between the preposition and the place (on your first line, in the sales team).
_EN_BEFORE_PLACE = frozenset(("your", "the", "that", "this", "first", "second", "third", "live", "support", "dev", "tech",
                              "help", "phone"))
# Asking for someone else instead: Get me a manager, not another lummox; someone who isn't a clot.
_INSTEAD_OF = (("not", "another"), ("isn", "t", "a"), ("isn", "t", "an"), ("is", "not", "a"), ("is", "not", "an"))


def at_the_desk(sentence: Sequence[Token], index: int) -> bool:
    """Whether an English insult is placed at the desk by the words after it (some galoot on your
    chat; the clowns in your billing department; the prick on line two), or the writer asks for
    someone who is not one (not another lummox; someone who isn't a clot)."""
    words = [t.reading for t in sentence[index + 1 : index + 5]]
    if {"i", "me", "myself"} & {t.reading for t in sentence[max(0, index - 3) : index]}:
        return False  # said of oneself (I'm an idiot on the phone)
    if words[:1] and words[0] in _EN_AT and not CLAUSE_PUNCTUATION.search(sentence[index].gap_after):
        rest = words[1:]
        while rest and rest[0] in _EN_BEFORE_PLACE and rest[1:] and rest[1] in _EN_DESK_PLACES | _EN_BEFORE_PLACE:
            rest = rest[1:]
        if rest and rest[0] in _EN_DESK_PLACES:
            return True
    # (a word of how much between: someone who isn't a total turnip)
    before = tuple(t.reading for t in sentence[max(0, index - 5) : index] if t.reading not in _HOW_MUCH)
    return any(before[-len(said) :] == said for said in _INSTEAD_OF)


_HOW_MUCH = frozenset(("total", "complete", "proper", "utter", "absolute", "real", "right", "bloody"))


def names_a_trade(rest: Sequence[Token]) -> bool:
    """Words after a comma that only name the writer's institution, up to the sentence's full
    stop: no predicate among them and an institution of `intake_cues.txt` (Хатассы,
    конноспортивный клуб.; Кептени, ткацкая мастерская.). What opens the letter before them is
    the writer's village, as ``writer_intro`` reads "Югорск, фитнес-клуб."; not the reader
    called names (Налимы сонные, три дня на ответ.; Детсадовцы, честное слово.)."""
    words = [t.reading for t in rest]
    return bool(rest) and "." in rest[-1].gap_after and verbless(words) and any(
        lemma_in(w, "institution") or compound_institution(w) for w in words)


_PLACE_PREPOSITIONS = IN_OR_ON | {"по"}


def somewhere_else(sentence: Sequence[Token], at: int) -> bool:
    """Whether the words before `at` set the sentence in a place that is not the desk, and name
    no one of it (По телевизору одни клоуны …; not У вас в поддержке одни клоуны): the
    judgement "одни X" is then of the people there."""
    before = sentence[:at]
    if any(in_section(t, "addressee") or in_section(t, "possessive") for t in before):
        return False
    # the place, or a word before it (в этой конторе)
    return any(t.reading in _PLACE_PREPOSITIONS and k + 1 < len(before) and not any(
        w.reading.startswith(DESK_PLACES) or in_section(w, "person") for w in before[k + 1 : k + 3]) for k, t in enumerate(before))
