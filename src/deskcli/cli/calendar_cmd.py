"""``desk calendar`` and ``desk deadline``: the production calendar and the SLA clock."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading
from deskcli.cli.options import (
    Category,
    FieldsOption,
    FormatOption,
    JsonOption,
    chosen_format,
)
from deskcli.domain import calendar_view
from deskcli.domain.errors import InvalidInput
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
    days are marked *, weekend days worked by decree are marked +.

    Example: desk calendar --year 2026 --month 5
    """
    rt = reading(ctx)
    year = rt.today.year if year is None else year
    # The minutes deadlines count, which differ from the opening hours on a day the clocks change.
    minutes = rt.calendar.working_minutes_by_day(year)
    data = calendar_view.year_summary(rt.calendar.year(year), month=month, minutes=minutes)
    fmt = chosen_format(fmt, as_json)
    if fmt is Format.table:
        from deskcli.render import calendar_grids

        output.print_rich(calendar_grids(rt.calendar.year(year), month=month, real=minutes))
    else:
        output.emit(data["days"] if fmt in (Format.csv, Format.jsonl) else data, fmt, fields=fields)


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
    rt = reading(ctx)
    if (category is None) == (minutes is None):
        raise InvalidInput("give exactly one of --category and --minutes")
    if category is not None:
        minutes = rt.policy.targets[category.value]
    assert minutes is not None  # exactly one of the two was given, checked above
    queued = rt.instant(start, what="--from")
    starts = rt.calendar.next_opening(queued)
    due = rt.calendar.add_business_minutes(queued, minutes)
    data = {
        "from": rt.show_instant(queued),
        "starts": rt.show_instant(starts),
        "minutes": minutes,
        "due_at": rt.show_instant(due),
        # The years from the start to the deadline: any without a known decree may still change.
        "provisional": rt.calendar.uses_provisional_year(queued, due),
    }
    fmt = chosen_format(fmt, as_json)
    if fmt is Format.table:
        from deskcli.render import key_values

        output.print_rich(key_values({**data, "provisional": "yes" if data["provisional"] else "no"}))
    else:
        output.emit(data, fmt, fields=fields)


def register(app: typer.Typer) -> None:
    app.command("calendar", rich_help_panel="Calendar")(calendar)
    app.command("deadline", rich_help_panel="Calendar")(deadline)
