"""Build the hundred-and-third hold-out intake corpus, ``holdout103.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout103_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package sqids 0.5.2 (sdist ``sqids-0.5.2.tar.gz``,
"Copyright (c) 2023-present Sqids maintainers.", MIT, the ``LICENSE`` file in the sdist), the
``DEFAULT_BLOCKLIST`` set in ``sqids/constants.py`` (560 entries the id generator must never
spell, in several languages, many with digits for letters); each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout103.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    103,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="sqids 0.5.2 (PyPI, MIT), sqids/constants.py DEFAULT_BLOCKLIST",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
