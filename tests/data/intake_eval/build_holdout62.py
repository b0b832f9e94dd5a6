"""Build the sixty-second hold-out intake corpus, ``holdout62.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout62_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: glin-profanity 4.1.0, the package asked for. npm publishes no 4.1.0 (its
versions there end at 3.3.0), so the published PyPI wheel of the same name and version was used
(``glin_profanity-4.1.0-py3-none-any.whl``, MIT per its ``METADATA``: "License-Expression: MIT",
"License :: OSI Approved :: MIT License"; author glinr <contact@glincker.com>; the wheel holds no
licence file and no copyright line), the array ``words`` in
``glin_profanity/data/dictionaries/english.json``; each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no unused permissively licensed Russian
list is left), so every Russian obscene message says "hand-written" in its ``source`` and
``lexicon.txt`` marks the Russian entries as hand-written. Disguised and transliterated forms were
made by hand. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout62.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    62,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="glin-profanity 4.1.0 (PyPI wheel, MIT), glin_profanity/data/dictionaries/english.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
