"""Build the hundred-and-sixth hold-out intake corpus, ``holdout106.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout106_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package nid 2.0.1 (tarball ``nid-2.0.1.tgz``, "Copyright (c)
2012-2022 Richard Rodger", MIT, the ``LICENSE`` file in the tarball), the array ``cl`` in
``nid.ts`` (``nid.js`` holds the same): fourteen words stored as character codes and decoded by
``dc`` into the curse list that nid keeps out of the ids it generates; each entry spelled there
verbatim, and each message holds its entry's letters verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout106.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    106,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="nid 2.0.1 (npm, MIT), nid.ts",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
