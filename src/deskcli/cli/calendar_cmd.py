"""``desk calendar`` and ``desk deadline``: the production calendar and the SLA clock (the
command line; the work is in ``calendar_core``, which the launcher also runs)."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli.cli.calendar_core import run_calendar, run_deadline
from deskcli.cli.context import reading
from deskcli.cli.options import (
    Category,
    FieldsOption,
    FormatOption,
    JsonOption,
    chosen_format,
)
from deskcli.output import Format


def calendar(
    ctx: typer.Context,
    *,
    year: Annotated[int | None, typer.Option("--year", "-y", help="Year to show (default: this year).")] = None,
    month: Annotated[int | None, typer.Option("--month", "-m", min=1, max=12, help="Only this month (1-12).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Working days, hours and shortened days: month grids like a printed production calendar.

    Days off are red (marked ° on a weekday when colour is off), shortened pre-holiday
    days are marked *, weekend days worked by decree are marked +, and ± when both.

    Example: desk calendar --year 2026 --month 5
    """
    run_calendar(reading(ctx), year=year, month=month, fmt=chosen_format(fmt, as_json, fields), fields=fields)


def deadline(
    ctx: typer.Context,
    *,
    start: Annotated[str, typer.Option("--from", help="When the request was queued (ISO 8601; no offset means the desk's zone).", metavar="INSTANT")],
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Use this category's response target.")] = None,
    minutes: Annotated[int | None, typer.Option("--minutes", "-n", min=0, help="Business minutes to add instead of a category's target.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """When a request queued at an instant is due, in business time.

    "provisional" says whether a year the calendar only guesses (no transfer decree
    known yet) was used.

    Example: desk deadline --from 2026-11-27T16:30 --category emergency
    """
    run_deadline(reading(ctx), start=start, category=category.value if category is not None else None,
                 minutes=minutes, fmt=chosen_format(fmt, as_json, fields), fields=fields)


def register(app: typer.Typer) -> None:
    app.command("calendar", rich_help_panel="Calendar")(calendar)
    app.command("deadline", rich_help_panel="Calendar")(deadline)
