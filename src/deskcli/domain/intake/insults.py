"""Insults (SPEC 2.8.3): words that insult people (``insult_lexicon``), counted only when
aimed at someone: said to the desk or of its people, or of anyone as a judgement, and not
reported, quoted, self-deprecating or said of a thing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC, QUOTED, plain_readings
from deskcli.domain.intake.insult_parties import (
    DASHES, SAID_OF_ONESELF, a_thing_called, after_a_place, at_the_desk, beside_an_outsider, compares_the_reader, context_words,
    customers_side_after, did_the_desks_work, not_an_address, outsiders_before, said_of_a_thing, somewhere_else, speaks_to_reader,
    thing_adjective, told_to, unknown_outsider, in_section as _in,
)
from deskcli.domain.intake.insult_lexicon import Insult, insult_lexicon, is_insult_word
from deskcli.domain.intake.insult_predicates import english_predicate, said_of_person
from deskcli.domain.intake.insult_owners import own_or_former
from deskcli.domain.intake.insult_sentences import CLAUSE_PUNCTUATION, Token, sentences
from deskcli.domain.intake.insult_instead import insults_by_shape
from deskcli.domain.intake.wordlists import fold

__all__ = ["aimed_insults", "context_words"]


def _reported(sentence: Sequence[Token], index: int) -> bool:
    """Whether the words before the insult report what someone else said or wrote."""
    for at in range(index):
        # so-called, так называемые: a hyphenated or fixed phrase, not reported speech
        if _in(sentence[at], "reporting") and sentence[at].gap_before.strip() != "-" and not _who_said_it(sentence, at, index):
            before = sentence[max(0, at - 3) : at]
            if not any(_in(token, "self_subject") for token in before):
                return True
    return False


_SOME = frozenset(("какой", "какая", "какие", "то", "some"))


def _who_said_it(sentence: Sequence[Token], verb: int, index: int) -> bool:
    """Whether the insult is who said it, not what was said (Мне ответил какой-то идиот): "some"
    alone between the verb and it, no punctuation, and a Russian insult in the nominative."""
    between = [t.reading for t in sentence[verb + 1 : index]]
    return bool(between) and set(between) <= _SOME and not any(CLAUSE_PUNCTUATION.search(t.gap_after) for t in sentence[verb:index]) and (
        not CYRILLIC.search(sentence[index].reading) or morphology.can_be(sentence[index].reading, "nomn"))


def _exclamative(sentence: Sequence[Token], index: int, insult: int | None = None) -> bool:
    """какие/what as a judgement; какой-то ("some") only points at an unknown person, and a
    noun between it and the ``insult`` is what it asks of (какие способы отсечь роботов)."""
    following = sentence[index + 1] if index + 1 < len(sentence) else None
    indefinite = following is not None and following.reading in ("то", "нибудь", "либо")
    between = sentence[index + 1 : insult] if insult is not None else ()
    headed = any(CYRILLIC.search(t.reading) and (found := morphology.parses(t.reading)) and found[0].has("NOUN")
                 and not is_insult_word(t.reading) for t in between)
    return _in(sentence[index], "exclamative") and not indefinite and not headed


# How far back the desk's person may stand as the subject an insult is said of; words that open a clause of another subject.
_FAR_SUBJECT = 11
_NEW_SUBJECT = ("котор", "кто", "что", "чей", "who", "which", "whose")
_WHERE = frozenset(("из", "в", "во", "на", "по", "под", "над", "за"))  # before a weak word: where, not who (люди из деревень)


def _aimed_at_someone(sentence: Sequence[Token], index: int, weak: bool = False, reader: bool = False) -> bool:
    """Whether an insult is addressed to, or said of, the desk's people or anyone named."""
    if beside_an_outsider(sentence, index) or weak and index and sentence[index - 1].reading in _WHERE:
        return False
    crossed = False
    for at in range(index - 1, max(-1, index - _FAR_SUBJECT), -1):
        token = sentence[at]
        if _in(token, "blocker"):
            break
        distance = index - at
        crossed = crossed or _in(token, "third_party") or token.reading.startswith(_NEW_SUBJECT)
        if distance > 5:
            # ваш менеджер Олег, если честно, совершенно тупой ...: the desk's person named as
            # the subject further back, with no one else (a third party, a relative clause
            # that starts another subject) in between.
            if crossed:
                break
            if _in(token, "person") or _named(sentence, at):
                if any(_in(t, "possessive") for t in sentence[max(0, at - 2) : at]):
                    return True
                break
            continue
        if distance <= 4 and _in(token, "third_party"):
            # a bunch of bots (absolute idiots ...), спамеры, полные кретины: the insult
            # qualifies the outsiders named right before it, as a blocker's people
            break
        if distance <= 4 and (_in(token, "addressee") or _exclamative(sentence, at, index) and not _self_subject(sentence, index) and not (
                weak and somewhere_else(sentence, at))):
            return True  # вы ..., какие идиоты; not "I'm such an idiot", said of oneself
        if distance <= 3 and (_in(token, "answering") or sentence[index - 1].reading == "как" and compares_the_reader(token)):
            return True  # отвечают какие-то бабуины: who answers is the desk; сидите там как манекены
        if _in(token, "person") and not (token.reading == "lot" and sentence[at + 1].reading == "of"):
            # мой прошлый разработчик, our developer: the customer's own people (a lot of: how many)
            return not own_or_former(sentence, at)
        if _named(sentence, at) and at and _in(sentence[at - 1], "possessive"):
            return True  # ваш Игорь — вахлак: one of the desk's people by his first name
        if distance == 1 and (_in(token, "possessive") or _desk_own(sentence, at)):
            return True
        if distance <= 2 and _in(token, "demonstrative") and not _self_subject(sentence, at):
            return True
    if CLAUSE_PUNCTUATION.search(sentence[index].gap_after):
        following: Sequence[Token] = ()
    else:
        following = sentence[index + 1 : index + 4]
    for offset, token in enumerate(following, start=1):
        if _in(token, "blocker"):
            break
        if _in(token, "person"):  # (not "Я горе-администратор": one word, said of oneself)
            # идиот из вашей поддержки; not идиот из наших менеджеров, a moron on our team
            return not (own_or_former(sentence, index + offset) or customers_side_after(sentence, index + offset)) and not (
                token.gap_before == "-" and _self_subject(sentence, index))
        if offset <= 2 and _in(token, "addressee") or offset == 1 and not weak and _in(token, "possessive"):
            return True  # идиоты вы; мымра ваша: the possessive after the word, as before it
        if CLAUSE_PUNCTUATION.search(token.gap_after):
            break
    if _answering_me(sentence, index) or _not_staff_but(sentence, index) or told_to(sentence, index) or did_the_desks_work(
        sentence, index
    ) or at_the_desk(sentence, index):
        return True
    return _called_by_it(sentence, index, weak, reader) and not _self_subject(sentence, index)


