"""Search terms of a text and the fragment of a message that shows why it matched.

Words are compared by stem, so кеш, кеша and кешем are one word (the stemmer lives in
``intake``). The index holds the distinct stems of each request; a query asks for every
stem of its words; the snippet is cut from the original text around the words whose
stems were asked for, with their positions, so the table can highlight them and a
program can too. Plain functions over strings: no database, no terminal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from deskcli.domain import intake
from deskcli.domain.intake.wordlists import stopwords
from deskcli.domain.named import NamedTuple

_WORD = re.compile(r"[^\W_]+")
#: A query of more words than this is cut: it is a pasted paragraph, not a search.
MAX_QUERY_TERMS = 16


def fold(text: str) -> str:
    """Words as the stemmer reads them: NFKC, case-folded, ё written е."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


@lru_cache(maxsize=32_768)
def word_stem(word: str) -> str | None:
    """The stem of one folded word (Snowball, through ``intake.stem``), or None for a
    stopword or a stem too short to search: the same terms ``intake.search_terms`` gives.

    Cached: a desk's vocabulary is small next to its text, and re-indexing a request
    stems its whole thread again. The cache is bounded so that ``desk import`` keeps flat
    memory (issue 15): word forms follow Zipf's law, so 32k of them catch nearly every word,
    while the 200k it held before added 25 MB to an import of 100k messages.
    """
    if word in stopwords():
        return None
    stem = intake.stem(word)
    return stem if len(stem) >= 2 else None


def stems(text: str) -> list[str]:
    """The distinct stems of ``text``, in order of first appearance, without stopwords."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(text)):
        stem = word_stem(word)
        if stem is not None:
            seen[stem] = None
    return list(seen)


def query_stems(query: str) -> list[str]:
    return stems(query)[:MAX_QUERY_TERMS]


class Fragment(NamedTuple):
    """A one-line piece of a text with the character ranges of the matched words."""

    text: str
    highlights: tuple[tuple[int, int], ...]
    found: tuple[str, ...] = ()


def matched_words(text: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word of ``text`` whose stem was asked for."""
    found = []
    for match in _WORD.finditer(text):
        stem = word_stem(fold(match.group()))
        if stem in wanted:
            found.append((match.start(), match.end(), stem))
    return found


def fragment(text: str, wanted: set[str], *, width: int = 160) -> Fragment:
    """About ``width`` characters of ``text`` around its matched words, on one line.

    The window starts a little before the match that lets it cover the most distinct
    wanted stems; cut ends are marked with an ellipsis.
    """
    flat = re.sub(r"\s+", " ", text).strip()
    words = matched_words(flat, wanted)
    best_start, best_found = 0, 0
    for start, _, _ in words:
        covered = len({stem for s, e, stem in words if start <= s and e <= start + width})
        if covered > best_found:
            best_start, best_found = start, covered
    begin = _word_start(flat, best_start - min(best_start, width // 4)) if words else 0
    prefix = "…" if begin > 0 else ""
    kept = flat[begin:]
    suffix = ""
    if len(kept) > width:
        space = kept.rfind(" ", width // 2, width)
        kept, suffix = kept[: space if space > 0 else width].rstrip(), "…"
    inside = [(s, e, stem) for s, e, stem in words if s >= begin and e <= begin + len(kept)]
    shift = len(prefix) - begin
    return Fragment(prefix + kept + suffix, tuple((s + shift, e + shift) for s, e, _ in inside),
                    tuple(dict.fromkeys(stem for _, _, stem in inside)))


def _word_start(text: str, index: int) -> int:
    """``index`` moved back to the start of the word it falls in."""
    index = max(0, index)
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def best_text(texts: list[str], wanted: set[str]) -> int | None:
    """The index of the text that holds the most distinct wanted stems (the first on a tie)."""
    best, best_count = None, 0
    for index, text in enumerate(texts):
        count = len({stem for _, _, stem in matched_words(text, wanted)})
        if count > best_count:
            best, best_count = index, count
    return best
