"""Build the sixtieth hold-out intake corpus, ``holdout60.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout60_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package @2toad/profanity 3.3.0 (tarball
``2toad-profanity-3.3.0.tgz``, fetched with ``npm pack @2toad/profanity@3.3.0``; "Copyright (c)
2019 2Toad", MIT, the ``LICENSE`` file in the tarball and ``"license": "MIT"`` in its
``package.json``), the ``en`` array of the ``profaneWords`` map in
``dist/data/profane-words.js`` (449 entries); each entry spelled there verbatim, and chosen among
those no earlier section of the README names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and the machine-translated ``ru`` array of the same package,
which holdout19 drew on, was not used), so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout60.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    60,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="@2toad/profanity 3.3.0 (npm, MIT), dist/data/profane-words.js, profaneWords en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
