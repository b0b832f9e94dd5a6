"""Stemming for the full-text index and for repeat detection: Snowball, Russian and English.

``snowballstemmer`` is imported on first use, not with the package: ``desk queue`` and
``desk show`` never stem, and the library loads every language it has.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.wordlists import fold, stopwords

_TERM = re.compile(r"[^\W_]+")


@cache
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The search stem of one word: кэш, кеша, кешем, кеш -> кеш; caches, cache -> cach.

    Russian is folded (ё -> е, and э -> е, so кэш and кеш are one word) and goes through
    the Snowball Russian stemmer; plain Latin words through the Snowball English one.
    Stems are meant for prefix queries, so a stem may be shorter than any real word.
    """
    folded = fold(word).replace("э", "е")
    if CYRILLIC.search(folded):
        return _stemmer("russian").stemWord(folded)
    if folded.isascii() and folded.isalpha():
        return _stemmer("english").stemWord(folded)
    return folded


def search_terms(text: str) -> list[str]:
    """Distinct stems of the words of `text`, in order, without stopwords.

    Meant for FTS5 prefix queries (``"кеш"* OR "очист"*``). Both sides must meet on the
    same spelling, so documents should be indexed from their `search_terms` too (a column
    holding them joined by spaces), otherwise кэш in an article would miss кеш* in a query.
    """
    terms: list[str] = []
    stop = stopwords()
    for word in _TERM.findall(fold(unicodedata.normalize("NFKC", text))):
        if word in stop:
            continue
        term = stem(word)
        if len(term) >= 2 and term not in terms:
            terms.append(term)
    return terms
