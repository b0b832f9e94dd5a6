"""An English insult as the predicate of a clause about the desk ("whoever answered my ticket
is a total loser", "you're a dumb bot", "stop being a jackass"): where English puts what it
says of someone, after a copula, which the Russian-shaped tests of ``insults`` do not see; and
whether an insulting adjective is said of a person (`said_of_person`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import CLAUSE_PUNCTUATION, Token
from deskcli.domain.intake.normalising import CYRILLIC

# English puts an insult after a copula: "... is a total loser", "you're a dumb bot", "stop
# being a jackass", "don't be a dick". Between the copula and the insult stand articles,
# intensifiers and at most one more word (a dumb *bot*: the adjective is said of whom the
# clause is about, whatever noun follows).
_COPULA = frozenset(("is", "are", "re", "s", "be", "being", "was", "were", "am", "m"))
_PREDICATE_FILLER = frozenset((
    "a", "an", "such", "total", "complete", "absolute", "utter", "real", "proper", "right", "bloody", "just", "truly",
    "really", "so", "bunch", "pack", "lot", "of", "the", "most", "biggest", "all", "nothing", "but", "only", "completely", "utterly",
    "totally", "entirely",
))
# A copula said to the reader: don't be, stop being, quit being.
_TOLD_NOT_TO_BE = frozenset(("t", "dont", "stop", "quit", "never"))
# Whoever answered / the one who replied: the person a clause names by answering the customer.
_WHOEVER = frozenset(("whoever", "whomever", "who", "one", "person", "guy", "agent"))


def english_predicate(sentence: Sequence[Token], index: int) -> bool:
    """Whether an English insult is the predicate of a clause about the desk: its subject is
    you / your ..., whoever answered, or the copula is said to the reader (don't be, stop being)."""
    if CYRILLIC.search(sentence[index].reading):
        return False
    at, other = index - 1, 0
    # the system's own tools: an 's before "own" is a possessive, not "is"
    while at >= 0 and (sentence[at].reading not in _COPULA or sentence[at].reading == "s" and sentence[at + 1].reading == "own"):
        if _breaks(sentence[at].gap_after) or _in(sentence[at], "blocker"):
            return False
        if sentence[at].reading not in _PREDICATE_FILLER:
            other += 1
            if other > 1:
                return False
        at -= 1
    if at < 0:
        return False
    if at > 0 and sentence[at - 1].reading in _TOLD_NOT_TO_BE:
        return True
    # asked with the copula first: Are you all X (over there)?
    if (at == 0 or _breaks(sentence[at - 1].gap_after)) and any(_in(t, "addressee") for t in sentence[at + 1 : index]):
        return True
    clause = []
    for token in reversed(sentence[:at]):
        if _breaks(token.gap_after):
            break
        clause.append(token)
    # whoever answered my ticket / me: what follows the answering is its object, not the subject
    if any(t.reading in _WHOEVER for t in clause) and any(_in(t, "answering") for t in clause):
        return True
    subject = list(itertools.takewhile(lambda t: not _in(t, "blocker"), clause))
    if any(_in(t, "self_subject") or _in(t, "self_possessive") or _in(t, "third_party") for t in subject):
        return False
    return any(_in(t, "addressee") or _in(t, "possessive") for t in subject)


def _breaks(gap: str) -> bool:
    """Whether the gap between two words ends a clause; quotes alone round a word (your
    "specialist" is a half-wit) do not."""
    return CLAUSE_PUNCTUATION.search(gap.strip(' "“”«»')) is not None


_CALLING = frozenset(("hey", "oi", "listen", "look", "and", "oh", "well", "right"))


def english_vocative(sentence: Sequence[Token], index: int) -> bool:
    """you gormless article, you useless lump: an English insulting adjective after "you" at a
    clause's head calls the reader names whatever noun follows ("asked you useless questions"
    gives them to the reader)."""
    if not index or sentence[index - 1].reading != "you" or sentence[index - 1].gap_after.strip():
        return False
    if index + 1 < len(sentence) and CYRILLIC.search(sentence[index + 1].reading):
        return False
    return index == 1 or bool(CLAUSE_PUNCTUATION.search(sentence[index - 2].gap_after)) or sentence[index - 2].reading in _CALLING


# Words before "вы" that make an exclamation of what follows (Какие же вы …, Ну вы и …).
_EXCLAIMING = frozenset(("какие", "же", "и"))


def said_of_person(sentence: Sequence[Token], index: int) -> bool:
    """Whether an insulting adjective qualifies a person rather than a thing."""
    if index + 1 == len(sentence) or CLAUSE_PUNCTUATION.search(sentence[index].gap_after):
        return True
    following = sentence[index + 1]
    if any(_in(following, s) for s in ("person", "addressee", "adjective_tail")):
        return True
    if index > 1 and sentence[index - 1].reading == "вы" and sentence[index - 2].reading in _EXCLAIMING:
        return True  # Какие же вы гадкие крючки: said of the reader, whatever the noun
    if _in(following, "possessive") and _in(sentence[min(index + 2, len(sentence) - 1)], "person"):
        return True  # Криворукие ваши программисты: whose between the adjective and the person
    if english_vocative(sentence, index):
        return True
    # безмозглые бюрократы, тупоголовые саботажники: any noun of a living being
    if CYRILLIC.search(following.reading) and (found := morphology.parses(following.reading)) and found[0].has("NOUN", "anim"):
        return True
    # Used as a noun (безмозглые из поддержки): a preposition follows, not a noun.
    return morphology.can_be(following.reading, "PREP")
