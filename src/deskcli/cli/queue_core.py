"""The queue's logic, free of Typer so the fast path can run it without loading the CLI."""

from __future__ import annotations

import itertools
import sys

from deskcli import output
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.output import Format

if TYPE_CHECKING:
    from deskcli.services.context import Context
    from deskcli.services.queue import QueueCriteria


def run_queue(rt: Context, *, line: int | None = None, category: str | None = None, assignee: str | None = None,
              overdue: bool = False, due_within: str | None = None, limit: int | None = None,
              check: bool = False, watch: bool = False, interval: float = 5.0,
              fmt: Format = Format.table, fields: str | None = None, tag: str | None = None,
              license: str | None = None) -> int:
    """Print the queue; returns the exit code (1 with ``check`` when anything is listed)."""
    from deskcli.services.queue import criteria as read_criteria

    _ = rt.repo  # opened first (and must exist), so the calendar's years come from the database's cache
    asked = read_criteria(rt, line=line, category=category, assignee=assignee, tag=tag, limit=limit,
                          overdue=overdue, due_within=due_within, license=license)
    empty = "No open requests match these filters." if asked.narrowed else "No open requests."

    def load(now, fits: int | None = None) -> list[dict]:
        """The queue at ``now``; with ``fits``, only the first rows that fit the screen."""
        chosen = asked.at(rt, now)
        if fits is not None:
            chosen["limit"] = fits if chosen["limit"] is None else min(chosen["limit"], fits)
        return tickets.request_records(rt.repo.queue(**chosen), rt.calendar, now)

    if watch:
        if fmt is not Format.table or fields is not None:
            raise InvalidInput("--watch shows the table; it cannot be combined with --format, --json or --fields")
        _watch(rt, load, lambda now: rt.repo.queue_count(**asked.at(rt, now)), interval, empty)
        return 0
    # A wrong field name is refused before a row is read (at a million requests, seconds).
    wanted = output.field_names(fields, tickets.REQUEST_FIELDS)
    if fmt is Format.csv and wanted is None and not sys.stdout.isatty():
        listed = _csv_as_it_comes(rt, asked, overdue=overdue)
    elif fmt in (Format.json, Format.jsonl) and not sys.stdout.isatty():
        listed = _json_as_it_comes(rt, asked, fmt, wanted)
    else:
        records = load(rt.now)
        _print_records(rt, records, fmt, fields, overdue=overdue, empty=empty)
        listed = len(records)
    return 1 if check and listed else 0


def _csv_as_it_comes(rt: Context, asked: QueueCriteria, *, overdue: bool) -> int:
    """The queue as CSV, written as the rows come, as JSON is: a hundred thousand open
    requests held 253 MB (QA). Returns how many were listed."""
    from deskcli.cli.request_lines import request_csv
    from deskcli.store.exports import REQUEST_CSV

    rows = iter(rt.repo.queue_rows(**asked.at(rt, rt.now), columns=REQUEST_CSV))
    if overdue:  # nothing overdue prints nothing, not even the header: cron mails nothing (SPEC 5)
        first = next(rows, None)
        if first is None:
            return 0
        rows = itertools.chain([first], rows)
    return output.write_csv_lines(request_csv(rows, rt.calendar, rt.now, lambda n: dict(rt.repo.request(n))),
                                  tickets.REQUEST_FIELDS)


def _json_as_it_comes(rt: Context, asked: QueueCriteria, fmt: Format, wanted: list[str] | None) -> int:
    """The queue as JSON or JSON Lines, each record written as it comes; returns how many."""
    from deskcli.cli.request_lines import request_lines

    lines = request_lines(rt.repo.queue_rows(**asked.at(rt, rt.now)), rt.calendar, rt.now)
    if wanted is None:
        return output.write_encoded(lines, fmt)
    # the chosen fields of each record as it comes: memory stays flat
    import json

    chosen = ({name: record[name] for name in wanted} for record in map(json.loads, lines))
    return output.emit_stream(chosen, fmt, columns=wanted)


def _print_records(rt: Context, records: list[dict], fmt: Format, fields: str | None, *, overdue: bool,
                   empty: str) -> None:
    """The queue read whole: plain lines for cron's overdue report, the table, or ``fmt``."""
    if fmt is Format.table and overdue:
        sys.stdout.writelines(line + "\n" for line in overdue_lines(records))
    elif fmt is Format.table:
        from deskcli import plain, plain_views

        width, colours = plain.console_width(), None
        if width is None and (on_terminal := plain.terminal()) is not None:
            width, colours = on_terminal
        if width is not None and plain.write(plain_views.queue_parts(records, rt.now, width, empty=empty), width, colours):
            return
        from deskcli.queue_view import queue_table

        output.print_rich(queue_table(records, now=rt.now, width=output.width(), empty=empty))
    elif records or not (overdue and fmt is Format.csv):
        output.emit(records, fmt, fields=fields, columns=list(tickets.REQUEST_FIELDS))


#: Lines of the live view that are not rows: the heading, the legend (two with flags), the last line.
WATCH_LINES = 5


def _watch(rt: Context, load, count, interval: float, empty: str) -> None:
    """A live countdown; the clock advances from DESK_NOW if one is fixed, else real time.

    Each refresh reads only the rows that fit the terminal (and counts the rest), so a queue
    of a hundred thousand costs what a screenful costs."""
    import time

    from deskcli.clock import running_from

    if not sys.stdout.isatty():  # a redrawn screen in a file or a pipe is nothing a reader can use
        raise InvalidInput("--watch redraws the table on a terminal; for a file or a script use desk queue "
                           "--json, run as often as needed")
    from rich.live import Live

    from deskcli.cli.exits import Stopped
    from deskcli.queue_view import queue_table

    clock = running_from(rt.now)
    console = output.console()

    def frame():
        now = clock().replace(microsecond=0)
        shown = now.astimezone(rt.zone)
        fits = max(1, console.height - WATCH_LINES)
        records = load(now, fits=fits)
        total = count(now) if len(records) == fits else len(records)  # counted only when the screen is full
        shown_of = f"{len(records)} of {total} shown (narrow with --license, --line, --category, --assignee, --tag); " \
            if total > len(records) else ""
        refreshed = (f"{shown_of}Refreshed {shown:%H:%M:%S} ({shown:%Y-%m-%d}), every {interval:g} s; "
                     "Ctrl-C to stop.")
        return queue_table(records, now=now, width=console.width, refreshed=refreshed, empty=empty)

    try:
        with _no_echoed_interrupt(), Live(frame(), console=console, auto_refresh=False, screen=False) as live:
            while True:
                time.sleep(interval)
                live.update(frame(), refresh=True)
    except Stopped:  # SIGTERM or SIGHUP: stopped as any command is (143, 129), not left as asked
        raise
    except KeyboardInterrupt:  # Ctrl-C is how the view is left (it says so): done, exit 0
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
        # the customer confirmed the fix: overdue only for want of closing it
        ready = "  (ready to close: the customer confirmed the fix)" if record.get("ready_to_close") else ""
        lines.append(output.clean_text(
            f"{shown_id:>{id_width}}  {clock:>{clock_width}}  {record['category']:<{category_width}}  "
            f"line {record['line']}  {assignee}  {who}: {record['subject']}",
            single_line=True,
        ) + ready)
    return lines
