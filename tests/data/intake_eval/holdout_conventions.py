"""What every hold-out intake corpus shares, whatever its source format: the intake codes and
2.10 clauses a record may carry, the codes each kind raises by default, the orders the kinds
were written out in, the two input layouts, the ways a language is told, and how a corpus is
written. The builders (``build_holdoutN.py``, ``holdout_builder.py``) import these instead of
each keeping its own copy, so a corpus's own file says only what is its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent

# the five intake codes of SPEC 2.8 and 2.10, in the order a record lists them when sorted
CODES = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")
CLAUSES = tuple(f"2.10.{n}" for n in range(1, 8))

# kind -> the codes a message of that kind raises unless its source says otherwise
KIND_CODES: dict[str, tuple[str, ...]] = {
    "ordinary": (),
    "short_question": (),
    "relevant_context": (),
    "in_scope": (),
    "lookalike": (),
    "insult_not_aimed": (),
    "mild": (),
    "obscene": ("obscene",),
    "obscene_disguised": ("obscene",),
    "obscene_translit": ("obscene",),
    "obscene_en": ("obscene",),
    # 2.8.3 names obscene and insulting language together: one code for both
    "insult": ("obscene",),
    "insult_en": ("obscene",),
    "no_question": ("no_question",),
    "no_question_data": ("no_question",),
    "out_of_scope": ("out_of_scope",),
    "off_topic": ("off_topic",),
    "repeat": ("already_answered",),
    "not_repeat": (),
}

# The order the kinds' records stand in the output, as each generation of builders chose it.
# holdout2, 3, 6 and 7: every clean kind before the abusive ones (the README tables' order).
CLEAN_FIRST = tuple(KIND_CODES)
# holdout4 and 5: the abusive kinds right after the look-alikes, short and scope questions later.
ABUSE_EARLY = (
    "ordinary", "lookalike", "insult_not_aimed", "mild",
    "obscene", "obscene_disguised", "obscene_translit", "obscene_en", "insult", "insult_en",
    "no_question", "no_question_data", "short_question", "out_of_scope", "in_scope",
    "off_topic", "relevant_context", "repeat", "not_repeat",
)
# holdout8 on: short questions second, scope and context after the no-question kinds.
PLAN_ORDER = (
    "ordinary", "short_question", "lookalike", "insult_not_aimed", "mild",
    "obscene", "obscene_disguised", "obscene_translit", "obscene_en", "insult", "insult_en",
    "no_question", "no_question_data", "out_of_scope", "in_scope", "off_topic",
    "relevant_context", "repeat", "not_repeat",
)

# kinds written from a lexicon entry (the obscene words of a profanity package)
LEXICON_KINDS = ("obscene", "obscene_disguised", "obscene_translit", "obscene_en")
# kinds that carry the license's earlier answered questions
HISTORY_KINDS = ("repeat", "not_repeat")
# an abusive message breaks 2.8.3 whatever else it breaks
ABUSIVE_KINDS = (*LEXICON_KINDS, "insult", "insult_en")

Record = dict[str, object]
RUSSIAN_LETTER = re.compile(r"[а-яё]", re.IGNORECASE)


def sources_dir(number: int) -> Path:
    """``holdoutN_sources/``: the plain files a corpus is built from."""
    return HERE / f"holdout{number}_sources"


def output_file(number: int) -> Path:
    """``holdoutN.jsonl``: the corpus itself."""
    return HERE / f"holdout{number}.jsonl"


def kind_files(sources: Path, kind: str, *, split_clauses: bool) -> list[tuple[Path, str | None]]:
    """The files holding one kind's messages, each with the 2.10 clause all of it falls under.

    One layout keeps a kind in ``<kind>.txt`` (an out-of-scope message names its clause
    itself: the clause is None here); the split layout (holdout4 to 7) gives each clause its
    own file, ``out_of_scope_N.txt`` for clause 2.10.N, which the clause is read from.
    """
    if split_clauses and kind == "out_of_scope":
        return [(sources / f"out_of_scope_{n}.txt", clause) for n, clause in enumerate(CLAUSES, 1)]
    return [(sources / f"{kind}.txt", None)]


def split_blocks(text: str, separator: str, *, comments: bool = True) -> list[list[str]]:
    """A source file's messages as their lines, cut at every line that is exactly
    ``separator``. With ``comments``, lines starting with ``#`` at the top of the file are its
    description, not a message. Blocks with nothing but blank lines are dropped."""
    lines = text.splitlines()
    while comments and lines and lines[0].startswith("#"):
        lines.pop(0)
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line == separator:
            blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if any(line.strip() for line in block)]


def kind_blocks(
    sources: Path, kinds: Sequence[str], separator: str, *, split_clauses: bool, comments: bool = True
) -> Iterator[tuple[str, int, Path, str | None, list[str]]]:
    """Every message block of a corpus in output order (kinds in ``kinds`` order, files in
    clause order, blocks in file order), each with its kind, its number within the kind
    (from 1, running on across a kind's clause files), its file, its clause and its lines."""
    for kind in kinds:
        number = 0
        for path, clause in kind_files(sources, kind, split_clauses=split_clauses):
            for block in split_blocks(path.read_text(encoding="utf-8"), separator, comments=comments):
                number += 1
                yield kind, number, path, clause, block


def make_record(
    rid: str,
    kind: str,
    text: str,
    expected: list[str],
    *,
    borderline: bool,
    lang: str,
    source: str,
    clause: str | None = None,
    history: list[str] | None = None,
    clause_after: str = "expected",
) -> Record:
    """One corpus line: id, kind, text, expected, borderline, lang, source, then history when
    given. A clause, when given, follows the field ``clause_after`` names: ``expected`` (most
    corpora), ``source`` (holdout8 on) or ``history`` (holdout4: the clause comes last)."""
    fields: list[tuple[str, object]] = [
        ("id", rid), ("kind", kind), ("text", text), ("expected", expected),
        ("borderline", borderline), ("lang", lang), ("source", source),
    ]
    if history is not None:
        fields.append(("history", history))
    if clause is not None:
        names = [name for name, _ in fields]
        at = names.index(clause_after) + 1 if clause_after in names else len(fields)
        fields.insert(at, ("clause", clause))
    return dict(fields)


def letters_lang(text: str) -> str:
    """Russian when Cyrillic letters are at least as many as Latin ones (holdout9 on)."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyrillic >= latin else "en"


def cyrillic_lang(text: str) -> str:
    """Russian when the text has any Russian letter, English otherwise (holdout2 and 4)."""
    return "ru" if RUSSIAN_LETTER.search(text) else "en"


def in_code_order(codes: Iterable[str]) -> list[str]:
    """The codes as a record lists them in the corpora that sort them: CODES order, once each."""
    wanted = set(codes)
    return [code for code in CODES if code in wanted]


def listed_words(path: Path) -> set[str]:
    """The entries of a plain word list: one a line, ``#`` lines and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def uniqueness_problems(records: Sequence[Record]) -> list[str]:
    """Ids and texts that stand twice (a corpus counts each message once), and codes that are
    not intake codes."""
    problems: list[str] = []
    ids: set[object] = set()
    texts: set[object] = set()
    for r in records:
        expected = r["expected"]
        assert isinstance(expected, list)
        if not set(expected) <= set(CODES):
            problems.append(f"{r['id']}: unknown codes in {expected}")
        if r["id"] in ids:
            problems.append(f"{r['id']}: duplicate id")
        if r["text"] in texts:
            problems.append(f"{r['id']}: duplicate text")
        ids.add(r["id"])
        texts.add(r["text"])
    return problems


def publish(path: Path, records: Sequence[Record]) -> int:
    """Refuse a corpus with an id or a text twice or an unknown code; else write it and say
    how many messages it holds."""
    problems = uniqueness_problems(records)
    if problems:
        raise ValueError("; ".join(problems[:5]))
    write_corpus(path, records)
    print(f"{len(records)} messages -> {path.name}")
    return 0


def write_corpus(path: Path, records: Sequence[Record]) -> None:
    """One JSON object a line, UTF-8 as is (no ``\\u`` escapes), ``\\n`` line ends; read back
    at once, so a record JSON cannot carry as written stops the build."""
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(body)
    back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if back != list(records):
        raise ValueError(f"{path.name} does not read back as written")
