"""Every write asks whether some open deadline was made under another calendar or targets
(services.deadlines.has_stale), inside the write lock: it must seek the (status,
due_calendar) index, not walk every open request (7 ms at 100,000 open)."""

from __future__ import annotations

from deskcli.services import deadlines
from deskcli.store.repository import Repository


def test_each_stale_probe_seeks_the_index_on_both_columns(tmp_path) -> None:
    repo = Repository(tmp_path / "desk.db")
    try:
        for sql in deadlines._STALE_PROBE:
            plan = " ".join(row["detail"] for row in repo.all("EXPLAIN QUERY PLAN " + sql, ("x",) * sql.count("?")))
            assert "requests_calendar (status=? AND due_calendar" in plan, plan
    finally:
        repo.close()


def test_the_probe_finds_each_kind_of_stale_deadline(tmp_path) -> None:
    repo = Repository(tmp_path / "desk.db")
    try:
        with repo.transaction():
            repo.conn.execute("INSERT INTO licenses (number, pin_hash, edition, price_kopecks, purchased, "
                              "support_until) VALUES ('L-1', 'x', 'Бизнес', 100, '2026-01-01', '2027-01-01')")
            repo.conn.execute("INSERT INTO requests (id, license, category, status, created_at, queued_at, "
                              "due_calendar) VALUES (1, 'L-1', 'usage', 'open', '2026-11-01T10:00:00Z', "
                              "'2026-11-01T10:00:00Z', 'm')")
        assert not deadlines.has_stale(repo, "m")
        assert deadlines.has_stale(repo, "n")  # made under an earlier basis
        assert deadlines.has_stale(repo, "a")  # under a later one
        repo.conn.execute("UPDATE requests SET due_calendar = NULL")
        assert deadlines.has_stale(repo, "m")  # under none recorded
        repo.conn.execute("UPDATE requests SET status = 'resolved'")
        assert not deadlines.has_stale(repo, "n")
    finally:
        repo.close()
