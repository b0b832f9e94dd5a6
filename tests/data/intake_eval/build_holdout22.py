"""Build the twenty-second hold-out intake corpus, ``holdout22.jsonl``, from plain files.

A blind hold-out: written without reading the rules, their word lists, the benchmark notes,
any earlier corpus's messages or the intake tests, and never run through the rules.
The messages are in ``holdout22_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: entries of the npm package naughty-words 1.2.0 (a packaging
of Shutterstock's "List of Dirty, Naughty, Obscene, and Otherwise Bad Words", CC-BY-4.0, LICENSE
file in the tarball; the arrays in ``ru.json``, Cyrillic and Latin entries, and ``en.json``; each
entry spelled there verbatim), a package no earlier corpus and not the rules used. Disguised,
derived and transliterated forms were made by hand from those entries. ``holdout_builder``
reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout22.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    22,
    ru_package="naughty-words 1.2.0 (npm, CC-BY-4.0), ru.json",
    en_package="naughty-words 1.2.0 (npm, CC-BY-4.0), en.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
