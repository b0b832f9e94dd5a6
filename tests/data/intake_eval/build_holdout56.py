"""Build the fifty-sixth hold-out intake corpus, ``holdout56.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout56_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package leo-profanity 1.9.0 (tarball ``leo-profanity-1.9.0.tgz``,
fetched with ``npm pack leo-profanity@1.9.0``; "Copyright (c) 2017 Nathachai Thongniran", MIT,
the ``LICENSE`` file in the tarball and ``"license": "MIT"`` in its ``package.json``, which
permits reuse), the array in ``dictionary/default.json`` (253 entries); each entry spelled there
verbatim. holdout38 drew on it before, so entries earlier README sections name rarely or not at
all were preferred.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and leo-profanity has none), so every Russian obscene message
says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout56.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    56,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="leo-profanity 1.9.0 (npm, MIT), dictionary/default.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
