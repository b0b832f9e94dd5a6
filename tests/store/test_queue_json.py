"""The SQLite-built queue JSON is byte for byte what the general path writes."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcli import settings as personal
from deskcli.services.context import Context
from deskcli.domain import tickets
from deskcli.store.repository import Repository

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


def _seed(repo: Repository, subjects: list[str], customer: str) -> None:
    with repo.transaction():
        repo.insert("licenses", {"number": "L", "pin_hash": "scrypt$1$1$1$00$00", "edition": "Бизнес",
                                 "price_kopecks": 1, "purchased": "2026-01-01", "support_until": "2026-12-31",
                                 "customer": customer})
        for i, subject in enumerate(subjects, start=1):
            created = dt.datetime(2026, 11, 20, 6, i % 60, tzinfo=dt.UTC).isoformat()
            due = dt.datetime(2026, 11, 25, 6 + i % 10, 0, tzinfo=dt.UTC).isoformat()
            repo.insert("requests", {
                "license": "L", "customer": customer if i % 2 else None, "edition": "Бизнес", "version": "1.0",
                "category": "usage", "subject": subject, "site_url": "https://a.example/", "status": "open",
                "line": 1 + i % 3, "assignee": subject[:5] or None, "created_at": created, "queued_at": created,
                "due_at": due, "flags": json.dumps([{"code": "no_question", "message": subject}], ensure_ascii=False)
                if i % 3 == 0 else "[]", "reasons": "[]",
                # Not what an open request usually carries, but the encoding must hold for any text.
                "resolution": subject if i % 2 else None, "ready_to_close": i % 2,
                "first_response_at": due if i % 4 == 0 else None, "closed_at": created if i % 5 == 0 else None,
                "tags": json.dumps([subject[:8], "vip"], ensure_ascii=False) if i % 2 else "[]"})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(text, min_size=1, max_size=8), text)
def test_sql_json_equals_the_general_path(tmp_path_factory, subjects, customer) -> None:
    path = tmp_path_factory.mktemp("q") / "desk.db"
    repo = Repository(path)
    _seed(repo, subjects, customer)
    rt = Context(db_path=path, settings=personal.build(path.with_suffix(".toml"), {}), repo=repo, writes=False,
                 now=dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    from deskcli.cli.request_lines import request_lines
    from deskcli.services.queue import QueueCriteria

    lines = list(request_lines(repo.queue_rows(**QueueCriteria().at(rt, rt.now)), rt.calendar, rt.now))
    general = json.dumps(tickets.request_records(repo.queue(), rt.calendar, rt.now), ensure_ascii=False,
                         separators=(",", ":"))
    assert b"[" + b",".join(lines) + b"]" == general.encode()
    repo.close()


def test_queue_json_across_a_daylight_saving_change_is_the_general_path(desk, isolation) -> None:
    (isolation / "config.toml").write_text('[calendar]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    from tests.cli.test_requests import add_license, open_request

    add_license(desk, purchased="2026-01-15")
    open_request(desk, at="2026-03-27T17:30", category="usage", body="Как настроить скидки для оптовиков?")
    open_request(desk, at="2026-03-30T09:00", category="emergency", body="Почему не приходят письма о заказах?")
    every = ",".join(tickets.REQUEST_FIELDS)
    for fmt in ("json", "jsonl"):
        bulk = desk("queue", "--format", fmt, env={"DESK_NOW": "2026-03-30T10:00"}).stdout
        general = desk("queue", "--format", fmt, "--fields", every, env={"DESK_NOW": "2026-03-30T10:00"}).stdout
        assert bulk == general and "+01:00" in bulk and "+02:00" in bulk


def test_queue_json_in_a_dst_zone_is_still_right(desk, isolation) -> None:
    (isolation / "config.toml").write_text('[calendar]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    from tests.cli.test_requests import add_license, open_request

    add_license(desk, purchased="2026-01-15")
    open_request(desk, at="2026-03-27T10:00", category="emergency")  # before the switch to summer time
    data = desk.json("queue", "--json", env={"DESK_NOW": "2026-03-30T10:00"})
    assert data[0]["created_at"] == "2026-03-27T10:00:00+01:00"
    assert data[0]["due_at"] == "2026-03-27T12:00:00+01:00"


def test_the_request_shape_is_what_both_paths_follow() -> None:
    """SQLite builds the leading stored fields, then the caller adds instants, the clock, the
    lists and how the request ended, in that order; a field added anywhere else would
    silently break the fast JSON."""
    kinds = [kind for _, kind in tickets.REQUEST_SHAPE]
    order = ["stored", "text", "instant", "deadline", "clock", "list", "flag"]
    head = kinds[:kinds.index("instant")]
    assert set(head) <= {"stored", "text"}
    assert kinds[len(head):] == ["instant", "instant", "deadline", "clock", "clock", "list", "list", "list",
                                 "instant", "flag", "stored", "instant"]
    assert all(k in order for k in kinds)
