"""Build holdout2.jsonl, the second hold-out corpus of the intake rules, from holdout2_sources/.

The messages were written by someone who had not seen the rules or their word lists. Run
once and commit the output before the first measurement; never rebuild it to make a rule
pass. Deterministic (a fixed seed), so a rebuild is byte-identical unless a source changes.

    python tests/data/intake_eval/build_holdout2.py

Source format: one message a line, "\\n" inside a line is a line break, "#" starts a
comment. A line may start with flags: {b} marks a borderline case, {+code} adds an
expected code (an obscene rant that also asks nothing). In out_of_scope.txt a "## 2.10.N"
line sets the clause of the messages below it. repeats.txt holds blocks separated by blank
lines: "H:" lines are the license's earlier answered questions, "R:" a re-asked question,
"N:" a question that differs only in its key entity.
"""

from __future__ import annotations

import random
import re

from holdout_conventions import (
    CLEAN_FIRST,
    HISTORY_KINDS,
    KIND_CODES,
    LEXICON_KINDS,
    Record,
    cyrillic_lang,
    output_file,
    sources_dir,
    write_corpus,
)

SOURCES = sources_dir(2)
OUTPUT = output_file(2)
SEED = 1302

HANDWRITTEN = "handwritten for holdout2 ({file})"
LEXICON = "handwritten for holdout2 ({file}); words from safetext 0.3.3 (MIT), see holdout2_sources/lexicon_words.txt"
# one file per kind in the CLEAN_FIRST order; repeats.txt holds both repeat kinds
KINDS = tuple(kind for kind in CLEAN_FIRST if kind not in HISTORY_KINDS)
FLAGS = re.compile(r"^((?:\{[^}]*\})*)(.*)$", re.S)


def _parse(line: str) -> tuple[str, bool, list[str]]:
    """The text of a source line, whether it is borderline, and its extra codes."""
    match = FLAGS.match(line.strip())
    assert match
    flags = re.findall(r"\{([^}]*)\}", match.group(1))
    extra = [f[1:] for f in flags if f.startswith("+")]
    assert all(f == "b" or f.startswith("+") for f in flags), line
    return match.group(2).strip().replace("\\n", "\n"), "b" in flags, extra


def _row(kind: str, line: str, file: str, clause: str | None = None) -> Record:
    """A row without its id: holdout2 writes ``clause`` on every row (null outside
    out_of_scope), and a transliterated message is Russian whatever its letters."""
    text, borderline, extra = _parse(line)
    codes = KIND_CODES[kind]
    expected = [*codes, *(c for c in extra if c not in codes)]
    source = (LEXICON if kind in LEXICON_KINDS else HANDWRITTEN).format(file=file)
    lang = "ru" if kind == "obscene_translit" else cyrillic_lang(text)
    return {"kind": kind, "text": text, "expected": expected, "clause": clause,
            "borderline": borderline, "lang": lang, "source": source}


def messages() -> list[Record]:
    rows: list[Record] = []
    for kind in KINDS:
        file = f"{kind}.txt"
        clause = None
        for line in (SOURCES / file).read_text(encoding="utf-8").splitlines():
            if kind == "out_of_scope" and line.startswith("## "):
                clause = line[3:].strip()
            elif line.strip() and not line.startswith("#"):
                rows.append(_row(kind, line, file, clause))
    blocks = (SOURCES / "repeats.txt").read_text(encoding="utf-8").split("\n\n")
    for block_number, block in enumerate(b for b in blocks if b.strip()):
        lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
        history = [line[2:].strip() for line in lines if line.startswith("H:")]
        for line in lines:
            match = FLAGS.match(line)
            assert match
            tag, _, text = match.group(2).partition(":")
            if tag in ("R", "N"):
                kind = "repeat" if tag == "R" else "not_repeat"
                row = _row("ordinary", match.group(1) + text, "repeats.txt")
                row.update(kind=kind, expected=["already_answered"] if tag == "R" else [], history=history,
                           block=block_number)
                rows.append(row)
    return rows


def assign_splits(rows: list[Record]) -> None:
    """Half dev, half test, drawn per kind (per clause for out_of_scope); a repeat block (its history, re-asked and
    different question) stays whole in one split so dev never teaches a test history."""
    rng = random.Random(SEED)
    odd_to_dev = True
    units: dict[str, list[list[Record]]] = {}
    blocks: dict[object, list[Record]] = {}
    for row in rows:
        if "block" in row:
            blocks.setdefault(row["block"], []).append(row)
        else:
            units.setdefault(f"{row['kind']} {row['clause'] or ''}", []).append([row])
    units["repeat/not_repeat"] = [blocks[n] for n in sorted(blocks, key=int)]
    for kind in sorted(units):
        group = units[kind]
        rng.shuffle(group)
        half = len(group) // 2 + (1 if len(group) % 2 and odd_to_dev else 0)
        if len(group) % 2:
            odd_to_dev = not odd_to_dev
        for index, unit in enumerate(group):
            for row in unit:
                row["split"] = "dev" if index < half else "test"


def main() -> None:
    """Write holdout2.jsonl: ids ``h2-<kind>-NNN`` numbered per kind in source order."""
    rows = messages()
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate message"
    assign_splits(rows)
    counters: dict[object, int] = {}
    written: list[Record] = []
    for row in rows:
        counters[row["kind"]] = counters.get(row["kind"], 0) + 1
        row.pop("block", None)
        written.append({"id": f"h2-{row['kind']}-{counters[row['kind']]:03d}", **row})
    write_corpus(OUTPUT, written)
    print(f"{len(rows)} messages written to {OUTPUT.name}")


if __name__ == "__main__":
    main()
