"""Build the hundred-and-fifty-fifth hold-out intake corpus, ``holdout155.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout155_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package @bifravst/random-words 8.0.2 (tarball
``bifravst-random-words-8.0.2.tgz``, fetched with ``npm pack``; BSD-3-Clause, "Copyright (c)
2019-2024, Nordic Semiconductor ASA", the ``LICENSE`` file in the tarball), the array ``words``
in ``words.js`` (8-letter words of Webster's Unabridged Dictionary, Project Gutenberg ebook
29765). It holds only three vulgar words no README section names (bastardy, pimpship,
outwhore); the other seven ``obscene_en`` entries are hand-written English vulgar compounds,
each message's ``@source`` saying so.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora); disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout155.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    155,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="@bifravst/random-words 8.0.2 (npm, BSD-3-Clause), words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
