"""Build the eighty-fourth hold-out intake corpus, ``holdout84.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout84_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package obscenity 0.4.6 (tarball ``obscenity-0.4.6.tgz``, fetched
with ``npm pack obscenity``; "Copyright © 2025 Joseph Liu.", MIT, the ``LICENSE.md`` file in the
tarball), its English dataset ``dist/preset/english.js`` (``englishDataset``; each phrase's
``originalWord``, the words taken from the MIT-licensed cuss project as that file's header says);
each entry spelled there verbatim. The package asked for had a usable English list, so the
fallbacks (leo-profanity, then any other permissively licensed list) were not needed. holdout30
and holdout58 used the same package, so entries neither of them used were preferred.

Russian obscene words: hand-written Russian mat lemmas, none named in an earlier README section
(obscenity ships an English dataset only), so every Russian obscene message says "hand-written"
in its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout84.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    84,
    ru_package="hand-written Russian mat lemmas (obscenity 0.4.6, npm, MIT, has no Russian list)",
    en_package="obscenity 0.4.6 (npm, MIT), dist/preset/english.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