def _named(sentence: Sequence[Token], at: int) -> bool:
    """Whether a word is a first name as written (Игорь, Светлана), capital and all."""
    token = sentence[at]
    return token.surface[:1].isupper() and CYRILLIC.search(token.reading) is not None and morphology.can_be(token.reading, "Name")


def _desk_own(sentence: Sequence[Token], at: int) -> bool:
    """свой after an imperative said to the desk (передайте своему ...): the desk's own."""
    return _in(sentence[at], "own_reflexive") and any(
        morphology.can_be(token.reading, "impr", "plur") for token in sentence[max(0, at - 3) : at]
    )


# whoever answers me, or answered my ticket, my letter (моё письмо, my email)
_ME = frozenset(("мне", "me", "my", "мой", "моё", "мое", "мою", "мои"))


def _nominative(token: Token) -> bool:
    """A person named as what they are (а не программисты), not in a case of an object
    (фото обезьян, а не программистов); English has no case."""
    return not CYRILLIC.search(token.reading) or morphology.can_be(token.reading, "nomn")


def _not_staff_but(sentence: Sequence[Token], index: int) -> bool:
    """Whether the insult is set against the desk's people (клоуны, а не программисты;
    amateurs, not developers): what the customer says they are instead."""
    after = sentence[index + 1 : index + 9]
    return any(
        a.reading in ("а", "not") and (b.reading in ("не", "a", "an") or a.reading == "not")
        and any(_in(t, "person") and _nominative(t) for t in after[at + 1 : at + 4])
        for at, (a, b) in enumerate(zip(after, after[1:], strict=False))
    )


