"""Build the fifty-third hold-out intake corpus, ``holdout53.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout53_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package profane-words 2.1.0 (tarball
``profane-words-2.1.0.tgz``, fetched with ``npm pack profane-words@2.1.0``; author Autumn Z;
licensed WTFPL version 2 (``"license": "WTFPL"`` in its ``package.json``), whose ``LICENSE.md``
in the tarball carries the licence text's own line "Copyright (C) 2004 Sam Hocevar
<sam@hocevar.net>" and permits any reuse), the array in ``words.json`` (2,726 lowercased
entries); each entry spelled there verbatim. It is the package this corpus was asked to use;
holdout32 drew on it before, so the entries chosen here are ones no earlier README section names.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout53.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    53,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profane-words 2.1.0 (npm, WTFPL), words.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
