"""export --all and import keep ``desk report sla``: the stops travel as the desk recorded
them (the request's category and line then, the request it stopped on), not derived again
from the requests as they ended (review: a recategorised, escalated or merged request gave a
restored desk another report)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line
from tests.store.test_sla_stops import _counts, _recounted, _stops

LATER = {"DESK_NOW": "2026-12-01T12:00"}
REPORTS = ("line,category", "agent", "category,month")


def _reply(desk, number: int, at: str, agent: str = "tester") -> None:
    desk("--agent", agent, "reply", str(number), "--body", "Проверьте настройки корзины.", env={"DESK_NOW": at})


@pytest.fixture
def changed(desk):
    """#1 answered late, then escalated and recategorised; #2 answered, then closed; #3 merged
    into #4 after both were answered; #5 closed while waiting, then reopened, recategorised
    and answered."""
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00")
    _reply(desk, 1, "2026-11-25T17:00")
    desk("escalate", "1", "--line", "3", env={"DESK_NOW": "2026-11-25T17:10"})
    desk("edit", "1", "--category", "technical", env={"DESK_NOW": "2026-11-25T17:10"})
    open_request(desk, at="2026-11-26T10:00", category="emergency", subject="Сайт не открывается",
                 body="Сайт не открывается, ошибка 500. Что делать?")
    _reply(desk, 2, "2026-11-26T10:30", agent="anna")
    desk("close", "2", "--resolution", "Исправлено", env={"DESK_NOW": "2026-11-26T11:00"})
    open_request(desk, at="2026-11-26T12:00", subject="Оплата", body="Как подключить оплату картой на сайте?")
    open_request(desk, at="2026-11-26T12:30", category="technical", subject="Оплата картой",
                 body="Как настроить оплату банковской картой?")
    _reply(desk, 3, "2026-11-26T13:00", agent="anna")
    _reply(desk, 4, "2026-11-26T14:00")
    desk("merge", "3", "--into", "4", env={"DESK_NOW": "2026-11-26T15:00"})
    open_request(desk, at="2026-11-27T10:00", subject="Доставка", body="Как настроить расчёт доставки?")
    desk("close", "5", "--resolution", "Сделано", env={"DESK_NOW": "2026-11-27T11:00"})
    desk("reopen", "5", env={"DESK_NOW": "2026-11-27T11:10"})
    desk("edit", "5", "--category", "installation", env={"DESK_NOW": "2026-11-27T11:10"})
    _reply(desk, 5, "2026-11-27T12:00")
    return desk


def _records(desk) -> list[dict]:
    return [json.loads(line) for line in desk("export", "--all", "--format", "jsonl").stdout.splitlines()]


def _write(path, records) -> None:
    """A file put together from an export's records: without the export's counts of them,
    which a file cut or edited fails (test_transfer_complete.py)."""
    records = [{k: v for k, v in r.items() if k != "records"} if r["kind"] == "policy" else r for r in records]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _same_reports(desk, other) -> None:
    for by in REPORTS:
        assert desk.json("--db", str(other), "report", "sla", "--by", by, "--json", env=LATER) \
            == desk.json("report", "sla", "--by", by, "--json", env=LATER), by


def test_a_request_escalated_and_recategorised_after_its_answer_reports_the_same_restored(desk, isolation) -> None:
    """The reviewer's reproduction: the answer was line 1's and usage's when it was given."""
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00")
    _reply(desk, 1, "2026-11-25T17:00")
    desk("escalate", "1", "--line", "3", env={"DESK_NOW": "2026-11-25T17:10"})
    desk("edit", "1", "--category", "technical", env={"DESK_NOW": "2026-11-25T17:10"})
    dump = desk("export", "--all", "--format", "jsonl").stdout
    source = isolation / "all.jsonl"
    source.write_text(dump, encoding="utf-8")
    other = isolation / "other.db"
    assert desk("--db", str(other), "import", str(source)).stderr.endswith(", 1 sla_stop\n")
    rows = desk.json("--db", str(other), "report", "sla", "--by", "line,category", "--json")
    assert [(r["line"], r["category"], r["responses"], r["late"]) for r in rows] == [(1, "usage", 1, 1)] * 2
    _same_reports(desk, other)
    assert desk("--db", str(other), "export", "--all", "--format", "jsonl").stdout == dump


