"""Build the hundred-and-thirty-eighth hold-out intake corpus, ``holdout138.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout138_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package @cspell/dict-en-gb-mit 3.1.32 (tarball
``cspell-dict-en-gb-mit-3.1.32.tgz``, fetched with ``npm pack``; "Copyright (c) 2017-2025 Street
Side Software", MIT, the ``LICENSE`` file in the tarball and ``"license": "MIT"`` in its
``package.json``), the word list ``en_GB.trie.gz`` (a cspell trie, read out to one word a line
with ``cspell-trie-lib``); each entry spelled there verbatim. No README section named the
package, and the ten entries were chosen among its vulgar words that no earlier section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout138.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    138,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="@cspell/dict-en-gb-mit 3.1.32 (npm, MIT), en_GB.trie.gz",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
