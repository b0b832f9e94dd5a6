"""Build the twenty-sixth hold-out intake corpus, ``holdout26.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests, and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout26_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from. Obscene words: the npm package washyourmouthoutwithsoap 1.0.2 (tarball
``washyourmouthoutwithsoap-1.0.2.tgz``, © 2018 Andrew Sliwinski, MIT, the ``LICENSE`` file in the
tarball), the lists ``data/build.json["ru"]`` and ``data/build.json["en"]``; each entry spelled
there verbatim. Its Russian list has no хуй-family entry and no ебать-family verb, so a few
messages are written from hand-written Russian mat lemmas instead (хуй, хуйня, охуеть, ебать,
заебать); those messages say so in their ``@source`` and ``lexicon.txt`` marks the entries.
Disguised and transliterated forms were made by hand. ``holdout_builder`` reads, checks and
writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout26.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    26,
    ru_package="washyourmouthoutwithsoap 1.0.2 (npm, MIT), data/build.json ru",
    en_package="washyourmouthoutwithsoap 1.0.2 (npm, MIT), data/build.json en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
