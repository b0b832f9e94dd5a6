"""Assemble holdout8.jsonl from the plain texts in holdout8_sources/.

Each ``<kind>.txt`` holds records; a record starts with a line ``=== <tokens>``
where the tokens may be ``en`` (English; Russian otherwise), ``b`` (borderline),
a 2.10 clause (``2.10.3``) or ``exp=code,code`` (overrides the kind's expected
codes; ``exp=`` means none); ``en`` and ``b`` may also stand alone on the lines
right after the ``===`` line. Inside a record, ``H: `` lines are the license's
earlier answered questions, ``W: `` lines name the lexicon words the message was
written from, ``S: `` overrides the source note; every other line is the text.
The output order is the order of KINDS and then of the files, so the build is
deterministic and needs no randomness.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "holdout8_sources"
OUT = HERE / "holdout8.jsonl"
CODES = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")
CLAUSES = tuple(f"2.10.{n}" for n in range(1, 8))
LEXICON = "wiqaya 0.2.4 (PyPI, MIT), wiqaya/data/{lang}.txt"
WRITTEN = "holdout8: written by hand in a customer's voice for this corpus"

# kind -> the codes it raises unless a record says otherwise
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


def lexicon_words() -> set[str]:
    """The words of lexicon.txt (the header lines start with '#')."""
    lines = (SOURCES / "lexicon.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def parse(kind: str, known: set[str]) -> list[dict[str, object]]:
    """The records of one kind's source file, as corpus rows."""
    rows: list[dict[str, object]] = []
    record: dict[str, object] | None = None
    body: list[str] = []

    def close() -> None:
        if record is None:
            return
        text = "\n".join(body).strip()
        if not text:
            raise ValueError(f"{kind}: empty record {len(rows) + 1}")
        record["text"] = text
        rows.append(record)

    for line in (SOURCES / f"{kind}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("==="):
            close()
            body = []
            tokens = line[3:].split()
            record = {"tokens": tokens, "history": [], "words": [], "source": None}
        elif record is None:
            continue  # a file's preamble before the first record
        elif not body and line.strip() in ("en", "b"):
            record["tokens"].append(line.strip())  # type: ignore[union-attr]
        elif line.startswith("H: "):
            record["history"].append(line[3:].strip())  # type: ignore[union-attr]
        elif line.startswith("W: "):
            words = [w.strip() for w in line[3:].split("|") if w.strip()]
            record["words"].extend(words)  # type: ignore[union-attr]
        elif line.startswith("S: "):
            record["source"] = line[3:].strip()
        else:
            body.append(line)
    close()
    return [row_of(kind, n, raw, known) for n, raw in enumerate(rows, start=1)]


def row_of(kind: str, n: int, raw: dict[str, object], known: set[str]) -> dict[str, object]:
    """One jsonl row from a parsed record, checked."""
    tokens: list[str] = raw["tokens"]  # type: ignore[assignment]
    lang = "en" if "en" in tokens else "ru"
    expected = list(KINDS[kind])
    clause = None
    for token in tokens:
        if token.startswith("exp="):
            expected = [c for c in token[4:].split(",") if c]
        elif token in CLAUSES:
            clause = token
        elif token not in ("en", "b"):
            raise ValueError(f"{kind}-{n}: unknown token {token!r}")
    words: list[str] = raw["words"]  # type: ignore[assignment]
    missing = [w for w in words if w not in known]
    if missing:
        raise ValueError(f"{kind}-{n}: not in lexicon.txt: {missing}")
    source = str(raw["source"] or WRITTEN)
    if words:
        source += f"; words from {LEXICON.format(lang=lang)}: {', '.join(words)}"
    row: dict[str, object] = {
        "id": f"h8-{kind}-{n}",
        "kind": kind,
        "text": raw["text"],
        "expected": expected,
        "borderline": "b" in tokens,
        "lang": lang,
        "source": source,
    }
    if "out_of_scope" in expected or kind == "out_of_scope":
        if clause is None:
            raise ValueError(f"{kind}-{n}: out_of_scope without a clause")
        row["clause"] = clause
    if kind in ("repeat", "not_repeat"):
        if not raw["history"]:
            raise ValueError(f"{kind}-{n}: no history")
        row["history"] = raw["history"]
    return row


def validate(rows: list[dict[str, object]]) -> None:
    """The corpus invariants the README promises."""
    ids = [row["id"] for row in rows]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    texts = [row["text"] for row in rows]
    if len(texts) != len(set(texts)):
        raise ValueError("duplicate texts")
    for row in rows:
        bad = [c for c in row["expected"] if c not in CODES]  # type: ignore[attr-defined]
        if bad:
            raise ValueError(f"{row['id']}: unknown codes {bad}")


def main() -> int:
    known = lexicon_words()
    rows = [row for kind in KINDS for row in parse(kind, known)]
    validate(rows)
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
