"""Build the hundred-and-twenty-sixth hold-out intake corpus, ``holdout126.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout125, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout126_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package textblob 0.20.1 (wheel
``textblob-0.20.1-py3-none-any.whl``, "Copyright Steven Loria and contributors", MIT, the
``LICENSE`` file in the wheel's ``dist-info/licenses``), its English word lists: the tagger
lexicon ``textblob/en/en-lexicon.txt`` (one word and its part-of-speech tag a line; the file says
it was taken from Brill's rule-based tagger) and the sentiment lexicon
``textblob/en/en-sentiment.xml`` (one ``<word form=...>`` element per sense; the file marks
12 of them ``label="profanity"``). Each entry is spelled there verbatim; no README section named
the package or the entries used.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout126.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    126,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="textblob 0.20.1 (PyPI, MIT), textblob/en/en-lexicon.txt and en-sentiment.xml",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
