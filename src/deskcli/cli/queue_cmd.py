"""``desk queue``: the agent's main screen, and cron's overdue report."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli.cli import completion
from deskcli.cli.context import reading
from deskcli.cli.options import MAX_INT, Category, FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.queue_core import run_queue
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format


#: A refresh at least once an hour: a longer wait is a typo, and sleep() overflows on inf.
MAX_INTERVAL = 3600.0


def queue(
    ctx: typer.Context,
    *,
    line: Annotated[int | None, typer.Option("--line", min=1, max=MAX_INT, help="Only this support line.")] = None,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Only this category.")] = None,
    assignee: Annotated[str | None, typer.Option("--assignee", "-a", help="Only requests assigned to this agent (me: you; -: nobody).")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue requests, as plain lines; nothing at all when none.")] = False,
    due_within: Annotated[str | None, typer.Option("--due-within", help="Only requests due within this much business time (30m, 2h, 1h30m).", metavar="DURATION")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="At most this many rows.")] = None,
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only requests carrying this tag (see desk tag).")] = None,
    license: Annotated[str | None, typer.Option("--license", "-l", help="Only this license's requests.", metavar="NUMBER",
                                                             autocompletion=completion.license_numbers)] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when anything is listed (for cron and scripts).")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w", help="Keep the table on screen, refreshing the countdowns; Ctrl-C to stop.")] = False,
    interval: Annotated[float, typer.Option("--interval", min=1.0, max=MAX_INTERVAL, help="Seconds between refreshes with --watch.")] = 5.0,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Open requests, soonest due first (at the same deadline, emergencies first, then by arrival), with an SLA countdown in business time.

    The countdown is yellow under 30 business minutes and red and negative when overdue.

    Example: desk queue --overdue --check
    """
    if not 1.0 <= interval <= MAX_INTERVAL:  # click's range check lets nan through
        raise InvalidInput(f"--interval must be between 1 and {MAX_INTERVAL:g} seconds")
    code = run_queue(reading(ctx), line=line, category=category.value if category else None, assignee=assignee,
                     overdue=overdue, due_within=due_within, limit=limit, check=check, watch=watch,
                     interval=interval, fmt=chosen_format(fmt, as_json, fields), fields=fields, tag=tag,
                     license=license)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("queue", rich_help_panel="Requests")(queue)
