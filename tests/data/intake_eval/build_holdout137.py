"""Build the hundred-and-thirty-seventh hold-out intake corpus, ``holdout137.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout137_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package categorized-words 1.0.0 (tarball
``categorized-words-1.0.0.tgz``, fetched with ``npm pack``; "MIT" per its ``package.json`` and
README, © Felix Fischer; no licence file in the tarball), the word list ``2of12id.json`` (a
jsonified ``2of12id.txt`` of the Alternate 12 Dicts package from the SCOWL project, split by word
class); each entry spelled there verbatim. None of the ten entries used is named as a whole word
by an earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout137.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    137,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="categorized-words 1.0.0 (npm, MIT), 2of12id.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
