"""A question the customer says is asked again (SPEC 2.8.5): напомните, ещё раз, снова,
повторно, again, remind me, уже спрашивал.

Said outright, it is the surest sign of a repeat a message can give, and a rewording
that says it is one needs less likeness to count: what a customer asks again in other
words (ЧПУ / человекопонятные адреса, "remind me how to add a second currency" / "add a
currency in euros") keeps few words of the first asking. Across every labelled corpus the
cue stands in 92 re-asked questions and in one question about something else (товар снова
в наличии, inside a clause that says when), so a cue in a clause of condition or purpose
(когда, если, чтобы, when, if) is part of what is asked, not a sign it was asked before.
"""

from __future__ import annotations

from deskcli.domain.intake.cues import cues
from deskcli.domain.intake.normalising import PLAIN_WORD, SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import fold

AGAIN_THRESHOLD = 0.25
"""`question_similarity` at or above which a question the customer says is asked again
counts as asked before (under `REPEAT_THRESHOLD` otherwise)."""


def says_asked_again(text: str) -> bool:
    """Whether a sentence of ``text`` says its question is asked again, outside a clause
    of condition or purpose."""
    again, condition = cues("asked_again"), cues("condition")
    for sentence in SENTENCE_SPLIT.split(text):
        words = PLAIN_WORD.findall(fold(sentence))
        if any(not condition.found(words[:start]) for start in again.starts(words)):
            return True
    return False
