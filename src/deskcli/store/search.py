"""Full-text search over stemmed terms: documentation articles and earlier questions.

The index rows hold ``intake.search_terms`` of the text (stems), and a query matches
each of its stems as a prefix, so кэш, кеша and кешем all meet кеш.
"""

from __future__ import annotations

from typing import Any

from deskcli.domain import intake
from deskcli.store.repository import Repository


def match_expression(text: str, *, limit_terms: int = 24) -> str | None:
    """An FTS5 query matching any of the text's stems as a prefix; user text never becomes syntax."""
    terms = intake.search_terms(text)[:limit_terms]
    if not terms:
        return None
    return " OR ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def index_question(repo: Repository, request_id: int, text: str) -> None:
    repo.conn.execute("INSERT INTO questions_fts (rowid, terms) VALUES (?, ?)",
                      (request_id, " ".join(intake.search_terms(text))))


def _index_missing_questions(repo: Repository, license: str) -> None:
    """Index this license's answered questions that came in by ``desk import``, on first need:
    stemming at import time would cost more than the import itself."""
    missing = repo.all(
        "SELECT r.id, r.subject, (SELECT body FROM messages m WHERE m.request_id = r.id AND m.kind = 'customer' "
        "ORDER BY m.id LIMIT 1) AS body FROM requests r WHERE r.license = ? "
        "AND r.status IN ('answered', 'resolved') AND r.id NOT IN (SELECT rowid FROM questions_fts)",
        (license,),
    )
    for row in missing:
        index_question(repo, row["id"], f"{row['subject']}\n{row['body'] or ''}")


def reindex_articles(repo: Repository) -> None:
    repo.conn.execute("DELETE FROM kb_fts")
    for row in repo.all("SELECT * FROM kb"):
        text = " ".join(filter(None, (row["title"], row.get("keywords"), row.get("body"))))
        repo.conn.execute("INSERT INTO kb_fts (rowid, terms) VALUES (?, ?)",
                          (row["id"], " ".join(intake.search_terms(text))))


def answered_candidates(repo: Repository, license: str, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Earlier answered or resolved requests of the same license that share the most terms."""
    _index_missing_questions(repo, license)
    expression = match_expression(text)
    if expression is None:
        return []
    return repo.all(
        "SELECT r.id, r.created_at, r.subject, "
        "(SELECT body FROM messages m WHERE m.request_id = r.id AND m.kind = 'customer' ORDER BY m.id LIMIT 1) AS body "
        "FROM questions_fts f JOIN requests r ON r.id = f.rowid "
        "WHERE questions_fts MATCH ? AND r.license = ? AND r.status IN ('answered', 'resolved') "
        "ORDER BY bm25(questions_fts) LIMIT ?",
        (expression, license, limit),
    )


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
