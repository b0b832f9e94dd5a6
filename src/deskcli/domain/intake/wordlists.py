"""The word lists of ``deskcli/data/``: read once per process, folded, split into sections.

Support staff extend the lists without touching code; everything here only reads them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache

from deskcli.domain.intake import patterns
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    import mmap

# A letter of either script; here (not in normalising, which compiles a dozen expressions
# at import) because stemming needs it on every desk reply.
CYRILLIC = patterns.compile(r"[а-яёА-ЯЁ]")
LATIN = patterns.compile(r"[a-zA-Z]")

# deskcli/data beside deskcli/domain/intake; read as files, which costs a fraction of
# importlib.resources' import on a command that runs once.
# os.path, not pathlib: pathlib's imports are ~4 ms of a fast command (desk reply stems).
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__)))), "data")


def mapped(name: str) -> mmap.mmap:
    """A file of the package's data mapped read-only, not read: a model touches a few hundred of
    its pages per message, and reading all of a 2.8 MB one cost 5 ms of every desk open. (mmap
    is imported here: a desk reply reads these lists and no model.)"""
    import mmap

    with open(os.path.join(DATA, name), "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def data_text(name: str) -> str:
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        return handle.read()


def fold(text: str) -> str:
    """Casefold and write ё as е, the way Russian is usually typed."""
    return text.casefold().replace("ё", "е")


def within(word: str, phrase: str) -> bool:
    """Whether a word is one of a phrase's words, a hyphened one's halves too (draggers in
    knuckle draggers, brained in pea-brained)."""
    def spaced(text: str) -> str:
        return " {} ".format(fold(text).replace("-", " ").replace(",", " "))

    return spaced(word) in spaced(phrase)


def entries(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]
        if line := line.strip():
            yield line


# A list is folded whole, once, rather than entry by entry: the lists run to thousands of lines
# and are read on every desk open. Section names are ASCII, which folding leaves as they are.


@cache
def word_list(name: str) -> tuple[str, ...]:
    return tuple(entries(fold(data_text(name))))


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for entry in entries(fold(data_text(name))):
        if entry[0] == "[" and entry[-1] == "]":
            current = sections.setdefault(entry[1:-1], [])
        else:
            current.append(entry)
    return {name: tuple(words) for name, words in sections.items()}


class WordSet:
    """Entries of a word list: ``=word`` whole words, anything else a word start."""

    def __init__(self, entries: Iterable[str]) -> None:
        whole: list[str] = []
        starts: list[str] = []
        for e in entries:
            if e[0] == "=":
                whole.append(e[1:])
            else:
                starts.append(e)
        self.whole = frozenset(whole)
        self.starts = tuple(starts)
        # Word starts grouped by their first letter: a lookup tries a handful, not hundreds.
        by_letter: dict[str, list[str]] = {}
        for start in self.starts:
            by_letter.setdefault(start[:1], []).append(start)
        self._by_letter = {letter: tuple(starts) for letter, starts in by_letter.items()}

    def __contains__(self, word: str) -> bool:
        return word in self.whole or word.startswith(self._by_letter.get(word[:1], ()))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))
