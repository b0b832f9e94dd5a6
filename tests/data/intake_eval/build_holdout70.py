"""Build the seventieth hold-out intake corpus, ``holdout70.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout70_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package django-profanity-filter 0.2.1 (sdist
``django-profanity-filter-0.2.1.tar.gz``, by "recon" <recongamingsam@gmail.com>, BSD 3-clause
"New" or "Revised" License as declared in its ``setup.py`` and ``PKG-INFO``; the sdist carries no
licence file and no copyright line), the list ``profanity/wordlist.txt`` (one entry a line); each
entry spelled there verbatim. The package asked for first, tim-profanity-filter-plugin 1.1.0
(npm, ISC per ``package.json``, © Tencent Cloud Terminal R&D Center), ships no word list: its
``index.js`` only receives an AES-encrypted lexicon from the chat service at run time. The first
fallback, deep-profane 0.0.3 (PyPI, MIT, © 2022 Dao Ern Lim), is a BERT model wrapper with no
word list either; django-profanity-filter is the second fallback.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout70.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    70,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="django-profanity-filter 0.2.1 (PyPI, BSD-3-Clause), profanity/wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
