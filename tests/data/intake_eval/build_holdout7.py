"""Build ``holdout7.jsonl`` from the handwritten messages in ``holdout7_sources/``.

Source format
-------------
One file per kind, ``<kind>.txt`` (``out_of_scope_N.txt`` for clause 2.10.N). A file
holds messages separated by a line that is exactly ``===``. A message block opens with
zero or more header lines, each starting with ``@``; every other line is the message
text (inner blank lines kept; blank lines around the text dropped). Headers:

``@en``
    the message is in English (``lang: en``); otherwise ``ru``.
``@borderline``
    a case a careful reader could hesitate over (``borderline: true``).
``@expected code code ...``
    the intake codes, replacing the kind's default (``@expected`` alone means ``[]``).
``@words entry; entry``
    the lexicon entries the message was written from (see ``lexicon_words.txt``);
    each must be a line of that file. They go into ``source``.
``@history NAME``
    for ``repeat`` / ``not_repeat``: the block ``@NAME`` of ``histories.txt``.

A line ``# ...`` before the first block of a file is a comment. ``histories.txt``
holds history blocks separated by ``===``: a first line ``@NAME``, then one earlier
answered question per line.

The output has no random part: kinds in the CLEAN_FIRST order, messages in file order, ids
``h7-<kind>-<n>`` numbered from 1 per kind, so a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from holdout_conventions import (
    CLEAN_FIRST,
    CODES,
    HISTORY_KINDS,
    KIND_CODES,
    LEXICON_KINDS,
    Record,
    in_code_order,
    kind_blocks,
    listed_words,
    make_record,
    output_file,
    publish,
    sources_dir,
    split_blocks,
)

SOURCES = sources_dir(7)
LEXICON_NAME = "expletives 0.1.0"


def parse_block(lines: list[str]) -> tuple[dict[str, str], str]:
    """Return the headers and the message text of one block."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (lines[i].startswith("@") or not lines[i].strip()):
        if lines[i].startswith("@"):
            name, _, value = lines[i][1:].partition(" ")
            headers[name] = value.strip()
        i += 1
    body = "\n".join(line.rstrip() for line in lines[i:]).strip("\n")
    return headers, body


def load_histories() -> dict[str, list[str]]:
    """The history blocks of the repeat pairs, by name."""
    histories: dict[str, list[str]] = {}
    for block in split_blocks((SOURCES / "histories.txt").read_text(encoding="utf-8"), "==="):
        lines = [x.strip() for x in block if x.strip()]
        histories[lines[0].lstrip("@")] = lines[1:]
    return histories


def to_record(
    kind: str, n: int, path: Path, clause: str | None, block: list[str], lexicon: set[str], histories: dict[str, list[str]]
) -> Record:
    """One labelled message; `@words` must name entries of lexicon_words.txt."""
    headers, text = parse_block(block)
    expected = tuple(headers["expected"].split()) if "expected" in headers else KIND_CODES[kind]
    unknown = set(expected) - set(CODES)
    if unknown or not text:
        raise ValueError(f"{path.name} block {n}: bad codes {unknown} or empty")
    source = "handwritten"
    if "words" in headers:
        words = [w.strip() for w in headers["words"].split(";") if w.strip()]
        missing = [w for w in words if w not in lexicon]
        if missing:
            raise ValueError(f"{path.name} block {n}: not in lexicon {missing}")
        source = f"handwritten from {LEXICON_NAME}: " + ", ".join(words)
    elif kind in LEXICON_KINDS:
        raise ValueError(f"{path.name} block {n}: no @words")
    return make_record(
        f"h7-{kind}-{n}",
        kind,
        text,
        in_code_order(expected),
        borderline="borderline" in headers,
        lang="en" if "en" in headers else "ru",
        source=source,
        clause=clause,
        history=histories[headers["history"]] if kind in HISTORY_KINDS else None,
    )


def build_rows() -> list[Record]:
    """Every labelled message, in a fixed order."""
    histories = load_histories()
    lexicon = listed_words(SOURCES / "lexicon_words.txt")
    blocks = kind_blocks(SOURCES, CLEAN_FIRST, "===", split_clauses=True)
    return [to_record(*block, lexicon, histories) for block in blocks]


if __name__ == "__main__":
    sys.exit(publish(output_file(7), build_rows()))