def _answering_me(sentence: Sequence[Token], index: int) -> bool:
    """Whether the insult names whoever answers the customer (отвечает мне ...)."""
    for at in range(max(0, index - 4), min(len(sentence), index + 4)):
        between = sentence[min(at, index) : max(at, index)]
        if (
            _in(sentence[at], "answering")
            and any(t.reading in _ME for t in sentence[max(0, at - 1) : at + 2])
            and not any(patterns.compile(r"[,;:!?]|\.\s").search(t.gap_after) for t in between)
            and not any(_in(t, "third_party") for t in sentence[: max(at, index)])
        ):
            return True
    return False


def _called_by_it(sentence: Sequence[Token], index: int, weak: bool = False, reader: bool = False) -> bool:
    """Whether the insult is a clause of its own (, идиоты!), alone or with one word that
    qualifies it (Ослы упрямые, ...; Incompetent clowns, ...): the reader is called by it. A
    word with an everyday sense takes an adjective only where the words after it speak to the
    ``reader`` (Крысы конторские, отпишитесь; Бюрократы бездушные. Вы ...)."""

    def ends_clause(at: int) -> bool:
        return at + 1 == len(sentence) or re.search(r"[,!?:]", sentence[at].gap_after) is not None

    def ends_address(at: int) -> bool:
        # the address may go on in a phrase of a preposition (обезьяны с клавиатурой, идиоты
        # из поддержки), verbless, to the clause's end
        return ends_clause(at) or _prepositional_tail(sentence, at, ends_clause)

    if index == 0 and _in(sentence[0], "interjection"):
        return False  # Poof! Rats!: an exclamation, a word of insult_context's interjections
    if index + 1 < len(sentence) and sentence[index + 1].reading.startswith("котор"):
        return False  # Идиоты, которые делали наш сайт, …: the subject a clause describes (did_the_desks_work judges it)
    # a word with an everyday sense in a list of things (Игрушки: обезьяны, попугаи, слоны) is one of them, not an address
    if weak and (_listed(sentence, index) or after_a_place(sentence, index) or not_an_address(sentence, index)):
        return False
    # (not an everyday adjective in the singular: "Захудалый, конечно, у нас сайт" is said of a thing)
    if (index == 0 or "," in sentence[index].gap_before and not said_of_a_thing(sentence, index)) and ends_address(index):
        return not (weak and thing_adjective(sentence[index].reading))
    # a word with an everyday sense (бараны белые) only beside another insult; two words also after a comma at a question's end
    at_question_end = index > 1 and "," in sentence[index - 1].gap_before and index + 1 == len(sentence) and "?" in sentence[-1].gap_after
    if (index == 1 or at_question_end) and (
        _qualifier(sentence[index - 1], weak and not reader) or index == 1 and _in(sentence[0], "greeting")) and ends_address(index):
        return True
    # дорогие мои тугодумы, dear incompetent clowns, …: a greeting and a word of whose, or
    # another insult, before the address
    if index == 2 and _in(sentence[0], "greeting") and (
        morphology.can_be(sentence[1].reading, "Apro") or _qualifier(sentence[1], weak)
    ) and ends_address(2):
        return True
    if index == 0 and len(sentence) > 1 and ends_clause(1):
        # Ослы упёртые, я вам пишу …: even a word with an everyday sense, qualified and
        # followed by words to "you", calls the reader by it
        return _qualifier(sentence[1], weak and not (reader or any(_in(token, "addressee") for token in sentence[2:])))
    return False


def _listed(sentence: Sequence[Token], index: int) -> bool:
    """Whether a word stands in a list of things: beside a noun of the same case across a comma
    or a conjunction (колодки, тормоза, диски; бараны и овцы), or after a colon that opens one."""

    def noun(at: int) -> bool:
        if not 0 <= at < len(sentence) or not CYRILLIC.search(sentence[at].reading) or is_insult_word(sentence[at].reading):
            return False
        found = morphology.parses(sentence[at].reading)
        return bool(found) and found[0].has("NOUN") and not found[0].has("Name")

    token = sentence[index]
    joined_before = index > 0 and sentence[index - 1].reading in _AND and noun(index - 2)
    joined_after = index + 1 < len(sentence) and sentence[index + 1].reading in _AND and noun(index + 2)
    before = "," in token.gap_before and noun(index - 1)
    after = "," in token.gap_after and noun(index + 1)
    # one noun beside it across a comma makes a list only after a colon that opens one
    opens = ":" in token.gap_before
    opened = any(":" in t.gap_after for t in sentence[:index])
    # Hex-heads, Torx and Phillips: an English list of names (capitalised, or one word before the
    # conjunction), a conjunction within three words on; not "knotheads, one more time and slowly"
    ahead = sentence[index + 1 : index + 5]
    named = not CYRILLIC.search(token.reading) and "," in token.gap_after and any(t.reading in _AND for t in ahead[1:]) and not any(
        is_insult_word(t.reading) for t in ahead) and (ahead[0].surface[:1].isupper() or ahead[1].reading in _AND)
    return joined_before or joined_after or before and after or opens or opened and (before or after) or named


