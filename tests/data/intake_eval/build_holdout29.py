"""Build the twenty-ninth hold-out intake corpus, ``holdout29.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, run once at the
end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout29_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package @coffeeandfun/google-profanity-words 3.0.7 (tarball
``coffeeandfun-google-profanity-words-3.0.7.tgz``, © Robert James Gabriel / Coffee & Fun LLC,
MIT, the ``LICENSE`` file in the tarball), the list ``data/en.txt``; each entry spelled there
verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуй, хуйня, хуёвый, нахуй, охуеть,
охуевший, похуй, хуесос, пиздец, пиздеть, пиздабол, спиздить, ебать, заебать, наебать,
ебанутый, ёбаный, ебучий, отъебаться, долбоёб, блядь, блядский, мудак, мудачьё, гондон, залупа,
пидор, манда). The English package has no Russian list (its ``data/`` holds ar, en, es, fr, ga
and zh only), so every Russian obscene message says "hand-written" in its ``source`` and
``lexicon.txt`` marks the Russian entries as hand-written. Disguised and transliterated forms
were made by hand. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout29.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    29,
    ru_package="hand-written Russian mat lemmas (@coffeeandfun/google-profanity-words 3.0.7, npm, MIT, has no Russian list)",
    en_package="@coffeeandfun/google-profanity-words 3.0.7 (npm, MIT), data/en.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
