"""The queue's logic, free of Typer so the fast path can run it without loading the CLI."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from deskcli import output
from deskcli.cli.runtime import current
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format


def run_queue(*, line: int | None = None, category: str | None = None, assignee: str | None = None,
              overdue: bool = False, due_within: str | None = None, limit: int | None = None,
              check: bool = False, watch: bool = False, interval: float = 5.0,
              fmt: Format = Format.table, fields: str | None = None) -> int:
    """Print the queue; returns the exit code (1 with ``check`` when anything is listed)."""
    from deskcli.store.repository import utc_text

    rt = current()
    rt.reader  # opened first (and must exist), so the calendar's years come from the database's cache
    within = tickets.parse_duration(due_within) if due_within is not None else None
    filters = dict(line=line, category=category, assignee=assignee, limit=limit)

    def load(now) -> list[dict]:
        due_before = utc_text(rt.calendar.add_business_minutes(now, within)) if within is not None else None
        rows = rt.repo.queue(overdue_at=utc_text(now) if overdue else None, due_before=due_before, **filters)
        return tickets.request_records(rows, rt.calendar, now)

    if watch:
        if fmt is not Format.table:
            raise InvalidInput("--watch shows the table; it cannot be combined with --format")
        _watch(load, interval)
        return 0
    if fmt in (Format.json, Format.jsonl) and fields is None and not sys.stdout.isatty():
        listed = output.write_encoded(_json_records(rt, filters, overdue, within), fmt)
        return 1 if check and listed else 0
    records = load(rt.now)
    if fmt is Format.table and overdue:
        sys.stdout.writelines(_overdue_line(record) + "\n" for record in records)
    elif fmt is Format.table:
        from deskcli.render import queue_table

        output.print_rich(queue_table(records, now=rt.now, width=output.width()))
    else:
        output.emit(records, fmt, fields=fields, columns=list(tickets.REQUEST_FIELDS))
    return 1 if check and records else 0


def _json_records(rt, filters: dict, overdue: bool, within: int | None) -> Iterator[bytes]:
    """Compact JSON records in UTF-8, the same bytes ``output.emit`` would write, several
    times faster and as the rows arrive (``request_lines``)."""
    from deskcli.cli.request_lines import request_json
    from deskcli.store.repository import utc_text

    now = rt.now
    due_before = utc_text(rt.calendar.add_business_minutes(now, within)) if within is not None else None
    rows = rt.repo.queue_json(overdue_at=utc_text(now) if overdue else None, due_before=due_before, **filters)
    return (line for _, line in request_json(rows, rt.calendar, now))


def _watch(load, interval: float) -> None:
    """A live countdown; the clock advances from DESK_NOW if one is fixed, else real time."""
    import datetime as dt
    import time

    from rich.live import Live

    from deskcli.render import queue_table

    rt = current()
    started, start_now = time.monotonic(), rt.now
    console = output.console()

    def frame():
        now = (start_now + dt.timedelta(seconds=time.monotonic() - started)).replace(microsecond=0)
        return queue_table(load(now), now=now, width=console.width)

    try:
        with Live(frame(), console=console, refresh_per_second=1, screen=False) as live:
            while True:
                time.sleep(interval)
                live.update(frame())
    except KeyboardInterrupt:
        pass


def _overdue_line(record: dict) -> str:
    who = record["customer"] or record["license"]
    assignee = record["assignee"] or "unassigned"
    return output.clean_text(
        f"#{record['id']}  {tickets.format_countdown(record['remaining_minutes'], record['overdue'])}  {record['category']}  "
        f"line {record['line']}  {assignee}  {who}: {record['subject']}",
        single_line=True,
    )
