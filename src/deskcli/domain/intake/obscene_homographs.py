"""Where a vulgar word's letters are an everyday word's (SPEC 2.8.3): a few vulgar words
share forms with inanimate nouns of the dictionary (сучки: bitches, or knots in timber;
сучья: a bitch's, or branches), and a forwarded mail quotes someone else's words.

A shared form counts as the everyday noun only where the grammar or the message says so: an
ordinary adjective before it agrees with the inanimate noun (мелкие сучки, сухие сучья); a
thing has it (доски с сучками, ветка без сучьев: a preposition of having between an inanimate
noun and the form); or the message names the noun in a form no vulgar word shares (без
сучков ... с сучками: one word keeps one sense in one message). An adjective that insults
(тупые), a pronoun (эти, ваши) or a capital at the sentence's start (Сука, ...) leaves the word
vulgar, as does anything aimed at the desk."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.wordlists import fold

# Readings that are no everyday noun however the dictionary files them.
_NOT_EVERYDAY = frozenset(("Infr", "Slng", "Name", "Surn", "Patr", "Geox", "Abbr"))
_AGREEMENT = ("sing", "plur", "nomn", "gent", "datv", "accs", "ablt", "loct")
_MODIFIERS = frozenset(("ADJF", "PRTF", "NUMR"))


def _everyday_nouns(word: str, mat_lemmas: frozenset[str]) -> list[morphology.Parse]:
    return [
        p for p in morphology.parses(word)
        if p.known and p.has("NOUN", "inan") and p.lemma not in mat_lemmas and not p.grammemes & _NOT_EVERYDAY
    ]


def _agrees(modifier: morphology.Parse, noun: morphology.Parse) -> bool:
    return all((g in modifier.grammemes) == (g in noun.grammemes) for g in _AGREEMENT if g in noun.grammemes)


_WITH_GENITIVE = frozenset(("с", "со", "из", "от", "до", "без", "у", "возле", "около"))


def innocent_homograph(
    written: Sequence[re.Match[str]], index: int, text: str, mat_lemmas: frozenset[str]
) -> bool:
    """Whether a lower-case word that is both a vulgar word and an everyday inanimate noun is
    the noun here: an ordinary adjective or numeral right before it agrees with the noun."""
    from deskcli.domain.intake.insult_lexicon import is_insult_word

    surface = written[index].group()
    word = fold(surface)
    if surface[:1].isupper() and _a_name_in_a_sentence(text, written[index].start()):
        # a value or a title within a sentence («Сучки»: the property a shop lists), where the
        # message names the noun plainly elsewhere; a capital opening a sentence stays a call
        nouns = _everyday_nouns(word, mat_lemmas)
        return bool(nouns) and bool(morphology.lemmas(word) & mat_lemmas) and not _points_at_people(
            text, written[index].start()) and _named_plainly(written, {n.lemma for n in nouns}, mat_lemmas)
    if not surface[:1].islower() or index == 0 or not morphology.lemmas(word) & mat_lemmas:
        return False
    nouns = _everyday_nouns(word, mat_lemmas)
    before = written[index - 1]
    if not nouns or text[before.end() : written[index].start()].strip(" "):
        return False
    modifier = fold(before.group())
    if is_insult_word(modifier) or morphology.lemmas(modifier) & mat_lemmas or _points_at_people(text, written[index].start()):
        return False
    if _had_by_a_thing(written, index, text) or _named_plainly(written, {n.lemma for n in nouns}, mat_lemmas):
        return True
    # a preposition that takes the everyday noun's case (слетела с сука: from a bough)
    if modifier in _WITH_GENITIVE and any(noun.has("gent") for noun in nouns):
        return True
    return any(
        _MODIFIERS & m.grammemes and "Apro" not in m.grammemes and _agrees(m, noun)
        for m in morphology.parses(modifier)
        for noun in nouns
    )


def _a_name_in_a_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands in quotes or brackets inside a sentence, not at its
    opening (where a capital is the sentence's own, or a call: "Сучки, верните деньги")."""
    before = text[:start]
    opened = before.rstrip(" ")
    if not opened or opened[-1] not in "«\"'“„(":
        return False
    rest = opened[:-1].rstrip(" ")
    return bool(rest) and rest[-1] not in ".!?\n:;—-"


# Prepositions of having or lacking: a thing with or without knots (доска с сучками).
_HAVING = frozenset(("с", "со", "без"))


def _had_by_a_thing(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether the form follows с / без after an inanimate noun the dictionary knows (доски
    с сучками): a thing's part, where a person (менеджеры с сучками) or a pronoun is no thing."""
    if index < 2 or fold(written[index - 1].group()) not in _HAVING:
        return False
    if text[written[index - 2].end() : written[index - 1].start()].strip(" "):
        return False
    head = morphology.parses(fold(written[index - 2].group()))
    return bool(head) and all(p.known and p.has("NOUN", "inan") for p in head)


def _named_plainly(written: Sequence[re.Match[str]], nouns: set[str], mat_lemmas: frozenset[str]) -> bool:
    """Whether another word of the message is a form of the same everyday noun that no vulgar
    word shares (сучков, сучком: only сучок's): the writer means the noun throughout."""
    for match in written:
        found = morphology.parses(fold(match.group()))
        lemmas = {p.lemma for p in found if p.has("NOUN")}
        if lemmas & nouns and not {p.lemma for p in found} & mat_lemmas:
            return True
    return False


# Answering in any form (не ответили, ответят): whoever answers the customer is the desk's.
_ANSWERING = frozenset(("ответить", "отвечать"))


def _points_at_people(text: str, start: int) -> bool:
    """Whether the word's sentence speaks to or of people (вы, ваши, поддержка, менеджеры,
    you): then the shared form is said of them (ленивые сучки из поддержки) and stays vulgar."""
    from deskcli.domain.intake.insult_parties import in_section
    from deskcli.domain.intake.insult_sentences import sentences

    for sentence in sentences(text):
        if sentence and sentence[0].start <= start <= sentence[-1].start:
            return any(
                in_section(t, s) or morphology.lemmas(t.reading) & _ANSWERING
                for t in sentence
                for s in ("addressee", "possessive", "person", "answering")
            )
    return False


# A line quoted from an earlier or forwarded mail: "> ...", ">> ...".
_QUOTED_MAIL_LINE = patterns.compile(r"(?m)^[ \t]*>[^\n]*")


def outside_quoted_mail(text: str) -> str:
    """The text with its quoted mail lines blanked (the same length, so offsets hold)."""
    return _QUOTED_MAIL_LINE.sub(lambda m: " " * len(m.group()), text)
