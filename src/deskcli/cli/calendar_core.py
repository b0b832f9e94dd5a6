"""``desk calendar`` and ``desk deadline`` without Typer, so the launcher can answer them
without loading the command line; the Typer commands run the same functions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskcli import output
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

if TYPE_CHECKING:
    from deskcli.services.context import Context


def run_calendar(rt: Context, *, year: int | None = None, month: int | None = None, fmt: Format = Format.table,
                 fields: str | None = None) -> int:
    from deskcli.domain import calendar_view

    year = rt.today.year if year is None else year
    # The minutes deadlines count, which differ from the opening hours on a day the clocks change.
    minutes = rt.calendar.working_minutes_by_day(year)
    data = calendar_view.year_summary(rt.calendar.year(year), month=month, minutes=minutes)
    if fmt is Format.table:
        from deskcli.render import calendar_grids

        output.print_rich(calendar_grids(rt.calendar.year(year), month=month, real=minutes))
    else:
        if fmt in (Format.csv, Format.jsonl):  # a row per working day: a month without one is the header alone
            output.emit(data["days"], fmt, fields=fields, columns=list(calendar_view.DAY_FIELDS))
        else:
            output.emit(data, fmt, fields=fields)
    return 0


def run_deadline(rt: Context, *, start: str, category: str | None = None, minutes: int | None = None,
                 fmt: Format = Format.table, fields: str | None = None) -> int:
    if (category is None) == (minutes is None):
        raise InvalidInput("give exactly one of --category and --minutes")
    if category is not None:
        minutes = rt.policy.targets[category]
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
    if fmt is Format.table:
        from deskcli import plain

        shown = {**data, "provisional": "yes" if data["provisional"] else "no"}
        if not plain.write([plain.key_values(shown)]):
            from deskcli.render import key_values

            output.print_rich(key_values(shown))
    else:
        output.emit(data, fmt, fields=fields)
    return 0
