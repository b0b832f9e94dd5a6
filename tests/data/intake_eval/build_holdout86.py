"""Build the eighty-sixth hold-out intake corpus, ``holdout86.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout86_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package washyourmouthoutwithsoap 1.0.2 (tarball
``washyourmouthoutwithsoap-1.0.2.tgz``, fetched with ``npm pack washyourmouthoutwithsoap``;
"Copyright (c) 2018 Andrew Sliwinski.", MIT, the ``LICENSE`` file in the tarball and
``"license": "MIT"`` in its ``package.json``), the list ``"en"`` of ``data/build.json`` (147
entries); each entry spelled there verbatim. holdout26 and holdout54 drew on the same list, so
only entries no earlier README section names, or names once, were taken (ass-fucker, shagging,
dog-fucker, bitching, pisses, jerk-off, son-of-a-bitch, skank, pecker, shite).

Russian obscene words: hand-written Russian mat lemmas, none of them named in an earlier README
section (no permissively licensed Russian list is left unused by the earlier corpora), so every
Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the
Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout86.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    86,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="washyourmouthoutwithsoap 1.0.2 (npm, MIT), data/build.json en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