def test_a_desk_with_merges_and_changed_requests_reports_the_same_restored(changed, isolation) -> None:
    records = _records(changed)
    stops = [r for r in records if r["kind"] == "sla_stop"]
    # #3's answer stays #3's and usage's, the first of its request as #4's is of #4's.
    assert [(s["request_id"], s["seq"], s["stop_kind"], s["category"]) for s in stops if s["request_id"] in (3, 4)] \
        == [(3, 0, "response", "usage"), (4, 0, "response", "technical")]
    source = isolation / "all.jsonl"
    _write(source, records)
    other = isolation / "other.db"
    changed("--db", str(other), "import", str(source))
    assert _stops(other) == _stops(isolation / "desk.db")
    assert _counts(other) == _counts(isolation / "desk.db")
    _same_reports(changed, other)
    assert _records(changed) == [json.loads(line) for line in changed(
        "--db", str(other), "export", "--all", "--format", "jsonl").stdout.splitlines()]


def _in_two(desk, isolation, *, licenses_first: bool):
    """The desk's export imported in two files into a new desk: request #1's records, and the
    rest; #1 first (with the policy and the licenses), or last."""
    records = _records(desk)
    one = [r for r in records if (licenses_first and r["kind"] in ("policy", "license"))
           or r.get("request_id", r.get("id")) == 1 and r["kind"] in ("request", "message", "event", "sla_stop")]
    rest = [r for r in records if r not in one]
    other = isolation / "other.db"
    for part, records_of_part in (("one.jsonl", one), ("rest.jsonl", rest))[::1 if licenses_first else -1]:
        _write(isolation / part, records_of_part)
        desk("--db", str(other), "import", str(isolation / part))
    return other


def test_a_desk_with_stops_of_its_own_takes_the_file_s_stops_for_the_requests_it_brings(changed, isolation) -> None:
    """Into a desk that has stops, the triggers derive the imported requests' stops as their
    rows go in (from the requests as they ended); the file's replace them, and the month
    counts follow both the removal and the insertion."""
    other = _in_two(changed, isolation, licenses_first=True)
    assert _stops(other) == _stops(isolation / "desk.db")
    assert _counts(other) == _recounted(other) == _counts(isolation / "desk.db")
    _same_reports(changed, other)


def test_a_file_without_stops_gets_them_derived_as_before(changed, isolation) -> None:
    """A file from a deskcli that wrote no stops: derived from the messages and the history,
    into an empty desk at the end, into one with stops by the triggers."""
    records = _records(changed)
    assert sum(r["kind"] == "sla_stop" for r in records) == 6
    older = [r for r in records if r["kind"] != "sla_stop"]
    source = isolation / "older.jsonl"
    _write(source, older)
    other = isolation / "other.db"
    assert "sla_stop" not in changed("--db", str(other), "import", str(source)).stderr
    derived = _stops(other)
    # (request, kind, category, line): each request's stops as it ended, #3's under #4
    assert [(s[0], s[1], s[4], s[5]) for s in derived] == [
        (1, "response", "technical", 3), (2, "response", "emergency", 1), (4, "response", "technical", 1),
        (4, "response", "technical", 1), (5, "closed", "installation", 1), (5, "response", "installation", 1)]
    assert _counts(other) == _recounted(other)
    first = [r for r in older if r["kind"] in ("policy", "license") or r.get("request_id", r.get("id")) == 1
             and r["kind"] in ("request", "message", "event")]
    _write(isolation / "first.jsonl", first)
    _write(isolation / "rest.jsonl", [r for r in older if r not in first])
    third = isolation / "third.db"
    changed("--db", str(third), "import", str(isolation / "first.jsonl"))
    changed("--db", str(third), "import", str(isolation / "rest.jsonl"))
    # The triggers number a request's stops in the order its rows go in (all messages, then
    # the history), so #5's closing comes after its answer there; the stops are the same.
    assert sorted(s[:6] for s in _stops(third)) == sorted(s[:6] for s in derived)
    assert _counts(third) == _recounted(third)


