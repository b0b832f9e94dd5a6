"""``desk report sla``: response-time compliance for the team lead."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.domain.errors import InvalidInput
from deskcli.domain.report import GROUPINGS, columns, parse_grouping
from deskcli.output import Format

report_app = typer.Typer(help="Reports for the team lead.\n\nExample: desk report sla --by month", no_args_is_help=True)


@report_app.command("sla")
def sla(
    ctx: typer.Context,
    *,
    start: Annotated[str | None, typer.Option("--since", "--from", help="Clocks that stopped, or are due, on or after this date.", metavar="DATE")] = None,
    end: Annotated[str | None, typer.Option("--until", "--to", help="Clocks that stopped, or are due, on or before this date.", metavar="DATE")] = None,
    by: Annotated[str, typer.Option("--by", help="Group by category, month, line or agent, or several: category,month.")] = "category,month",
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Every response deadline of a period: met, missed, or still running.

    Twice: for each request's first response ("first"), and for every
    response ("every"). A response after its deadline is late; a request
    still unanswered past its deadline, or closed without a reply past
    it, is unanswered ("still open" if it is). Both are breaches. A
    request not yet due is pending. Share = on time / (on time + breached).
    Median and P90: business minutes to respond.

    Against the deadline in force (each clarification re-queues, policy
    2.7) and against the first unanswered message's ("original").

    Responses count in their month, closings in theirs, requests still
    open in the month they are due. Per category and month by default.

    Example: desk report sla --since 2026-11-01 --by agent
    """
    from deskcli.services.reports import sla_compliance

    try:
        dimensions = parse_grouping(by)
    except ValueError as exc:
        raise InvalidInput(f"--by {exc}: use one or more of {', '.join(GROUPINGS)}, e.g. category,month") from None
    rt = reading(ctx)
    since_at, until_at = rt.period(start, end, names=("--since", "--until"))
    report = sla_compliance(rt, dimensions, since_at, until_at)
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table:
        from deskcli.render import sla_table

        output.print_rich(sla_table(report, dimensions))
    else:
        output.emit(report, fmt, fields=fields, columns=columns(dimensions))


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report", rich_help_panel="Reports")
