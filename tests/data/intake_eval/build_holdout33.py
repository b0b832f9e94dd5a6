"""Build the thirty-third hold-out intake corpus, ``holdout33.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, run once at the
end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout33_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package no-profanity 1.5.1 (tarball ``no-profanity-1.5.1.tgz``,
fetched with ``npm pack no-profanity@1.5.1``; © 2023 Rene Pot, MIT, the ``LICENSE`` file in the
tarball and ``"license": "MIT"`` in its ``package.json``), the array ``list`` in ``lib/en.js``
(1,225 entries); each entry used spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуй, хуйня, хуета, нахуй, похуй, охуеть,
хуёвый, хуячить, пизда, пиздец, пиздеть, пиздануться, распиздяй, ебать, заебать, наебать,
съебаться, ебанутый, ёбаный, уёбище, мудохаться, долбоёб, блядь, мудак, пидорас, гондон):
no-profanity ships an English list only (``lib/en.js``), and no permissively licensed Russian
list remains unused, so every Russian obscene message says "hand-written" in its ``source`` and
``lexicon.txt`` marks the Russian entries as hand-written. Disguised and transliterated forms
were made by hand. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions). Run: ``python tests/data/intake_eval/build_holdout33.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    33,
    ru_package="hand-written Russian mat lemmas (no-profanity 1.5.1, npm, MIT, has no Russian list)",
    en_package="no-profanity 1.5.1 (npm, MIT), lib/en.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
