"""Build the twentieth hold-out intake corpus, ``holdout20.jsonl``, from plain files.

The messages are in ``holdout20_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: entries of the npm package bad-words-next 3.2.0 (the
``words`` arrays of its ``ru``, ``ru_lat`` and ``en`` dictionaries, ``lib/ru.cjs``,
``lib/ru_lat.cjs`` and ``lib/en.cjs``, where each is stored as hex-encoded JSON; each entry
spelled there verbatim, with the package's ``*`` and ``+`` wildcard marks), a package no earlier
corpus and not the rules used. Disguised, derived and transliterated forms were made by hand
from those entries. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout20.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    20,
    ru_package="bad-words-next 3.2.0 (npm, MIT), lib/ru.cjs words",
    en_package="bad-words-next 3.2.0 (npm, MIT), lib/en.cjs words",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
