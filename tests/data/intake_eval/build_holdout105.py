"""Build the hundred-and-fifth hold-out intake corpus, ``holdout105.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout105_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package vaderSentiment 3.3.2 (wheel
``vaderSentiment-3.3.2-py2.py3-none-any.whl``, "Copyright (c) 2016 C.J. Hutto", MIT, the
``LICENSE.txt`` file in the wheel's ``dist-info``), the sentiment lexicon
``vaderSentiment/vader_lexicon.txt`` (one entry a line: token, mean valence, standard
deviation, raw ratings); only entries that are obscene words were taken, each spelled there
verbatim, and only entries no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout105.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    105,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="vaderSentiment 3.3.2 (PyPI, MIT), vaderSentiment/vader_lexicon.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
