"""Sentences of a message as the insult rules read them: words with their quoting and the
punctuation around them."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import patterns
from deskcli.domain.intake.normalising import CAMEL_HUMP, CYRILLIC, QUOTED, readings, words
from deskcli.domain.named import NamedTuple


class Token(NamedTuple):
    surface: str
    reading: str
    start: int
    quoted: bool
    gap_before: str
    gap_after: str


SENTENCE_BREAK = patterns.compile(r"[!?…;\n]|\.\s")
# A dash ends a clause, a hyphen inside a word (so-called, кто-то) does not.
CLAUSE_PUNCTUATION = patterns.compile(r"[,;:!?—–()«»\"“”„]|\s-|-\s|\.\s|\.$")


def sentences(text: str) -> list[list[Token]]:
    """Words of a cleaned text grouped by sentence, with quoting and punctuation around."""
    quotes = [m.span() for m in QUOTED.finditer(text)]
    spans: list[tuple[str, int, int]] = []
    for match in words(text):
        word = match.group()
        if CYRILLIC.search(word) or not CAMEL_HUMP.search(word):
            spans.append((word, match.start(), match.end()))
            continue
        offset = match.start()
        for part in CAMEL_HUMP.split(word):
            spans.append((part, offset, offset + len(part)))
            offset += len(part)
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for index, (word, start, end) in enumerate(spans):
        gap_before = text[spans[index - 1][2] : start] if index else text[:start]
        gap_after = text[end : spans[index + 1][1]] if index + 1 < len(spans) else text[end:]
        if current and SENTENCE_BREAK.search(gap_before):
            sentences.append(current)
            current = []
        quoted = any(q_start < start < q_end for q_start, q_end in quotes)
        current.append(Token(word, readings(word)[0], start, quoted, gap_before, gap_after))
    if current:
        sentences.append(current)
    return sentences


def words_back(sentence: Sequence[Token], at: int, count: int) -> int:
    """Where the ``count`` words before ``at`` begin, a hyphened word counted once (веб-мастер)."""
    start, counted = at, 0
    while start and counted < count:
        start -= 1
        counted += sentence[start].gap_after != "-"
    return start
