"""``desk report sla``: response-time compliance for the team lead."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.context import reading, writing
from deskcli.domain.errors import InvalidInput
from deskcli.domain.report import GROUPINGS, Response, columns, compliance, parse_grouping
from deskcli.output import Format

report_app = typer.Typer(help="Reports for the team lead.\n\nExample: desk report sla --by month", no_args_is_help=True)


@report_app.command("sla")
def sla(
    ctx: typer.Context,
    *,
    start: Annotated[str | None, typer.Option("--from", help="Responses on or after this date.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Responses on or before this date.")] = None,
    by: Annotated[str, typer.Option("--by", help="Group by category, month, line or agent, or several: category,month.")] = "category,month",
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Responses, on time, breached, on-time share, median and 90th percentile in business minutes.

    Measured against the re-queued deadline (policy 2.7) and against the first unanswered
    message's deadline ("original").

    Per category and month by default.

    Example: desk report sla --from 2026-11-01 --by agent
    """
    from deskcli.store.repository import from_utc_text

    try:
        dimensions = parse_grouping(by)
    except ValueError as exc:
        raise InvalidInput(f"--by {exc}: use one or more of {', '.join(GROUPINGS)}, e.g. category,month") from None
    rt = reading(ctx)

    since_at, until_at = rt.period(start, end, names=("--from", "--to"))
    rows = rt.repo.responses(since=since_at, until=until_at)
    responses = [
        Response(category=r["category"], month=from_utc_text(r["at"]).astimezone(rt.zone).strftime("%Y-%m"),
                 line=r["line"], agent=r["author"], met_due=bool(r["met_due"]),
                 met_first_due=bool(r["met_first_due"]), minutes=r["response_minutes"],
                 first_minutes=r["first_response_minutes"] if r["first_response_minutes"] is not None
                 else r["response_minutes"])
        for r in rows
    ]
    report = compliance(responses, dimensions)
    fmt = chosen_format(fmt, as_json)
    if fmt is Format.table:
        from deskcli.render import sla_table

        output.print_rich(sla_table(report, dimensions))
    else:
        output.emit(report, fmt, fields=fields, columns=columns(dimensions))


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report", rich_help_panel="Reports")
