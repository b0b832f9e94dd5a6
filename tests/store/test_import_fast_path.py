"""The importer's quick forms of its checks (remembered texts, recent instants, absent values
worked out once) refuse exactly what the plain checks refuse, however warm their caches."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain import policy
from deskcli.domain.errors import InvalidInput
from deskcli.store import import_checks, transfer
from deskcli.store.repository import Repository

ZONE = ZoneInfo("Europe/Moscow")
LICENSE = {"kind": "license", "number": "A-1", "pin": "1", "edition": "Бизнес", "price": "1",
           "purchased": "2026-01-01"}


def _request(number: int, **extra) -> dict:
    return {"kind": "request", "id": number, "license": "A-1", "customer": "ООО Ромашка", "category": "usage",
            "status": "open", "line": 1, "site_url": "https://shop.example.ru/", "version": "7.1.2",
            "created_at": "2026-11-20T10:07:00+03:00", "queued_at": "2026-11-20T10:07:00+03:00",
            "flags": [], "reasons": [], **extra}


WARM = [LICENSE, *(_request(n) for n in range(1, 50))]


@pytest.mark.parametrize(("field", "value", "named"), [
    ("line", True, "line"),  # equal to 1, which every request before it had
    ("line", 1.0, "line"),
    ("queued_at", "2026-11-20T10:60:00+03:00", "queued_at"),  # the hour is known, the minute is not
    ("queued_at", "2026-11-20T10:07:00+03:00x", "queued_at"),
    ("wait_started_at", "2026-11-20T10:07:60+03:00", "wait_started_at"),
    ("created_at", 20261120, "created_at"),
    ("customer", ["ООО Ромашка"], "customer"),  # cannot be looked up: checked the plain way
    ("license", {"number": "A-1"}, "license"),
    ("site_url", "javascript:alert(1)", "site"),
    ("flags", [{"code": "x"}], "flags"),
    ("version", "7.1.2\x00", "version"),
])
def test_a_bad_value_after_many_good_ones_is_refused_and_nothing_is_written(
        isolation, field, value, named) -> None:
    repo = Repository(isolation / "desk.db")
    with pytest.raises(InvalidInput, match=f"line 51: request .*{named}"):
        transfer.load(repo, enumerate([*WARM, _request(99, **{field: value})], start=1), ZONE)
    assert repo.scalar("SELECT count(*) FROM requests") == 0
    repo.close()


def test_an_absent_required_value_is_named() -> None:
    plan = _plan()
    record = _request(1)
    del record["status"], record["category"]
    with pytest.raises(InvalidInput, match="request lacks category, status"):
        plan.row(record)


instants = st.builds("2026-11-{:02d}T{:02d}:{:02d}:{:02d}{}".format, st.integers(1, 30), st.integers(0, 25),
                     st.integers(0, 61), st.integers(0, 61), st.sampled_from(["+03:00", "+00:00", "-05:30", "Z", ""]))
values = st.none() | st.booleans() | st.integers(-1, 4) | st.floats(0, 4) | st.sampled_from(
    ["", " ", "A-1", "ООО", "https://x.ru/", "7.1", "usage", "open", "agent1", "a\x00"]) | instants | st.lists(
    st.sampled_from(["a", {"code": "c", "message": "m"}]), max_size=2)


def _plan() -> transfer._Plan:
    return transfer._Plan("request", transfer._Instants(ZONE), import_checks.checks(policy.build({})))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(_plan().keys), values, max_size=8), max_size=12))
def test_the_quick_row_is_the_plain_row(changes) -> None:
    """Row after row on one warm plan: the same values, or a refusal where the checks one by
    one refuse (``_checked`` is the plain form: every column through its own check)."""
    plan = _plan()
    for change in [{}, *changes]:
        record = {**_request(1), **change}
        try:
            plain = plan._checked([record.get(key) for key in plan.keys])
            if any(record.get(plan.keys[i]) is None for i in plan.required_at):
                plain = None
        except InvalidInput:
            plain = None
        try:
            quick = plan.row(record)
        except InvalidInput:
            quick = None
        if plain is not None and quick is not None:
            plan._request(plain)
        assert quick == plain
