"""Build the eighty-second hold-out intake corpus, ``holdout82.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout82_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package bad-words-next 3.2.0 (tarball
``bad-words-next-3.2.0.tgz``, "Copyright (c) Void Resort", MIT, the ``LICENSE`` file in the
tarball), the ``words`` array of its English dictionary ``lib/en.cjs`` (stored there as
hex-encoded JSON; ``lib/en.mjs`` holds the same list); each entry spelled there verbatim, with
the package's marks (``*`` any letters, ``+`` a repeated letter). The package asked for first,
indian-profanity 0.1 (PyPI, MIT per its metadata), has no English entries (its one list,
``indian_profanity/detect_marathi.py``, holds Marathi and Hindi words), and the first fallback,
guardrails-ai-profanity-free 0.1.0 (PyPI, MIT), has no word list at all (it calls the
alt-profanity-check model), so the second fallback was taken; entries no earlier README section
names were preferred.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout82.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    82,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="bad-words-next 3.2.0 (npm, MIT), lib/en.cjs",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
