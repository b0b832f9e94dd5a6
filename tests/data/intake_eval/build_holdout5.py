"""Build holdout5.jsonl, the fifth hold-out of the intake rules, from holdout5_sources/.

Each source file holds the messages of one kind (`out_of_scope_N.txt` holds clause 2.10.N).
Messages are separated by a line holding only `%%`. A message may start with header lines:

    @b              the case is borderline
    @en             the message is English (default Russian)
    @nq             it also carries `no_question` (an obscene rant that asks nothing)
    @h QUESTION     one earlier answered question of the same license (repeat kinds)

The rest of the block, stripped of surrounding blank lines, is the text. There is no random
part: ids follow the order of the kinds below and of the messages in their files, so the
output is byte-identical on every rebuild.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout5_sources"
OUTPUT = HERE / "holdout5.jsonl"

# kind -> the codes its messages raise
EXPECTED: dict[str, list[str]] = {
    "ordinary": [],
    "lookalike": [],
    "insult_not_aimed": [],
    "mild": [],
    "obscene": ["obscene"],
    "obscene_disguised": ["obscene"],
    "obscene_translit": ["obscene"],
    "obscene_en": ["obscene"],
    "insult": ["obscene"],
    "insult_en": ["obscene"],
    "no_question": ["no_question"],
    "no_question_data": ["no_question"],
    "short_question": [],
    "out_of_scope": ["out_of_scope"],
    "in_scope": [],
    "off_topic": ["off_topic"],
    "relevant_context": [],
    "repeat": ["already_answered"],
    "not_repeat": [],
}
CLAUSES = 7


def source_files(kind: str) -> list[tuple[Path, str | None]]:
    """The files of one kind, each with the 2.10 clause it holds (out_of_scope only)."""
    if kind == "out_of_scope":
        return [(SOURCES / f"out_of_scope_{n}.txt", f"2.10.{n}") for n in range(1, CLAUSES + 1)]
    return [(SOURCES / f"{kind}.txt", None)]


def parse_block(block: str) -> tuple[dict[str, object], str]:
    """Split one message block into its header flags and its text."""
    lines = block.strip("\n").split("\n")
    flags: dict[str, object] = {"b": False, "en": False, "nq": False, "h": []}
    while lines and lines[0].startswith("@"):
        head = lines.pop(0)
        if head.startswith("@h "):
            history = flags["h"]
            assert isinstance(history, list)
            history.append(head[3:].strip())
        elif head.strip() in ("@b", "@en", "@nq"):
            flags[head.strip()[1:]] = True
        else:
            raise ValueError(f"unknown header line: {head!r}")
    text = "\n".join(lines).strip()
    if not text:
        raise ValueError("empty message")
    return flags, text


def rows() -> list[dict[str, object]]:
    """Every message of the hold-out, in a fixed order."""
    out: list[dict[str, object]] = []
    for kind, expected in EXPECTED.items():
        n = 0
        for path, clause in source_files(kind):
            raw = path.read_text(encoding="utf-8")
            for block in raw.split("\n%%\n"):
                if not block.strip():
                    continue
                flags, text = parse_block(block)
                n += 1
                codes = list(expected)
                if flags["nq"]:
                    codes.append("no_question")
                row: dict[str, object] = {
                    "id": f"h5-{kind}-{n}",
                    "kind": kind,
                    "text": text,
                    "expected": codes,
                }
                if clause is not None:
                    row["clause"] = clause
                row["borderline"] = bool(flags["b"])
                row["lang"] = "en" if flags["en"] else "ru"
                row["source"] = f"holdout5_sources/{path.name}"
                if kind in ("repeat", "not_repeat"):
                    if not flags["h"]:
                        raise ValueError(f"{kind} message {n} has no history")
                    row["history"] = flags["h"]
                elif flags["h"]:
                    raise ValueError(f"{kind} message {n} has a history")
                out.append(row)
    return out


def main() -> None:
    """Write holdout5.jsonl and print the count per kind."""
    built = rows()
    ids = [str(r["id"]) for r in built]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [str(r["text"]) for r in built]
    assert len(texts) == len(set(texts)), "duplicate texts"
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in built:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in built:
        counts[str(row["kind"])] = counts.get(str(row["kind"]), 0) + 1
    for kind, count in counts.items():
        print(f"{kind}\t{count}")
    print(f"total\t{len(built)}")


if __name__ == "__main__":
    main()
