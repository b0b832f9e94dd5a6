"""Build the forty-third hold-out intake corpus, ``holdout43.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout43_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package badwords 1.0.0 (tarball ``badwords-1.0.0.tgz``,
"Copyright (c) 2013 Maurice Butler", MIT, the ``LICENSE`` file in the tarball and ``"license":
"MIT"`` in its ``package.json``), the array in ``array.js`` (450 entries; the same list as
``object.js`` and ``regexp.js``); each entry spelled there verbatim. It is the list the third
fallback this corpus was given depends on: the package asked for, profanity-light 1.2.0 (npm,
author Fabrizio (ramiel), MIT per its ``package.json``, no licence file), ships no dictionary
("No dictionary is included", its README; ``dist/`` holds the filter code only); the first
fallback, censoring 1.0.1 (npm, "Copyright (c) 2015 SpoonX", MIT), is a censoring engine whose
``index.js`` starts with an empty word pattern list for the caller to fill; the second fallback,
eslint-plugin-detect-bad-words 1.0.7 (npm, "Copyright (c) 2020 darwintantuco", MIT), holds no
list of its own and reads ``badwords/object`` from its dependency badwords ^1.0.0, the package
used here, which no earlier section names.

Russian obscene words: hand-written Russian mat lemmas (no unused permissively licensed Russian
list is left, and badwords has none), so every Russian obscene message says "hand-written" in
its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout43.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    43,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="badwords 1.0.0 (npm, MIT), array.js",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
