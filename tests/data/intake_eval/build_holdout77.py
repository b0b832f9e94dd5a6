"""Build the seventy-seventh hold-out intake corpus, ``holdout77.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout77_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package wordfilter 0.2.7 (wheel
``wordfilter-0.2.7-py3-none-any.whl``, "Copyright (c) 2013 Darius Kazemi", MIT, the
``LICENSE-MIT`` file in the wheel's ``dist-info``), the JSON array in ``wordfilter/badwords.json``;
each entry spelled there verbatim. The package asked for, cursewords 1.1 (PyPI), is a crossword
solver (AGPL, no word list), and its fallbacks had no usable list: prof4nities 0.1.1 ships no
list (it downloads one at run time) and no licence, naughties 0.1.7 holds the Big List of Naughty
Strings (not a profanity list), expurgator 0.1.3 censors secrets, not words, and tnprofanity
0.4.1 has only a Thai list.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout77.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    77,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wordfilter 0.2.7 (PyPI, MIT), wordfilter/badwords.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
