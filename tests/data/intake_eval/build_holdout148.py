"""Build the hundred-and-forty-eighth hold-out intake corpus, ``holdout148.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons
(holdout147, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout148_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package is-word 1.0.4 (tarball ``is-word-1.0.4.tgz``, fetched
with ``npm pack``; licence ISC per its ``package.json``, © Nimish Agrawal, no licence file in
the tarball), the word list ``dictionary/american-english`` (102,305 lines, one word a line: the
Debian ``wamerican`` list, SCOWL-derived, shipped verbatim by the package). Each entry is spelled
there verbatim as a whole word and is named by no earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout148.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    148,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="is-word 1.0.4 (npm, ISC), dictionary/american-english",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
