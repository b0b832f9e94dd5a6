"""Build the eleventh hold-out intake corpus, ``holdout11.jsonl``, from plain files.

The messages are in ``holdout11_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries of profanity-police (its ``ru`` and ``en`` dicts) they were written from.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout11.py`` (``--lexicon`` prints the list).

Its own: one package gives both languages (the source names the dict), and it predates the
later builders' stem check: one ``obscene`` message uses a form of its ``@word`` entry that
drops the entry's stem (наебнуться, written наебнулся).
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

PACKAGE = "profanity-police 1.0.0 (MIT), profanity_police/data.py"

CORPUS = Corpus(
    11,
    ru_package=f"{PACKAGE}, dict ru",
    en_package=f"{PACKAGE}, dict en",
    stems_checked=False,
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
