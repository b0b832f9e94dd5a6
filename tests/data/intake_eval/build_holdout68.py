"""Build the sixty-eighth hold-out intake corpus, ``holdout68.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout68_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package dammit 0.5.1 (tarball ``dammit-0.5.1.tgz``, "Copyright (c)
2014 Daniel Furze. Licensed under the MIT license", the ``License`` section of its ``README.md``
and ``"license": "MIT"`` in its ``package.json``; the tarball has no separate LICENSE file), the
phrase arrays ``src/cursesNSFW.json`` and ``src/curses.json``; each entry is a word spelled there
verbatim (Fuckin, FUCKED, Dickhead, fuck, FUCKING, shit, tit). It is the third package this corpus
was given: censorify-it 4.0.0 (npm, MIT) censors URLs, e-mail addresses and telephone numbers and
ships no word list; swear 2.0.1 (npm, MIT) is a promise library with no word list; the later
fallbacks were not needed, though censorx 0.1.0 (PyPI, an X.509 certificate parser, licence
UNKNOWN) and unprofane 0.1.4 (PyPI, MIT, a client for a remote API) have no list either.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout68.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    68,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="dammit 0.5.1 (npm, MIT), src/cursesNSFW.json and src/curses.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
