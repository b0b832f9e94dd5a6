"""Build holdout5.jsonl, the fifth hold-out of the intake rules, from holdout5_sources/.

Each source file holds the messages of one kind (`out_of_scope_N.txt` holds clause 2.10.N).
Messages are separated by a line holding only `%%`. A message may start with header lines:

    @b              the case is borderline
    @en             the message is English (default Russian)
    @nq             it also carries `no_question` (an obscene rant that asks nothing)
    @h QUESTION     one earlier answered question of the same license (repeat kinds)

The rest of the block, stripped of surrounding blank lines, is the text; a file has no
comment lines. There is no random part: ids follow the ABUSE_EARLY kind order and the order
of the messages in their files, so the output is byte-identical on every rebuild.

    python tests/data/intake_eval/build_holdout5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from holdout_conventions import (
    ABUSE_EARLY,
    HISTORY_KINDS,
    KIND_CODES,
    Record,
    kind_blocks,
    make_record,
    output_file,
    publish,
    sources_dir,
)

SOURCES = sources_dir(5)


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


def to_record(kind: str, n: int, path: Path, clause: str | None, block: list[str]) -> Record:
    """One message as a row: the kind's codes, plus `no_question` for `@nq`."""
    flags, text = parse_block("\n".join(block))
    history = flags["h"]
    assert isinstance(history, list)
    if kind in HISTORY_KINDS and not history:
        raise ValueError(f"{kind} message {n} has no history")
    if kind not in HISTORY_KINDS and history:
        raise ValueError(f"{kind} message {n} has a history")
    return make_record(
        f"h5-{kind}-{n}",
        kind,
        text,
        [*KIND_CODES[kind], *(["no_question"] if flags["nq"] else [])],
        borderline=bool(flags["b"]),
        lang="en" if flags["en"] else "ru",
        source=f"holdout5_sources/{path.name}",
        clause=clause,
        history=history or None,
    )


def rows() -> list[Record]:
    """Every message of the hold-out, in a fixed order."""
    blocks = kind_blocks(SOURCES, ABUSE_EARLY, "%%", split_clauses=True, comments=False)
    return [to_record(*block) for block in blocks]


if __name__ == "__main__":
    sys.exit(publish(output_file(5), rows()))
