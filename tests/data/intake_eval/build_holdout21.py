"""Build the twenty-first hold-out intake corpus, ``holdout21.jsonl``, from plain files.

The messages are in ``holdout21_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from. Russian entries: the npm package russian-bad-words 0.5.0
(© 2020 Denis Mukhametov, MIT), the word forms of its lemma files ``src/words/*/*.ts`` (nouns,
verbs, adverbs, interjections, predicatives; each entry one form spelled there verbatim).
English entries: the npm package allprofanity 2.4.0 (© 2025 Ayush Jadaun, MIT), the array in
``dist/languages/english-words.js``. Neither package was used by an earlier corpus or by the
rules. russian-bad-words has no Latin entries: disguised, derived and transliterated forms were
made by hand from its Cyrillic entries. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout21.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    21,
    ru_package="russian-bad-words 0.5.0 (npm, MIT), src/words/*/*.ts word forms",
    en_package="allprofanity 2.4.0 (npm, MIT), dist/languages/english-words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
