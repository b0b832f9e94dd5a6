"""Build the seventeenth hold-out intake corpus, ``holdout17.jsonl``, from plain files.

The messages are in ``holdout17_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from: Russian word forms of the npm package russian-bad-words
(each entry a form its ``src/words`` tables spell verbatim) and English words of the npm
package cuss. Disguised, derived and transliterated forms were made by hand from those
entries. ``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout17.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    17,
    ru_package="russian-bad-words 0.5.0 (npm, MIT), src/words/*/*.ts",
    en_package="cuss 2.2.0 (npm, MIT), index.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
