"""``desk queue``: the agent's main screen, and cron's overdue report."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.options import Category, FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.runtime import current
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format


def queue(
    *,
    line: Annotated[int | None, typer.Option("--line", min=1, help="Only this support line.")] = None,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Only this category.")] = None,
    assignee: Annotated[str | None, typer.Option("--assignee", "-a", help="Only requests assigned to this agent.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue requests, as plain lines; nothing at all when none.")] = False,
    due_within: Annotated[str | None, typer.Option("--due-within", help="Only requests due within this much business time (30m, 2h, 1h30m).", metavar="DURATION")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many rows.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when anything is listed (for cron and scripts).")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w", help="Keep the table on screen, refreshing the countdowns; Ctrl-C to stop.")] = False,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between refreshes with --watch.")] = 5.0,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Open requests, soonest due first, with an SLA countdown in business time.

    The countdown is yellow under 30 business minutes and red and negative when overdue.

    Example: desk queue --overdue --check
    """
    from deskcli.store.repository import utc_text

    rt = current()
    within = tickets.parse_duration(due_within) if due_within is not None else None
    filters = dict(line=line, category=category.value if category else None, assignee=assignee, limit=limit)

    def load(now) -> list[dict]:
        due_before = utc_text(rt.calendar.add_business_minutes(now, within)) if within is not None else None
        rows = rt.repo.queue(overdue_at=utc_text(now) if overdue else None, due_before=due_before, **filters)
        return [tickets.request_record(row, rt.calendar, now) for row in rows]

    fmt = chosen_format(fmt, as_json)
    if watch:
        if fmt is not Format.table:
            raise InvalidInput("--watch shows the table; it cannot be combined with --format")
        _watch(load, interval)
        return
    records = load(rt.now)
    if fmt is Format.table and overdue:
        for record in records:
            typer.echo(_overdue_line(record))
    elif fmt is Format.table:
        from deskcli.render import queue_table

        output.print_rich(queue_table(records, now=rt.now, width=output.width()))
    else:
        output.emit(records, fmt, fields=fields, columns=list(tickets.REQUEST_FIELDS))
    if check and records:
        raise typer.Exit(1)


def _watch(load, interval: float) -> None:
    """A live countdown; the clock advances from DESK_NOW if one is fixed, else real time."""
    import time

    from rich.live import Live

    from deskcli.render import queue_table

    rt = current()
    started, start_now = time.monotonic(), rt.now
    console = output.console()

    def frame():
        import datetime as dt

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
        f"#{record['id']}  {tickets.format_countdown(record['remaining_minutes'])}  {record['category']}  "
        f"line {record['line']}  {assignee}  {who}: {record['subject']}",
        single_line=True,
    )


def register(app: typer.Typer) -> None:
    app.command("queue", rich_help_panel="Requests")(queue)
