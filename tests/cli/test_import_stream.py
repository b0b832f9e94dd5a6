"""``desk import`` reads as it goes, checks references at the end, and stores finished deadlines."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.errors import InvalidInput
from deskcli.domain.policy import DEFAULT_TARGETS
from deskcli.store import incoming
from tests.conftest import assert_one_error_line

LICENSE = {"kind": "license", "number": "A-1", "pin": "1", "edition": "Бизнес", "price": "1",
           "purchased": "2026-01-01"}


def _request(number: int, **extra) -> dict:
    return {"kind": "request", "id": number, "license": "A-1", "category": "usage", "status": "open",
            "created_at": "2026-11-20T10:00:00+03:00", "queued_at": "2026-11-20T10:00:00+03:00", **extra}


def _message(number: int, request: int) -> dict:
    return {"kind": "message", "id": number, "request_id": request, "author": "customer",
            "message_kind": "customer", "body": "Почему?", "at": "2026-11-20T10:00:00+03:00"}


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_imported_open_requests_get_the_desks_deadlines_and_nothing_is_recalculated(desk, isolation) -> None:
    source = _write(isolation / "in.jsonl", [
        LICENSE,
        _request(1, due_at="2026-11-20T11:00:00+03:00"),  # a deadline from elsewhere, no basis
        _request(2, category="emergency", queued_at="2026-11-21T09:00:00+03:00", due_calendar="old"),
        _request(3, status="resolved", due_calendar=None, closed_at="2026-11-21T12:00:00+03:00"),
    ])
    desk("import", source)
    calendar = BusinessCalendar()
    for number, queued, category in ((1, "2026-11-20T10:00:00+03:00", "usage"),
                                     (2, "2026-11-21T09:00:00+03:00", "emergency")):
        shown = desk.json("show", str(number), "--json")
        expected = calendar.add_business_minutes(dt.datetime.fromisoformat(queued), DEFAULT_TARGETS[category])
        assert shown["due_at"] == expected.isoformat()
        assert not [e for e in shown.get("history", []) if e.get("action") == "deadline recalculated"]
    dump = desk("export", "--all", "--format", "jsonl").stdout
    assert "deadline recalculated" not in dump
    requests = [json.loads(line) for line in dump.splitlines() if '"kind":"request"' in line]
    assert requests[0]["due_calendar"] == requests[1]["due_calendar"] != "old"
    assert requests[2]["due_calendar"] is None and requests[2]["due_at"] is None


def test_records_may_come_before_what_they_refer_to(desk, isolation) -> None:
    source = _write(isolation / "in.jsonl", [_message(1, 1), _request(1), LICENSE])
    assert "1 license, 1 request, 1 message" in desk("import", source).stderr


@pytest.mark.parametrize("records", [
    [LICENSE, _request(1, license="NOPE")],
    [LICENSE, _request(1), _message(1, 2)],
    [LICENSE, {"kind": "renewal", "license": "NOPE", "renewed_on": "2026-02-01", "rate": "0.20", "amount": "1"}],
])
def test_a_reference_to_nothing_imports_nothing(desk, isolation, records) -> None:
    result = desk("import", _write(isolation / "in.jsonl", records), code=2)
    assert_one_error_line(result)
    assert "names no row of" in result.stderr and "nothing imported" in result.stderr
    assert desk.json("license", "list", "--json") == []


def test_a_reference_into_the_existing_desk_is_fine(desk, isolation) -> None:
    desk("import", _write(isolation / "first.jsonl", [LICENSE, _request(1)]))
    desk("import", _write(isolation / "second.jsonl", [_request(2), _message(1, 1), _message(2, 2)]))
    assert len(desk.json("show", "1", "--json")["messages"]) == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8)


@contextlib.contextmanager
def _blocks(size: int):
    """Read the input ``size`` bytes at a time, so values straddle the blocks."""
    saved, incoming.BLOCK = incoming.BLOCK, size
    try:
        yield
    finally:
        incoming.BLOCK = saved


@settings(max_examples=100)
@given(st.lists(json_values, max_size=6), st.sampled_from([None, 0, 1, 3]), st.integers(1, 40))
def test_an_array_read_in_blocks_gives_its_items(items, indent, block) -> None:
    text = json.dumps(items, indent=indent, ensure_ascii=False)
    with _blocks(block):
        parsed = list(incoming.parse_lines(io.BytesIO(("\n " + text + "\n").encode())))
    assert parsed == list(enumerate(items, start=1))


BROKEN = ["[", "[1, 2", "[1 2]", "[1,]", "[,1]", "[1] x", '["abc', '[{"a": tru}]', '[\n{"a": 1},\n {"b" 2}]',
          "\x0c[1]", '[1, "\\u12"]', '[{"a": 1}\n\n, {"a": 2}, 12.]', "[]]", "[-]"]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 1 << 20])
@pytest.mark.parametrize("text", BROKEN)
def test_a_broken_array_is_reported_where_json_would_report_it(text, block) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text.encode())
    with _blocks(block), pytest.raises(InvalidInput) as reported:
        list(incoming.parse_lines(io.BytesIO(text.encode())))
    assert str(reported.value) == f"the input is not a valid JSON array: {expected.value}"


def test_lines_keep_their_numbers_behind_blank_lines() -> None:
    source = io.BytesIO(b"\n  \n" + json.dumps(LICENSE).encode() + b"\n\n" + b'{"kind": 1}\n')
    with _blocks(2):
        assert [number for number, _ in incoming.parse_lines(source)] == [3, 5]
    with pytest.raises(InvalidInput, match="line 2"):
        list(incoming.parse_lines(io.BytesIO(b"\n{oops\n")))


def test_an_open_request_without_a_deadline_gets_one_whatever_its_basis(desk, isolation) -> None:
    """A file edited by hand (or a tool) that dropped an open request's due_at while its
    basis stayed the desk's: the request came in with no deadline, out of --overdue for
    good, since nothing recalculates a deadline its basis says is current (review)."""
    desk("import", _write(isolation / "one.jsonl", [LICENSE, _request(1)]))
    shown = desk.json("show", "1", "--json")
    records = [json.loads(line) for line in desk("export", "--all", "--format", "jsonl").stdout.splitlines()]
    for record in records:
        if record["kind"] == "request":
            assert record["due_calendar"]
            record["due_at"] = record["first_due_at"] = None
    other = isolation / "other.db"
    desk("--db", str(other), "import", _write(isolation / "edited.jsonl", records))
    again = desk.json("--db", str(other), "show", "1", "--json")
    assert again["due_at"] == shown["due_at"] is not None
    assert desk("--db", str(other), "queue", "--overdue", "--json", env={"DESK_NOW": "2026-11-25T10:00"}).stdout != "[]\n"
