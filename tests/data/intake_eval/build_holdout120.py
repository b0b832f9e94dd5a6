"""Build the hundred-and-twentieth hold-out intake corpus, ``holdout120.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout120_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package symspellpy 6.10.1 (sdist ``symspellpy-6.10.1.tar.gz``,
"Copyright (c) 2025 mmb L" and "Copyright (c) 2021 Wolf Garbe", MIT, the ``LICENSE`` file in
the sdist), the word-frequency list ``symspellpy/frequency_dictionary_en_82_765.txt`` (one
"word count" pair a line); a general English spelling dictionary, not a profanity list, so only
its vulgar entries were taken, each spelled there verbatim, and only entries no earlier README
section names.

Russian obscene words: hand-written Russian mat lemmas that no earlier README section names (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout120.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    120,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="symspellpy 6.10.1 (PyPI, MIT), symspellpy/frequency_dictionary_en_82_765.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
