"""Every write asks services.deadlines.has_stale inside the write lock: it must be the
index-seeking check of the repository (tests/store/test_stale_deadlines.py), not a query
that walks every open request (7 ms at 100,000 open)."""

from __future__ import annotations

from deskcli.services import deadlines
from deskcli.store.repository import STALE_DEADLINES, Repository


def test_the_check_inside_every_write_is_the_seeking_one(tmp_path) -> None:
    repo = Repository(tmp_path / "desk.db")
    statements: list[str] = []
    try:
        repo.conn.set_trace_callback(statements.append)
        deadlines.has_stale(repo, "basis")
        repo.conn.set_trace_callback(None)
        assert [s.replace("'basis'", "?1") for s in statements] == [STALE_DEADLINES]
    finally:
        repo.close()
