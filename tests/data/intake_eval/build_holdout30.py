"""Build the thirtieth hold-out intake corpus, ``holdout30.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, run once at the
end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout30_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package obscenity 0.4.6 (tarball ``obscenity-0.4.6.tgz``,
© 2025 Joseph Liu, MIT, the ``LICENSE.md`` file in the tarball), the English dataset in
``dist/preset/english.js`` (each phrase's ``originalWord`` metadata); each entry spelled there
verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуй, хуйня, хуёвый, нахуй, похуй,
охуеть, хуесос, пизда, пиздец, пиздабол, спиздить, ебать, заебать, заебись, наебать, ёбаный,
ебанутый, ебло, долбоёб, блядь, блядский, мудак, мудило, пидорас, гондон). obscenity 0.4.6 ships
an English dataset only, so every Russian obscene message says "hand-written" in its ``source``
and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and transliterated
forms were made by hand. ``holdout_builder`` reads, checks and writes them (its docstring has
the conventions). Run: ``python tests/data/intake_eval/build_holdout30.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    30,
    ru_package="hand-written Russian mat lemmas (obscenity 0.4.6, npm, MIT, has no Russian list)",
    en_package="obscenity 0.4.6 (npm, MIT), dist/preset/english.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
