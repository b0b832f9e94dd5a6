"""Build the hundred-and-thirty-second hold-out intake corpus, ``holdout132.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout131, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout132_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package word-list 4.1.0 (tarball ``word-list-4.1.0.tgz``,
© Sindre Sorhus, MIT, the ``license`` file in the tarball), the word list ``words.txt`` (274,136
lines, one word a line); each entry spelled there verbatim. The package filters "many common
bad words" out, so the entries were taken from the vulgar words it keeps that no earlier README
section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout132.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    132,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="word-list 4.1.0 (npm, MIT), words.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
