"""Build the ninth hold-out intake corpus, ``holdout9.jsonl``, from plain files.

The messages are in ``holdout9_sources/``, one file per kind, written from python-obscene-
words-filter (Russian) and profanityfilter (English). ``holdout_builder`` reads, checks and
writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout9.py``.

Its own: the Russian package stands alone as the source of all three Russian lexicon kinds;
its own wording for the look-alike, insult and hand-written sources; a Russian ``@word`` is
the package's letter pattern (``п еи з д``: the letters of one root, a group of alternatives
per position), not a word, so the stem check is off, and ``lexicon.txt`` maps each pattern
to the forms used, for people (no ``--lexicon``).
"""

from __future__ import annotations

import sys

from holdout_builder import HAND_SPEC, Corpus, main

INSULT = "hand-written insulting words aimed at the desk (no lexicon entry)"

CORPUS = Corpus(
    9,
    ru_package="python-obscene-words-filter 0.1.6 (MIT), obscene_words_filter/conf.py bad_words",
    en_package="profanityfilter 2.1.0 (BSD-3-Clause), profanityfilter/data/badwords.txt",
    hand_marks=False,
    hand_sources={
        "lookalike": "hand-written; innocent words and place names with obscene-looking letter runs",
        "insult": INSULT,
        "insult_en": INSULT,
    },
    hand=HAND_SPEC,
    word_list=False,
    stems_checked=False,
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
