"""Build holdout4.jsonl, the fourth intake hold-out, from holdout4_sources/.

Source format (one file per kind; `out_of_scope_N.txt` holds clause 2.10.N):

- leading lines starting with `#` are the file's header and are skipped;
- messages are separated by a line holding only `---`;
- inside a message, a line that starts with one of these directives is metadata, not text:
  `@borderline` (a careful reader could hesitate; labelled all the same),
  `@lang ru|en` (otherwise `en` when the text has no Cyrillic letter, else `ru`),
  `@noq` (an obscene or insulting message that asks nothing: adds `no_question`),
  `@h QUESTION` (repeat kinds: one earlier answered question of the same license).

Labels come from the kind (`KIND_CODES` of holdout_conventions), so that a file cannot drift
from its kind. The output has no random part: rows follow the ABUSE_EARLY kind order and the
order of each file, ids are `h4-<kind>-<n>` counted per kind, the clause is the last field
of a row, and a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout4.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from holdout_conventions import (
    ABUSE_EARLY,
    ABUSIVE_KINDS,
    HISTORY_KINDS,
    KIND_CODES,
    Record,
    cyrillic_lang,
    kind_blocks,
    make_record,
    output_file,
    publish,
    sources_dir,
)

SOURCES = sources_dir(4)
DIRECTIVE = re.compile(r"^@(borderline|lang|noq|h)\b ?(.*)$")


def parse(kind: str, n: int, path: Path, clause: str | None, block: list[str]) -> Record:
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
            if kind not in ABUSIVE_KINDS:
                raise ValueError(f"{path.name}: @noq in kind {kind}")
            no_question = True
        else:
            if kind not in HISTORY_KINDS:
                raise ValueError(f"{path.name}: @h in kind {kind}")
            history.append(value)
    text = "\n".join(text_lines).strip()
    if not text:
        raise ValueError(f"{path.name}: a message with no text")
    if kind in HISTORY_KINDS and not 1 <= len(history) <= 4:
        raise ValueError(f"{path.name}: a {kind} message needs 1-4 @h lines: {text[:40]!r}")
    return make_record(
        f"h4-{kind}-{n}",
        kind,
        text,
        [*KIND_CODES[kind], *(["no_question"] if no_question else [])],
        borderline=borderline,
        lang=lang or cyrillic_lang(text),
        source=f"holdout4_sources/{path.name}",
        clause=clause,
        history=history if kind in HISTORY_KINDS else None,
        clause_after="history",
    )


def build() -> list[Record]:
    """Every hold-out row, in kind order, with ids counted per kind."""
    blocks = kind_blocks(SOURCES, ABUSE_EARLY, "---", split_clauses=True)
    return [parse(*block) for block in blocks]


if __name__ == "__main__":
    sys.exit(publish(output_file(4), build()))
