"""``desk renewals``: who to offer a renewal to, and at what price, before it goes up."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.output import Format


def renewals(
    ctx: typer.Context,
    *,
    within: Annotated[str, typer.Option("--within", help="Support ending within this many days from today, or ended as recently (30d, 4w).", metavar="DAYS")] = "30d",
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when anything is listed (for cron and scripts).")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Licenses whose support ends soon or ended recently: today's renewal price, the last day it holds and the price after (policy 2.3).

    Soonest first. Prints nothing at all when there is nothing to renew (so cron mails nothing); days are negative before the end of support, positive after.

    Example: desk renewals --within 14d --check
    """
    from deskcli.services.renewals import FIELDS, parse_window, upcoming

    desk = reading(ctx)
    days = parse_window(within)
    fmt = chosen_format(fmt, as_json, fields)
    rows = upcoming(desk, days)
    if fmt is Format.table and fields is None:
        if rows:
            from deskcli.render_day import renewals as table

            output.print_rich(table(rows, desk.policy.currency))
    else:
        output.emit(rows, fmt, fields=fields, columns=list(FIELDS))
    if check and rows:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("renewals", rich_help_panel="Licenses")(renewals)
