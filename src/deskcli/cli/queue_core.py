"""The queue's logic, free of Typer so the fast path can run it without loading the CLI."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from deskcli import output
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

if TYPE_CHECKING:
    from deskcli.services.context import Context


def run_queue(rt: Context, *, line: int | None = None, category: str | None = None, assignee: str | None = None,
              overdue: bool = False, due_within: str | None = None, limit: int | None = None,
              check: bool = False, watch: bool = False, interval: float = 5.0,
              fmt: Format = Format.table, fields: str | None = None, tag: str | None = None) -> int:
    """Print the queue; returns the exit code (1 with ``check`` when anything is listed)."""
    from deskcli.store.repository import utc_text

    _ = rt.repo  # opened first (and must exist), so the calendar's years come from the database's cache
    within = tickets.parse_duration(due_within) if due_within is not None else None
    filters: dict[str, Any] = dict(line=line, category=category, assignee=assignee, limit=limit)
    if tag is not None:
        from deskcli.domain.tags import validate_tag

        filters["tag"] = validate_tag(tag)

    def load(now) -> list[dict]:
        due_before = utc_text(rt.calendar.add_business_minutes(now, within)) if within is not None else None
        rows = rt.repo.queue(overdue_at=utc_text(now) if overdue else None, due_before=due_before, **filters)
        return tickets.request_records(rows, rt.calendar, now)

    if watch:
        if fmt is not Format.table:
            raise InvalidInput("--watch shows the table; it cannot be combined with --format")
        _watch(rt, load, interval)
        return 0
    if fmt in (Format.json, Format.jsonl) and fields is None and not sys.stdout.isatty():
        lines = _json_records(rt, filters, overdue, within)
        if lines is not None:
            text = "\n".join(lines) if fmt is Format.jsonl else "[" + ",".join(lines) + "]"
            sys.stdout.write(text + "\n" if lines or fmt is Format.json else "")
            return 1 if check and lines else 0
    records = load(rt.now)
    if fmt is Format.table and overdue:
        sys.stdout.writelines(line + "\n" for line in overdue_lines(records))
    elif fmt is Format.table:
        from deskcli.queue_view import queue_table

        output.print_rich(queue_table(records, now=rt.now, width=output.width()))
    else:
        output.emit(records, fmt, fields=fields, columns=list(tickets.REQUEST_FIELDS))
    return 1 if check and records else 0


def _json_records(rt, filters: dict, overdue: bool, within: int | None) -> list[str] | None:
    """Compact JSON records, the same bytes ``output.emit`` would write, several times faster.

    SQLite encodes the text fields; instants move to the desk's zone through a per-hour
    cache, valid because the zone keeps one whole-hour UTC offset over the queue's span
    (checked). Otherwise None, and the general path (a dict per row) does the work.
    """
    import datetime as dt

    from deskcli.store.repository import from_utc_text, utc_text

    now = rt.now
    first, last = rt.repo.open_span()
    start = min(from_utc_text(first), now) if first else now
    end = max(from_utc_text(last), now) if last else now
    offset = rt.calendar.fixed_offset(start, end)
    if offset is None or offset % 3600:
        return None
    due_before = utc_text(rt.calendar.add_business_minutes(now, within)) if within is not None else None
    rows = rt.repo.queue_json(overdue_at=utc_text(now) if overdue else None, due_before=due_before, **filters)
    local = _localizer(offset)
    minutes_until = rt.calendar.minutes_until_each(now)
    now_ts = now.timestamp()
    parse = dt.datetime.fromisoformat
    lines = []
    for head, created, queued, due, flags, reasons, tags, responded, ready, resolution, closed in rows:
        try:
            shown = local(created)
            instants = (f'"created_at":{shown},"queued_at":{shown if queued == created else local(queued)},'
                        f'"due_at":{local(due)}')
            tail = (f'"first_response_at":{local(responded)},"ready_to_close":{ready},'
                    f'"resolution":{resolution},"closed_at":{local(closed)}')
        except ValueError:
            return None
        if due is None:
            clock = '"remaining_minutes":null,"overdue":false'
        else:
            due_ts = parse(due).timestamp()
            clock = f'"remaining_minutes":{minutes_until(due_ts)},"overdue":{"true" if due_ts < now_ts else "false"}'
        lines.append(f'{head[:-1]},{instants},{clock},"flags":{flags},"reasons":{reasons},"tags":{tags},{tail}}}')
    return lines


def _localizer(offset: int):
    """Stored UTC text (``2026-11-25T07:00:00+00:00``) to a JSON string in a fixed-offset zone."""
    import datetime as dt

    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    suffix = f'{sign}{hours:02d}:{minutes:02d}"'
    shift = dt.timedelta(seconds=offset)
    hours_seen: dict[str, str] = {}

    def local(text: str | None) -> str:
        if text is None:
            return "null"
        if len(text) != 25 or not text.endswith("+00:00"):
            raise ValueError(text)
        prefix = hours_seen.get(text[:13])
        if prefix is None:
            shifted = dt.datetime.fromisoformat(text[:13] + ":00:00") + shift
            prefix = hours_seen[text[:13]] = '"' + shifted.isoformat()[:13]
        return prefix + text[13:19] + suffix

    return local


def _watch(rt: Context, load, interval: float) -> None:
    """A live countdown; the clock advances from DESK_NOW if one is fixed, else real time."""
    import datetime as dt
    import time

    from rich.live import Live

    from deskcli.queue_view import queue_table

    started, start_now = time.monotonic(), rt.now
    console = output.console()

    def frame():
        now = (start_now + dt.timedelta(seconds=time.monotonic() - started)).replace(microsecond=0)
        shown = now.astimezone(rt.zone)
        refreshed = f"Refreshed {shown:%H:%M:%S} ({shown:%Y-%m-%d}), every {interval:g} s; Ctrl-C to stop."
        return queue_table(load(now), now=now, width=console.width, refreshed=refreshed)

    try:
        with _no_echoed_interrupt(), Live(frame(), console=console, auto_refresh=False, screen=False) as live:
            while True:
                time.sleep(interval)
                live.update(frame(), refresh=True)
    except KeyboardInterrupt:
        pass


def _no_echoed_interrupt():
    """Keep the terminal from echoing ``^C`` into the live view while it runs: the view
    redraws itself by moving the cursor up its own height, and two stray characters that
    wrap a line would leave its header on screen twice."""
    import contextlib

    try:
        import termios
    except ImportError:  # not a POSIX terminal
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def quiet():
        try:
            fd = sys.stdin.fileno()
            saved = termios.tcgetattr(fd)
        except (OSError, ValueError, termios.error):
            yield
            return
        changed = list(saved)
        changed[3] &= ~getattr(termios, "ECHOCTL", 0)
        termios.tcsetattr(fd, termios.TCSANOW, changed)
        try:
            yield
        finally:
            termios.tcsetattr(fd, termios.TCSANOW, saved)

    return quiet()


def overdue_lines(records: list[dict]) -> list[str]:
    """One plain line per overdue request for cron (no Rich to load); columns line up
    however many digits the ids and countdowns have."""
    if not records:
        return []
    ids = [f"#{r['id']}" for r in records]
    clocks = [tickets.format_countdown(r["remaining_minutes"], r["overdue"]) for r in records]
    id_width, clock_width = max(map(len, ids)), max(map(len, clocks))
    category_width = max(len(r["category"]) for r in records)
    lines = []
    for record, shown_id, clock in zip(records, ids, clocks, strict=True):
        who = record["customer"] or record["license"]
        assignee = record["assignee"] or "unassigned"
        lines.append(output.clean_text(
            f"{shown_id:>{id_width}}  {clock:>{clock_width}}  {record['category']:<{category_width}}  "
            f"line {record['line']}  {assignee}  {who}: {record['subject']}",
            single_line=True,
        ))
    return lines
