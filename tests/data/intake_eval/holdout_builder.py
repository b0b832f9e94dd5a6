"""The builder of the hold-out intake corpora from holdout12 on: plain files in, one JSON
Lines corpus out, checked before it is written. Each ``build_holdoutN.py`` names its corpus
(`Corpus`: its number and the lexicon packages its obscene words came from) and runs `main`.

``holdoutN_sources/<kind>.txt`` holds the messages of one kind, separated by a line ``%%``
(the input conventions of the earlier hold-outs). Header lines, anywhere in a message,
describe it:

    @lang ru|en         the language, where counting letters would guess wrong
    @borderline         a careful reader could hesitate over this case
    @clause 2.10.N      the 2.10 clause an out_of_scope message falls under
    @history TEXT       an earlier answered question of the license (repeatable)
    @expected a,b|-     codes that replace the kind's usual ones ("-": none)
    @source TEXT        where the words came from, when not the kind's default
    @word ENTRY         the lexicon entry the message was written from (repeatable)

``holdoutN_sources/lexicon.txt`` lists every lexicon entry used (``ru`` entries from the
Russian package, ``en`` entries from the English one) with the ids of the messages written
from it; the build refuses to write when that list and the ``@word`` headers disagree
(``--lexicon`` prints the list as it should be).

Deterministic: kinds in a fixed order, messages in file order, ids ``hN-<kind>-<n>``
numbered per kind, so two runs write the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent


class Corpus(NamedTuple):
    """One hold-out: its number and the lexicon packages (name, version, licence, file) its
    Russian and English obscene words were taken from."""

    number: int
    ru_package: str
    en_package: str

    @property
    def sources(self) -> Path:
        return HERE / f"holdout{self.number}_sources"

    @property
    def lexicon_file(self) -> Path:
        return self.sources / "lexicon.txt"

    @property
    def output(self) -> Path:
        return HERE / f"holdout{self.number}.jsonl"

    @property
    def prefix(self) -> str:
        return f"h{self.number}"

    def source_of(self, kind: str) -> str:
        """Where a kind's words came from, unless a message's ``@source`` says otherwise."""
        packages = {
            "obscene": self.ru_package,
            "obscene_disguised": f"{self.ru_package} (disguised by hand)",
            "obscene_translit": f"{self.ru_package} (transliterated by hand)",
            "obscene_en": self.en_package,
        }
        return packages.get(kind) or HAND_SOURCES.get(kind, HAND)


CODES = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")
CLAUSES = tuple(f"2.10.{n}" for n in range(1, 8))
HEADER_KEYS = ("lang", "borderline", "clause", "history", "expected", "source", "word")

# kind -> (codes expected by default, number of messages wanted); SPEC 2.8 and 2.10
PLAN: dict[str, tuple[tuple[str, ...], int]] = {
    "ordinary": ((), 71),
    "short_question": ((), 20),
    "lookalike": ((), 30),
    "insult_not_aimed": ((), 15),
    "mild": ((), 15),
    "obscene": (("obscene",), 25),
    "obscene_disguised": (("obscene",), 25),
    "obscene_translit": (("obscene",), 10),
    "obscene_en": (("obscene",), 10),
    # 2.8.3 names obscene and insulting language together: one code for both
    "insult": (("obscene",), 20),
    "insult_en": (("obscene",), 10),
    "no_question": (("no_question",), 35),
    "no_question_data": (("no_question",), 10),
    "out_of_scope": (("out_of_scope",), 70),
    "in_scope": ((), 25),
    "off_topic": (("off_topic",), 25),
    "relevant_context": ((), 15),
    "repeat": (("already_answered",), 20),
    "not_repeat": ((), 20),
}
PER_CLAUSE = 10
LEXICON_KINDS = ("obscene", "obscene_disguised", "obscene_translit", "obscene_en")
# kinds whose words stand in the text as the lexicon spells them (inflected at most)
PLAIN_LEXICON_KINDS = ("obscene", "obscene_en")
HISTORY_KINDS = ("repeat", "not_repeat")
# an abusive message breaks 2.8.3 whatever else it breaks
ABUSIVE_KINDS = ("obscene", "obscene_disguised", "obscene_translit", "obscene_en", "insult", "insult_en")

HAND_SOURCES = {
    "lookalike": "hand-written; everyday words, names and places with obscene-looking letters",
    "insult": "hand-written; everyday insulting words aimed at the support staff",
    "insult_en": "hand-written; everyday insulting words aimed at the support staff",
}
HAND = "hand-written in the voice of a CMS vendor's customer"

Record = dict[str, object]
Message = tuple[dict[str, list[str]], str]


def letters_lang(text: str) -> str:
    """Russian when Cyrillic letters are at least as many as Latin ones."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyrillic >= latin else "en"


