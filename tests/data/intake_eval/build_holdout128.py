"""Build the hundred-and-twenty-eighth hold-out intake corpus, ``holdout128.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout127, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout128_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package wink-lexicon 2.2.0 (tarball ``wink-lexicon-2.2.0.tgz``,
MIT, "Copyright (c) 2017-23 GRAYPE Systems Private Limited", the ``LICENSE`` file in the
tarball), its word list ``src/wn-words.js`` (derived, as its header says, from Princeton's
WordNet under the WordNet licence; one ``words.<word> = <n>;`` line a word); each entry spelled
there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout128.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    128,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wink-lexicon 2.2.0 (npm, MIT), src/wn-words.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
