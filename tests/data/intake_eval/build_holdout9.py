"""Assemble the ninth hold-out intake corpus from its plain-text sources.

Each file in ``holdout9_sources/`` named ``<kind>.txt`` holds the messages of one
kind, separated by a line ``%%``. A message may start with header lines:

    @lang en            override the language guessed from the alphabet
    @borderline         a case a careful reader could hesitate over
    @clause 2.10.4      the 2.10 clause of an out_of_scope message
    @history TEXT       an earlier answered question (repeatable)
    @expected a,b       codes other than the kind's usual ones ("-" for none)
    @source TEXT        where the words came from, if not the kind's default
    @word TEXT          the lexicon entry the message was written from

The output is deterministic: files in a fixed kind order, messages in file order,
ids numbered per kind. Run from anywhere: ``python build_holdout9.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout9_sources"
OUTPUT = HERE / "holdout9.jsonl"

CODES = {"obscene", "no_question", "out_of_scope", "off_topic", "already_answered"}
CLAUSES = {f"2.10.{n}" for n in range(1, 8)}
HEADERS = {"lang", "borderline", "clause", "history", "expected", "source", "word"}

# kind -> the codes a message of that kind raises unless its header says otherwise
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
RU_LEXICON = "python-obscene-words-filter 0.1.6 (MIT), obscene_words_filter/conf.py bad_words"
EN_LEXICON = "profanityfilter 2.1.0 (BSD-3-Clause), profanityfilter/data/badwords.txt"
LOOKALIKE = "hand-written; innocent words and place names with obscene-looking letter runs"
INSULT = "hand-written insulting words aimed at the desk (no lexicon entry)"

DEFAULT_SOURCE = {
    "obscene": RU_LEXICON,
    "obscene_disguised": RU_LEXICON,
    "obscene_translit": RU_LEXICON,
    "obscene_en": EN_LEXICON,
    "lookalike": LOOKALIKE,
    "insult": INSULT,
    "insult_en": INSULT,
}


def guess_lang(text: str) -> str:
    """Cyrillic letters outnumbering Latin ones make a Russian message."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyr >= lat else "en"


def parse_file(kind: str, path: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    chunks = path.read_text(encoding="utf-8").split("\n%%\n")
    for chunk in chunks:
        head: dict[str, list[str]] = {}
        body: list[str] = []
        # a header line may stand anywhere in the message, not only on top
        for line in chunk.strip("\n").split("\n"):
            key, _, value = line[1:].partition(" ")
            if line.startswith("@") and key in HEADERS:
                head.setdefault(key, []).append(value.strip())
            else:
                body.append(line)
        text = "\n".join(body).strip()
        if not text:
            continue
        expected = KINDS[kind]
        if "expected" in head:
            raw = head["expected"][0]
            expected = [] if raw == "-" else [c.strip() for c in raw.split(",")]
        source = head.get("source", [DEFAULT_SOURCE.get(kind, HAND)])[0]
        if "word" in head:
            source = f"{source}: {'; '.join(head['word'])}"
        record: dict[str, object] = {
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
        records.append(record)
    for n, record in enumerate(records, 1):
        record["id"] = f"h9-{kind}-{n}"
    return records


def validate(records: list[dict[str, object]]) -> list[str]:
    problems: list[str] = []
    seen_ids: set[object] = set()
    seen_texts: set[object] = set()
    for r in records:
        rid = r["id"]
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate id")
        if r["text"] in seen_texts:
            problems.append(f"{rid}: duplicate text")
        seen_ids.add(rid)
        seen_texts.add(r["text"])
        expected = r["expected"]
        assert isinstance(expected, list)
        if not set(expected) <= CODES:
            problems.append(f"{rid}: unknown code in {expected}")
        text = str(r["text"])
        if any(line.startswith("@") for line in text.split("\n")):
            problems.append(f"{rid}: a line starting with @ left in the text (header typo?)")
        if r["lang"] not in ("ru", "en"):
            problems.append(f"{rid}: bad lang {r['lang']}")
        if "out_of_scope" in expected and r.get("clause") not in CLAUSES:
            problems.append(f"{rid}: out_of_scope without a 2.10 clause")
        if r["kind"] in ("repeat", "not_repeat") and not r.get("history"):
            problems.append(f"{rid}: repeat case without history")
    return problems


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for kind in KINDS:
        path = SOURCES / f"{kind}.txt"
        if path.exists():
            records.extend(parse_file(kind, path))
    return records


def main() -> int:
    records = build()
    problems = validate(records)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with OUTPUT.open("w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    # round trip: every written line must parse back to the same record
    back = [json.loads(line) for line in OUTPUT.read_text(encoding="utf-8").splitlines()]
    assert back == records
    counts: dict[tuple[str, str], int] = {}
    for r in records:
        key = (str(r["kind"]), str(r["lang"]))
        counts[key] = counts.get(key, 0) + 1
    for kind in KINDS:
        ru, en = counts.get((kind, "ru"), 0), counts.get((kind, "en"), 0)
        print(f"{kind:18} {ru + en:4}  ru {ru:3}  en {en:3}")
    borderline = sum(1 for r in records if r["borderline"])
    en_total = sum(1 for r in records if r["lang"] == "en")
    print(f"total {len(records)}, en {en_total}, borderline {borderline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
