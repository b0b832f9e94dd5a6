"""The bulk export writes exactly what the general path writes, in any zone, for any text.

``desk export`` without ``--fields`` encodes rows as they stream from SQLite
(``cli/request_lines.py``); naming every field sends it through the general path (a dict per
record through ``output``). The two must agree byte for byte.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcli import output
from deskcli.cli.request_lines import _clock, _deadline
from deskcli.domain.instants import localizer
from deskcli.domain import tickets
from deskcli.domain.tickets import shown_instant
from deskcli.output import Format
from deskcli.store.repository import Repository
from tests.cli.test_requests import add_license, open_request

MESSAGE_FIELDS = "request_id,id,at,author,kind,body,flags,reasons,met_due"
REQUEST_FIELDS = ",".join(tickets.REQUEST_FIELDS)
VARIANTS = [(fmt, messages) for fmt in ("csv", "json", "jsonl") for messages in (False, True)]

# Text a spreadsheet or a CSV reader might trip on, mixed with ordinary letters.
text = st.text(alphabet=st.sampled_from(list('ab,"\r\n=+-@\t \'Жё[]{}\\') + ["\x1b", "\u2028", "\x00"]),
               max_size=12)
optional_text = st.one_of(st.none(), text)


def _both_ways(desk, db: str, fmt: str, messages: bool) -> tuple[str, str]:
    extra = ["--messages"] if messages else []
    every = MESSAGE_FIELDS if messages and fmt == "csv" else REQUEST_FIELDS + (",messages" if messages else "")
    bulk = desk("--db", db, "export", "--format", fmt, *extra).stdout
    general = desk("--db", db, "export", "--format", fmt, *extra, "--fields", every).stdout
    return bulk, general


def _seed(path, requests: list[dict]) -> None:
    repo = Repository(path)
    with repo.transaction():
        repo.insert("licenses", {"number": "L", "pin_hash": "scrypt$1$1$1$00$00", "edition": "Бизнес",
                                 "price_kopecks": 1, "purchased": "2026-01-01", "support_until": "2026-12-31"})
        for i, request in enumerate(requests, start=1):
            created = dt.datetime(2026, 11, 20, 6, i % 60, i % 7, tzinfo=dt.UTC).isoformat()
            due = dt.datetime(2026, 11, 25, 6 + i % 10, 0, tzinfo=dt.UTC).isoformat()
            queued = created if i % 2 else dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC).isoformat()
            flags = [{"code": "no_question", "message": request["subject"] or ""}] if i % 3 == 0 else []
            repo.insert("requests", {
                "license": "L", "customer": request["customer"], "edition": "Бизнес", "version": request["version"],
                "category": "usage", "subject": request["subject"], "site_url": request["site"],
                "status": request["status"], "line": 1 + i % 3, "assignee": request["assignee"],
                "created_at": created, "queued_at": queued, "due_at": due,
                "flags": json.dumps(flags, ensure_ascii=False), "due_calendar": "x",
                "reasons": json.dumps(flags[:1] if i % 2 else [], ensure_ascii=False),
                "tags": json.dumps(request["tags"], ensure_ascii=False), "resolution": request["resolution"],
                "ready_to_close": i % 4 == 0, "first_response_at": created if i % 5 else None,
                "closed_at": None if request["status"] == "open" else due})
            for n, body in enumerate(request["bodies"]):
                at = dt.datetime(2026, 11, 22, 10, n, tzinfo=dt.UTC).isoformat()
                # a message's own findings and, for an answer, whether it met its deadline (as desk show has them)
                found = [{"code": "obscene", "message": body}] if n % 2 else []
                repo.insert("messages", {"request_id": i, "author": request["author"], "kind": "customer",
                                         "body": body, "at": at, "flags": json.dumps(found[:n % 3], ensure_ascii=False),
                                         "reasons": json.dumps(found, ensure_ascii=False) if n % 3 else None,
                                         "met_due": (None, 1, 0)[n % 3]})
    repo.close()


requests_strategy = st.lists(st.fixed_dictionaries({
    "customer": optional_text, "version": optional_text, "subject": optional_text, "site": optional_text,
    "assignee": optional_text, "author": text, "status": st.sampled_from(["open", "resolved", "answered"]),
    "bodies": st.lists(text, max_size=3), "tags": st.lists(text, max_size=2), "resolution": optional_text,
}), min_size=1, max_size=6)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests=requests_strategy, variant=st.sampled_from(VARIANTS))
def test_bulk_export_is_byte_for_byte_the_general_path(desk, tmp_path_factory, requests, variant) -> None:
    path = tmp_path_factory.mktemp("export") / "desk.db"
    _seed(path, requests)
    bulk, general = _both_ways(desk, str(path), *variant)
    assert bulk == general


def test_an_exported_message_has_the_fields_desk_show_gives_it(desk) -> None:
    """The review: a refused message's reasons (SPEC 8) were in desk show and not in the export."""
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    opened = open_request(desk)
    desk("policy", "set", "intake.refuse", "no_question")
    desk("reply", str(opened["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T10:30"})
    desk("reply", str(opened["id"]), "--customer", "--body", "Ну вот.", code=1, env={"DESK_NOW": "2026-11-25T10:40"})
    shown = desk.json("show", str(opened["id"]), "--json")["messages"]
    [exported] = desk.json("export", "--format", "json", "--messages")
    assert [{k: v for k, v in m.items() if k != "request_id"} for m in exported["messages"]] == shown
    assert any(m["reasons"] for m in shown) and any(m["met_due"] is True for m in shown)
    rows = desk("export", "--format", "csv", "--messages").stdout.splitlines()
    assert rows[0] == MESSAGE_FIELDS and rows[2].endswith(",[],[],true")


@pytest.mark.parametrize("fmt,messages", VARIANTS)
def test_bulk_export_across_daylight_saving_changes(desk, isolation, fmt, messages) -> None:
    (isolation / "config.toml").write_text('[calendar]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    add_license(desk, purchased="2026-01-15")
    questions = ["Почему корзина пустая после обновления?", "Как настроить скидки для оптовиков?",
                 "Почему не приходят письма о заказах?", "Как перенести сайт на другой хостинг?"]
    moments = ("2026-03-27T10:00", "2026-03-30T09:15", "2026-10-23T17:59", "2026-10-26T09:01")
    for at, question in zip(moments, questions, strict=True):
        opened = open_request(desk, at=at, body=question,
                              subject="Сайт, и \"кавычки\"" if at.endswith("15") else "Корзина")
        answered_at = (dt.datetime.fromisoformat(at) + dt.timedelta(minutes=41)).isoformat(timespec="minutes")
        desk("reply", str(opened["id"]), "--body", "Ответ,\nс переносом", env={"DESK_NOW": answered_at})
    desk("close", "1")
    bulk, general = _both_ways(desk, str(isolation / "desk.db"), fmt, messages)
    assert bulk == general
    assert ("2026-03-27T10:00:00+01:00" in bulk) and ("2026-03-30T09:15:00+02:00" in bulk)


@pytest.mark.parametrize("fmt,messages", VARIANTS)
def test_export_to_a_file_writes_what_standard_output_gets(desk, isolation, fmt, messages) -> None:
    add_license(desk)
    open_request(desk, subject="=1+1")
    extra = ["--messages"] if messages else []
    target = isolation / f"out.{fmt}"
    result = desk("export", "--format", fmt, *extra, "-o", str(target))
    written = target.read_text(encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    assert written.replace("\r\n", "\n") == desk("export", "--format", fmt, *extra).stdout.replace("\r\n", "\n")
    assert "wrote 1 rows" in result.stderr
    assert target.stat().st_mode & 0o777 == 0o600


def test_unknown_fields_are_refused_before_a_file_is_made(desk, isolation) -> None:
    target = isolation / "out.csv"
    desk("export", "--fields", "nope", "-o", str(target), code=2)
    assert not target.exists()


ZONES = ["Europe/Moscow", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata", "Australia/Lord_Howe", "UTC",
         "America/Sao_Paulo", "Pacific/Chatham"]


@given(st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 1, 1)),
       st.sampled_from(ZONES))
def test_the_hour_cache_shows_every_instant_as_shown_instant(moment, name) -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(name)
    stored = moment.replace(microsecond=0, tzinfo=dt.UTC).isoformat()
    plain, quoted = localizer(zone, quoted=False), localizer(zone, quoted=True)
    for _ in range(2):  # the second time from the cache
        assert plain(stored.encode()) == shown_instant(stored, zone).encode()
        assert quoted(stored.encode()) == json.dumps(shown_instant(stored, zone)).encode()
    assert plain(None) is None and quoted(None) == b"null"


@pytest.mark.parametrize("name", ZONES)
def test_every_hour_of_a_year_shows_as_shown_instant(name) -> None:
    """Each hour of 2026 and its last second, in zones whose clocks change on the hour, by half an
    hour or never, read through a day's dates or hour by hour where the day changes the clocks."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(name)
    local = localizer(zone, quoted=False)
    start = dt.datetime(2025, 12, 31, 12, tzinfo=dt.UTC)
    for hours in range(366 * 24):
        for seconds in (0, 3599):
            stored = (start + dt.timedelta(hours=hours, seconds=seconds)).isoformat()
            assert local(stored.encode()) == shown_instant(stored, zone).encode(), stored


@settings(deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 2), max_value=dt.datetime(2032, 1, 1)), min_size=1,
                max_size=6), st.sampled_from(ZONES), st.datetimes(min_value=dt.datetime(2024, 1, 1),
                                                              max_value=dt.datetime(2028, 1, 1)))
def test_the_queues_deadline_reads_as_the_localizer_and_the_clock(moments, name, now) -> None:
    """The queue's shortcut (the hour's POSIX time plus the minutes and seconds, each read
    once) gives the shown deadline, the countdown and overdue of the general readers, for
    instants stored to the second and to the microsecond, before and after their cache."""
    from zoneinfo import ZoneInfo

    from deskcli.domain.calendar import BusinessCalendar, CalendarSettings

    calendar = BusinessCalendar(CalendarSettings(timezone=name))
    at = now.replace(tzinfo=dt.UTC)
    local, clock, deadline = localizer(ZoneInfo(name), quoted=True), _clock(calendar, at), _deadline(calendar, at)
    stored = [m.replace(tzinfo=dt.UTC).isoformat().encode() for m in moments]
    stored += [m.replace(microsecond=0, tzinfo=dt.UTC).isoformat().encode() for m in moments]
    for text in stored * 2:
        remaining, overdue = clock(text)
        assert deadline(text) == (local(text), b"%d" % remaining, b"true" if overdue else b"false")


@given(st.lists(text, min_size=1, max_size=5))
def test_a_joined_line_passes_only_when_it_is_what_csv_writes(cells) -> None:
    joined = ",".join(cells)
    if output.csv_joined(joined.encode(), len(cells)):
        assert joined + "\r\n" == output.csv_line(cells)


_PLAIN_LINES = [["1", "HC-1", "", "Бизнес"], ["Клиент 5", "https://shop.example.ru/", "agent5"], ["a b", "c-d", "x=y"],
                ["a\u00e9", "Ёжик"], ["a", "\u3001"], ["a", "\u1234"]]


@pytest.mark.parametrize("cells", [
    *_PLAIN_LINES, [" =1"], ["a", " =1+1"], ["a", "=1"], ["-2", "a"], ["a", "@SUM(A1)"], ["a", " b"], [" a"],
    ["a, b"], ['x"y'], ["a\tb"], ["a", "\tb"], ["a\x1bb"], ["a\x7f"], ["a\u0085b"], ["a\u00a0=1"], ["a", "\u00a0=1"],
    ["a", "\u2003-1"], ["a", "\u3000+1"], ["a", "\u1680=1"], ["a\u202eb"], ["a\u2066b"], ["a\u2028b"],
    ["a", "\u2014 dash"], ["", ""], [""],
])
def test_a_joined_line_is_taken_only_when_csv_writes_it_so(cells) -> None:
    """The quick test of a joined line (one pass over its bytes, then the commas and the cell
    starts) refuses every line ``csv`` writes otherwise: formulas after a space, quotes,
    controls, C1 and bidirectional marks, unusual spaces; and takes the plain ones."""
    joined = ",".join(cells)
    taken = output.csv_joined(joined.encode(), len(cells))
    if joined + "\r\n" != output.csv_line(cells):
        assert not taken
    if cells in _PLAIN_LINES:
        assert taken


def test_plain_cells_join_without_the_csv_module() -> None:
    assert output.csv_joined("1,HC-1,,Бизнес".encode(), 4)
    assert not output.csv_joined(b"1,=HC-1", 2) and not output.csv_joined(b"a,b", 1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", [Format.json, Format.jsonl, Format.csv])
@pytest.mark.parametrize("stream_type", [io.StringIO, _Terminal])
@pytest.mark.parametrize("fields", [None, "b,a"])
@pytest.mark.parametrize("count", [0, 1, 3])
def test_emit_stream_writes_what_emit_writes(fmt, stream_type, fields, count) -> None:
    records = [{"a": i, "b": f"=x\x1b{i}", "c": [1, {"d": None}]} for i in range(count)]
    whole, streamed = stream_type(), stream_type()
    output.emit(records, fmt, columns=["a", "b", "c"], fields=fields, stream=whole)
    written = output.emit_stream(iter(records), fmt, columns=["a", "b", "c"], fields=fields, stream=streamed)
    assert streamed.getvalue() == whole.getvalue() and written == count


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests=requests_strategy, overdue=st.booleans())
def test_the_queue_as_csv_streams_the_same_bytes(desk, tmp_path_factory, requests, overdue) -> None:
    """``desk queue --format csv`` to a pipe goes the export's bulk way, as the rows come
    (100,000 open requests held 253 MB the general way: QA); the bytes are the general way's."""
    path = tmp_path_factory.mktemp("queue") / "desk.db"
    _seed(path, requests)
    extra = ["--overdue"] if overdue else []
    bulk = desk("--db", str(path), "queue", "--format", "csv", *extra).stdout
    general = desk("--db", str(path), "queue", "--format", "csv", *extra, "--fields", REQUEST_FIELDS).stdout
    assert bulk == general
    # nothing overdue prints nothing, not even the header (SPEC 5: cron mails nothing)
    assert bulk.splitlines()[0].startswith("id,license,") if bulk or not overdue else bulk == ""
