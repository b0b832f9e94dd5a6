"""Build the hundred-and-thirty-first hold-out intake corpus, ``holdout131.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout132, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout131_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package dictionary-en-ca 3.0.0 (tarball
``dictionary-en-ca-3.0.0.tgz``, licence "(MIT AND BSD)" per its ``package.json``; the word list
is SCOWL's en_CA Hunspell dictionary, "Copyright 2000-2018 by Kevin Atkinson" with the Ispell BSD
licence of Geoff Kuenning, the ``license`` file in the tarball), the word list ``index.dic`` (one
stem a line, Hunspell affix flags after ``/``); each entry spelled there verbatim (the stem
before the ``/``). The package's own taboo marks (the ``!`` NOSUGGEST flag, 27 stems) are all
named by earlier README sections, so the entries were taken from the other vulgar and sexual
stems of the list that no earlier section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout131.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    131,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="dictionary-en-ca 3.0.0 (npm, MIT AND BSD), index.dic",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
