"""Build the fifty-second hold-out intake corpus, ``holdout52.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout51, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, its
four-word-run check run at the end), and never run through the rules, the benchmark or ``desk``.
The messages are in ``holdout52_sources/``, one file per kind, and ``lexicon.txt`` there lists
the entries they were written from.

English obscene words: the npm package naughty-words 1.2.0 (tarball ``naughty-words-1.2.0.tgz``,
fetched with ``npm pack naughty-words@1.2.0``; Shutterstock's "List of Dirty, Naughty, Obscene,
and Otherwise Bad Words", "© 2012–2020 Shutterstock, Inc." at the end of its ``README.md``,
licensed CC BY 4.0: the ``LICENSE`` file in the tarball and ``"license": "CC-BY-4.0"`` in its
``package.json``, which permits reuse with this attribution), the array in ``en.json`` (403
entries); each entry spelled there verbatim, chosen among those no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout52.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    52,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="naughty-words 1.2.0 (npm, CC-BY-4.0, © 2012–2020 Shutterstock, Inc.), en.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
