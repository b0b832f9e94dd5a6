"""Build holdout6.jsonl, the sixth hold-out of the intake rules, from holdout6_sources/.

Source format
-------------
Each `<kind>.txt` in holdout6_sources/ holds the messages of one kind; `out_of_scope_N.txt`
holds the out-of-scope requests of clause 2.10.N. Lines starting with `#` before the first
separator are comments. Each message starts with a separator line:

    %% [token ...]

followed by the message text up to the next separator (leading and trailing blank lines are
dropped, everything else — quoted `>` lines, blank lines, indentation — is kept as written).
The tokens say what the text cannot:

- `b` — borderline: a careful reader could hesitate over the label (listed in the README);
- `en` — an English message (the default is `ru`);
- `+CODE` — an intake code expected on top of the kind's own (e.g. `+no_question` on an
  obscene rant that asks nothing);
- `w=ENTRY` — a lexicon entry the message was written from (`_` stands for a space in a
  multi-word entry); every entry must be listed in `lexicon_words.txt` (sections `[ru]`
  and `[en]`, one verbatim package entry a line);
- `h=ID` — for `repeat` / `not_repeat`: the history block of `histories.txt` the message
  belongs to.

`histories.txt` holds the licenses' earlier answered questions: a line `## ID` opens a
block, and each following non-blank line is one earlier question.

The output has no random part: kinds in the CLEAN_FIRST order, messages in file order, ids
`h6-<kind>-<n>` numbered from 1 within each kind (out-of-scope clauses in order), one JSON
object a line with ensure_ascii off, so a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout6.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from holdout_conventions import (
    CLEAN_FIRST,
    CODES,
    HISTORY_KINDS,
    KIND_CODES,
    Record,
    in_code_order,
    kind_files,
    make_record,
    output_file,
    publish,
    sources_dir,
)

SOURCES = sources_dir(6)
LEXICON = "polyguard 1.0.4"

# Every kind with the number of messages the README promises.
COUNTS = dict(zip(CLEAN_FIRST, (80, 20, 20, 30, 25, 15, 15, 30, 30, 8, 10, 25, 8, 45, 15, 84, 30, 30, 30), strict=True))
SEPARATOR = re.compile(r"^%%(?: (.*))?$")


@dataclass
class Message:
    text: str
    borderline: bool = False
    lang: str = "ru"
    extra: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    history: str | None = None


def read_messages(path: Path) -> list[Message]:
    """The messages of one source file, with the tokens of their separator lines."""
    messages: list[Message] = []
    body: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        found = SEPARATOR.match(line)
        if found is None:
            if body is None:
                if line.strip() and not line.startswith("#"):
                    raise ValueError(f"{path.name}:{number}: text before the first %% line")
                continue
            body.append(line)
            continue
        if body is not None:
            messages[-1].text = "\n".join(body).strip("\n").rstrip()
        body = []
        messages.append(parse_tokens(found.group(1) or "", f"{path.name}:{number}"))
    if body is not None:
        messages[-1].text = "\n".join(body).strip("\n").rstrip()
    for message in messages:
        if not message.text.strip():
            raise ValueError(f"{path.name}: an empty message")
    return messages


def parse_tokens(tokens: str, where: str) -> Message:
    message = Message(text="")
    for token in tokens.split():
        if token == "b":
            message.borderline = True
        elif token == "en":
            message.lang = "en"
        elif token.startswith("+") and token[1:] in CODES:
            message.extra.append(token[1:])
        elif token.startswith("w="):
            message.words.append(token[2:].replace("_", " "))
        elif token.startswith("h="):
            message.history = token[2:]
        else:
            raise ValueError(f"{where}: unknown token {token!r}")
    return message


def read_lexicon(path: Path) -> dict[str, str]:
    """Each lexicon entry the messages were written from, with its list (`ru` or `en`)."""
    entries: dict[str, str] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if not section:
            raise ValueError(f"lexicon entry {line!r} outside a section")
        entries[line] = section
    return entries


def read_histories(path: Path) -> dict[str, list[str]]:
    histories: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = histories.setdefault(line[3:].strip(), [])
        elif line.strip() and not line.startswith("#"):
            if current is None:
                raise ValueError(f"history line {line!r} before a ## block")
            current.append(line.strip())
    for name, questions in histories.items():
        if not 1 <= len(questions) <= 4:
            raise ValueError(f"history {name} holds {len(questions)} questions, not 1 to 4")
    return histories


def build() -> list[Record]:
    lexicon = read_lexicon(SOURCES / "lexicon_words.txt")
    histories = read_histories(SOURCES / "histories.txt")
    rows: list[Record] = []
    seen: set[str] = set()
    for kind in CLEAN_FIRST:
        number = 0
        for path, clause in kind_files(SOURCES, kind, split_clauses=True):
            for message in read_messages(path):
                number += 1
                rows.append(make_row(kind, number, clause, message, lexicon, histories))
                if message.text in seen:
                    raise ValueError(f"{path.name}: a message appears twice: {message.text[:60]!r}")
                seen.add(message.text)
        if number != COUNTS[kind]:
            raise ValueError(f"{kind}: {number} messages, the README promises {COUNTS[kind]}")
    return rows


def make_row(
    kind: str,
    number: int,
    clause: str | None,
    message: Message,
    lexicon: dict[str, str],
    histories: dict[str, list[str]],
) -> Record:
    """One row: the kind's codes and the message's `+CODE`s, in CODES order."""
    rid = f"h6-{kind}-{number}"
    if kind in HISTORY_KINDS and message.history not in histories:
        raise ValueError(f"{rid}: unknown or missing history {message.history!r}")
    if kind not in HISTORY_KINDS and message.history is not None:
        raise ValueError(f"{rid}: a history outside repeat / not_repeat")
    return make_record(
        rid,
        kind,
        message.text,
        in_code_order([*KIND_CODES[kind], *message.extra]),
        borderline=message.borderline,
        lang=message.lang,
        source=describe_source(message.words, lexicon),
        clause=clause,
        history=histories[message.history] if message.history is not None and kind in HISTORY_KINDS else None,
    )


def describe_source(words: list[str], lexicon: dict[str, str]) -> str:
    if not words:
        return "handwritten"
    for word in words:
        if word not in lexicon:
            raise ValueError(f"lexicon entry {word!r} is not in lexicon_words.txt")
    lists = sorted({lexicon[word] for word in words})
    return f"handwritten from {LEXICON} ({', '.join(lists)}): {', '.join(words)}"


if __name__ == "__main__":
    sys.exit(publish(output_file(6), build()))
