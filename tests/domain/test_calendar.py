"""The production calendar against the official Russian one, and the SLA clock's laws."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.calendar import BusinessCalendar, CalendarSettings
from deskcli.domain.errors import InvalidInput

MSK = ZoneInfo("Europe/Moscow")
CAL = BusinessCalendar()


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=MSK)


# Official production calendars (Минтруд / Консультант): working days per year and the
# shortened pre-holiday days, which together fix the yearly norm of hours.
OFFICIAL = {
    2019: (247, ["02-22", "03-07", "04-30", "05-08", "06-11", "12-31"]),
    2020: (248, ["04-30", "05-08", "06-11", "11-03", "12-31"]),
    2021: (247, ["02-20", "04-30", "06-11", "11-03"]),
    2022: (247, ["02-22", "03-05", "11-03"]),
    2023: (247, ["02-22", "03-07", "11-03"]),
    2024: (248, ["02-22", "03-07", "05-08", "06-11", "11-02"]),
    2025: (247, ["03-07", "04-30", "06-11", "11-01"]),
    2026: (247, ["04-30", "05-08", "06-11", "11-03"]),
}

# The official 40-hour-week norm of each year: 8 hours a working day minus one per
# shortened day. Checked against our day counts as a second, independent oracle.
OFFICIAL_NORM_HOURS = {2019: 1970, 2020: 1979, 2021: 1972, 2022: 1973, 2023: 1973, 2024: 1979, 2025: 1972, 2026: 1972}


@pytest.mark.parametrize("year", sorted(OFFICIAL))
def test_working_days_match_the_official_calendar(year: int) -> None:
    days, shortened = OFFICIAL[year]
    cal = CAL.year(year)
    assert len(cal.days) == days
    assert [d.date.strftime("%m-%d") for d in cal.days if d.shortened] == shortened
    assert len(cal.days) * 8 - len(shortened) == OFFICIAL_NORM_HOURS[year]
    assert not cal.provisional


def test_2024_working_saturdays_keep_the_hours_of_the_weekday_they_replaced() -> None:
    cal = CAL.year(2024)
    saturdays = {d.date: d for d in cal.days if d.date.weekday() == 5}
    assert sorted(saturdays) == [dt.date(2024, 4, 27), dt.date(2024, 11, 2), dt.date(2024, 12, 28)]
    assert saturdays[dt.date(2024, 4, 27)].intervals == ((540, 1080),)  # Monday 04-29's hours
    assert saturdays[dt.date(2024, 11, 2)].intervals == ((540, 1020),)  # Tuesday 04-30, shortened
    assert saturdays[dt.date(2024, 12, 28)].intervals == ((540, 1080),)  # not shortened
    assert all(d.transferred for d in saturdays.values())


def test_fridays_close_at_17_and_pre_holiday_days_an_hour_earlier() -> None:
    assert CAL.working_day(dt.date(2026, 11, 27)).closes == dt.time(17, 0)
    assert CAL.working_day(dt.date(2026, 11, 3)).closes == dt.time(17, 0)  # Tuesday before Nov 4
    assert CAL.working_day(dt.date(2026, 5, 8)).closes == dt.time(16, 0)  # Friday before May 9
    assert CAL.working_day(dt.date(2026, 11, 4)) is None


def test_2027_knows_its_decree_and_later_years_are_provisional() -> None:
    assert not CAL.year(2027).provisional
    assert CAL.working_day(dt.date(2027, 2, 20)) is not None  # a Saturday worked by decree
    assert CAL.year(2099).provisional
    with pytest.raises(InvalidInput):
        CAL.year(1800)


def test_configured_days_off_and_working_days() -> None:
    custom = BusinessCalendar(
        CalendarSettings(
            extra_days_off=frozenset({dt.date(2026, 12, 30)}),
            extra_working_days={dt.date(2026, 12, 26): ((600, 900),)},
        )
    )
    assert custom.working_day(dt.date(2026, 12, 30)) is None
    assert custom.working_day(dt.date(2026, 12, 26)).intervals == ((600, 900),)
    assert len(custom.year(2026).days) == 247


def test_hours_set_for_a_date_are_not_shortened_and_an_hour_shortened_is_no_work() -> None:
    # 2027-05-08 is a Saturday before Victory Day: a duty the policy sets for that date is
    # worked as set; 2026-04-30, a Thursday before 1 May, loses its only hour and is a day off
    duty = BusinessCalendar(CalendarSettings(extra_working_days={dt.date(2027, 5, 8): ((600, 660),)}))
    day = duty.working_day(dt.date(2027, 5, 8))
    assert day is not None and day.intervals == ((600, 660),) and not day.shortened
    hours = dict(BusinessCalendar().settings.weekly_hours) | {3: ((540, 570),)}
    short = BusinessCalendar(CalendarSettings(weekly_hours=hours))
    assert short.working_day(dt.date(2026, 4, 30)) is None
    assert dt.date(2026, 4, 30) in short.year(2026).days_off
    assert short.add_business_minutes(at(2026, 4, 29, 17, 30), 60) == at(2026, 5, 4, 9, 30)


def test_lunch_break_is_skipped() -> None:
    hours = {i: ((540, 780), (840, 1080)) for i in range(5)} | {5: (), 6: ()}
    lunch = BusinessCalendar(CalendarSettings(weekly_hours=hours, shorten_pre_holidays=False))
    assert lunch.add_business_minutes(at(2026, 11, 25, 12, 0), 120) == at(2026, 11, 25, 15, 0)


class TestDeadlines:
    def test_emergency_on_friday_afternoon_is_due_next_working_morning(self) -> None:
        assert CAL.add_business_minutes(at(2026, 11, 27, 16, 30), 120) == at(2026, 11, 30, 10, 30)

    def test_landing_exactly_on_closing_time_is_that_closing_time(self) -> None:
        assert CAL.add_business_minutes(at(2026, 11, 27, 15, 0), 120) == at(2026, 11, 27, 17, 0)
        assert CAL.add_business_minutes(at(2026, 11, 25, 13, 0), 300) == at(2026, 11, 25, 18, 0)

    def test_before_opening_the_clock_starts_at_nine(self) -> None:
        assert CAL.next_opening(at(2026, 11, 25, 7, 15)) == at(2026, 11, 25, 9, 0)
        assert CAL.add_business_minutes(at(2026, 11, 25, 7, 15), 300) == at(2026, 11, 25, 14, 0)

    def test_on_a_holiday_the_clock_waits(self) -> None:
        assert CAL.add_business_minutes(at(2026, 11, 4, 12, 0), 120) == at(2026, 11, 5, 11, 0)

    def test_across_a_working_saturday(self) -> None:
        # Friday 2024-11-01 16:30; Saturday 11-02 is worked (shortened, 09:00-17:00).
        assert CAL.add_business_minutes(at(2024, 11, 1, 16, 30), 120) == at(2024, 11, 2, 10, 30)
        assert CAL.add_business_minutes(at(2024, 11, 2, 16, 0), 120) == at(2024, 11, 5, 10, 0)

    def test_across_the_new_year_holidays(self) -> None:
        assert CAL.add_business_minutes(at(2026, 12, 30, 15, 0), 300) == at(2027, 1, 11, 11, 0)

    def test_an_instant_given_in_utc(self) -> None:
        utc = dt.datetime(2026, 11, 27, 13, 30, tzinfo=dt.UTC)  # 16:30 Moscow
        assert CAL.add_business_minutes(utc, 120) == at(2026, 11, 30, 10, 30)

    def test_naive_instants_are_refused(self) -> None:
        with pytest.raises(InvalidInput):
            CAL.add_business_minutes(dt.datetime(2026, 11, 27, 16, 30), 10)

    def test_minutes_between_is_negative_backwards(self) -> None:
        assert CAL.business_minutes_between(at(2026, 11, 27, 16, 30), at(2026, 11, 30, 10, 30)) == 120
        assert CAL.business_minutes_between(at(2026, 11, 30, 10, 30), at(2026, 11, 27, 16, 30)) == -120
        assert CAL.business_minutes_between(at(2026, 11, 30, 10, 30), at(2026, 11, 30, 10, 29, 30)) == -1


instants = st.datetimes(
    min_value=dt.datetime(2019, 1, 1), max_value=dt.datetime(2027, 12, 1),
    timezones=st.sampled_from([MSK, ZoneInfo("UTC"), ZoneInfo("Asia/Tokyo")]),
)
minutes = st.integers(min_value=0, max_value=60 * 24 * 30)


@settings(max_examples=300, deadline=None)
@given(instants, minutes)
def test_between_undoes_add(start: dt.datetime, n: int) -> None:
    assert CAL.business_minutes_between(start, CAL.add_business_minutes(start, n)) == n


@settings(max_examples=300, deadline=None)
@given(instants, st.integers(min_value=1, max_value=60 * 24 * 30))
def test_deadline_is_inside_working_hours_or_exactly_at_a_close(start: dt.datetime, n: int) -> None:
    due = CAL.add_business_minutes(start, n).astimezone(MSK)
    day = CAL.working_day(due.date())
    assert day is not None
    minute = due.hour * 60 + due.minute + (due.second + due.microsecond / 1e6) / 60
    assert any(a < minute <= b for a, b in day.intervals)


@settings(max_examples=200, deadline=None)
@given(instants, instants, minutes, minutes)
def test_add_is_monotonic_in_both_arguments(a: dt.datetime, b: dt.datetime, m: int, n: int) -> None:
    (a, b), (m, n) = sorted([a, b]), sorted([m, n])
    assert CAL.add_business_minutes(a, m) <= CAL.add_business_minutes(b, m)
    assert CAL.add_business_minutes(a, m) <= CAL.add_business_minutes(a, n)


@settings(max_examples=200, deadline=None)
@given(instants, instants, instants)
def test_between_is_additive(a: dt.datetime, b: dt.datetime, c: dt.datetime) -> None:
    ab = CAL.business_seconds_between(a, b)
    bc = CAL.business_seconds_between(b, c)
    assert ab + bc == CAL.business_seconds_between(a, c)


@settings(max_examples=100, deadline=None)
@given(st.lists(instants, max_size=20), minutes)
def test_many_deadlines_at_once_equal_one_at_a_time(starts, n) -> None:
    assert CAL.add_business_minutes_each(starts, n) == [CAL.add_business_minutes(s, n) for s in starts]


def test_a_provisional_year_moves_a_weekend_holiday_to_the_next_working_day() -> None:
    # 2028 has no decree yet: Nov 4 is a Saturday, so Monday Nov 6 is the day off (art. 112).
    assert CAL.year(2028).provisional
    assert CAL.working_day(dt.date(2028, 11, 6)) is None
    assert CAL.working_day(dt.date(2028, 11, 3)).shortened
    assert CAL.working_day(dt.date(2028, 11, 7)) is not None