def test_a_file_with_the_stops_of_some_requests_gets_the_rest_derived(changed, isolation) -> None:
    """An export --all beside a file of an older desk (no stops), in one file: the requests
    whose stops it carries keep them as recorded, the others get theirs derived, into an
    empty desk and into one with stops of its own (review: they were left with none)."""
    records = _records(changed)
    carried = {1, 4}  # #1 escalated and recategorised after its answer: its own stop differs from a derived one
    partial = [r for r in records if r["kind"] != "sla_stop" or r["request_id"] in carried]
    _write(isolation / "partial.jsonl", partial)
    empty = isolation / "empty.db"
    changed("--db", str(empty), "import", str(isolation / "partial.jsonl"))
    kept = _stops(isolation / "desk.db")
    assert [s for s in _stops(empty) if s[0] in carried] == [s for s in kept if s[0] in carried]
    # #1's stop as recorded (usage, line 1), not as derived from how it ended (technical, line 3)
    assert [(s[0], s[4], s[5]) for s in _stops(empty) if s[0] == 1] == [(1, "usage", 1)]
    # #2 and #5, carried by no stop of the file, have theirs derived as for a file without any
    assert sorted((s[0], s[1]) for s in _stops(empty) if s[0] not in carried) == [
        (2, "response"), (5, "closed"), (5, "response")]
    assert _counts(empty) == _recounted(empty)

    # into a desk with stops of its own: #1 first, with its stop; then the rest, carrying #4's only
    first = [r for r in partial if r["kind"] in ("policy", "license")
             or r.get("request_id", r.get("id")) == 1 and r["kind"] in ("request", "message", "event", "sla_stop")]
    _write(isolation / "first.jsonl", first)
    _write(isolation / "rest.jsonl", [r for r in partial if r not in first])
    third = isolation / "third.db"
    changed("--db", str(third), "import", str(isolation / "first.jsonl"))
    changed("--db", str(third), "import", str(isolation / "rest.jsonl"))
    assert sorted(s[:6] for s in _stops(third)) == sorted(s[:6] for s in _stops(empty))
    assert _counts(third) == _recounted(third)


GOOD_STOP = {"kind": "sla_stop", "at": "2026-11-25T17:00:00+03:00", "request_id": 1, "seq": 0,
             "stop_kind": "response", "agent": "tester", "category": "usage", "line": 1, "met_due": False,
             "met_first_due": False, "minutes": 420, "first_minutes": 420}


@pytest.mark.parametrize(("change", "said"), [
    ({"stop_kind": "paused"}, "unknown stop kind 'paused'"),
    ({"stop_kind": None}, "sla_stop lacks stop_kind"),
    ({"category": "urgent"}, "unknown category 'urgent'"),
    ({"category": None}, "sla_stop lacks category"),
    ({"line": 0}, "line 0 is not a support line"),
    ({"line": "2"}, "line '2' is not a support line"),
    ({"line": True}, "line True is not a support line"),
    ({"met_due": "yes"}, "sla_stop met_due: 'yes' is not true or false"),
    ({"met_first_due": None}, "sla_stop lacks met_first_due"),
    ({"minutes": -1}, "sla_stop minutes: -1 is not a whole number"),
    ({"first_minutes": 1.5}, "sla_stop first_minutes: 1.5 is not a whole number"),
    ({"seq": "0"}, "sla_stop seq: '0' is not a whole number"),
    ({"at": "yesterday"}, "sla_stop at:"),
    ({"agent": "a\x00b"}, "agent contains a NUL byte"),
])
def test_a_bad_stop_is_named_by_its_line_and_nothing_is_imported(desk, isolation, change, said) -> None:
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00")
    _reply(desk, 1, "2026-11-25T17:00")
    records = [r for r in _records(desk) if r["kind"] != "sla_stop"]
    source = isolation / "bad.jsonl"
    _write(source, [*records, {**GOOD_STOP, **change}])
    other = isolation / "other.db"
    result = desk("--db", str(other), "import", str(source), code=2)
    assert_one_error_line(result)
    assert f"error: line {len(records) + 1}: " in result.stderr and said in result.stderr, result.stderr
    assert not other.exists()
    _write(source, [*records, GOOD_STOP])  # the same file with a good stop goes in
    desk("--db", str(other), "import", str(source))
    assert _stops(other) == _stops(isolation / "desk.db")


