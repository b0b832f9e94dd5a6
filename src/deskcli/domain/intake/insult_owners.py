"""Whose the people an insult names are (SPEC 2.8.3): the customer's own (наш, у меня) or
gone (бывший, previous), and so no one of the desk's; the desk's stay the desk's (ваш прошлый
менеджер)."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake.insult_parties import DASHES, in_section as _in
from deskcli.domain.intake.insult_sentences import CLAUSE_PUNCTUATION, Token, words_back

__all__ = ["own_or_former"]


# How many words may qualify a person before the possessive that owns him (our previous
# web developer, наш бывший штатный программист).
_NOUN_PHRASE = 4


def own_or_former(sentence: Sequence[Token], at: int) -> bool:
    """Whether the person a word names is the customer's own (наш, my) or one who is gone
    (бывший, previous): an insult of him is said of a third party, not of the desk. The
    desk's own former people (ваш прошлый менеджер) stay the desk's. The possessive may
    follow the person (менеджер наш), and "у нас" owns him too (у нас менеджер-...)."""
    if at + 1 < len(sentence) and not CLAUSE_PUNCTUATION.search(sentence[at].gap_after):
        if _in(sentence[at + 1], "possessive"):
            return False
        if _in(sentence[at + 1], "self_possessive"):
            return True
        # менеджеры у меня бестолковые: "у меня", "у нас" after the person owns him too
        if sentence[at + 1].reading == "у" and at + 2 < len(sentence) and sentence[at + 2].reading in ("меня", "нас"):
            return True
    former = False  # (прошлый веб-мастер был горе-программист: the hyphened words are two)
    for back, token in enumerate(reversed(sentence[words_back(sentence, at, _NOUN_PHRASE) : at]), start=1):
        if CLAUSE_PUNCTUATION.search(token.gap_after):
            # what a subject before a dash is (Хостер у нас — люди бестолковые): the subject's owner decides
            return back == 1 and token.gap_after.strip() in DASHES[:2] and _others_before(sentence, at - 1) or former
        if _in(token, "possessive"):
            return False
        after_u = at - back > 0 and sentence[at - back - 1].reading == "у"
        if _in(token, "self_possessive") or after_u and (token.reading in ("нас", "меня") or _in(token, "third_party")):
            return True  # (у конкурентов поддержка — …: outsiders' people)
        former = former or _in(token, "former")
    return former


def _others_before(sentence: Sequence[Token], end: int) -> bool:
    """Whether the clause that ends at ``end`` speaks of outsiders or the customer's own (у нас)."""
    for at in range(end, -1, -1):
        if at < end and CLAUSE_PUNCTUATION.search(sentence[at].gap_after):
            return False
        if _in(sentence[at], "third_party") or _in(sentence[at], "self_possessive") or (
                sentence[at].reading in ("нас", "меня") and at and sentence[at - 1].reading == "у"):
            return True
    return False
