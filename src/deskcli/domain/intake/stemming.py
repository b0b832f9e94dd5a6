"""Stemming for the full-text index and for repeat detection: Snowball, Russian and English.

``snowballstemmer`` is loaded on first use, not with the package: ``desk queue`` and
``desk show`` never stem. Only the two languages used are loaded: the package itself
imports all its thirty-odd stemmers (about 12 ms, on every ``desk reply``), so their
modules are read from its directory under a private package name (the same code
``snowballstemmer.stemmer("russian")`` runs without PyStemmer; a test holds them equal).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from deskcli.domain.intake.wordlists import CYRILLIC, fold, stopwords
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_TERM = re.compile(r"[^\W_]+")


#: The private name the stemmer modules are loaded under (``snowballstemmer`` is left alone).
_SNOWBALL = "_deskcli_snowball"


@cache
def _stemmer(language: str) -> Any:
    import importlib
    import importlib.util
    import sys
    import types

    if _SNOWBALL not in sys.modules:
        spec = importlib.util.find_spec("snowballstemmer")  # finds the directory, runs nothing
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("snowballstemmer is not installed")
        package = types.ModuleType(_SNOWBALL)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[_SNOWBALL] = package
    module = importlib.import_module(f"{_SNOWBALL}.{language}_stemmer")
    return getattr(module, f"{language.capitalize()}Stemmer")()


# Bounded small: snippets.word_stem caches the indexer's words in front of this one.
@lru_cache(maxsize=8192)
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
    terms: dict[str, None] = {}  # ordered and looked up at once: a pasted log has thousands
    stop = stopwords()
    for word in _TERM.findall(fold(unicodedata.normalize("NFKC", text))):
        if word in stop:
            continue
        term = stem(word)
        if len(term) >= 2:
            terms[term] = None
    return list(terms)
