"""Build the hundred-and-nineteenth hold-out intake corpus, ``holdout119.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout119_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package an-array-of-english-words 2.0.0 (tarball
``an-array-of-english-words-2.0.0.tgz``, fetched with ``npm pack``; "Copyright (c) 2014 Zeke
Sikelianos", MIT, the ``license`` file in the tarball), the JSON array of 274,937 English words
in ``index.json``; each entry spelled there verbatim, and named in no earlier README section.
The first choice, symspellpy 6.10.1 (PyPI, MIT), was dropped unused because the hold-out written
at the same time (holdout120) named it in its commit.

Russian obscene words: hand-written Russian mat lemmas named in no earlier README section (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout119.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    119,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="an-array-of-english-words 2.0.0 (npm, MIT), index.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
