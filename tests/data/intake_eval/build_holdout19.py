"""Build the nineteenth hold-out intake corpus, ``holdout19.jsonl``, from plain files.

The messages are in ``holdout19_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: Russian and English entries of the npm package
@2toad/profanity (the ``ru`` and ``en`` lists of the ``profaneWords`` map in
``dist/data/profane-words.js``, each entry spelled there verbatim), a package no earlier corpus
and not the rules used. Its Russian list is a machine translation of its English one, so only
its mat and vulgar entries were taken. Disguised, derived and transliterated forms were made
by hand from those entries. ``holdout_builder`` reads, checks and writes them (its docstring
has the conventions).
Run: ``python tests/data/intake_eval/build_holdout19.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    19,
    ru_package="@2toad/profanity 3.3.0 (npm, MIT), dist/data/profane-words.js profaneWords ru",
    en_package="@2toad/profanity 3.3.0 (npm, MIT), dist/data/profane-words.js profaneWords en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
