"""Build the fifty-fourth hold-out intake corpus, ``holdout54.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout53, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, its
four-word-run check), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout54_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package washyourmouthoutwithsoap 1.0.2 (tarball
``washyourmouthoutwithsoap-1.0.2.tgz``, fetched with ``npm pack washyourmouthoutwithsoap@1.0.2``;
"Copyright (c) 2018 Andrew Sliwinski.", MIT, the ``LICENSE`` file in the tarball and
``"license": "MIT"`` in its ``package.json``), the list ``"en"`` in ``data/build.json`` (147
entries); each entry spelled there verbatim. holdout26 drew on the same package, so the entries
taken are ones earlier README sections name once or not at all.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout54.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    54,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="washyourmouthoutwithsoap 1.0.2 (npm, MIT), data/build.json \"en\"",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
