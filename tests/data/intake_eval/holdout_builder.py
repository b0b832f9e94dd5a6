"""The builder of the hold-out intake corpora written with ``@`` headers (holdout9 on): plain
files in, one JSON Lines corpus out, checked before it is written. Each ``build_holdoutN.py``
names its corpus (`Corpus`: its number, the lexicon packages its obscene words came from, and
the conventions it keeps where it differs from the latest) and runs `main`.

``holdoutN_sources/<kind>.txt`` holds the messages of one kind, separated by a line ``%%``.
Header lines, anywhere in a message, describe it:

    @lang ru|en         the language, where counting letters would guess wrong
    @borderline         a careful reader could hesitate over this case
    @clause 2.10.N      the 2.10 clause an out_of_scope message falls under
    @history TEXT       an earlier answered question of the license (repeatable)
    @expected a,b|-     codes that replace the kind's usual ones ("-": none)
    @source TEXT        where the words came from, when not the kind's default
    @word ENTRY         the lexicon entry the message was written from (repeatable)

From holdout11 on, ``holdoutN_sources/lexicon.txt`` lists every lexicon entry used (``ru``
entries from the Russian package, ``en`` entries from the English one) with the ids of the
messages written from it; the build refuses to write when that list and the ``@word`` headers
disagree (``--lexicon`` prints the list as it should be).

Deterministic: kinds in a fixed order, messages in file order, ids ``hN-<kind>-<n>``
numbered per kind, so two runs write the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from holdout_conventions import (
    ABUSIVE_KINDS,
    CLAUSES,
    CODES,
    HISTORY_KINDS,
    KIND_CODES,
    LEXICON_KINDS,
    PLAN_ORDER,
    Record,
    letters_lang,
    output_file,
    sources_dir,
    split_blocks,
    write_corpus,
)

HEADER_KEYS = ("lang", "borderline", "clause", "history", "expected", "source", "word")
# kinds whose words stand in the text as the lexicon spells them (inflected at most)
PLAIN_LEXICON_KINDS = ("obscene", "obscene_en")

# kind -> number of messages wanted (holdout11 on); SPEC 2.8 and 2.10, in PLAN_ORDER
PLAN_COUNTS: dict[str, int] = dict(
    zip(PLAN_ORDER, (71, 20, 30, 15, 15, 25, 25, 10, 10, 20, 10, 35, 10, 70, 25, 25, 15, 20, 20), strict=True)
)

HAND_SOURCES = {
    "lookalike": "hand-written; everyday words, names and places with obscene-looking letters",
    "insult": "hand-written; everyday insulting words aimed at the support staff",
    "insult_en": "hand-written; everyday insulting words aimed at the support staff",
}
HAND = "hand-written in the voice of a CMS vendor's customer"
# holdout9 and 10's wording of the same
HAND_SPEC = "hand-written in a CMS customer's voice (product words from SPEC 2 and the seed policy)"

Message = tuple[dict[str, list[str]], str]


class Corpus(NamedTuple):
    """One hold-out: its number, the lexicon packages (name, version, licence, file) its Russian
    and English obscene words were taken from, and where it keeps an older convention.

    - ``hand_marks``: the default source of ``obscene_disguised`` / ``obscene_translit`` says
      the package's word was "(disguised by hand)" / "(transliterated by hand)" (holdout11
      on); holdout9 and 10 name the Russian package alone for all three Russian kinds.
    - ``hand_sources`` / ``hand``: the default source of the kinds written without a lexicon
      (look-alikes, insults) and of every other kind.
    - ``plan`` / ``per_clause``: the messages promised per kind and per 2.10 clause; the build
      refuses to write when a count is off (None: nothing promised). holdout9 to 14 all keep
      the same plan; holdout9 and 10 never checked it, and meet it.
    - ``word_list``: ``lexicon.txt`` is, line for line, the list ``--lexicon`` prints (holdout11
      on); holdout9 and 10 keep a free-form, annotated word list there, read by people only.
    - ``stems_checked``: an ``obscene`` / ``obscene_en`` message contains the stem of each of
      its ``@word`` entries (holdout12 on). Off where an entry is not a plain word: holdout9's
      are the package's letter patterns ("п еи з д"), one of holdout10's carries a note, and
      one holdout11 message uses a form that drops its entry's stem.
    """

    number: int
    ru_package: str
    en_package: str
    hand_marks: bool = True
    hand_sources: Mapping[str, str] = HAND_SOURCES
    hand: str = HAND
    plan: Mapping[str, int] | None = PLAN_COUNTS
    per_clause: int | None = 10
    word_list: bool = True
    stems_checked: bool = True

    @property
    def sources(self) -> Path:
        return sources_dir(self.number)

    @property
    def lexicon_file(self) -> Path:
        return self.sources / "lexicon.txt"

    @property
    def output(self) -> Path:
        return output_file(self.number)

    @property
    def prefix(self) -> str:
        return f"h{self.number}"

    def source_of(self, kind: str) -> str:
        """Where a kind's words came from, unless a message's ``@source`` says otherwise."""
        disguised, transliterated = (" (disguised by hand)", " (transliterated by hand)") if self.hand_marks else ("", "")
        packages = {
            "obscene": self.ru_package,
            "obscene_disguised": self.ru_package + disguised,
            "obscene_translit": self.ru_package + transliterated,
            "obscene_en": self.en_package,
        }
        return packages.get(kind) or self.hand_sources.get(kind, self.hand)


def parse_message(lines: list[str]) -> Message:
    """Split one message's lines into its header lines and its text."""
    headers: dict[str, list[str]] = {}
    text: list[str] = []
    for line in lines:
        key, _, value = line.partition(" ")
        if line.startswith("@") and key[1:] in HEADER_KEYS:
            headers.setdefault(key[1:], []).append(value.strip())
        else:
            text.append(line)
    return headers, "\n".join(text).strip()


