"""Build the hundred-and-eighteenth hold-out intake corpus, ``holdout118.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout118_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package wordsegment 1.3.1 (wheel
``wordsegment-1.3.1-py2.py3-none-any.whl``, "Copyright 2018 Grant Jenks", Apache-2.0 per its
metadata and the licence text in ``DESCRIPTION.rst``; the wheel has no separate licence file),
the unigram table ``wordsegment/unigrams.txt`` (333,213 lines, a word and its count in the
Google Web Trillion Word Corpus, tab-separated); each entry spelled there verbatim. No earlier
README section names the package or the entries used.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout118.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    118,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wordsegment 1.3.1 (PyPI, Apache-2.0), wordsegment/unigrams.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
