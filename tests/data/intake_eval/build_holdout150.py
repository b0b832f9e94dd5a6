"""Build the hundred-and-fiftieth hold-out intake corpus, ``holdout150.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout150_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package retext-equality 7.1.0 (tarball
``retext-equality-7.1.0.tgz``, "(The MIT License) Copyright (c) 2015 Titus Wormer", the
``license`` file in the tarball), the ``inconsiderate`` keys of ``lib/patterns-en.js``: libtard,
contard and spaz, each spelled there verbatim. It holds no further vulgar word that no README
section names (other than slurs against groups, left out), so seven hand-written English vulgar
compounds make up the ten, marked hand-written in their ``source`` and in ``lexicon.txt``.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source``. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout150.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    150,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="retext-equality 7.1.0 (npm, MIT), lib/patterns-en.js; hand-written compounds where marked",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
