"""Build the hundred-and-sixteenth hold-out intake corpus, ``holdout116.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout116_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package pyspellchecker 0.9.1 (sdist
``pyspellchecker-0.9.1.tar.gz``, "Copyright (c) 2018-2021 Tyler Barrus", MIT, the ``LICENSE``
file in the sdist), the English word-frequency dictionary ``spellchecker/resources/en.json.gz``
(a gzipped JSON object, word -> count, built from OpenSubtitles); each entry spelled there
verbatim (apostrophes included), and none named in an earlier README section.

Russian obscene words: hand-written Russian mat lemmas named in no earlier README section, so
every Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks
the Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout116.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    116,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="pyspellchecker 0.9.1 (PyPI, MIT), spellchecker/resources/en.json.gz",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
