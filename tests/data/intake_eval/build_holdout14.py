"""Build the fourteenth hold-out intake corpus, ``holdout14.jsonl``, from plain files.

The messages are in ``holdout14_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries of russian-uncensor (Russian) and pygarble (English) they were written from.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout14.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    14,
    ru_package="russian-uncensor 0.1.7 (MIT), russian_uncensor/data/obscene_words.marisa",
    en_package="pygarble 0.11.0 (MIT; its list seeded from LDNOOBW, CC-BY-4.0), pygarble/screening/profanity/wordlist.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
