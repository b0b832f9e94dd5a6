"""Build the eighty-eighth hold-out intake corpus, ``holdout88.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout88_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package profanity-hindi 1.1.0 (tarball
``profanity-hindi-1.1.0.tgz``, "Copyright (c) 2016 suraj kumar jha", MIT, the ``LICENSE`` file in
the tarball), the object in ``data/english-bad-words.js`` (word -> 1); each entry spelled there
verbatim. No earlier README section names the package; of the suggested packages every one was
already named (badwords-list, profanities, bad-words, better_profanity and profanity among them),
and bad-words-chinese 1.0.2 (npm, MIT), also unnamed, has no English list of its own (it loads
badwords-list's). Entries no earlier section names were taken.

Russian obscene words: hand-written Russian mat lemmas not named in any earlier README section
(no permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout88.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    88,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profanity-hindi 1.1.0 (npm, MIT), data/english-bad-words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
