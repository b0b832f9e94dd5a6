"""The SLA clock: arithmetic in business time (SPEC section 3).

Working time is a sorted list of half-open ``[open, close)`` spans, one year at a time,
kept as POSIX seconds with a running total of business seconds before each span. Adding
business time and measuring it are then a bisection into that table, never a walk minute
by minute or day by day. Tables are built once per year and reused.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import namedtuple
from collections.abc import Callable
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskcli.domain.calendar.production import build_year, supported_years
from deskcli.domain.calendar.values import (
    CalendarSettings,
    WorkingDay,
    YearCache,
    YearCalendar,
)
from deskcli.domain.calendar.walltime import (
    EPOCH_ORDINAL,
    OFFSET_SECONDS,
    WallClock,
    merged,
    posix_seconds,
)
from deskcli.domain.errors import InvalidInput

#: A year's working spans as POSIX seconds; ``before[i]`` is the business time elapsed in
#: the year before span ``i`` starts. ``opens[i]`` is span ``i``'s start as an instant in the
#: desk's zone when the span keeps one UTC offset throughout, is at most a day long and does
#: not open on a repeated wall time, so an instant inside it is that start plus a timedelta;
#: None where the clocks change inside.
_Table = namedtuple("_Table", "starts ends before total opens")

_fromtimestamp = dt.datetime.fromtimestamp

#: Whole seconds into a span as a timedelta, made once each: adding one to the span's opening
#: costs a tenth of building the instant from POSIX seconds, on the path every deadline takes.
_STEPS: dict[float, dt.timedelta] = {}
_LONGEST_STEP = 86400


def _step(elapsed: float) -> dt.timedelta | None:
    """``timedelta(seconds=elapsed)`` for a whole number of seconds within a day, else None
    (a fraction of a second is left to ``fromtimestamp``, which rounds it as it always has)."""
    if elapsed != int(elapsed) or not 0 <= elapsed <= _LONGEST_STEP:
        return None
    step = _STEPS[elapsed] = dt.timedelta(seconds=int(elapsed))
    return step


def _opening(start: int, end: int, zone: dt.tzinfo) -> dt.datetime | None:
    """The start of span ``[start, end)`` in ``zone``, if the span has one UTC offset and no
    wall time in it is the second of two (adding a timedelta gives ``fold=0``, the first)."""
    opened = _fromtimestamp(start, zone)
    if end - start > _LONGEST_STEP or opened.fold or _fromtimestamp(end, zone).utcoffset() != opened.utcoffset():
        return None
    return opened

#: Tables already built in this process, by (calendar fingerprint, year): a table follows from
#: the year's working days and the zone, which the fingerprint covers, so calendars built
#: from the same policy share them (the screen and the test suite build many).
_BUILT: dict[tuple[str, int], tuple[_Table, dict[dt.date, int]]] = {}
_BUILT_LIMIT = 256


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
        self._day_seconds: dict[int, dict[dt.date, int]] = {}
        self._cache = cache or YearCache()
        # The year the last instant fell in: (first, end) POSIX bounds, the year, its table.
        self._hot: tuple = (0, 0, 0, (), (), (), 0, ())

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
                first, last, _ = supported_years(self.settings.country)
                if not first <= year <= last:
                    raise InvalidInput(f"year {year} is outside the calendar's range {first}-{last}")
                cached = build_year(self.settings, year)
                self._cache.put(self.fingerprint, cached)
            self._years[year] = cached
        return cached

    def working_day(self, day: dt.date) -> WorkingDay | None:
        return self.year(day.year).by_date.get(day)

    def working_minutes_by_day(self, year: int) -> dict[dt.date, int]:
        """Business minutes of each working day as the clock counts them: the wall-clock
        minutes, except on a day the clocks change inside working hours."""
        self._table(year)
        return {day: seconds // 60 for day, seconds in self._day_seconds[year].items()}

    def uses_provisional_year(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether any year from ``start`` to ``end`` (in the desk's zone) is provisional."""
        first, last = sorted((start.astimezone(self.zone).year, end.astimezone(self.zone).year))
        return any(self.year(year).provisional for year in range(first, last + 1))

    # -- tables ------------------------------------------------------------------

    def _table(self, year: int) -> _Table:
        table = self._tables.get(year)
        if table is None:
            working_days = self.year(year).days  # checks the year's range, through the cache
            built = _BUILT.get((self.fingerprint, year))
            if built is not None:
                table, self._day_seconds[year] = built
                self._tables[year] = table
                return table
            wall = WallClock(self.zone)
            spans = []
            day_seconds = {}
            for working in working_days:
                day_spans = wall.day_spans(working.date, working.intervals)
                day_seconds[working.date] = sum(end - start for start, end in day_spans)
                spans.extend(day_spans)
            starts: list[int] = []
            ends: list[int] = []
            before: list[int] = []
            total = 0
            for start, end in merged(spans):
                starts.append(start)
                ends.append(end)
                before.append(total)
                total += end - start
            self._day_seconds[year] = day_seconds
            opens = [_opening(start, end, self.zone) for start, end in zip(starts, ends, strict=True)]
            table = self._tables[year] = _Table(starts, ends, before, total, opens)
            if len(_BUILT) >= _BUILT_LIMIT:
                _BUILT.clear()
            _BUILT[self.fingerprint, year] = (table, day_seconds)
        return table

    def _year_bounds(self, year: int) -> tuple[int | float, int | float]:
        first = posix_seconds(dt.datetime(year, 1, 1, tzinfo=self.zone))
        return first, posix_seconds(dt.datetime(year + 1, 1, 1, tzinfo=self.zone))

    def _year_of(self, ts: float) -> int:
        """The desk's year at ``ts``; the year's table becomes the hot one."""
        low, high, year = self._hot[:3]
        if low <= ts < high:
            return year
        year = _fromtimestamp(ts, self.zone).year
        low, high = self._year_bounds(year)
        self._hot = (low, high, year, *self._table(year))
        return year

    def _elapsed_in_year(self, year: int, ts: float) -> float:
        """Business seconds from the start of ``year`` to the instant ``ts``."""
        starts, ends, before, _, _ = self._table(year)
        i = bisect_right(starts, ts) - 1
        if i < 0:
            return 0
        return before[i] + min(ts, ends[i]) - starts[i]

    # -- instants ----------------------------------------------------------------

    def next_opening(self, at: dt.datetime) -> dt.datetime:
        """The first working instant at or after ``at``."""
        ts = posix_seconds(at)
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
        ts = posix_seconds(at)
        year = self._year_of(ts)
        starts, ends, before, total, _ = self._table(year)
        i = bisect_right(starts, ts) - 1
        target = (before[i] + min(ts, ends[i]) - starts[i] if i >= 0 else 0) + seconds
        while target > total:  # year() raises once past the calendar's range
            target -= total
            year += 1
            starts, ends, before, total, _ = self._table(year)
        # bisect_left: a target exactly at a span's end is that close, not the next open.
        i = bisect_left(before, target) - 1
        return _fromtimestamp(starts[i] + target - before[i], self.zone)

    def add_business_minutes(self, at: dt.datetime, minutes: int) -> dt.datetime:
        """``add_business_seconds(at, minutes * 60)``.

        The hot path of the desk (every deadline): the POSIX time of ``at`` is read from its
        fields as ``posix_seconds`` does, inlined, and the last year's table is bound in one
        tuple; anything unusual (no time, a naive instant, another year) takes the general path.
        """
        zone = at.tzinfo
        offset = zone.utcoffset(at) if zone is not None else None
        shift = OFFSET_SECONDS.get(offset) if offset is not None else None
        if shift is None or minutes <= 0:
            return self.add_business_seconds(at, minutes * 60)
        ts: int | float = (at.toordinal() - EPOCH_ORDINAL) * 86400 + at.hour * 3600 + at.minute * 60 + at.second - shift
        if at.microsecond:
            ts = (ts * 1_000_000 + at.microsecond) / 1_000_000
        low, high, _, starts, ends, before, total, opens = self._hot
        if not low <= ts < high:
            return self.add_business_seconds(at, minutes * 60)
        i = bisect_right(starts, ts) - 1
        if i >= 0:
            end = ends[i]
            target = before[i] + (ts if ts < end else end) - starts[i] + minutes * 60  # noqa: FURB136 (min() costs a call)
        else:
            target = minutes * 60
        if target > total:
            return self.add_business_seconds(at, minutes * 60)
        i = bisect_left(before, target) - 1
        elapsed = target - before[i]
        opened = opens[i]
        if opened is not None:
            step = _STEPS.get(elapsed) or _step(elapsed)
            if step is not None:
                return opened + step
        return _fromtimestamp(starts[i] + elapsed, self.zone)

    def add_business_minutes_each(self, starts: list[dt.datetime], minutes: int) -> list[dt.datetime]:
        """``add_business_minutes(start, minutes)`` for many starts: recalculating every open
        deadline after a calendar change.

        The body of ``add_business_minutes``, repeated on purpose: with the table and the
        zone bound once, a start costs no method call (equal answers are a property test).
        """
        if minutes <= 0:
            return [self.add_business_minutes(start, minutes) for start in starts]
        seconds, zone, offsets, general = minutes * 60, self.zone, OFFSET_SECONDS, self.add_business_seconds
        low, high, _, table, ends, before, total, opens = self._hot
        steps = _STEPS
        deadlines: list[dt.datetime] = []
        append = deadlines.append
        for at in starts:
            tz = at.tzinfo
            offset = tz.utcoffset(at) if tz is not None else None
            shift = offsets.get(offset) if offset is not None else None
            if shift is None:
                append(general(at, seconds))
                continue
            ts: int | float = (at.toordinal() - EPOCH_ORDINAL) * 86400 + at.hour * 3600 + at.minute * 60 + at.second - shift
            if at.microsecond:
                ts = (ts * 1_000_000 + at.microsecond) / 1_000_000
            if not low <= ts < high:
                self._year_of(ts)
                low, high, _, table, ends, before, total, opens = self._hot
            i = bisect_right(table, ts) - 1
            if i >= 0:
                end = ends[i]
                target = before[i] + (ts if ts < end else end) - table[i] + seconds  # noqa: FURB136
            else:
                target = seconds
            if target > total:
                append(general(at, seconds))
                continue
            i = bisect_left(before, target) - 1
            elapsed = target - before[i]
            opened = opens[i]
            if opened is not None:
                step = steps.get(elapsed) or _step(elapsed)
                if step is not None:
                    append(opened + step)
                    continue
            append(_fromtimestamp(table[i] + elapsed, zone))
        return deadlines

    def business_seconds_between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Working seconds from ``start`` to ``end``; negative when ``end`` is earlier."""
        a, b = posix_seconds(start), posix_seconds(end)
        sign = 1
        if b < a:
            a, b, sign = b, a, -1
        year_a = self._year_of(a)
        low, high, _, starts, ends, before, _, _ = self._hot
        if low <= b < high:
            i, j = bisect_right(starts, a) - 1, bisect_right(starts, b) - 1
            to_a = before[i] + min(a, ends[i]) - starts[i] if i >= 0 else 0
            to_b = before[j] + min(b, ends[j]) - starts[j] if j >= 0 else 0
            return sign * (to_b - to_a)
        year_b = _fromtimestamp(b, self.zone).year
        seconds = self._table(year_a).total - self._elapsed_in_year(year_a, a)
        for year in range(year_a + 1, year_b):
            seconds += self._table(year).total
        return sign * (seconds + self._elapsed_in_year(year_b, b))

    def business_minutes_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Whole business minutes, rounded down: negative as soon as ``end`` has passed."""
        return int(self.business_seconds_between(start, end) // 60)

    def minutes_until_each(self, now: dt.datetime) -> Callable[[float], int]:
        """A function from a POSIX timestamp to business minutes from ``now`` until it.

        The same answer as ``business_minutes_between(now, t)``, with ``now``'s side worked
        out once and this year's table bound locally: the queue asks it of every request.
        """
        start, elapsed_now = self._now_in_table(now)
        first, last, _, starts, ends, before, _, _ = self._hot
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

    def hours_until_each(self, now: dt.datetime) -> Callable[[float], tuple[float, bool] | None]:
        """For the queue's hot path: a function from the POSIX time of the start of an hour
        to (business seconds from ``now`` until that start, whether the whole hour is business
        time), or None when the hour is partly business time or outside this year's table.
        Business seconds until a moment ``s`` seconds into such an hour are the first value,
        plus ``s`` if the hour is business time: what ``minutes_until_each`` works out, once
        an hour instead of once a deadline."""
        _, elapsed_now = self._now_in_table(now)
        first, last, _, starts, ends, before, _, _ = self._hot
        count = len(starts)

        def hour_until(hour: float) -> tuple[float, bool] | None:
            if not first <= hour <= last - 3600:
                return None
            i = bisect_right(starts, hour) - 1
            until = (before[i] + min(hour, ends[i]) - starts[i] if i >= 0 else 0) - elapsed_now
            if i >= 0 and ends[i] >= hour + 3600:
                return until, True
            if (i < 0 or ends[i] <= hour) and (i + 1 >= count or starts[i + 1] >= hour + 3600):
                return until, False
            return None

        return hour_until

    def _now_in_table(self, now: dt.datetime) -> tuple[int | float, float]:
        """``now`` as POSIX seconds and the business seconds of its year before it; its year's
        table becomes the hot one, for the countdowns worked out from ``now``."""
        start = posix_seconds(now)
        return start, self._elapsed_in_year(self._year_of(start), start)

    def _instant(self, ts: float) -> dt.datetime:
        return _fromtimestamp(ts, self.zone)
