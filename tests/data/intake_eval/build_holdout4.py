"""Build holdout4.jsonl, the fourth intake hold-out, from holdout4_sources/.

Source format (one file per kind; `out_of_scope_N.txt` holds clause 2.10.N):

- leading lines starting with `#` are the file's header and are skipped;
- messages are separated by a line holding only `---`;
- inside a message, a line that starts with one of these directives is metadata, not text:
  `@borderline` (a careful reader could hesitate; labelled all the same),
  `@lang ru|en` (otherwise `en` when the text has no Cyrillic letter, else `ru`),
  `@noq` (an obscene or insulting message that asks nothing: adds `no_question`),
  `@h QUESTION` (repeat kinds: one earlier answered question of the same license).

Labels come from the kind (KIND_CODES), so that a file cannot drift from its kind. The
output has no random part: rows follow KINDS and the order of each file, ids are
`h4-<kind>-<n>` counted per kind, and a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout4.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout4_sources"
OUTPUT = HERE / "holdout4.jsonl"

OBSCENE = ["obscene"]

# What each kind of message should raise; `@noq` adds no_question to the obscene kinds.
KIND_CODES: dict[str, list[str]] = {
    "ordinary": [],
    "lookalike": [],
    "insult_not_aimed": [],
    "mild": [],
    "obscene": OBSCENE,
    "obscene_disguised": OBSCENE,
    "obscene_translit": OBSCENE,
    "obscene_en": OBSCENE,
    # Insults aimed at the staff are labelled obscene, as in the earlier hold-outs (2.8.3
    # puts obscene and insulting language in one clause).
    "insult": OBSCENE,
    "insult_en": OBSCENE,
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
KINDS = list(KIND_CODES)
CLAUSES = 7
NOQ_KINDS = {"obscene", "obscene_disguised", "obscene_translit", "obscene_en", "insult", "insult_en"}
REPEAT_KINDS = {"repeat", "not_repeat"}

DIRECTIVE = re.compile(r"^@(borderline|lang|noq|h)\b ?(.*)$")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def source_files(kind: str) -> list[tuple[Path, str | None]]:
    """The kind's source files, each with the 2.10 clause it holds (out_of_scope only)."""
    if kind == "out_of_scope":
        return [(SOURCES / f"out_of_scope_{n}.txt", f"2.10.{n}") for n in range(1, CLAUSES + 1)]
    return [(SOURCES / f"{kind}.txt", None)]


def blocks(path: Path) -> list[list[str]]:
    """The messages of one source file, each as its lines (directives included)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    found: list[list[str]] = [[]]
    for line in lines:
        if line == "---":
            found.append([])
        else:
            found[-1].append(line)
    return [block for block in found if any(line.strip() for line in block)]


def parse(kind: str, path: Path, block: list[str]) -> dict[str, object]:
    """One message: its text, its directives and the labels its kind gives it."""
    text_lines: list[str] = []
    borderline = no_question = False
    lang: str | None = None
    history: list[str] = []
    for line in block:
        match = DIRECTIVE.match(line)
        if match is None:
            text_lines.append(line)
            continue
        name, value = match.group(1), match.group(2).strip()
        if name == "borderline":
            borderline = True
        elif name == "lang":
            if value not in ("ru", "en"):
                raise ValueError(f"{path.name}: bad @lang {value!r}")
            lang = value
        elif name == "noq":
            if kind not in NOQ_KINDS:
                raise ValueError(f"{path.name}: @noq in kind {kind}")
            no_question = True
        else:
            if kind not in REPEAT_KINDS:
                raise ValueError(f"{path.name}: @h in kind {kind}")
            history.append(value)
    text = "\n".join(text_lines).strip()
    if not text:
        raise ValueError(f"{path.name}: a message with no text")
    expected = list(KIND_CODES[kind]) + (["no_question"] if no_question else [])
    row: dict[str, object] = {
        "kind": kind,
        "text": text,
        "expected": expected,
        "borderline": borderline,
        "lang": lang or ("ru" if CYRILLIC.search(text) else "en"),
        "source": f"holdout4_sources/{path.name}",
    }
    if kind in REPEAT_KINDS:
        if not 1 <= len(history) <= 4:
            raise ValueError(f"{path.name}: a {kind} message needs 1-4 @h lines: {text[:40]!r}")
        row["history"] = history
    return row


def build() -> list[dict[str, object]]:
    """Every hold-out row, in kind order, with ids counted per kind."""
    rows: list[dict[str, object]] = []
    for kind in KINDS:
        number = 0
        for path, clause in source_files(kind):
            for block in blocks(path):
                number += 1
                row = {"id": f"h4-{kind}-{number}", **parse(kind, path, block)}
                if clause is not None:
                    row["clause"] = clause
                rows.append(row)
    return rows


def main() -> int:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUTPUT.name}: {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