def parse_message(chunk: str) -> Message:
    """Split one chunk into its header lines and its message text."""
    headers: dict[str, list[str]] = {}
    text: list[str] = []
    for line in chunk.split("\n"):
        key, _, value = line.partition(" ")
        if line.startswith("@") and key[1:] in HEADER_KEYS:
            headers.setdefault(key[1:], []).append(value.strip())
        else:
            text.append(line)
    return headers, "\n".join(text).strip()


def read_messages(path: Path) -> list[Message]:
    chunks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() == "%%":
            chunks.append([])
        else:
            chunks[-1].append(line)
    messages = [parse_message("\n".join(lines)) for lines in chunks]
    return [(headers, text) for headers, text in messages if text or headers]


def to_record(corpus: Corpus, kind: str, n: int, headers: dict[str, list[str]], text: str) -> Record:
    expected = list(PLAN[kind][0])
    if "expected" in headers:
        raw = headers["expected"][0]
        expected = [] if raw == "-" else [c.strip() for c in raw.split(",") if c.strip()]
    source = headers.get("source", [corpus.source_of(kind)])[0]
    if "word" in headers:
        source += ": " + "; ".join(headers["word"])
    record: Record = {
        "id": f"{corpus.prefix}-{kind}-{n}",
        "kind": kind,
        "text": text,
        "expected": expected,
        "borderline": "borderline" in headers,
        "lang": headers.get("lang", [letters_lang(text)])[0],
        "source": source,
    }
    if "clause" in headers:
        record["clause"] = headers["clause"][0]
    if "history" in headers:
        record["history"] = list(headers["history"])
    return record


def build(corpus: Corpus) -> tuple[list[Record], dict[str, list[str]], list[str]]:
    """Records, the @word entries of each record id, and problems found on the way."""
    records: list[Record] = []
    words: dict[str, list[str]] = {}
    problems: list[str] = []
    for kind in PLAN:
        path = corpus.sources / f"{kind}.txt"
        if not path.exists():
            problems.append(f"{kind}: no file {path.name}")
            continue
        for n, (headers, text) in enumerate(read_messages(path), 1):
            record = to_record(corpus, kind, n, headers, text)
            if not text:
                problems.append(f"{record['id']}: headers without a message")
            for key, values in headers.items():
                if key not in ("history", "word") and len(values) > 1:
                    problems.append(f"{record['id']}: @{key} given {len(values)} times")
            if "word" in headers:
                words[str(record["id"])] = headers["word"]
            records.append(record)
    return records, words, problems


def word_stem(entry: str) -> str:
    """The part of a lexicon entry any inflection keeps: no '*' mark, no ending."""
    bare = entry.rstrip("*").lower()
    return bare[: max(3, len(bare) - 2)]


def check_record(r: Record, words: dict[str, list[str]]) -> list[str]:
    """What is wrong with one record on its own."""
    problems: list[str] = []
    rid, kind, text = str(r["id"]), str(r["kind"]), str(r["text"])
    expected = r["expected"]
    assert isinstance(expected, list)
    unknown = [c for c in expected if c not in CODES]
    if unknown:
        problems.append(f"{rid}: unknown code(s) {unknown}")
    if len(set(expected)) != len(expected):
        problems.append(f"{rid}: a code repeated in {expected}")
    if kind in ABUSIVE_KINDS and "obscene" not in expected:
        problems.append(f"{rid}: an abusive kind without obscene")
    if r["lang"] not in ("ru", "en"):
        problems.append(f"{rid}: lang {r['lang']!r} is neither ru nor en")
    for line in text.split("\n"):
        if line.startswith("@"):
            problems.append(f"{rid}: unknown header left in the text: {line[:30]!r}")
    clause = r.get("clause")
    if clause is not None and clause not in CLAUSES:
        problems.append(f"{rid}: clause {clause!r} is not a 2.10 clause")
    if ("out_of_scope" in expected) != (clause is not None):
        problems.append(f"{rid}: out_of_scope needs a clause and a clause needs it")
    if bool(r.get("history")) != (kind in HISTORY_KINDS):
        problems.append(f"{rid}: history belongs to repeat and not_repeat only")
    if (rid in words) != (kind in LEXICON_KINDS):
        problems.append(f"{rid}: @word belongs to the lexicon kinds, and they need it")
    if kind in PLAIN_LEXICON_KINDS:
        lowered = text.lower().replace("ё", "е")
        for entry in words.get(rid, []):
            if word_stem(entry).replace("ё", "е") not in lowered:
                problems.append(f"{rid}: @word {entry!r} is not in the text")
    return problems


