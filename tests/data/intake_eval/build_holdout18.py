"""Build the eighteenth hold-out intake corpus, ``holdout18.jsonl``, from plain files.

The messages are in ``holdout18_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: Russian and English entries of the npm package
curse-filter (its ``lib/langs/ru.js`` and ``lib/langs/en.js`` arrays, each entry spelled there
verbatim), a package no earlier corpus and not the rules used. Disguised, derived and
transliterated forms were made by hand from those entries. ``holdout_builder`` reads, checks
and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout18.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    18,
    ru_package="curse-filter 6.0.0 (npm, MIT), lib/langs/ru.js",
    en_package="curse-filter 6.0.0 (npm, MIT), lib/langs/en.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
