"""Build the hundred-and-fifty-second hold-out intake corpus, ``holdout152.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout152_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package en-lexicon 1.0.11 (tarball ``en-lexicon-1.0.11.tgz``,
fetched with ``npm pack``; MIT, "Copyright (c) 2017 Alex Corvi", ``LICENSE.md`` in the tarball),
the word -> part-of-speech object in ``dist/lexicon.js`` (about 110,000 entries, built from Eric
Brill's lexicon); each entry spelled there verbatim. It holds only four vulgar words that no
earlier README section names (bollocksing, bonking, sodomising, poof), so the other six English
entries are hand-written vulgar compounds, marked so in their ``source`` and in ``lexicon.txt``.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout152.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    152,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="en-lexicon 1.0.11 (npm, MIT), dist/lexicon.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
