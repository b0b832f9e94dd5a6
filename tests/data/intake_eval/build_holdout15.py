"""Build the fifteenth hold-out intake corpus, ``holdout15.jsonl``, from plain files.

The messages are in ``holdout15_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries of detected-profanity (Russian and English) they were written from.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout15.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    15,
    ru_package="detected-profanity 0.1.0 (MIT), detected_profanity/lexicon.py RU_FORMS",
    en_package="detected-profanity 0.1.0 (MIT), detected_profanity/lexicon.py EN_FORMS",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
