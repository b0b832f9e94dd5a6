"""Business time in zones whose clocks change, against an independent minute-stepping oracle.

The oracle knows only the definition: a real minute is working when the desk's wall clock
shows, at that minute, a time inside the working hours of that (local) date. It steps
through real time one minute at a time, so it needs no mapping from wall time to real time,
which is what the calendar gets wrong if anything.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from deskcli.domain.calendar import BusinessCalendar, CalendarSettings

UTC = dt.UTC
BERLIN, MOSCOW = "Europe/Berlin", "Europe/Moscow"
ALL_DAY = {weekday: ((0, 1440),) for weekday in range(7)}


def calendar(zone: str, hours: dict, *, shorten: bool = False) -> BusinessCalendar:
    key = (zone, tuple(sorted(hours.items())), shorten)
    if key not in _CALENDARS:
        _CALENDARS[key] = BusinessCalendar(CalendarSettings(timezone=zone, weekly_hours=hours,
                                                            shorten_pre_holidays=shorten))
    return _CALENDARS[key]


_CALENDARS: dict = {}


def working(cal: BusinessCalendar, ts: int) -> bool:
    local = dt.datetime.fromtimestamp(ts, cal.zone)
    day = cal.working_day(local.date())
    minute = local.hour * 60 + local.minute
    return day is not None and any(a <= minute < b for a, b in day.intervals)


def oracle_between(cal: BusinessCalendar, a: int, b: int) -> int:
    return sum(working(cal, t) for t in range(a, b, 60))


def oracle_add(cal: BusinessCalendar, a: int, minutes: int, limit: int = 40 * 1440) -> int | None:
    t = a
    for _ in range(limit):
        if working(cal, t):
            minutes -= 1
            if minutes == 0:
                return t + 60
        t += 60
    return None


def instant(ts: int, zone: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, ZoneInfo(zone))


def transitions(zone: str, first: int, last: int) -> list[int]:
    """Every change of the zone's UTC offset from ``first`` to ``last`` (years), to the hour.

    Steps a day at a time and walks the hours only of a day whose offset changed (these
    zones change at most once a day), instead of every hour of thirty years."""
    tz = ZoneInfo(zone)

    def offset(t: int) -> dt.timedelta | None:
        return dt.datetime.fromtimestamp(t, tz).utcoffset()

    found = []
    t = int(dt.datetime(first, 1, 1, tzinfo=UTC).timestamp())
    end = int(dt.datetime(last + 1, 1, 1, tzinfo=UTC).timestamp())
    while t < end:
        if offset(t + 86400) != offset(t):
            found.extend(hour for hour in range(t + 3600, t + 86401, 3600) if offset(hour) != offset(hour - 3600))
        t += 86400
    return found


CHANGES = {BERLIN: transitions(BERLIN, 2000, 2030), MOSCOW: transitions(MOSCOW, 1995, 2016)}


@st.composite
def weekly_hours(draw) -> dict[int, tuple[tuple[int, int], ...]]:
    """Random hours for each weekday, often bounded inside the hours the clocks skip or repeat."""
    bound = st.one_of(st.integers(0, 1440), st.sampled_from([60, 90, 120, 150, 180, 210, 240]))
    hours = {}
    for weekday in range(7):
        cuts = sorted(draw(st.sets(bound, max_size=4)))
        cuts = cuts[: len(cuts) // 2 * 2]
        hours[weekday] = tuple(zip(cuts[::2], cuts[1::2], strict=True))
    return hours


PRESETS = [
    ALL_DAY,
    {weekday: ((60, 240),) for weekday in range(7)},                       # 01:00-04:00
    {weekday: ((0, 150), (150, 210), (600, 1080)) for weekday in range(7)},  # cut inside the changed hour
    {0: ((540, 1080),), 1: ((540, 1080),), 2: ((540, 1080),), 3: ((540, 1080),), 4: ((540, 1020),), 5: (),
     6: ((150, 240),)},                                                    # Sundays 02:30-04:00
]

hours_strategy = st.one_of(st.sampled_from(PRESETS), weekly_hours())
zones = st.sampled_from([BERLIN, MOSCOW])


@st.composite
def spans(draw) -> tuple[str, int, int]:
    """A zone and a minute-aligned span of real time, usually near a change of its clocks."""
    zone = draw(zones)
    change = draw(st.sampled_from(CHANGES[zone]))
    start = change // 60 * 60 + 60 * draw(st.integers(-3 * 1440, 1440))
    return zone, start, start + 60 * draw(st.integers(0, 3 * 1440))


@settings(max_examples=100, deadline=None)
@given(spans(), hours_strategy)
def test_business_time_between_counts_the_minutes_the_wall_clock_shows_as_working(span, hours) -> None:
    zone, a, b = span
    cal = calendar(zone, hours)
    assert cal.business_seconds_between(instant(a, zone), instant(b, zone)) == 60 * oracle_between(cal, a, b)


@settings(max_examples=100, deadline=None)
@given(spans(), hours_strategy, st.integers(1, 600))
def test_a_deadline_is_the_end_of_the_nth_working_minute(span, hours, minutes) -> None:
    zone, a, _ = span
    cal = calendar(zone, hours)
    expected = oracle_add(cal, a, minutes)
    assume(expected is not None)  # hours so sparse the oracle gave up
    assert cal.add_business_minutes(instant(a, zone), minutes).timestamp() == expected


def reading(at: dt.datetime) -> tuple:
    """Everything an instant shows: its wall time, which of a repeated hour, its offset, its zone."""
    return at.replace(tzinfo=None), at.fold, at.utcoffset(), at.tzinfo


@settings(max_examples=150, deadline=None)
@given(spans(), hours_strategy, st.integers(1, 600), st.sampled_from([0, 1, 500_000]))
@example(span=(BERLIN, 972783000, 972783000), hours=PRESETS[3], minutes=1, micro=0)  # from the second 02:30
def test_a_deadline_reads_as_its_instant_does_in_the_desks_zone(span, hours, minutes, micro) -> None:
    """A deadline is built from its span's opening (a quicker path than from POSIX seconds): it
    must show the wall time, the fold and the offset ``fromtimestamp`` shows for its instant,
    in the repeated hour of an autumn night too, one at a time and in a batch."""
    zone, a, _ = span
    cal = calendar(zone, hours)
    assume(any(hours.values()))
    start = instant(a, zone) + dt.timedelta(microseconds=micro)
    one = cal.add_business_minutes(start, minutes)
    assert reading(one) == reading(dt.datetime.fromtimestamp(one.timestamp(), cal.zone))
    assert [reading(one)] == [reading(at) for at in cal.add_business_minutes_each([start], minutes)]


@settings(max_examples=40, deadline=None)
@given(zones, hours_strategy, st.data())
def test_the_minutes_of_a_day_are_the_minutes_deadlines_count(zone, hours, data) -> None:
    cal = calendar(zone, hours)
    change = data.draw(st.sampled_from(CHANGES[zone]))
    day = dt.datetime.fromtimestamp(change, cal.zone).date()
    midnight = int(dt.datetime.combine(day, dt.time(), UTC).timestamp())
    counted = sum(working(cal, t) and dt.datetime.fromtimestamp(t, cal.zone).date() == day
                  for t in range(midnight - 15 * 3600, midnight + 39 * 3600, 60))
    assert cal.working_minutes_by_day(day.year).get(day, 0) == counted


def test_sunday_0230_to_0400_in_berlin_on_both_days_the_clocks_change() -> None:
    cal = calendar(BERLIN, PRESETS[3])
    minutes = cal.working_minutes_by_day(2026)
    assert minutes[dt.date(2026, 3, 29)] == 60  # 02:00-03:00 never happens: 03:00-04:00
    assert minutes[dt.date(2026, 10, 25)] == 120  # 02:30-03:00 summer time, then 02:30-04:00 winter time
    assert minutes[dt.date(2026, 10, 18)] == 90
    zone = cal.zone
    spring = dt.datetime(2026, 3, 29, 1, 0, tzinfo=zone)
    assert cal.add_business_minutes(spring, 1) == dt.datetime(2026, 3, 29, 3, 1, tzinfo=zone)
    assert cal.add_business_minutes(spring, 60) == dt.datetime(2026, 3, 29, 4, 0, tzinfo=zone)
    autumn = dt.datetime(2026, 10, 25, 0, 0, tzinfo=zone)
    assert cal.business_minutes_between(autumn, dt.datetime(2026, 10, 25, 12, 0, tzinfo=zone)) == 120
    # The 31st minute is the first 02:30 of winter time (fold=1), an hour after summer time's.
    assert cal.add_business_minutes(autumn, 31) == dt.datetime(2026, 10, 25, 2, 31, fold=1, tzinfo=zone)


def test_moscow_2014_turned_its_clocks_back_for_good() -> None:
    cal = calendar(MOSCOW, ALL_DAY)
    assert cal.working_minutes_by_day(2014)[dt.date(2014, 10, 26)] == 25 * 60
    assert cal.working_minutes_by_day(2011)[dt.date(2011, 3, 27)] == 23 * 60


@settings(max_examples=100, deadline=None)
@given(spans(), hours_strategy, st.integers(0, 3000))
def test_between_undoes_add_where_the_clocks_change(span, hours, minutes) -> None:
    zone, a, _ = span
    cal = calendar(zone, hours)
    assume(any(hours.values()))
    start = instant(a, zone)
    assert cal.business_minutes_between(start, cal.add_business_minutes(start, minutes)) == minutes


@settings(max_examples=60, deadline=None)
@given(st.lists(spans(), min_size=1, max_size=8), hours_strategy, st.integers(1, 3000))
def test_many_deadlines_at_once_equal_one_at_a_time_where_the_clocks_change(many, hours, minutes) -> None:
    zone = many[0][0]
    cal = calendar(zone, hours)
    assume(any(hours.values()))
    starts = [instant(a, zone) for _, a, _ in many]
    assert cal.add_business_minutes_each(starts, minutes) == [cal.add_business_minutes(s, minutes) for s in starts]


@settings(max_examples=100, deadline=None)
@given(spans(), hours_strategy, st.integers(0, 3599))
def test_an_hours_countdown_is_each_of_its_deadlines_countdown(span, hours, into) -> None:
    """hours_until_each (the queue's per-hour shortcut) gives every moment of a whole hour the
    business minutes minutes_until_each gives it, or declines the hour; clocks changing too."""
    zone, start, end = span
    cal = calendar(zone, hours)
    now = instant(start, zone)
    hour = end // 3600 * 3600
    minutes_until = cal.minutes_until_each(now)
    clock = cal.hours_until_each(now)(hour)
    if clock is not None:
        until, business = clock
        assert int((until + into if business else until) // 60) == minutes_until(hour + into)
        assert business == working(cal, hour + into // 60 * 60)


def test_the_shortcut_takes_whole_hours_and_declines_a_partly_working_one() -> None:
    cal = calendar(MOSCOW, {weekday: ((540, 1050),) for weekday in range(7)})  # 09:00-17:30
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo(MOSCOW))
    hour_until = cal.hours_until_each(now)
    at = [dt.datetime(2026, 3, 2, h, tzinfo=ZoneInfo(MOSCOW)).timestamp() for h in (10, 17, 18)]
    assert hour_until(at[0]) == (3600, True)
    assert hour_until(at[1]) is None  # 17:00-18:00 works its first half only
    assert hour_until(at[2]) == (8.5 * 3600, False)
