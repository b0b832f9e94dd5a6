"""Build the twenty-fifth hold-out intake corpus, ``holdout25.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark notes, any earlier corpus's messages, sources or lexicons, or the intake
tests, and never run through the rules. The messages are in ``holdout25_sources/``, one file per
kind, and ``lexicon.txt`` there lists the entries they were written from. English obscene words:
entries of the npm package cuss 2.2.0 (tarball ``cuss-2.2.0.tgz``, © 2016 Titus Wormer, MIT, the
``license`` file in the tarball), the map in ``index.js`` (English words with a sureness rating);
each entry spelled there verbatim. Russian obscene words: hand-written Russian mat lemmas (хуй,
пизда, ебать, блядь, мудак and words made from them), because no package left unused by the
rules and the earlier corpora has a Russian list under a licence that allows reuse (check-swear
0.1.4: licence UNKNOWN; badwords-r 1.0.0: no licence; profanity-filter 1.3.3: GPL-3.0+;
djantimat 0.1.4: regular expressions only). Disguised and transliterated forms were made by hand
from those lemmas. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout25.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    25,
    ru_package="hand-written Russian mat lemmas (no unused package with a reusable Russian list)",
    en_package="cuss 2.2.0 (npm, MIT), index.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
