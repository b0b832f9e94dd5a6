"""Okapi BM25, as SQLite's FTS5 defines it, over documents of distinct stems.

SQLite's own ``bm25()`` learns each term's document frequency by reading the term's
whole list of documents; for a word in most of a million requests that alone costs
hundreds of milliseconds. Here the caller supplies document frequencies (exact for
rare words, estimated for common ones, see ``store.fulltext``) and the candidates, and
the score is FTS5's: each column's hits weighted, the document length normalised against
the average. Higher is better (FTS5 reports the negative).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

K1 = 1.2
B = 0.75
#: A subject says what the request is about more than any sentence of its thread.
SUBJECT_WEIGHT = 3.0
BODY_WEIGHT = 1.0


def idf(documents: int, frequency: int) -> float:
    """FTS5's inverse document frequency, never below a small positive floor."""
    value = math.log((documents - frequency + 0.5) / (frequency + 0.5))
    return value if value > 0 else 1e-6


def scores(candidates: Sequence[tuple[str, str]], terms: Sequence[str], frequencies: Mapping[str, int],
           documents: int, weights: tuple[float, float] = (SUBJECT_WEIGHT, BODY_WEIGHT)) -> list[float]:
    """The BM25 score of each candidate for ``terms``; a candidate is its subject's and its
    messages' distinct stems, each a space-separated string (as the index stores them).

    The average length is taken over the candidates, the only documents at hand.
    """
    if not candidates:
        return []
    # Substring tests on the padded strings: the index text is already one stem per word,
    # and splitting thousands of documents would cost more than scoring them.
    padded = [(f" {subject} ", f" {body} ") for subject, body in candidates]
    lengths = [_words(subject) + _words(body) for subject, body in candidates]
    average = max(sum(lengths) / len(lengths), 1.0)
    weighted = [(idf(documents, frequencies.get(term, 0)), f" {term} ") for term in terms]
    result = []
    for (subject, body), length in zip(padded, lengths, strict=True):
        norm = K1 * (1 - B + B * length / average)
        total = 0.0
        for term_idf, needle in weighted:
            hits = weights[0] * (needle in subject) + weights[1] * (needle in body)
            if hits:
                total += term_idf * hits * (K1 + 1) / (hits + norm)
        result.append(total)
    return result


def _words(stems: str) -> int:
    return stems.count(" ") + 1 if stems else 0
