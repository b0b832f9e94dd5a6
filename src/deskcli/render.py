"""Rich views: the table side of the output layer (``output`` decides when to use them).

Only this module and ``output`` import Rich, and only when a table is printed. Every
piece of user text goes through ``markup_safe`` before it reaches a Rich renderable.
"""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt
from typing import Any

from rich.columns import Columns
from rich.table import Table
from rich.text import Text

from deskcli.domain.calendar import YearCalendar
from deskcli.output import clean_text

MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]


def key_values(data: dict[str, Any], title: str | None = None) -> Table:
    table = Table(show_header=False, box=None, title=title, title_justify="left", pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for key, value in data.items():
        table.add_row(key, Text(clean_text("" if value is None else str(value))))
    return table


def month_grid(year: YearCalendar, month: int) -> Table:
    worked = year.by_date
    table = Table(
        title=f"{MONTHS[month]} {year.year}",
        box=None,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        caption_justify="left",
    )
    for name in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"):
        table.add_column(name, justify="right", width=3)
    weeks = stdlib_calendar.Calendar().monthdatescalendar(year.year, month)
    minutes = 0
    count = 0
    for week in weeks:
        cells: list[Text | str] = []
        for day in week:
            if day.month != month:
                cells.append("")
                continue
            info = worked.get(day)
            if info is None:
                marker = "°" if day.weekday() < 5 else ""
                cells.append(Text(f"{day.day}{marker}", style="red"))
            else:
                count += 1
                minutes += info.minutes
                marker = "*" if info.shortened else ("+" if info.transferred else "")
                style = "yellow" if info.shortened else ("cyan" if info.transferred else "")
                cells.append(Text(f"{day.day}{marker}", style=style))
        table.add_row(*cells)
    hours, rest = divmod(minutes, 60)
    table.caption = f"{count} days, {hours}h" + (f" {rest}m" if rest else "")
    return table


def calendar_grids(year: YearCalendar, *, month: int | None = None) -> Any:
    months = [month] if month else list(range(1, 13))
    grids = Columns([month_grid(year, m) for m in months], padding=(1, 3))
    hours, rest = divmod(sum(d.minutes for d in year.days if not month or d.date.month == month), 60)
    days = sum(1 for d in year.days if not month or d.date.month == month)
    status = " (provisional: no transfer decree known yet)" if year.provisional else ""
    summary = Text(
        f"{days} working days, {hours}h{f' {rest}m' if rest else ''} in {year.timezone}{status}\n"
        "° day off on a weekday   * shortened pre-holiday day   + weekend day worked by decree"
    )
    from rich.console import Group

    return Group(grids, summary)