@pytest.mark.parametrize(("extra", "said"), [
    ([GOOD_STOP], "line 10: sla_stop: UNIQUE constraint failed"),  # the same stop twice
    ([{**GOOD_STOP, "request_id": 9}], "sla_stops: request_id 9 names no row of requests"),
    # a second first stop, at another instant: its first response counted twice (review)
    ([{**GOOD_STOP, "at": "2026-11-25T18:00:00+03:00"}], "the stops of request 1 are not numbered 0, 1, 2"),
])
def test_a_stop_that_cannot_go_in_is_refused_whole(desk, isolation, extra, said) -> None:
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00")
    _reply(desk, 1, "2026-11-25T17:00")
    records = _records(desk)
    assert records[-1] == GOOD_STOP and len(records) == 9
    source = isolation / "bad.jsonl"
    _write(source, [*records, *extra])
    other = isolation / "other.db"
    result = desk("--db", str(other), "import", str(source), code=2)
    assert_one_error_line(result)
    assert said in result.stderr and "nothing imported" in result.stderr, result.stderr
    assert not other.exists()


def test_a_file_s_stops_for_the_desk_s_own_requests_are_refused(changed, isolation) -> None:
    """The review: a stop naming a request the desk already had was taken, rewriting its
    report, and the stops derived for the file's own requests went with it."""
    other = isolation / "other.db"
    add_license(changed, number="HC-9")
    records = _records(changed)
    _write(isolation / "own.jsonl", [r for r in records if r["kind"] in ("policy", "license")
                                      or r.get("request_id", r.get("id")) == 1 and r["kind"] != "sla_stop"])
    changed("--db", str(other), "import", str(isolation / "own.jsonl"))
    before = _stops(other)
    stranger = {**GOOD_STOP, "request_id": 1, "seq": 1, "category": "emergency", "line": 4}
    rest = [r for r in records if r["kind"] not in ("policy", "license", "sla_stop")
            and r.get("request_id", r.get("id")) not in (1, None)]
    _write(isolation / "stranger.jsonl", [*rest, stranger])
    result = changed("--db", str(other), "import", str(isolation / "stranger.jsonl"), code=2)
    assert_one_error_line(result)
    assert "sla_stop: request 1 is not one this file brings" in result.stderr
    assert _stops(other) == before


def test_a_file_s_requests_numbered_below_the_desk_s_keep_their_stops(changed, isolation) -> None:
    """The third review: a file bringing #1 into a desk that had #2 to #5 was refused as if
    #1's stops were the desk's."""
    other = _in_two(changed, isolation, licenses_first=False)
    assert _stops(other) == _stops(isolation / "desk.db")
    _same_reports(changed, other)


def test_a_request_closed_late_then_reopened_derives_its_first_deadline_as_missed(desk, isolation) -> None:
    """A file from a deskcli that wrote no stops: a request rejected after its first deadline,
    then reopened, stopped its clock late by either measure. Derived from the request as it
    ended, the reopening's fresh deadline made that stop on time by the first-message measure
    (report sla's breached_original 0 where the desk had 1: review)."""
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00", category="emergency")
    desk("reject", "1", "--reason", "out_of_scope", env={"DESK_NOW": "2026-11-26T10:00"})
    desk("reopen", "1", env={"DESK_NOW": "2026-11-26T11:00"})
    _reply(desk, 1, "2026-11-26T11:30")
    open_request(desk, at="2026-11-26T12:00", subject="Оплата", body="Как подключить оплату картой на сайте?")
    _reply(desk, 2, "2026-11-26T13:00")
    older = [r for r in _records(desk) if r["kind"] != "sla_stop"]
    _write(isolation / "older.jsonl", older)
    other = isolation / "other.db"
    desk("--db", str(other), "import", str(isolation / "older.jsonl"))
    assert _stops(other) == _stops(isolation / "desk.db")
    _same_reports(desk, other)
    # ... and into a desk with stops of its own (#2's), where the file's were derived row by
    # row as the history went in, each closing against the request as it ended
    second = [r for r in older if r["kind"] in ("policy", "license") or r.get("request_id", r.get("id")) == 2]
    _write(isolation / "second.jsonl", second)
    _write(isolation / "first.jsonl", [r for r in older if r not in second])
    third = isolation / "third.db"
    desk("--db", str(third), "import", str(isolation / "second.jsonl"))
    desk("--db", str(third), "import", str(isolation / "first.jsonl"))
    assert _stops(third) == _stops(isolation / "desk.db")
    assert _counts(third) == _recounted(third)
