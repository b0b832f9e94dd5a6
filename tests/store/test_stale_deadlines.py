"""The stale-deadline check: the same answer as ``due_calendar IS NOT ?``, by index seeks only."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcli.store.repository import STALE_DEADLINES, Repository

BASES = [None, "", "a", "b", "b0", "c-1", "B", "ж"]


def _desk(path, rows: list[tuple[str, str | None]]) -> Repository:
    repo = Repository(path)
    with repo.transaction():
        repo.insert("licenses", {"number": "L", "pin_hash": "x", "edition": "e", "price_kopecks": 1,
                                 "purchased": "2026-01-01", "support_until": "2027-01-01"})
        for status, basis in rows:
            repo.insert("requests", {"license": "L", "category": "usage", "status": status, "line": 1,
                                     "created_at": "2026-11-25T07:00:00+00:00",
                                     "queued_at": "2026-11-25T07:00:00+00:00", "due_calendar": basis})
    return repo


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["open", "resolved"]), st.sampled_from(BASES)), max_size=6),
       st.sampled_from(BASES[1:]))
def test_the_same_answer_as_is_not(tmp_path_factory, rows, basis) -> None:
    repo = _desk(tmp_path_factory.mktemp("stale") / "desk.db", rows)
    walked = repo.one("SELECT 1 FROM requests WHERE status = 'open' AND due_calendar IS NOT ? LIMIT 1", (basis,))
    assert repo.has_stale_deadlines(basis) == (walked is not None)
    repo.close()


def test_three_seeks_and_no_scan(tmp_path) -> None:
    repo = _desk(tmp_path / "desk.db", [])
    plan = [step["detail"] for step in repo.all("EXPLAIN QUERY PLAN " + STALE_DEADLINES, ("x",))]
    assert not [step for step in plan if "SCAN" in step]
    assert len([step for step in plan if step.startswith("SEARCH requests USING COVERING INDEX")]) == 3
    repo.close()


def test_a_reminders_license_edits_are_one_indexed_search(tmp_path) -> None:
    """`desk mail send` asks this once per queued renewal reminder, holding the write lock: a
    scan of every event cost 0.25-0.45 s a reminder at a million requests (QA)."""
    from deskcli.store.mail import LICENSE_EDITS_SINCE

    repo = _desk(tmp_path / "desk.db", [])
    plan = [step["detail"] for step in repo.all("EXPLAIN QUERY PLAN " + LICENSE_EDITS_SINCE, ("HC-1", "2026"))]
    assert plan == ["SEARCH events USING INDEX events_license (license=? AND action=? AND at>?)"]
    repo.close()
