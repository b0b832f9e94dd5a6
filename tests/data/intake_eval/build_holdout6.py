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

The output has no random part: kinds in KINDS order, messages in file order, ids
`h6-<kind>-<n>` numbered from 1 within each kind (out-of-scope clauses in order), one JSON
object a line with ensure_ascii off, so a rebuild is byte-identical.

    python tests/data/intake_eval/build_holdout6.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout6_sources"
OUTPUT = HERE / "holdout6.jsonl"
LEXICON = "polyguard 1.0.4"

# Every kind with the codes it raises by itself and the number of messages the README promises.
KINDS: dict[str, tuple[tuple[str, ...], int]] = {
    "ordinary": ((), 80),
    "short_question": ((), 20),
    "relevant_context": ((), 20),
    "in_scope": ((), 30),
    "lookalike": ((), 25),
    "insult_not_aimed": ((), 15),
    "mild": ((), 15),
    "obscene": (("obscene",), 30),
    "obscene_disguised": (("obscene",), 30),
    "obscene_translit": (("obscene",), 8),
    "obscene_en": (("obscene",), 10),
    "insult": (("obscene",), 25),
    "insult_en": (("obscene",), 8),
    "no_question": (("no_question",), 45),
    "no_question_data": (("no_question",), 15),
    "out_of_scope": (("out_of_scope",), 84),
    "off_topic": (("off_topic",), 30),
    "repeat": (("already_answered",), 30),
    "not_repeat": ((), 30),
}
CLAUSES = tuple(f"2.10.{n}" for n in range(1, 8))
CODES = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")
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


def source_files(kind: str) -> list[tuple[Path, str | None]]:
    if kind == "out_of_scope":
        return [(SOURCES / f"out_of_scope_{n}.txt", clause) for n, clause in enumerate(CLAUSES, start=1)]
    return [(SOURCES / f"{kind}.txt", None)]


def build() -> list[dict[str, object]]:
    lexicon = read_lexicon(SOURCES / "lexicon_words.txt")
    histories = read_histories(SOURCES / "histories.txt")
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for kind, (codes, count) in KINDS.items():
        number = 0
        for path, clause in source_files(kind):
            for message in read_messages(path):
                number += 1
                rows.append(make_row(kind, number, clause, codes, message, lexicon, histories))
                if message.text in seen:
                    raise ValueError(f"{path.name}: a message appears twice: {message.text[:60]!r}")
                seen.add(message.text)
        if number != count:
            raise ValueError(f"{kind}: {number} messages, the README promises {count}")
    return rows


def make_row(
    kind: str,
    number: int,
    clause: str | None,
    codes: tuple[str, ...],
    message: Message,
    lexicon: dict[str, str],
    histories: dict[str, list[str]],
) -> dict[str, object]:
    wanted = set(codes) | set(message.extra)
    row: dict[str, object] = {
        "id": f"h6-{kind}-{number}",
        "kind": kind,
        "text": message.text,
        "expected": [code for code in CODES if code in wanted],
    }
    if clause is not None:
        row["clause"] = clause
    row["borderline"] = message.borderline
    row["lang"] = message.lang
    row["source"] = describe_source(message.words, lexicon)
    if kind in ("repeat", "not_repeat"):
        if message.history not in histories:
            raise ValueError(f"{row['id']}: unknown or missing history {message.history!r}")
        row["history"] = histories[message.history]
    elif message.history is not None:
        raise ValueError(f"{row['id']}: a history outside repeat / not_repeat")
    return row


def describe_source(words: list[str], lexicon: dict[str, str]) -> str:
    if not words:
        return "handwritten"
    for word in words:
        if word not in lexicon:
            raise ValueError(f"lexicon entry {word!r} is not in lexicon_words.txt")
    lists = sorted({lexicon[word] for word in words})
    return f"handwritten from {LEXICON} ({', '.join(lists)}): {', '.join(words)}"


def main() -> int:
    rows = build()
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = Counter(str(row["kind"]) for row in rows)
    borderline = sum(1 for row in rows if row["borderline"])
    english = sum(1 for row in rows if row["lang"] == "en")
    print(f"{len(rows)} messages ({english} English, {borderline} borderline) -> {OUTPUT.name}")
    for kind, count in kinds.items():
        print(f"  {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
