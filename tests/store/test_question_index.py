"""Earlier questions (2.8.5): indexed per license, imported ones on first need, rare terms."""

from __future__ import annotations

import pytest

import sqlite3

from deskcli.domain.intake import stem
from deskcli.store import migrations, search
from deskcli.store.repository import Repository

QUESTION = "Как настроить выгрузку заказов в Excel?"


def _license(conn, number: str) -> None:
    conn.execute(
        "INSERT INTO licenses (number, pin_hash, edition, price_kopecks, purchased, support_until) "
        "VALUES (?, 'x', 'Бизнес', 100, '2026-01-01', '2027-01-01')",
        (number,),
    )


def _request(conn, request_id: int, license: str, status: str, subject: str, body: str, *,
             replied: bool | None = None) -> None:
    """A request as a desk of any schema holds it; answered and resolved ones carry an agent's
    reply unless ``replied`` says otherwise (first_response_at where the schema has it)."""
    conn.execute(
        "INSERT INTO requests (id, license, category, status, created_at, queued_at, subject) "
        "VALUES (?, ?, 'usage', ?, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', ?)",
        (request_id, license, status, subject),
    )
    conn.execute(
        "INSERT INTO messages (request_id, author, kind, body, at) VALUES (?, 'c', 'customer', ?, "
        "'2026-11-01T10:00:00Z')",
        (request_id, body),
    )
    if replied is None:
        replied = status in ("answered", "resolved")
    if replied:
        conn.execute("INSERT INTO messages (request_id, author, kind, body, at) "
                     "VALUES (?, 'agent', 'agent', 'Ответ', '2026-11-01T11:00:00Z')", (request_id,))
        if conn.execute("SELECT 1 FROM pragma_table_info('requests') WHERE name = 'first_response_at'").fetchone():
            conn.execute("UPDATE requests SET first_response_at = '2026-11-01T11:00:00Z' WHERE id = ?",
                         (request_id,))


@pytest.mark.fresh_file
def test_the_old_index_moves_over_with_each_question_s_license(tmp_path, monkeypatch) -> None:
    path = tmp_path / "desk.db"
    before = migrations.MIGRATIONS[:7]
    monkeypatch.setattr("deskcli.store.db.MIGRATIONS", before)
    monkeypatch.setattr("deskcli.store.db.SCHEMA_VERSION", len(before))
    Repository(path).close()
    conn = sqlite3.connect(path)
    _license(conn, "LIC-7")
    _request(conn, 1, "LIC-7", "resolved", "Выгрузка", QUESTION)
    conn.execute("INSERT INTO questions_fts (rowid, terms) VALUES (1, 'настро выгрузк заказ excel')")
    conn.commit()
    conn.close()
    monkeypatch.undo()

    repo = Repository(path)
    try:
        row = repo.conn.execute("SELECT rowid, terms, license FROM question_index").fetchone()
        assert (row["rowid"], row["license"]) == (1, "l" + b"LIC-7".hex())
        counts = {r["term"]: r["questions"] for r in repo.conn.execute("SELECT * FROM question_terms")}
        assert counts == {"настро": 1, "выгрузк": 1, "заказ": 1, "excel": 1}
        assert [c["id"] for c in search.answered_candidates(repo, "LIC-7", QUESTION)] == [1]
        assert not repo.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'questions_fts'").fetchone()
    finally:
        repo.close()


def test_candidates_come_from_the_license_alone_and_imported_ones_are_indexed_on_need(tmp_path) -> None:
    repo = Repository(tmp_path / "desk.db")
    try:
        with repo.transaction():
            for number in ("LIC-1", "LIC-2"):
                _license(repo.conn, number)
            # as `desk import` leaves them: answered, but not in the index
            _request(repo.conn, 1, "LIC-1", "resolved", "Excel", QUESTION)
            _request(repo.conn, 2, "LIC-2", "resolved", "Excel", QUESTION)
            _request(repo.conn, 3, "LIC-1", "open", "Excel", QUESTION)
            _request(repo.conn, 4, "LIC-1", "answered", "Кэш", "Как очистить кэш сайта?")
            # closed with no reply: the customer sorted it out; nothing was answered (2.8.5)
            _request(repo.conn, 5, "LIC-1", "resolved", "Excel", QUESTION, replied=False)
        with repo.transaction():  # what desk open does, stemming before the lock
            search.index_missing(repo, search.unindexed_questions(repo, "LIC-1"))
            found = search.answered_candidates(repo, "LIC-1", "как выгрузить заказы в excel")
        assert [c["id"] for c in found] == [1]
        indexed = [r["rowid"] for r in repo.conn.execute("SELECT rowid FROM question_index ORDER BY rowid")]
        assert indexed == [1, 4]  # this license's answered questions; LIC-2 waits for its own need
        assert search.answered_candidates(repo, "LIC-9", QUESTION) == []
    finally:
        repo.close()


def test_questions_another_agent_indexed_meanwhile_are_left_as_they_are(tmp_path) -> None:
    """Two ``desk open`` of one license on an imported desk both find its questions unindexed;
    the second to write finds them indexed by the first (concurrency QA: KeyError, exit 70)."""
    repo = Repository(tmp_path / "desk.db")
    try:
        with repo.transaction():
            _license(repo.conn, "LIC-1")
            _request(repo.conn, 1, "LIC-1", "resolved", "Excel", QUESTION)
            _request(repo.conn, 2, "LIC-1", "answered", "Кэш", "Как очистить кэш сайта?")
        first, second = search.unindexed_questions(repo, "LIC-1"), search.unindexed_questions(repo, "LIC-1")
        with repo.transaction():
            search.index_missing(repo, first[:1])
        with repo.transaction():
            search.index_missing(repo, second)
        indexed = [r["rowid"] for r in repo.conn.execute("SELECT rowid FROM question_index ORDER BY rowid")]
        assert indexed == [1, 2]
    finally:
        repo.close()


def test_a_term_in_few_questions_weighs_more_than_one_in_many(tmp_path) -> None:
    repo = Repository(tmp_path / "desk.db")
    try:
        with repo.transaction():
            _license(repo.conn, "LIC-1")
            for n in range(1, 21):
                question = "Как настроить сайт для memcached?" if n == 1 else "Как настроить сайт?"
                _request(repo.conn, n, "LIC-1", "open", "Вопрос", question)
                search.index_question(repo, n, question)
        rarity = search.term_rarity(repo, "Как настроить сайт для memcached?")
        assert rarity(stem("memcached")) > 1.2
        assert rarity(stem("настроить")) < 0.7
        assert rarity("неизвестн") == 1.0
    finally:
        repo.close()
