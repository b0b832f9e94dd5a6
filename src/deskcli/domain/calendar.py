"""The business calendar and the SLA clock (SPEC section 3).

Working time is a sorted list of half-open ``[open, close)`` intervals, one year at a
time, kept as POSIX seconds with a running total of business seconds before each
interval. Adding business time and measuring it are then a bisection into that table,
never a walk minute by minute or day by day. Tables are built once per year and reused.

Non-working days come from ``holidays.country_holidays("RU")``: public holidays, the
days off moved by government decree, and the Saturdays those decrees made working.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import namedtuple
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskcli.domain.errors import InvalidInput

Interval = tuple[int, int]
"""Minutes after midnight, half-open: (540, 1080) is 09:00 to 18:00."""

#: Non-working public holidays of Labour Code art. 112. Only these make the day before
#: them shorter; a day off moved by decree does not.
ART_112_HOLIDAYS = frozenset(
    [(1, d) for d in range(1, 9)] + [(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)]
)

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


def holidays_version() -> str:
    """The installed holidays package's version, read without importing the package."""
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


class YearCache:
    """Where built years can be kept between processes; the default keeps nothing."""

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        return None

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        return None


class WorkingDay(namedtuple("WorkingDay", "date intervals shortened transferred", defaults=(False, False))):
    """One working day of the production calendar; ``transferred`` marks a weekend day
    made working by a transfer decree or by configuration."""

    __slots__ = ()

    @property
    def minutes(self) -> int:
        return sum(end - start for start, end in self.intervals)

    @property
    def opens(self) -> dt.time:
        return _clock_time(self.intervals[0][0])

    @property
    def closes(self) -> dt.time:
        return _clock_time(self.intervals[-1][1])


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


#: A year's working intervals as POSIX seconds; ``before[i]`` is the business time
#: elapsed in the year before interval ``i`` starts.
_Table = namedtuple("_Table", "starts ends before total")


