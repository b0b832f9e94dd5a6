"""Build the twenty-eighth hold-out intake corpus, ``holdout28.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, run once at the
end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout28_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package profanities 3.0.1 (tarball ``profanities-3.0.1.tgz``,
© 2014 Titus Wormer, MIT, the ``license`` file in the tarball), the array ``profanities`` in
``index.js``; each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуй, хуйня, хуёвый, нахуй, похуй,
охуеть, пизда, пиздец, пиздеть, распиздяй, ебать, наебать, заебать, ебанутый, ёбаный,
выёбываться, уёбок, долбоёб, блядь, мудак, мудила, пидорас, гондон). The package named for
them, multilingual-profanity-filter 1.0.5 (npm, © Ajinkya Pande, MIT per its ``package.json``),
has no Russian list (its ``Badwords/badWords.json`` holds en, hi, mr, ta, gu and kn only), so
every Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks
the Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout28.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    28,
    ru_package="hand-written Russian mat lemmas (multilingual-profanity-filter 1.0.5, npm, MIT, has no Russian list)",
    en_package="profanities 3.0.1 (npm, MIT), index.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
