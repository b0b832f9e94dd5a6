"""Build the fifty-fifth hold-out intake corpus, ``holdout55.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout56, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, its
four-word-run check), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout55_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package cuss 2.2.0 (tarball ``cuss-2.2.0.tgz``, fetched with
``npm pack cuss@2.2.0``; "Copyright (c) 2016 Titus Wormer <tituswormer@gmail.com>", MIT, the
``license`` file in the tarball and ``"license": "MIT"`` in its ``package.json``), the
word -> sureness map ``cuss`` in ``index.js`` (its English list); each entry spelled there
verbatim. holdout25 drew on it before, so only entries no earlier README section names were
taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout55.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    55,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="cuss 2.2.0 (npm, MIT), index.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
