"""Build the fifty-seventh hold-out intake corpus, ``holdout57.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout57_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package bad-words 4.1.5 (tarball ``bad-words-4.1.5.tgz``, fetched
with ``npm pack bad-words@4.1.5``; "Copyright (c) 2015 Michael Price", MIT, the ``LICENSE`` file
in the tarball and ``"license": "MIT"`` in its ``package.json``), the array ``localList`` in
``dist/lang.js`` (446 entries; its English list); each entry spelled there verbatim, and only
entries no earlier README section names were taken. The package asked for, so the fallbacks
(profanityfilter 2.1.0, then another permissively licensed list) were not needed.

Russian obscene words: hand-written Russian mat lemmas (no unused permissively licensed Russian
list is left, and bad-words has none), so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout57.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    57,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list; bad-words 4.1.5 has none)",
    en_package="bad-words 4.1.5 (npm, MIT), dist/lang.js localList",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
