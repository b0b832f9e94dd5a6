"""Build the twelfth hold-out intake corpus, ``holdout12.jsonl``, from plain files.

The messages are in ``holdout12_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries of f-ck (Russian) and dictionary-profanity-filter (English) they were written from.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout12.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    12,
    ru_package="f-ck 0.0.12 (Apache 2.0), fuck/profane-words.txt",
    en_package="dictionary-profanity-filter 1.0.4 (MIT), dictionary_profanity_filter/data/default_list.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
