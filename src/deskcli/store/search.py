"""Full-text search over stemmed terms: documentation articles and earlier questions.

The index rows hold ``intake.search_terms`` of the text (stems). Articles are matched
stem by stem as prefixes, so кэш, кеша and кешем all meet кеш. Earlier questions
(2.8.5) sit in ``question_index`` with their license as a token of their own, so the
FTS query reads one license's questions, whatever the size of the desk; there both sides
are stems already and match exactly. ``question_terms`` counts the questions each stem
occurs in, for weighing rare terms.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from deskcli.domain import intake
from deskcli.domain.named import TYPE_CHECKING
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from typing import Any

# Stems of a new question looked up among earlier ones; the rest say little more.
_QUESTION_TERMS = 24


def match_expression(text: str, *, limit_terms: int = 24) -> str | None:
    """An FTS5 query matching any of the text's stems as a prefix; user text never becomes syntax."""
    terms = intake.search_terms(text)[:limit_terms]
    if not terms:
        return None
    return " OR ".join(_quoted(term) + "*" for term in terms)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _license_token(license: str) -> str:
    """The license as one token the FTS tokenizer keeps whole (LIC-7 would be two)."""
    return "l" + license.encode("utf-8").hex()


Entry = tuple[int, str, list[str]]


def question_entry(request_id: int, license: str, text: str) -> Entry:
    """(request id, license, stems): what indexing a question writes; worked out before the
    write lock is taken, since stemming is the slow part."""
    return request_id, license, intake.search_terms(text)


def index_entries(repo: Repository, entries: Iterable[Entry]) -> None:
    """Index questions under their license and count their stems (inside a transaction)."""
    counts: dict[str, int] = {}
    rows = []
    for request_id, license, terms in entries:
        rows.append((request_id, " ".join(terms), _license_token(license)))
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    repo.conn.executemany("INSERT INTO question_index (rowid, terms, license) VALUES (?, ?, ?)", rows)
    repo.conn.executemany(
        "INSERT INTO question_terms (term, questions) VALUES (?, ?) "
        "ON CONFLICT (term) DO UPDATE SET questions = questions + excluded.questions",
        counts.items(),
    )


def index_question(repo: Repository, request_id: int, text: str, *, terms: list[str] | None = None) -> None:
    """Index a request's question under its license (called when the request is opened)."""
    row = repo.conn.execute("SELECT license FROM requests WHERE id = ?", (request_id,)).fetchone()
    index_entries(repo, [(request_id, row["license"], intake.search_terms(text) if terms is None else terms)])


#: A request whose question was answered (2.8.5): answered, or resolved after a response.
#: One resolved with no response (the customer sorted it out, an agent closed it unanswered)
#: answered nothing, so asking its question again is no repeat.
_ANSWERED = "(r.status = 'answered' OR (r.status = 'resolved' AND r.first_response_at IS NOT NULL))"

#: Answered questions not in the index yet, with their text: the subject and the first
#: customer message.
_UNINDEXED = (
    "SELECT r.id, r.license, coalesce(r.subject, '') || char(10) || coalesce((SELECT body FROM messages m "
    "WHERE m.request_id = r.id AND m.kind = 'customer' ORDER BY m.id LIMIT 1), '') AS question "
    "FROM requests r WHERE {where} AND " + _ANSWERED
)
_NOT_INDEXED = " AND NOT EXISTS (SELECT 1 FROM question_index q WHERE q.rowid = r.id)"


def index_imported(repo: Repository, *, since: int, batch: int = 5000) -> int:
    """Inside ``desk import``'s transaction: index the answered questions it brought (ids
    from ``since`` on), so that a license's first request after an import never has to
    index the license's history. Returns how many were indexed."""
    indexed, last = 0, since - 1
    # Ids past the index's highest cannot be in it: the probe per row was half the cost.
    top = repo.scalar("SELECT rowid FROM question_index ORDER BY rowid DESC LIMIT 1") or 0
    sql = _UNINDEXED.format(where="r.id > ?") + ("" if top < since else _NOT_INDEXED) + " ORDER BY r.id LIMIT ?"
    while True:
        rows = repo.conn.execute(sql, (last, batch)).fetchall()
        if not rows:
            return indexed
        index_entries(repo, [question_entry(row["id"], row["license"], row["question"]) for row in rows])
        indexed, last = indexed + len(rows), rows[-1]["id"]


def unindexed_questions(repo: Repository, license: str) -> list[Entry]:
    """This license's answered questions that are not indexed yet, stemmed. ``desk import``
    indexes what it brings (``index_imported``); this finds what a desk imported by an older
    deskcli left, indexed on first need (``index_missing``, a short write transaction per
    ``INDEX_CHUNK``). The check probes the index by rowid for this license's requests only."""
    missing = repo.conn.execute(_UNINDEXED.format(where="r.license = ?") + _NOT_INDEXED, (license,)).fetchall()
    return [question_entry(row["id"], row["license"], row["question"]) for row in missing]


