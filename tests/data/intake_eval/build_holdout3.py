"""Build holdout3.jsonl, the third hold-out of the intake rules, from holdout3_sources/.

Every message is handwritten in a source file; this script only labels and orders them.
Source format: lines before the first header are the file's description. A header line

    === <kind> <labels> <lang> [borderline]

starts a message; its text is every line up to the next header, blank lines at both ends
dropped. <labels> is `-` for none or a comma list of intake codes; an out-of-scope label
carries its clause as `out_of_scope@2.10.N`. In repeats.txt a `=== history` header starts
a block: each of its non-empty lines is one earlier answered question of the license, and
the repeat / not_repeat messages after it carry that history.

Output order is a seeded shuffle (seed 1313) so that kinds are interleaved; ids number
the messages of each kind in source order, so the file is byte-identical on every rebuild.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from holdout_conventions import (
    CLAUSES,
    CLEAN_FIRST,
    CODES,
    HISTORY_KINDS,
    LEXICON_KINDS,
    Record,
    make_record,
    output_file,
    publish,
    sources_dir,
)

SOURCES = sources_dir(3)
SEED = 1313

HANDWRITTEN = "handwritten for holdout3 (holdout3_sources/{name})"
LEXICON = "handwritten for holdout3 from universal-profanity 0.1.0 {lang} entries (holdout3_sources/{name})"
LEXICON_FILES = {f"{kind}.txt" for kind in LEXICON_KINDS}
# one file per kind in the CLEAN_FIRST order; repeats.txt holds both repeat kinds
SOURCE_FILES = (*(f"{kind}.txt" for kind in CLEAN_FIRST if kind not in HISTORY_KINDS), "repeats.txt")


@dataclass
class Message:
    kind: str
    expected: list[str]
    clause: str | None
    lang: str
    borderline: bool
    source: str
    lines: list[str] = field(default_factory=list)
    history: list[str] | None = None

    @property
    def text(self) -> str:
        lines = list(self.lines)
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join(line.rstrip() for line in lines)


def parse_labels(field_text: str, where: str) -> tuple[list[str], str | None]:
    """Split `a,b` or `out_of_scope@2.10.3` into codes and the clause; `-` is none."""
    if field_text == "-":
        return [], None
    codes, clause = [], None
    for item in field_text.split(","):
        code, _, item_clause = item.partition("@")
        if code not in CODES:
            raise ValueError(f"{where}: unknown code {code!r}")
        if item_clause:
            if code != "out_of_scope" or item_clause not in CLAUSES:
                raise ValueError(f"{where}: bad clause {item!r}")
            clause = item_clause
        codes.append(code)
    if "out_of_scope" in codes and clause is None:
        raise ValueError(f"{where}: out_of_scope without a clause")
    return codes, clause


def parse_file(path: Path) -> list[Message]:
    messages: list[Message] = []
    current: Message | None = None
    history: list[str] | None = None
    in_history = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if line.startswith("=== "):
            words = line[4:].split()
            if words == ["history"]:
                history, in_history, current = [], True, None
                continue
            in_history = False
            if len(words) not in (3, 4) or (len(words) == 4 and words[3] != "borderline"):
                raise ValueError(f"{where}: bad header {line!r}")
            kind, labels, lang = words[:3]
            if lang not in ("ru", "en"):
                raise ValueError(f"{where}: bad lang {lang!r}")
            expected, clause = parse_labels(labels, where)
            template = LEXICON if path.name in LEXICON_FILES else HANDWRITTEN
            is_repeat_kind = kind in HISTORY_KINDS
            if is_repeat_kind and not history:
                raise ValueError(f"{where}: {kind} without a history")
            current = Message(
                kind=kind,
                expected=expected,
                clause=clause,
                lang=lang,
                borderline=len(words) == 4,
                source=template.format(name=path.name, lang=lang),
                history=list(history) if is_repeat_kind and history else None,
            )
            messages.append(current)
        elif in_history:
            if line.strip():
                assert history is not None
                history.append(line.strip())
        elif current is not None:
            current.lines.append(line)
    for message in messages:
        if not message.text:
            raise ValueError(f"{path.name}: an empty {message.kind} message")
    return messages


def build() -> list[Record]:
    """Every message, ids numbered per kind in source order, then shuffled with SEED."""
    rows: list[Record] = []
    numbers: dict[str, int] = {}
    for name in SOURCE_FILES:
        for message in parse_file(SOURCES / name):
            numbers[message.kind] = numbers.get(message.kind, 0) + 1
            rows.append(
                make_record(
                    f"h3-{message.kind}-{numbers[message.kind]}",
                    message.kind,
                    message.text,
                    message.expected,
                    borderline=message.borderline,
                    lang=message.lang,
                    source=message.source,
                    clause=message.clause or None,
                    history=message.history,
                )
            )
    random.Random(SEED).shuffle(rows)
    return rows


if __name__ == "__main__":
    sys.exit(publish(output_file(3), build()))
