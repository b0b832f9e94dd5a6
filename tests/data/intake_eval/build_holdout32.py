"""Build the thirty-second hold-out intake corpus, ``holdout32.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, run once at the
end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout32_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package profane-words 2.1.0 (tarball ``profane-words-2.1.0.tgz``,
author Autumn Z; WTFPL version 2, ``LICENSE.md`` in the tarball and ``"license": "WTFPL"`` in its
``package.json``), the array in ``words.json`` (2,726 lowercased entries); each entry spelled
there verbatim.

Russian obscene words: hand-written Russian mat lemmas (хуйло, хуесос, нихуя, дохуя, хуеплёт,
пиздабол, пиздюк, спиздить, пиздатый, проебать, ебучий, ебло, еблан, разъебай, заебись,
отъебаться, блядский, блядство, мудозвон, мудачьё, пидор, манда, мандавошка, залупа,
охуевший): no permissively licensed Russian list was left unused, so every Russian obscene
message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout32.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    32,
    ru_package="hand-written Russian mat lemmas (no permissively licensed Russian list left unused)",
    en_package="profane-words 2.1.0 (npm, WTFPL), words.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
