"""Plain-data views of the production calendar, for JSON and for tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from deskcli.domain.calendar import WorkingDay, YearCalendar


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


#: The fields of one working day, in the order ``day_record`` gives them (CSV's columns).
DAY_FIELDS = ("date", "open", "close", "minutes", "shortened")


def day_record(day: WorkingDay, minutes: int | None = None) -> dict[str, Any]:
    """One working day; ``minutes`` is its business time when the clocks change that day."""
    return {
        "date": day.date.isoformat(),
        "open": _hhmm(day.intervals[0][0]),
        "close": _hhmm(day.intervals[-1][1]),
        "minutes": day.minutes if minutes is None else minutes,
        "shortened": day.shortened,
    }


def year_summary(year: YearCalendar, *, month: int | None = None,
                 minutes: dict[dt.date, int] | None = None) -> dict[str, Any]:
    """The SPEC section 6 ``calendar --json`` shape; ``month`` narrows ``days`` and totals.

    ``minutes`` maps each working day to the business minutes deadlines count in it
    (``BusinessCalendar.working_minutes_by_day``); without it, wall-clock minutes.
    """
    days = [day_record(d, None if minutes is None else minutes.get(d.date, 0))
            for d in year.days if month is None or d.date.month == month]
    data: dict[str, Any] = {
        "year": year.year,
        "timezone": year.timezone,
        "working_days": len(days),
        "working_minutes": sum(d["minutes"] for d in days),
        "provisional": year.provisional,
        "days": days,
    }
    if month is not None:
        data = {"year": year.year, "month": month, **{k: v for k, v in data.items() if k != "year"}}
    return data
