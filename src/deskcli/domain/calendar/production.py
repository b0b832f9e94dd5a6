"""The production calendar: which days are worked, for how long, in one year (SPEC section 3).

Non-working days come from ``holidays.country_holidays("RU")``: public holidays, the
days off moved by government decree, and the Saturdays those decrees made working.
The holidays themselves changed over the years (Nov 7 and Dec 12 until 2004, Jan 2-5
only from 2005, ...), and so did the days before them that are shortened: each year
takes its own list from the package.
"""

from __future__ import annotations

import datetime as dt

from deskcli.domain.calendar.values import (
    SHORTENING_MINUTES,
    CalendarSettings,
    Interval,
    WorkingDay,
    YearCalendar,
)

ONE_DAY = dt.timedelta(days=1)


#: Years built in this process, by (settings fingerprint, year): the fingerprint covers the
#: settings and the holidays package's version, everything a year is built from.
_BUILT: dict[tuple[str, int], YearCalendar] = {}


def build_year(settings: CalendarSettings, year: int) -> YearCalendar:
    """Every working day of ``year`` under ``settings``; the caller checks the year is supported."""
    key = (settings.fingerprint(), year)
    built = _BUILT.get(key)
    if built is None:
        if len(_BUILT) >= 256:
            _BUILT.clear()
        built = _BUILT[key] = _build_year(settings, year)
    return built


def _build_year(settings: CalendarSettings, year: int) -> YearCalendar:
    import holidays

    official = holidays.country_holidays(settings.country, years=year)
    holidays_on = set(official)
    # A decree pairs a weekend day made working with the weekday that took its
    # day off; the working weekend day keeps that weekday's hours.
    worked_for: dict[dt.date, dt.date] = {}
    for to_month, to_day, from_month, from_day in transfer_pairs(official.special_public_holidays.get(year, ())):
        worked = dt.date(year, from_month, from_day)
        if worked in official.weekend_workdays:
            worked_for[worked] = dt.date(year, to_month, to_day)

    fixed = FixedHolidays(settings.country)
    provisional = year > supported_years(settings.country)[2]
    if provisional:
        holidays_on |= _weekend_holidays_moved(holidays_on, fixed.of(year))

    days: list[WorkingDay] = []
    days_off: set[dt.date] = set()
    day = dt.date(year, 1, 1)
    while day.year == year:
        intervals, transferred = _hours_on(settings, day, holidays_on, worked_for)
        # Hours the policy sets for this very date are the hours worked: no rule shortens them.
        shortened = (bool(intervals) and settings.shorten_pre_holidays and day not in settings.extra_working_days
                     and _is_pre_holiday(day, worked_for, fixed))
        if shortened:
            intervals = _shorten(intervals, SHORTENING_MINUTES)  # an hour's duty shortened is no work
        if intervals:
            days.append(WorkingDay(day, intervals, shortened, transferred))
        else:
            days_off.add(day)
        day += ONE_DAY
    return YearCalendar(year=year, timezone=settings.timezone, days=tuple(days), days_off=frozenset(days_off),
                        provisional=provisional)


class FixedHolidays:
    """The non-working public holidays of Labour Code art. 112 as they stood in each year.

    Only these make the day before them shorter: a day off moved by decree, or one
    observed on a Monday because the holiday fell on a weekend, does not. The package
    lists them among its holidays; it is asked without observed days, and the days off
    its transfer decrees created are taken out.
    """

    def __init__(self, country: str) -> None:
        self.country = country
        self._years: dict[int, frozenset[dt.date]] = {}

    def of(self, year: int) -> frozenset[dt.date]:
        if year not in self._years:
            first, last, _ = supported_years(self.country)
            if first <= year <= last:
                import holidays

                fixed = holidays.country_holidays(self.country, years=year, observed=False)
                moved = {dt.date(year, month, day)
                         for month, day, _, _ in transfer_pairs(fixed.special_public_holidays.get(year, ()))}
                self._years[year] = frozenset(day for day in fixed if day not in moved)
            else:  # the eve of a year the package does not cover: New Year's Day has always been a holiday
                self._years[year] = frozenset({dt.date(year, 1, 1)})
        return self._years[year]

    def __contains__(self, day: dt.date) -> bool:
        return day in self.of(day.year)


def _hours_on(settings: CalendarSettings, day: dt.date, holidays_on: set[dt.date],
              worked_for: dict[dt.date, dt.date]) -> tuple[tuple[Interval, ...], bool]:
    weekly = settings.weekly_hours
    if day in settings.extra_working_days:
        return settings.extra_working_days[day], not weekly.get(day.weekday())
    if day in settings.extra_days_off or day in holidays_on:
        return (), False
    if day in worked_for:
        return weekly.get(worked_for[day].weekday(), ()), True
    return weekly.get(day.weekday(), ()), False


def _is_pre_holiday(day: dt.date, worked_for: dict[dt.date, dt.date], fixed: FixedHolidays) -> bool:
    """The official rule, which is subtler than "the day before a day off" (SPEC section 3)."""
    if day + ONE_DAY in fixed:
        return True
    gave_day_off_to = worked_for.get(day)
    return gave_day_off_to is not None and gave_day_off_to + ONE_DAY in fixed


def _shorten(intervals: tuple[Interval, ...], minutes: int) -> tuple[Interval, ...]:
    kept = list(intervals)
    while minutes > 0 and kept:
        start, end = kept.pop()
        cut = min(minutes, end - start)
        minutes -= cut
        if end - cut > start:
            kept.append((start, end - cut))
    return tuple(kept)


def _weekend_holidays_moved(holidays_on: set[dt.date], fixed: frozenset[dt.date]) -> set[dt.date]:
    """Labour Code art. 112 part 2, for a year no decree covers yet: a holiday on a weekend
    moves its day off to the next working day. The New Year days are excluded: the
    government moves those by decree, which this year does not have yet."""
    moved: set[dt.date] = set()
    for holiday in sorted(fixed):
        if holiday.month == 1 or holiday.weekday() < 5:
            continue
        following = holiday + ONE_DAY
        while following.weekday() >= 5 or following in holidays_on or following in moved:
            following += ONE_DAY
        moved.add(following)
    return moved


def transfer_pairs(raw: tuple) -> list[tuple[int, int, int, int]]:
    """The package's decree pairs (to month, to day, from month, from day), one or many."""
    if raw and isinstance(raw[0], int):
        return [raw]
    return list(raw)


_SUPPORTED: dict[str, tuple[int, int, int]] = {}


def supported_years(country: str) -> tuple[int, int, int]:
    """The package's year range and the last year it holds a transfer decree for."""
    if country not in _SUPPORTED:
        import holidays

        probe = holidays.country_holidays(country)
        decree_years = [year for year, pairs in probe.special_public_holidays.items() if transfer_pairs(pairs)]
        last_decree = max(decree_years, default=probe.start_year - 1)
        _SUPPORTED[country] = (probe.start_year, probe.end_year, last_decree)
    return _SUPPORTED[country]
