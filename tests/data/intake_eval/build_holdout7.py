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

The output has no random part: kinds in a fixed order, messages in file order, ids
``h7-<kind>-<n>`` numbered from 1 per kind, so a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout7.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout7_sources"
OUTPUT = HERE / "holdout7.jsonl"

CODES_ORDER = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")

# kind -> default expected codes; out_of_scope files are handled by clause
KINDS: dict[str, tuple[str, ...]] = {
    "ordinary": (),
    "short_question": (),
    "relevant_context": (),
    "in_scope": (),
    "lookalike": (),
    "insult_not_aimed": (),
    "mild": (),
    "obscene": ("obscene",),
    "obscene_disguised": ("obscene",),
    "obscene_translit": ("obscene",),
    "obscene_en": ("obscene",),
    "insult": ("obscene",),
    "insult_en": ("obscene",),
    "no_question": ("no_question",),
    "no_question_data": ("no_question",),
    "out_of_scope": ("out_of_scope",),
    "off_topic": ("off_topic",),
    "repeat": ("already_answered",),
    "not_repeat": (),
}
LEXICON_KINDS = {"obscene", "obscene_disguised", "obscene_translit", "obscene_en"}
LEXICON_NAME = "expletives 0.1.0"


def split_blocks(text: str) -> list[list[str]]:
    """Split a source file into blocks of lines, dropping the leading comment."""
    blocks: list[list[str]] = [[]]
    started = False
    for line in text.splitlines():
        if line == "===":
            blocks.append([])
            started = True
            continue
        if not started and not blocks[-1] and line.startswith("#"):
            continue
        blocks[-1].append(line)
    return [b for b in blocks if any(x.strip() for x in b)]


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
    for block in split_blocks((SOURCES / "histories.txt").read_text(encoding="utf-8")):
        lines = [x.strip() for x in block if x.strip()]
        histories[lines[0].lstrip("@")] = lines[1:]
    return histories


def load_lexicon() -> set[str]:
    """The lexicon entries the obscene messages may name."""
    text = (SOURCES / "lexicon_words.txt").read_text(encoding="utf-8")
    return {x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")}


def source_files(kind: str) -> list[tuple[Path, str | None]]:
    """The files of a kind, with the clause for out_of_scope."""
    if kind == "out_of_scope":
        return [(SOURCES / f"out_of_scope_{n}.txt", f"2.10.{n}") for n in range(1, 8)]
    return [(SOURCES / f"{kind}.txt", None)]


def build_rows() -> list[dict[str, object]]:
    """Every labelled message, in a fixed order."""
    histories = load_histories()
    lexicon = load_lexicon()
    rows: list[dict[str, object]] = []
    for kind, default in KINDS.items():
        n = 0
        for path, clause in source_files(kind):
            for block in split_blocks(path.read_text(encoding="utf-8")):
                headers, text = parse_block(block)
                n += 1
                expected = default
                if "expected" in headers:
                    expected = tuple(headers["expected"].split())
                unknown = set(expected) - set(CODES_ORDER)
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
                row: dict[str, object] = {
                    "id": f"h7-{kind}-{n}",
                    "kind": kind,
                    "text": text,
                    "expected": [c for c in CODES_ORDER if c in expected],
                }
                if clause is not None:
                    row["clause"] = clause
                row["borderline"] = "borderline" in headers
                row["lang"] = "en" if "en" in headers else "ru"
                row["source"] = source
                if kind in ("repeat", "not_repeat"):
                    row["history"] = histories[headers["history"]]
                rows.append(row)
    return rows


def main() -> None:
    """Write holdout7.jsonl."""
    rows = build_rows()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages -> {OUTPUT.name}")


if __name__ == "__main__":
    main()
