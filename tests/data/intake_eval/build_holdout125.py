"""Build the hundred-and-twenty-fifth hold-out intake corpus, ``holdout125.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout126, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout125_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package spacy-lookups-data 1.0.5 (wheel
``spacy_lookups_data-1.0.5-py2.py3-none-any.whl``, "Copyright (c) 2019 ExplosionAI GmbH", MIT,
the ``LICENSE`` file in the wheel's ``dist-info``), the English word-probability table
``spacy_lookups_data/data/en_lexeme_prob.json.gz`` (a JSON object of 1,000,001 tokens, each with
its log probability); each entry spelled there verbatim (a key of that object), and each one
named by no earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout125.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    125,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="spacy-lookups-data 1.0.5 (PyPI, MIT), en_lexeme_prob.json.gz",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