_AND = frozenset(("и", "или", "а", "and", "or"))


# How many words a preposition's phrase may take after an address (с клавиатурой, из вашей поддержки).
_TAIL_WORDS = 3


def _prepositional_tail(sentence: Sequence[Token], at: int, ends_clause: Callable[[int], bool]) -> bool:
    """Whether the words after `at` are a preposition's phrase of a few words with no verb,
    ending where the clause ends: the address goes on (обезьяны с клавиатурой, ...); not у нас, у меня (the writer's own)."""
    if at + 1 >= len(sentence) or not morphology.can_be(sentence[at + 1].reading, "PREP") or sentence[at + 1].reading == "у" and (
            sentence[min(at + 2, len(sentence) - 1)].reading in ("нас", "меня")):
        return False
    for end in range(at + 2, min(len(sentence), at + 2 + _TAIL_WORDS)):
        found = morphology.parses(sentence[end].reading)
        # a verb, or a dash before a predicate (сапожник в каталоге — это категория), goes on
        if found and (found[0].has("VERB") or found[0].has("INFN")) or sentence[end].gap_before.strip() in DASHES:
            return False
        if ends_clause(end):
            return True
    return False


def _qualifier(token: Token, weak: bool) -> bool:
    """An insult beside an insult (incompetent clowns), or any adjective beside one
    without an everyday sense (идиоты безмозглые)."""
    if is_insult_word(token.reading):
        return True
    # сам дурак: a pronoun (сам, мой, этот) is no qualifier
    adjective = (morphology.can_be(token.reading, "ADJF") or morphology.can_be(token.reading, "PRTF")) and not morphology.can_be(
        token.reading, "Apro")
    return not weak and CYRILLIC.search(token.reading) is not None and adjective


def _self_subject(sentence: Sequence[Token], index: int) -> bool:
    """Whether the customer says it of himself: я идиот, мы сами дураки, my developer, I'm such
    an idiot (the article and the intensifier between count for nothing)."""
    before = [at for at in range(max(0, index - 5), index) if sentence[at].reading not in _INTENSIFIERS][-3:]
    # дорогие мои …: a greeting's "мои" is fondness (or mockery), not the writer's own people; nor
    # is "мой" of a thing in a clause before (над моим сайтом, ленивые бездельники; not мой сын, …)
    fond = len(before) >= 2 and _in(sentence[before[-2]], "greeting")
    clause = max((at + 1 for at in range(index) if CLAUSE_PUNCTUATION.search(sentence[at].gap_after)), default=0)
    return any(_in(sentence[at], "self_subject") or _in(sentence[at], "self_possessive") and not fond and (
        at >= clause or said_of_person(sentence, at)) for at in before)


_INTENSIFIERS = frozenset(("a", "an", "such", "complete", "total", "real", "absolute"))


def _said_of_group(sentence: Sequence[Token], index: int) -> bool:
    """A plural insult in the nominative names the people it judges (так отвечают только
    идиоты, ваша команда — кретины): in a ticket that is the desk's people, unless the
    customer's own people or customers stand beside it, the customer's side or outsiders
    right after it (кретины из наших менеджеров, идиоты-спамеры), or it names people the
    writer cannot name with nothing that points at the desk (какие-то кретины шлют спам ...), or a thing (насос, падла, …)."""
    start = max(0, index - 6)
    before = sentence[start:index]
    return not any(_in(token, s) for token in before for s in ("third_party", "self_subject", "self_possessive")) and not (
        any(own_or_former(sentence, at) for at, t in enumerate(sentence[start : index + 5], start) if at != index and _in(t, "person"))
        or a_thing_called(sentence, index) or customers_side_after(sentence, index) or unknown_outsider(sentence, index))


