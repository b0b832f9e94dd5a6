"""The business calendar and the SLA clock (SPEC section 3).

- ``values``: settings, working days and years, the cache interface;
- ``production``: which days are worked in a year, from the holidays package;
- ``walltime``: wall-clock hours as real time when the clocks change;
- ``clock``: ``BusinessCalendar``, arithmetic in business time.
"""

from deskcli.domain.calendar.clock import BusinessCalendar
from deskcli.domain.calendar.values import (
    DEFAULT_WEEKLY_HOURS,
    SHORTENING_MINUTES,
    CalendarSettings,
    Interval,
    WorkingDay,
    YearCache,
    YearCalendar,
    holidays_version,
)

__all__ = [
    "DEFAULT_WEEKLY_HOURS",
    "SHORTENING_MINUTES",
    "BusinessCalendar",
    "CalendarSettings",
    "Interval",
    "WorkingDay",
    "YearCache",
    "YearCalendar",
    "holidays_version",
]
