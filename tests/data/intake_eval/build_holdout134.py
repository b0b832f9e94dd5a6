"""Build the hundred-and-thirty-fourth hold-out intake corpus, ``holdout134.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout134_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package popular-english-words 1.0.2 (tarball
``popular-english-words-1.0.2.tgz``, fetched with ``npm pack``; "ISC" per its ``package.json``,
author Tim Koop; no licence file in the tarball), the array ``words`` in ``words.js`` (225,555
lower-case words parsed from Wikipedia, most frequent first); each entry spelled there verbatim.
No README section names the package, and the entries taken are vulgar words of it that no
section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout134.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    134,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="popular-english-words 1.0.2 (npm, ISC), words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
