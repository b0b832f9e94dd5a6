"""Build the hundred-and-forty-second hold-out intake corpus, ``holdout142.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout142_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package word-exists 1.0.0 (tarball ``word-exists-1.0.0.tgz``,
fetched with ``npm pack``; "Copyright (c) 2020 Brandon Suen", MIT, the ``LICENSE`` file in the
tarball), the word list ``dictionary.json`` (274,925 lower-case words grouped by their first two
letters; the package does not say where the list comes from); each entry spelled there verbatim.
Entries were taken from its vulgar words that no earlier README section names as a whole word.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout142.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    142,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="word-exists 1.0.0 (npm, MIT), dictionary.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
