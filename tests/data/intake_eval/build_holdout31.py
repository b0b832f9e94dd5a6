"""Build the thirty-first hold-out intake corpus, ``holdout31.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the four-word-run test of ``tests/domain/test_intake_eval.py``, run once at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout31_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package badwords-list 1.0.0 (tarball ``badwords-list-1.0.0.tgz``,
© 2013 Maurice Butler, MIT, the ``LICENSE`` file in the tarball; ``package.json`` names Michael
Price as author and MIT as licence), the array exported by ``lib/array.js``; each entry spelled
there verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуесос, нихуя, охуевший, пиздобол,
ебучий, спиздить, заебись, мудозвон, хуйло, блядский, разъебай, схуяли, уебан, ёбнуться,
пиздатый, дохуя, мудачьё, пиздюк, хуярить, отъебаться, сучара, ебанько, заёбанный, пидор,
въебать, and in the disguised and transliterated rows also пиздец, хуйня, ебать, блядь, мудак,
ёбаный, пиздеть, ебанутый, хуй, наебать, долбоёб, нахуй, уёбок, заебать, похуй): no permissively
licensed Russian list remained unused, so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions). Run: ``python tests/data/intake_eval/build_holdout31.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    31,
    ru_package="hand-written Russian mat lemmas (no permissively licensed Russian list left unused)",
    en_package="badwords-list 1.0.0 (npm, MIT), lib/array.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
