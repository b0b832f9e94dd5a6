"""What the calendar is made of: its settings, working days and years, and where years are kept."""

from __future__ import annotations

import datetime as dt
import functools
from collections import namedtuple
from functools import cached_property

Interval = tuple[int, int]
"""Minutes after midnight, half-open: (540, 1080) is 09:00 to 18:00."""

DEFAULT_WEEKLY_HOURS: dict[int, tuple[Interval, ...]] = {
    0: ((540, 1080),),
    1: ((540, 1080),),
    2: ((540, 1080),),
    3: ((540, 1080),),
    4: ((540, 1020),),
    5: (),
    6: (),
}

SHORTENING_MINUTES = 60


# Value types are named tuples rather than dataclasses: the same immutability, equality
# and repr, without importing dataclasses (and inspect) on every start of desk.
class CalendarSettings(
    namedtuple(
        "CalendarSettings",
        "timezone weekly_hours extra_days_off extra_working_days shorten_pre_holidays country",
        defaults=("Europe/Moscow", DEFAULT_WEEKLY_HOURS, frozenset(), {}, True, "RU"),
    )
):
    """Everything the calendar depends on; two equal settings give the same calendar.

    ``weekly_hours`` maps a weekday (0 = Monday) to its intervals; ``extra_working_days``
    maps a date to its intervals. Never mutate the defaults.
    """

    __slots__ = ()

    def fingerprint(self) -> str:
        """A stable text naming this calendar, stored beside each deadline it produced."""
        import zlib  # two checksums make a 64-bit name; hashlib would cost every start its OpenSSL load

        text = "|".join([
            self.country,
            self.timezone,
            repr(sorted(self.weekly_hours.items())),
            repr(sorted(self.extra_days_off)),
            repr(sorted(self.extra_working_days.items())),
            repr(self.shorten_pre_holidays),
            holidays_version(),
        ]).encode()
        return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


@functools.cache
def holidays_version() -> str:
    """The installed holidays package's version, read without importing the package (once a process)."""
    import os
    import sys

    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("holidays-") and name.endswith(".dist-info"):
                return name[len("holidays-"):-len(".dist-info")]
        if "holidays" in names:
            break  # the package is here but its metadata is not: ask the package
    import holidays

    return holidays.__version__


class WorkingDay(namedtuple("WorkingDay", "date intervals shortened transferred", defaults=(False, False))):
    """One working day of the production calendar; ``transferred`` marks a weekend day
    made working by a transfer decree or by configuration.

    ``intervals`` are wall-clock minutes; on a day the clocks change, the business time
    they hold differs (``BusinessCalendar.working_minutes_by_day`` counts it).
    """

    __slots__ = ()

    @property
    def minutes(self) -> int:
        """Wall-clock minutes between the opening and closing times."""
        return sum(end - start for start, end in self.intervals)

    @property
    def opens(self) -> dt.time:
        return clock_time(self.intervals[0][0])

    @property
    def closes(self) -> dt.time:
        return clock_time(self.intervals[-1][1])


class YearCalendar(namedtuple("YearCalendar", "year timezone days days_off provisional")):
    """A year of working days, with what the calendar knows about its source.

    ``provisional`` is True when the holidays package holds no transfer decree for this
    year yet, so the year follows only the fixed rules and may still change.
    """

    @property
    def working_minutes(self) -> int:
        return sum(day.minutes for day in self.days)

    @cached_property
    def by_date(self) -> dict[dt.date, WorkingDay]:
        return {day.date: day for day in self.days}


class YearCache:
    """Where built years can be kept between processes; the default keeps nothing."""

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        return None

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        return None


def clock_time(minutes: int) -> dt.time:
    if minutes >= 24 * 60:
        return dt.time(23, 59, 59)
    return dt.time(minutes // 60, minutes % 60)
