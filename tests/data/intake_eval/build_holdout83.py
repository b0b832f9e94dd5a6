"""Build the eighty-third hold-out intake corpus, ``holdout83.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout83_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package leo-profanity 1.9.0 (tarball ``leo-profanity-1.9.0.tgz``,
fetched with ``npm pack leo-profanity``; "Copyright (c) 2017 Nathachai Thongniran", MIT, the
``LICENSE`` file in the tarball and ``"license": "MIT"`` in its ``package.json``), the array in
``dictionary/default.json`` (253 entries); each entry spelled there verbatim. It is the package
this corpus was asked to use, so the fallbacks (obscenity, then any other permissively licensed
list) were not needed; as holdout38 and holdout56 drew on it before, entries no earlier README
section names were preferred.

Russian obscene words: hand-written Russian mat lemmas, none of them named by an earlier README
section (no permissively licensed Russian list is left unused by the earlier corpora, and
leo-profanity has none), so every Russian obscene message says "hand-written" in its ``source``
and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and transliterated forms
were made by hand. ``holdout_builder`` reads, checks and writes them (its docstring has the
conventions).
Run: ``python tests/data/intake_eval/build_holdout83.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    83,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="leo-profanity 1.9.0 (npm, MIT), dictionary/default.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