def check(records: list[Record], words: dict[str, list[str]]) -> list[str]:
    """Everything that would make the corpus unfit to measure the intake rules with."""
    problems: list[str] = []
    seen_text: dict[str, str] = {}
    seen_id: set[str] = set()
    per_kind: dict[str, int] = {}
    per_clause: dict[str, int] = {}
    for r in records:
        rid, kind = str(r["id"]), str(r["kind"])
        problems += check_record(r, words)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        if rid in seen_id:
            problems.append(f"{rid}: duplicate id")
        seen_id.add(rid)
        key = " ".join(str(r["text"]).lower().split())
        if key in seen_text:
            problems.append(f"{rid}: same text as {seen_text[key]}")
        seen_text.setdefault(key, rid)
        if r.get("clause") is not None:
            per_clause[str(r["clause"])] = per_clause.get(str(r["clause"]), 0) + 1
    for kind, (_, wanted) in PLAN.items():
        if per_kind.get(kind, 0) != wanted:
            problems.append(f"{kind}: {per_kind.get(kind, 0)} messages, {wanted} planned")
    for clause in CLAUSES:
        if per_clause.get(clause, 0) != PER_CLAUSE:
            problems.append(f"clause {clause}: {per_clause.get(clause, 0)} messages, {PER_CLAUSE} planned")
    return problems


def lexicon_lines(records: list[Record], words: dict[str, list[str]]) -> list[str]:
    """One line per lexicon entry used: dict, entry, ids of its messages."""
    by_entry: dict[tuple[str, str], list[str]] = {}
    lang_of = {str(r["id"]): ("en" if r["kind"] == "obscene_en" else "ru") for r in records}
    for rid, entries in words.items():
        for entry in entries:
            by_entry.setdefault((lang_of[rid], entry), []).append(rid)
    return [f"{d}\t{e}\t{' '.join(ids)}" for (d, e), ids in sorted(by_entry.items())]


def check_lexicon(corpus: Corpus, records: list[Record], words: dict[str, list[str]]) -> list[str]:
    if not corpus.lexicon_file.exists():
        return [f"{corpus.lexicon_file.name} missing: run with --lexicon to see its lines"]
    lines = corpus.lexicon_file.read_text(encoding="utf-8").splitlines()
    written = [line for line in lines if line.strip() and not line.startswith("#")]
    wanted = lexicon_lines(records, words)
    if written == wanted:
        return []
    stale = sorted(set(written) ^ set(wanted))
    return [f"{corpus.lexicon_file.name} disagrees with the @word headers: {stale[:3]}"]


def report(records: list[Record]) -> str:
    rows = []
    for kind in PLAN:
        mine = [r for r in records if r["kind"] == kind]
        langs = [r["lang"] for r in mine]
        edge = sum(1 for r in mine if r["borderline"])
        rows.append(f"{kind:18} {len(langs):4}  ru {langs.count('ru'):3}  en {langs.count('en'):3}  borderline {edge:2}")
    english = sum(1 for r in records if r["lang"] == "en")
    borderline = sum(1 for r in records if r["borderline"])
    rows.append(f"total {len(records)}, en {english}, borderline {borderline}")
    return "\n".join(rows)


def main(corpus: Corpus, argv: list[str]) -> int:
    records, words, problems = build(corpus)
    if "--lexicon" in argv:
        print("\n".join(lexicon_lines(records, words)))
        return 0
    problems += check(records, words) + check_lexicon(corpus, records, words)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    corpus.output.write_text(body, encoding="utf-8")
    # read it back: every line is one JSON object equal to the record it came from
    back = [json.loads(line) for line in corpus.output.read_text(encoding="utf-8").splitlines()]
    if back != records:
        print(f"{corpus.output.name} does not read back as written", file=sys.stderr)
        return 1
    print(report(records))
    return 0
