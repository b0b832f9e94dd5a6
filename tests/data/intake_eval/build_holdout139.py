"""Build the hundred-and-thirty-ninth hold-out intake corpus, ``holdout139.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout139_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package typo-js 1.4.0 (tarball ``typo-js-1.4.0.tgz``, licence
"BSD-3-Clause" per its ``package.json``; its ``dictionaries/en_US`` is SCOWL's en_US Hunspell
dictionary, "Copyright 2000-2018 by Kevin Atkinson", per the README beside it), the word list
``dictionaries/en_US/en_US.dic`` (one stem a line, Hunspell affix flags after ``/``); each entry
spelled there verbatim (the stem before the ``/``), chosen among its vulgar and sexual stems that
no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout139.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    139,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="typo-js 1.4.0 (npm, BSD-3-Clause), dictionaries/en_US/en_US.dic",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