#: Imported questions indexed per write transaction (about 10 ms of lock each at a million
#: requests, fsync included), so a license with thousands of them never holds up other
#: agents' writes for long.
INDEX_CHUNK = 100


def index_missing(repo: Repository, entries: list[Entry]) -> None:
    """Inside a transaction: index what another agent has not indexed meanwhile."""
    if not entries:
        return
    placeholders = ", ".join("?" for _ in entries)
    cursor = repo.conn.cursor()
    cursor.row_factory = None  # rows by position (the connection's rows are read by name)
    done = {row[0] for row in cursor.execute(
        f"SELECT rowid FROM question_index WHERE rowid IN ({placeholders})", [entry[0] for entry in entries])}
    index_entries(repo, [entry for entry in entries if entry[0] not in done])


def answered_candidates(repo: Repository, license: str, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Earlier requests of the same license whose question was answered and that share the
    most terms (imported ones once ``index_missing`` has indexed them)."""
    terms = intake.search_terms(text)[:_QUESTION_TERMS]
    if not terms:
        return []
    expression = f"license : {_quoted(_license_token(license))} AND terms : ({' OR '.join(map(_quoted, terms))})"
    return repo.all(
        "SELECT r.id, r.created_at, r.subject, "
        "(SELECT body FROM messages m WHERE m.request_id = r.id AND m.kind = 'customer' ORDER BY m.id LIMIT 1) AS body "
        "FROM question_index f JOIN requests r ON r.id = f.rowid "
        "WHERE question_index MATCH ? AND " + _ANSWERED + " "
        "ORDER BY bm25(question_index, 1.0, 0.0) LIMIT ?",
        (expression, limit),
    )


def term_rarity(repo: Repository, text: str) -> Callable[[str], float]:
    """How much each stem of `text` weighs for repeat detection, from its rarity in the desk:
    from 0.5 for a stem in every question to 1.5 for one in a single question; 1 when
    unknown. Two indexed lookups per query, whatever the desk's size."""
    terms = intake.search_terms(text)[:_QUESTION_TERMS]
    # The highest request id stands in for the number of questions: exact enough for a
    # logarithm, and read from the rowid b-tree instead of counting the index.
    total = repo.conn.execute("SELECT coalesce(max(id), 0) AS n FROM requests").fetchone()["n"]
    if not terms or total < 2:
        return lambda stem: 1.0
    placeholders = ", ".join("?" for _ in terms)
    known = {row["term"]: row["questions"] for row in repo.conn.execute(
        f"SELECT term, questions FROM question_terms WHERE term IN ({placeholders})", terms)}
    scale = math.log(total + 1)

    def rarity(stem: str) -> float:
        questions = known.get(stem)
        if questions is None:
            return 1.0
        return 0.5 + min(1.0, math.log((total + 1) / (questions + 1)) / scale)

    return rarity


def reindex_articles(repo: Repository) -> None:
    repo.conn.execute("DELETE FROM kb_fts")
    for row in repo.all("SELECT * FROM kb"):
        text = " ".join(filter(None, (row["title"], row.get("keywords"), row.get("body"))))
        repo.conn.execute("INSERT INTO kb_fts (rowid, terms) VALUES (?, ?)",
                          (row["id"], " ".join(intake.search_terms(text))))


def add_article(repo: Repository, row: dict[str, Any]) -> int:
    article_id = repo.insert("kb", row)
    text = " ".join(filter(None, (row["title"], row.get("keywords"), row.get("body"))))
    repo.conn.execute("INSERT INTO kb_fts (rowid, terms) VALUES (?, ?)",
                      (article_id, " ".join(intake.search_terms(text))))
    return article_id


def remove_article(repo: Repository, article_id: int) -> bool:
    removed = repo.conn.execute("DELETE FROM kb WHERE id = ?", (article_id,)).rowcount
    repo.conn.execute("DELETE FROM kb_fts WHERE rowid = ?", (article_id,))
    return bool(removed)


def find_articles(repo: Repository, text: str, limit: int = 3) -> list[dict[str, Any]]:
    expression = match_expression(text)
    if expression is None:
        return []
    return repo.all(
        "SELECT kb.id, kb.title, kb.url FROM kb_fts JOIN kb ON kb.id = kb_fts.rowid "
        "WHERE kb_fts MATCH ? ORDER BY bm25(kb_fts), kb.id LIMIT ?",
        (expression, limit),
    )