def read_messages(path: Path) -> list[Message]:
    """A kind file's messages; a block of headers alone is kept (and refused by `build`)."""
    blocks = split_blocks(path.read_text(encoding="utf-8"), "%%", comments=False)
    return [parse_message(block) for block in blocks]


def to_record(corpus: Corpus, kind: str, n: int, headers: dict[str, list[str]], text: str) -> Record:
    expected = list(KIND_CODES[kind])
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
    for kind in PLAN_ORDER:
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


def check_record(corpus: Corpus, r: Record, words: dict[str, list[str]]) -> list[str]:
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
    if corpus.stems_checked and kind in PLAIN_LEXICON_KINDS:
        lowered = text.lower().replace("ё", "е")
        for entry in words.get(rid, []):
            if word_stem(entry).replace("ё", "е") not in lowered:
                problems.append(f"{rid}: @word {entry!r} is not in the text")
    return problems


def check(corpus: Corpus, records: list[Record], words: dict[str, list[str]]) -> list[str]:
    """Everything that would make the corpus unfit to measure the intake rules with."""
    problems: list[str] = []
    seen_text: dict[str, str] = {}
    seen_id: set[str] = set()
    per_kind: dict[str, int] = {}
    per_clause: dict[str, int] = {}
    for r in records:
        rid, kind = str(r["id"]), str(r["kind"])
        problems += check_record(corpus, r, words)
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
    for kind, wanted in (corpus.plan or {}).items():
        if per_kind.get(kind, 0) != wanted:
            problems.append(f"{kind}: {per_kind.get(kind, 0)} messages, {wanted} planned")
    for clause in CLAUSES if corpus.per_clause is not None else ():
        if per_clause.get(clause, 0) != corpus.per_clause:
            problems.append(f"clause {clause}: {per_clause.get(clause, 0)} messages, {corpus.per_clause} planned")
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
    """Whether ``lexicon.txt`` is, line for line, the list the ``@word`` headers make."""
    if not corpus.word_list:
        return []
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
    """Messages per kind, per language and borderline, then per clause and in all."""
    rows = []
    for kind in PLAN_ORDER:
        mine = [r for r in records if r["kind"] == kind]
        langs = [r["lang"] for r in mine]
        edge = sum(1 for r in mine if r["borderline"])
        rows.append(f"{kind:18} {len(langs):4}  ru {langs.count('ru'):3}  en {langs.count('en'):3}  borderline {edge:2}")
    clauses = [str(r["clause"]) for r in records if "clause" in r]
    rows.append("clauses " + " ".join(f"{c}:{clauses.count(c)}" for c in sorted(set(clauses))))
    english = sum(1 for r in records if r["lang"] == "en")
    borderline = sum(1 for r in records if r["borderline"])
    rows.append(f"total {len(records)}, en {english}, borderline {borderline}")
    return "\n".join(rows)


def main(corpus: Corpus, argv: list[str]) -> int:
    """Build, check and write the corpus; ``--lexicon`` prints the lexicon list instead."""
    records, words, problems = build(corpus)
    if "--lexicon" in argv:
        if not corpus.word_list:
            print(f"holdout{corpus.number} keeps no checked lexicon list", file=sys.stderr)
            return 2
        print("\n".join(lexicon_lines(records, words)))
        return 0
    problems += check(corpus, records, words) + check_lexicon(corpus, records, words)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    try:
        write_corpus(corpus.output, records)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    print(report(records))
    return 0
