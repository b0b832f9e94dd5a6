"""Requests and their messages encoded straight from database rows, as the rows arrive.

The bulk paths of ``queue --format json|jsonl`` and ``export``: the same bytes as the
general path (a dict per row through ``tickets.request_records`` and ``output``; the tests
compare the two) several times faster, and one row at a time, so memory stays flat at a
million requests. SQLite JSON-encodes the text fields; Python adds what needs the
calendar: instants in the desk's zone and the business-time countdown. Text stays UTF-8
bytes from SQLite to the output (decoding and encoding Cyrillic text cost more than
everything else per row). Free of Typer, so the launcher's fast path can use it. Export's
general path streams from here too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator

from deskcli import output
from deskcli.domain import tickets
from deskcli.domain.instants import hours_shown, localizer
from deskcli.output import Format
from deskcli.store.records import json_list

_HEAD_CELLS = tickets.REQUEST_FIELDS.index("assignee") + 1  # id to assignee: what SQLite joins for CSV


def _clock(calendar, now: dt.datetime) -> Callable[[bytes], tuple[int, bool]]:
    """Stored deadline text to (remaining business minutes, overdue), as ``tickets.request_records``."""
    minutes_until = calendar.minutes_until_each(now)
    now_ts = now.timestamp()
    parse = dt.datetime.fromisoformat

    def clock(due: bytes) -> tuple[int, bool]:
        due_ts = parse(due.decode()).timestamp()
        return minutes_until(due_ts), due_ts < now_ts

    return clock


def _deadline(calendar, now: dt.datetime, hours: tuple | None = None) -> Callable[[bytes], tuple[bytes, bytes, bytes]]:
    """A stored deadline (an open request's) to its JSON ``due_at``, ``remaining_minutes`` and
    ``overdue`` values, as ``localizer`` and ``_clock`` give them. The queue's hot path: the
    deadline's POSIX time is its hour's (worked out once, as its shown parts) plus its
    minutes and seconds (``:MM:SS``, read once for each of the 3,600 there are). ``hours``: a
    quoted ``hours_shown`` cache to share."""
    hours = hours or hours_shown(calendar.zone, quoted=True)
    found, hour = hours
    local = localizer(calendar.zone, quoted=True, hours=hours)
    minutes_until = calendar.minutes_until_each(now)
    hour_until = calendar.hours_until_each(now)
    now_ts = now.timestamp()
    parse = dt.datetime.fromisoformat
    seconds_in: dict[bytes, float] = {}
    # Per UTC hour: (business seconds until its start, whether it is all business time), or
    # None for an hour partly business time, whose deadlines ask minutes_until one by one.
    clocks: dict[bytes, tuple[float, bool] | None] = {}

    def deadline(due: bytes) -> tuple[bytes, bytes, bytes]:
        parts = None
        if len(due) == 25 and due.endswith(b"+00:00"):
            key = due[:13]
            try:
                parts = found[key]
            except KeyError:
                parts = hour(key)
        if parts is None:
            shown, due_ts = local(due) or b"null", parse(due.decode()).timestamp()
            return shown, b"%d" % minutes_until(due_ts), b"true" if due_ts < now_ts else b"false"
        into = due[13:19]
        shown = parts[0] + into + parts[1]
        try:
            seconds = seconds_in[into]
        except KeyError:  # the first deadline at these minutes and seconds: read as a whole
            seconds = seconds_in[into] = parse(due.decode()).timestamp() - parts[2]
        due_ts = parts[2] + seconds
        try:
            clock = clocks[key]
        except KeyError:
            clock = clocks[key] = hour_until(parts[2])
        if clock is None:
            remaining = minutes_until(due_ts)
        else:
            remaining = int((clock[0] + seconds if clock[1] else clock[0]) // 60)
        return shown, b"%d" % remaining, b"true" if due_ts < now_ts else b"false"

    return deadline


def request_lines(rows: Iterable[tuple], calendar, now: dt.datetime,
                  messages: Iterable[tuple] | None = None) -> Iterator[bytes]:
    """Compact JSON records (UTF-8) from ``Repository.request_json_rows`` rows; with
    ``messages`` (``Repository.message_rows(as_json=True)`` rows, in the same request order)
    each record ends with its ``messages`` list, the two merged as they stream. One loop for
    both: a message written when its request was opened shows the request's own instant, and
    a generator between the two cost a fifth of the export."""
    hours = found, hour = hours_shown(calendar.zone, quoted=True)  # a deadline falls in the hours of the requests
    local = localizer(calendar.zone, quoted=True, hours=hours)
    deadline = _deadline(calendar, now, hours)
    pending = iter(messages if messages is not None else ())
    owner, message_id, at, tail = next(pending, _NO_MESSAGE)
    for request_id, head, created, queued, due, listed, responded, closing, closed in rows:
        try:  # local(created), inline: the hottest line of the bulk output
            parts = found[created[:13]] if len(created) == 25 and created[19:] == b"+00:00" else None
        except KeyError:
            parts = hour(created[:13])
        shown = local(created) if parts is None else parts[0] + created[13:19] + parts[1]
        shown_due, remaining, overdue = (b"null", b"null", b"false") if due is None else deadline(due)
        if messages is None:
            end = b"}"
        else:
            while owner < request_id:
                owner, message_id, at, tail = next(pending, _NO_MESSAGE)
            items = []
            while owner == request_id:
                items.append(b'{"request_id":%d,"id":%d,"at":%s,%s' % (
                    owner, message_id, shown if at == created else local(at), tail[1:]))
                owner, message_id, at, tail = next(pending, _NO_MESSAGE)
            end = b',"messages":[%s]}' % b",".join(items)
        yield b'%s,"created_at":%s,"queued_at":%s,"due_at":%s,"remaining_minutes":%s,"overdue":%s,%s,' \
            b'"first_response_at":%s,"ready_to_close":%s,"closed_at":%s%s' % (
                head[:-1], shown, shown if queued == created else local(queued), shown_due, remaining, overdue,
                listed, b"null" if responded is None else local(responded), closing,
                b"null" if closed is None else local(closed), end)


#: What the merge sees once the messages run out: an owner after every request.
_NO_MESSAGE = (1 << 63, 0, b"", b"")


#: Flags, reasons and tags when all are empty, as CSV cells.
_NO_LISTS = b"[],[],[]"


def _listed(text: bytes | None) -> bytes:
    """A stored JSON list (flags, reasons, tags) as a CSV field of the decoded list, as ``output.csv_cell``."""
    if not text or text == b"[]":
        return b"[]"
    return output.csv_line([json.loads(text)])[:-2].encode()


def _cell(text: bytes | None) -> bytes:
    """A stored text as a CSV field inside a row, as ``output.csv_cell`` and ``csv.writer`` give it."""
    if not text:
        return b""
    return text if output.csv_joined(text, 1) else output.csv_line([text.decode()])[:-2].encode()


def request_csv(rows: Iterable[tuple], calendar, now: dt.datetime,
                request: Callable[[int], dict]) -> Iterator[bytes]:
    """CSV lines (UTF-8) in ``tickets.REQUEST_FIELDS`` order from ``Repository.request_csv_rows``
    rows; a row with text to quote goes the general way, its stored row from ``request(id)``."""
    local = localizer(calendar.zone, quoted=False)
    clock = _clock(calendar, now)
    joined = output.csv_joined
    for request_id, head, created, queued, due, lists, responded, ready, resolution, closed in rows:
        if not joined(head, _HEAD_CELLS):
            record = tickets.request_record(request(request_id), calendar, now)
            yield output.csv_line([record[name] for name in tickets.REQUEST_FIELDS]).encode()
            continue
        shown = local(created)
        if due is None:
            deadline = b",,false"
        else:
            remaining, overdue = clock(due)
            deadline = b"%s,%d,%s" % (local(due), remaining, b"true" if overdue else b"false")
        yield b"%s,%s,%s,%s,%s,%s,%s,%s,%s\r\n" % (
            head, shown, shown if queued is None else local(queued), deadline,
            _NO_LISTS if lists is None else b",".join(map(_listed, lists.split(b"\0"))),
            b"" if responded is None else local(responded), b"true" if ready else b"false",
            b"" if resolution is None else _cell(resolution), b"" if closed is None else local(closed))


def message_csv(rows: Iterable[tuple], zone) -> Iterator[bytes]:
    """CSV lines (UTF-8) in ``MESSAGE_FIELDS`` order from ``Repository.message_rows`` rows."""
    local = localizer(zone, quoted=False)
    joined, line = output.csv_joined, output.csv_line
    for request_id, message_id, at, author, kind, body, flags, reasons, met_due in rows:
        tail = b"%s,%s,%s" % (author, kind, body)
        if not joined(tail, 3):
            tail = line([author.decode(), kind.decode(), body.decode()])[:-2].encode()
        lists = _NO_MESSAGE_LISTS if flags is None and reasons is None else b"%s,%s" % (_listed(flags), _listed(reasons))
        met = b"" if met_due is None else b"true" if met_due else b"false"
        yield b"%d,%d,%s,%s,%s,%s\r\n" % (request_id, message_id, local(at), tail, lists, met)


#: A message's flags and reasons when both are empty, as CSV cells.
_NO_MESSAGE_LISTS = b"[],[]"


# -- export: what ``desk export`` writes, read in one snapshot by the caller ---------------

#: A message's fields in an export: ``desk show``'s, with the request it belongs to first.
MESSAGE_FIELDS = ("request_id", "id", "at", "author", "kind", "body", "flags", "reasons", "met_due")


def export_encoded(rt, fmt: Format, stream, period: dict, *, messages: bool) -> int:
    """The bulk path: rows encoded as they stream from the database; returns the count."""
    repo = rt.repo
    if fmt is Format.csv and messages:
        return output.write_csv_lines(message_csv(repo.message_rows(**period), rt.zone), MESSAGE_FIELDS, stream)
    if fmt is Format.csv:
        lines = request_csv(repo.request_csv_rows(**period), rt.calendar, rt.now, repo.request)
        return output.write_csv_lines(lines, tickets.REQUEST_FIELDS, stream)
    listed = repo.message_rows(**period, as_json=True) if messages else None
    encoded = request_lines(repo.request_json_rows(**period), rt.calendar, rt.now, listed)
    return output.write_encoded(encoded, fmt, stream)


def export_records(rt, period: dict, *, messages: bool, message_rows: bool) -> Iterator[dict]:
    """The general path (``--fields``, a terminal): a dict per request, each with its
    ``messages``, or with ``message_rows`` a dict per message; a thousand requests at a time."""
    repo = rt.repo
    rows = repo.request_rows(**period)
    while chunk := list(itertools.islice(rows, 1000)):
        records = tickets.request_records(chunk, rt.calendar, rt.now)
        if not messages:
            yield from records
            continue
        grouped = repo.messages_for([r["id"] for r in records])
        for record in records:
            shown = [{"request_id": record["id"], "id": m["id"], "at": rt.show_stored(m["at"]),
                      "author": m["author"], "kind": m["kind"], "body": m["body"], "flags": json_list(m["flags"]),
                      "reasons": json_list(m["reasons"]),
                      "met_due": None if m["met_due"] is None else bool(m["met_due"])} for m in grouped[record["id"]]]
            if message_rows:
                yield from shown
            else:
                yield {**record, "messages": shown}
