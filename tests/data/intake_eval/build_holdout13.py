"""Build the thirteenth hold-out intake corpus, ``holdout13.jsonl``, from plain files.

The messages are in ``holdout13_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries of notpotty (Russian) and leoprofanity (English) they were written from.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout13.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    13,
    ru_package="notpotty 0.1.1 (MIT), notpotty/words.py censored_words_rus",
    en_package="leoprofanity 0.0.4 (MIT), leoprofanity/dictionary/default.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
