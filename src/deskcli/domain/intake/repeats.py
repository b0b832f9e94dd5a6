"""Repeats (SPEC 2.8.5): does a new question ask what an earlier one asked?"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from deskcli.domain.intake.normalising import CYRILLIC, normalize
from deskcli.domain.intake.stemming import stem
from deskcli.domain.intake.wordlists import fold, stopwords, word_list

REPEAT_THRESHOLD = 0.72
"""`question_similarity` at or above which a question counts as asked before (2.8.5).

Tuned so that case, punctuation, word order, greetings and inflected or prefixed word
forms ("очистить кеш сайта" / "почистить кэш на сайте") stay above it, while two
questions that share only the product's vocabulary ("Как настроить кеш в HostCMS 7?" /
"Как настроить почту в HostCMS 7?") stay below it.
"""

# A sign-off and what follows it (a name, a phone number) say nothing about the question.
_SIGNATURE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:с уважением|best regards|kind regards|regards|--[ \t]*\n).*",
    re.IGNORECASE | re.DOTALL,
)
_RU_ACTION = re.compile(r"(?:ть|ться|ти|тись|ите|йте)$")
_WEAK_WEIGHT = 0.2
_ACTION_WEIGHT = 1.5
_SOFT_MATCH = 0.6


@cache
def _weak_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in word_list("weak_terms.txt"))


def _weighted_terms(text: str) -> dict[str, float]:
    """Stems of a question with their weight: what is done counts more than where."""
    text = _SIGNATURE.sub("", unicodedata.normalize("NFKC", text))
    terms: dict[str, float] = {}
    for word in re.findall(r"[^\W_]+", normalize(text)):
        if word in stopwords():
            continue
        term = stem(word)
        if term.isdigit() or term in _weak_stems():
            weight = _WEAK_WEIGHT
        elif CYRILLIC.search(word) and _RU_ACTION.search(word):
            weight = _ACTION_WEIGHT
        else:
            weight = 1.0
        terms[term] = max(weight, terms.get(term, 0.0))
    return terms


def _trigrams(term: str) -> set[str]:
    padded = f"#{term}#"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _term_similarity(a: str, b: str) -> float:
    """1 for the same stem; partial credit for near spellings (очист/почист), else 0."""
    if a == b:
        return 1.0
    if len(a) < 4 or len(b) < 4:
        return 0.0
    ta, tb = _trigrams(a), _trigrams(b)
    dice = 2 * len(ta & tb) / (len(ta) + len(tb))
    return dice if dice >= _SOFT_MATCH else 0.0


def question_similarity(a: str, b: str) -> float:
    """How alike two questions are, from 0 (unrelated) to 1 (the same words).

    A weighted Dice coefficient over stems: each stem of one question is paired with at
    most one stem of the other, the same stem scoring 1 and a near spelling its character-
    trigram similarity. Case, punctuation, word order, greetings, signatures and
    inflection do not count; the product's name, "site" and version numbers count little,
    so shared vocabulary alone does not make two questions alike.
    """
    terms_a, terms_b = _weighted_terms(a), _weighted_terms(b)
    if not terms_a or not terms_b:
        same = fold(a).strip() == fold(b).strip()
        return 1.0 if same and not terms_a and not terms_b else 0.0
    common = terms_a.keys() & terms_b.keys()
    shared = sum(terms_a[term] + terms_b[term] for term in common)
    pairs = sorted(
        (
            (similarity, ta, tb)
            for ta in terms_a.keys() - common
            for tb in terms_b.keys() - common
            if (similarity := _term_similarity(ta, tb)) > 0
        ),
        reverse=True,
    )
    used_a: set[str] = set()
    used_b: set[str] = set()
    for similarity, ta, tb in pairs:
        if ta in used_a or tb in used_b:
            continue
        used_a.add(ta)
        used_b.add(tb)
        shared += similarity * (terms_a[ta] + terms_b[tb])
    return min(1.0, shared / (sum(terms_a.values()) + sum(terms_b.values())))


def is_repeat(a: str, b: str) -> bool:
    """Whether question `b` asks essentially what `a` asked (2.8.5)."""
    return question_similarity(a, b) >= REPEAT_THRESHOLD
