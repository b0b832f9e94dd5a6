"""Build the seventy-eighth hold-out intake corpus, ``holdout78.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout78_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package wordfilter 0.2.6 (tarball ``wordfilter-0.2.6.tgz``,
"Copyright (c) 2013 Darius Kazemi", MIT, the ``LICENSE-MIT`` file in the tarball and the
``licenses`` field of its ``package.json``), the array in ``lib/badwords.json``; each entry
spelled there verbatim. The packages asked for first had no word list: cprofane 0.1.2 (PyPI,
MIT) is a script for reworking a spreadsheet export, and senswear 0.4.0 (PyPI, MIT) is a
Bluetooth wearable SDK, so the next fallback, wordfilter, was taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout78.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    78,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wordfilter 0.2.6 (npm, MIT), lib/badwords.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