def _looks_like_name(sentence: Sequence[Token], index: int) -> bool:
    """A capitalised word inside a sentence is a surname (менеджер Козлов), not a jibe."""
    surface = sentence[index].surface
    return (
        index > 0
        and surface[:1].isupper()
        and not surface.isupper()
        and not sentence[index].gap_before.strip()
    )


# A word that mocks the person it is joined to with a hyphen (горе-программисты, горе-сисадмины:
# any living being's noun): the compound is an insult of that person.
_MOCKING = frozenset(("горе",))


def _mock_title(sentence: Sequence[Token], index: int) -> Insult | None:
    token = sentence[index]
    if token.reading not in _MOCKING or token.gap_after != "-" or index + 1 == len(sentence):
        return None
    person = sentence[index + 1]
    if not (_in(person, "person") or morphology.can_be(person.reading, "NOUN", "anim")):
        return None
    return Insult(False, False, person.reading.endswith(("ы", "и", "s")))


def _second_half(sentence: Sequence[Token], index: int) -> Insult | None:
    """The insult an English word makes with the one hyphened before it (brain-dead, pea-brained),
    or written apart from it (knuckle draggers), read where it ends, so that what follows is what it is said of."""
    token = sentence[index]
    if not index or CYRILLIC.search(token.surface):
        return None
    if token.gap_before == " ":
        return insult_lexicon().spaced(fold(sentence[index - 1].surface), fold(token.surface))
    if token.gap_before != "-":
        return None
    return insult_lexicon().insult(fold(f"{sentence[index - 1].surface}-{token.surface}"))


def aimed_insults(text: str) -> list[tuple[int, str]]:
    """Insulting words aimed at someone, with their offsets; abusive phrases too."""
    lexicon = insult_lexicon()
    found = []
    read = sentences(text)
    for at, sentence in enumerate(read):
        following = read[at + 1] if at + 1 < len(read) else ()
        for index, token in enumerate(sentence):
            insult = _second_half(sentence, index)
            view, where = sentence, index
            if insult is None:
                insult = next(filter(None, map(lexicon.insult, plain_readings(token.surface))), None) or _mock_title(sentence, index)
            else:
                # knuckle draggers, cane toads: the two words are one insult, read where it begins
                first = sentence[index - 1]
                joined = first._replace(surface=f"{first.surface}{token.gap_before}{token.surface}", gap_after=token.gap_after)
                view, where = [*sentence[: index - 1], joined._replace(reading=fold(joined.surface)), *sentence[index + 1 :]], index - 1
            if insult is None or token.quoted or _looks_like_name(view, where):
                continue
            # fool-proof, idiot-proof: an English compound's first half says what it resists
            if token.gap_after == "-" and not CYRILLIC.search(token.surface):
                continue
            if _reported(view, where):
                continue
            predicate = english_predicate(view, where)
            if insult.adjective and not (predicate or said_of_person(view, where)):
                continue
            reader = insult.weak and (speaks_to_reader(view[where + 1 :]) or speaks_to_reader(following))
            if predicate or _aimed_at_someone(view, where, insult.weak, reader) or (insult.plural_subject and not insult.weak and (
                    _said_of_group(sentence, index) and not (where == 0 and at and outsiders_before(read[at - 1])))):
                mocked = token.reading in _MOCKING and not lexicon.insult(token.reading) and view is sentence
                found.append((view[where].start, f"{token.surface}-{sentence[index + 1].surface}" if mocked else view[where].surface))
    folded = fold(text)
    # a phrase in quotes is named, as a quoted word is (обозвал нас «…»)
    quotes = [m.span() for m in QUOTED.finditer(text)]
    found += [
        (m.start(), text[m.start() : m.end()])
        for m in lexicon.phrases.finditer(folded)
        if not any(start <= m.start() and m.end() <= end for start, end in quotes) and not SAID_OF_ONESELF.search(folded, 0, m.start())
        and not _outsiders_phrase(read, m.end())
    ]
    seen = {start for start, _ in found}  # a shape's finding at a word already found is that word
    return found + [f for f in insults_by_shape(read) if f[0] not in seen]


def _outsiders_phrase(read: Sequence[Sequence[Token]], end: int) -> bool:
    """Whether the words after a phrase that ends at ``end`` place its people among outsiders
    (the cowboy builders who made our first site), as ``customers_side_after`` reads a word's."""
    return any(token.start < end <= token.start + len(token.surface) and customers_side_after(sentence, index)
               for sentence in read for index, token in enumerate(sentence))
