"""Build the hundred-and-forty-sixth hold-out intake corpus, ``holdout146.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons
(holdout145, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout146_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package niceware 4.0.0 (tarball ``niceware-4.0.0.tgz``, fetched
with ``npm pack``; "Copyright (c) 2016 yan", MIT, the ``LICENSE`` file in the tarball), the
2^16-word array of ``lib/wordlist.js`` (derived, its header says, from SIL's English word list for
the Yahoo End-to-End project; its README warns it "has not been rigorously checked for offensive
words"). Each entry is spelled there verbatim and named by no earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout146.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    146,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="niceware 4.0.0 (npm, MIT), lib/wordlist.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