def _clock_time(minutes: int) -> dt.time:
    if minutes >= 24 * 60:
        return dt.time(23, 59, 59)
    return dt.time(minutes // 60, minutes % 60)


def _shorten(intervals: tuple[Interval, ...], minutes: int) -> tuple[Interval, ...]:
    kept = list(intervals)
    while minutes > 0 and kept:
        start, end = kept.pop()
        cut = min(minutes, end - start)
        minutes -= cut
        if end - cut > start:
            kept.append((start, end - cut))
    return tuple(kept)


class BusinessCalendar:
    """Working hours on the production calendar, and arithmetic in business time."""

    def __init__(self, settings: CalendarSettings | None = None, cache: YearCache | None = None) -> None:
        self.settings = settings or CalendarSettings()
        try:
            self.zone = ZoneInfo(self.settings.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidInput(f"unknown time zone {self.settings.timezone!r}") from exc
        self._years: dict[int, YearCalendar] = {}
        self._tables: dict[int, _Table] = {}
        self._cache = cache or YearCache()
        self._last_year_span: tuple[float, float, int] = (0.0, 0.0, 0)

    @cached_property
    def fingerprint(self) -> str:
        return self.settings.fingerprint()

    # -- the production calendar ------------------------------------------------

    def year(self, year: int) -> YearCalendar:
        """The working days of ``year``; raises InvalidInput outside the supported range."""
        cached = self._years.get(year)
        if cached is None:
            cached = self._cache.get(self.fingerprint, year)
            if cached is None:
                first, last, _ = _supported_years(self.settings.country)
                if not first <= year <= last:
                    raise InvalidInput(f"year {year} is outside the calendar's range {first}-{last}")
                cached = self._build_year(year)
                self._cache.put(self.fingerprint, cached)
            self._years[year] = cached
        return cached

    def working_day(self, day: dt.date) -> WorkingDay | None:
        return self.year(day.year).by_date.get(day)

    def _build_year(self, year: int) -> YearCalendar:
        import holidays

        settings = self.settings
        official = holidays.country_holidays(settings.country, years=year)
        holidays_on = set(official)
        # A decree pairs a weekend day made working with the weekday that took its
        # day off; the working weekend day keeps that weekday's hours.
        worked_for: dict[dt.date, dt.date] = {}
        for to_month, to_day, from_month, from_day in _transfer_pairs(
            official.special_public_holidays.get(year, ())
        ):
            worked = dt.date(year, from_month, from_day)
            if worked in official.weekend_workdays:
                worked_for[worked] = dt.date(year, to_month, to_day)

        if year > _supported_years(settings.country)[2]:
            holidays_on |= _weekend_holidays_moved(year, holidays_on)

        days: list[WorkingDay] = []
        days_off: set[dt.date] = set()
        day = dt.date(year, 1, 1)
        one = dt.timedelta(days=1)
        while day.year == year:
            intervals, transferred = self._hours_on(day, holidays_on, worked_for)
            if intervals:
                shortened = settings.shorten_pre_holidays and self._is_pre_holiday(
                    day, worked_for
                )
                if shortened:
                    intervals = _shorten(intervals, SHORTENING_MINUTES)
                days.append(WorkingDay(day, intervals, shortened, transferred))
            else:
                days_off.add(day)
            day += one
        return YearCalendar(
            year=year,
            timezone=settings.timezone,
            days=tuple(days),
            days_off=frozenset(days_off),
            provisional=year > _supported_years(settings.country)[2],
        )

    def _hours_on(
        self,
        day: dt.date,
        holidays_on: set[dt.date],
        worked_for: dict[dt.date, dt.date],
    ) -> tuple[tuple[Interval, ...], bool]:
        settings = self.settings
        weekly = settings.weekly_hours
        if day in settings.extra_working_days:
            return settings.extra_working_days[day], not weekly.get(day.weekday())
        if day in settings.extra_days_off or day in holidays_on:
            return (), False
        if day in worked_for:
            return weekly.get(worked_for[day].weekday(), ()), True
        return weekly.get(day.weekday(), ()), False

    def _is_pre_holiday(self, day: dt.date, worked_for: dict[dt.date, dt.date]) -> bool:
        """The official rule, which is subtler than "the day before a day off"."""
        after = day + dt.timedelta(days=1)
        if (after.month, after.day) in ART_112_HOLIDAYS:
            return True
        gave_day_off_to = worked_for.get(day)
        if gave_day_off_to is None:
            return False
        after = gave_day_off_to + dt.timedelta(days=1)
        return (after.month, after.day) in ART_112_HOLIDAYS

    # -- instants ----------------------------------------------------------------

    def _table(self, year: int) -> _Table:
        table = self._tables.get(year)
        if table is None:
            starts: list[int] = []
            ends: list[int] = []
            before: list[int] = []
            total = 0
            zone = self.zone
            for working in self.year(year).days:
                midnight = dt.datetime.combine(working.date, dt.time(), zone)
                for start, end in working.intervals:
                    a = int(_local(midnight, start, zone).timestamp())
                    b = int(_local(midnight, end, zone).timestamp())
                    starts.append(a)
                    ends.append(b)
                    before.append(total)
                    total += b - a
            table = self._tables[year] = _Table(starts, ends, before, total)
        return table

    def _year_of(self, ts: float) -> int:
        low, high, year = self._last_year_span
        if low <= ts < high:
            return year
        year = dt.datetime.fromtimestamp(ts, self.zone).year
        low, high = self._year_bounds(year)
        self._last_year_span = (low, high, year)
        return year

    def _elapsed_in_year(self, year: int, ts: float) -> float:
        """Business seconds from the start of ``year`` to the instant ``ts``."""
        table = self._table(year)
        i = bisect_right(table.starts, ts) - 1
        if i < 0:
            return 0
        return table.before[i] + min(ts, table.ends[i]) - table.starts[i]

    def next_opening(self, at: dt.datetime) -> dt.datetime:
        """The first working instant at or after ``at``."""
        ts = _timestamp(at)
        year = self._year_of(ts)
        while True:  # year() raises once past the calendar's range
            table = self._table(year)
            i = bisect_right(table.ends, ts)
            if i < len(table.starts):
                return self._instant(max(ts, table.starts[i]))
            year += 1

    def add_business_seconds(self, at: dt.datetime, seconds: float) -> dt.datetime:
        """The instant at which ``seconds`` of working time have elapsed since ``at``.

        A deadline that lands exactly on a closing time is that closing time.
        """
        if seconds < 0:
            raise InvalidInput("business time to add must not be negative")
        if seconds == 0:
            return self.next_opening(at)
        if at.tzinfo is None:
            raise InvalidInput("instants must carry a time zone")
        ts = at.timestamp()
        low, high, year = self._last_year_span  # the hot path: no method calls but the bisects
        if not low <= ts < high:
            year = self._year_of(ts)
        table = self._tables.get(year) or self._table(year)
        starts, ends, before, total = table
        i = bisect_right(starts, ts) - 1
        target = (before[i] + min(ts, ends[i]) - starts[i] if i >= 0 else 0) + seconds
        while target > total:  # year() raises once past the calendar's range
            target -= total
            year += 1
            starts, ends, before, total = self._table(year)
        # bisect_left: a target exactly at an interval's end is that close, not the next open.
        i = bisect_left(before, target) - 1
        return dt.datetime.fromtimestamp(starts[i] + target - before[i], self.zone)

    def add_business_minutes_each(self, starts: list[dt.datetime], minutes: int) -> list[dt.datetime]:
        """``add_business_minutes(start, minutes)`` for many starts, with the year's table
        bound once: recalculating every open deadline after a calendar change."""
        if minutes <= 0:
            return [self.add_business_minutes(start, minutes) for start in starts]
        seconds = minutes * 60
        zone, fromtimestamp = self.zone, dt.datetime.fromtimestamp
        low = high = 0.0
        table_starts = ends = before = ()
        total = 0
        deadlines = []
        for at in starts:
            if at.tzinfo is None:
                raise InvalidInput("instants must carry a time zone")
            ts = at.timestamp()
            if not low <= ts < high:
                year = self._year_of(ts)
                low, high = self._year_bounds(year)
                table_starts, ends, before, total = self._table(year)
            i = bisect_right(table_starts, ts) - 1
            target = (before[i] + min(ts, ends[i]) - table_starts[i] if i >= 0 else 0) + seconds
            if target > total:  # past this year's end: the general path walks on
                deadlines.append(self.add_business_seconds(at, seconds))
                continue
            i = bisect_left(before, target) - 1
            deadlines.append(fromtimestamp(table_starts[i] + target - before[i], zone))
        return deadlines

    def add_business_minutes(self, at: dt.datetime, minutes: int) -> dt.datetime:
        return self.add_business_seconds(at, minutes * 60)

    def business_seconds_between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Working seconds from ``start`` to ``end``; negative when ``end`` is earlier."""
        a, b = _timestamp(start), _timestamp(end)
        sign = 1
        if b < a:
            a, b, sign = b, a, -1
        year_a, year_b = self._year_of(a), self._year_of(b)
        if year_a == year_b:
            starts, ends, before, _ = self._table(year_a)
            i, j = bisect_right(starts, a) - 1, bisect_right(starts, b) - 1
            to_a = before[i] + min(a, ends[i]) - starts[i] if i >= 0 else 0
            to_b = before[j] + min(b, ends[j]) - starts[j] if j >= 0 else 0
            return sign * (to_b - to_a)
        seconds = self._table(year_a).total - self._elapsed_in_year(year_a, a)
        for year in range(year_a + 1, year_b):
            seconds += self._table(year).total
        return sign * (seconds + self._elapsed_in_year(year_b, b))

    def minutes_until_each(self, now: dt.datetime):
        """A function from a POSIX timestamp to business minutes from ``now`` until it.

        The same answer as ``business_minutes_between(now, t)``, with ``now``'s side worked
        out once and this year's table bound locally: the queue asks it of every request.
        """
        start = _timestamp(now)
        year_now = self._year_of(start)
        elapsed_now = self._elapsed_in_year(year_now, start)
        first, last = self._year_bounds(year_now)
        starts, ends, before, _ = self._table(year_now)
        slow = self.business_seconds_between
        instant = self._instant

        def minutes_until(ts: float) -> int:
            if first <= ts < last:
                i = bisect_right(starts, ts) - 1
                seconds = (before[i] + min(ts, ends[i]) - starts[i] if i >= 0 else 0) - elapsed_now
            else:
                seconds = slow(instant(start), instant(ts))
            return int(seconds // 60)

        return minutes_until

    def _year_bounds(self, year: int) -> tuple[float, float]:
        first = dt.datetime(year, 1, 1, tzinfo=self.zone).timestamp()
        return first, dt.datetime(year + 1, 1, 1, tzinfo=self.zone).timestamp()

    def business_minutes_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Whole business minutes, rounded down: negative as soon as ``end`` has passed."""
        return int(self.business_seconds_between(start, end) // 60)

    def _instant(self, ts: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(ts, self.zone)


def _local(midnight: dt.datetime, minutes: int, zone: ZoneInfo) -> dt.datetime:
    naive = midnight.replace(tzinfo=None) + dt.timedelta(minutes=minutes)
    return naive.replace(tzinfo=zone)


def _timestamp(at: dt.datetime) -> float:
    if at.tzinfo is None:
        raise InvalidInput("instants must carry a time zone")
    return at.timestamp()


def _weekend_holidays_moved(year: int, holidays_on: set[dt.date]) -> set[dt.date]:
    """Labour Code art. 112 part 2, for a year no decree covers yet: a holiday on a weekend
    moves its day off to the next working day. The New Year days (Jan 1-8) are excluded:
    the government moves those by decree, which this year does not have yet."""
    moved: set[dt.date] = set()
    for month, day in sorted(ART_112_HOLIDAYS):
        holiday = dt.date(year, month, day)
        if month == 1 or holiday.weekday() < 5:
            continue
        following = holiday + dt.timedelta(days=1)
        while following.weekday() >= 5 or following in holidays_on or following in moved:
            following += dt.timedelta(days=1)
        moved.add(following)
    return moved


def _transfer_pairs(raw: tuple) -> list[tuple[int, int, int, int]]:
    if raw and isinstance(raw[0], int):
        return [raw]
    return list(raw)


_SUPPORTED: dict[str, tuple[int, int, int]] = {}


def _supported_years(country: str) -> tuple[int, int, int]:
    """The package's year range and the last year it holds a transfer decree for."""
    if country not in _SUPPORTED:
        import holidays

        probe = holidays.country_holidays(country)
        decree_years = [
            year
            for year, pairs in probe.special_public_holidays.items()
            if _transfer_pairs(pairs)
        ]
        last_decree = max(decree_years, default=probe.start_year - 1)
        _SUPPORTED[country] = (probe.start_year, probe.end_year, last_decree)
    return _SUPPORTED[country]
