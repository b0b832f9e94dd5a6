"""Shortened days follow the holidays of their own year, and provisional years say so."""

from __future__ import annotations

import datetime as dt

import pytest

from deskcli.domain.calendar import BusinessCalendar

CAL = BusinessCalendar()

# Official production calendars before the 2005 reform of art. 112: Nov 7 and Dec 12 were
# holidays, Jan 3-5 were not. (Working days, shortened days, the 40-hour-week norm.)
OFFICIAL_BEFORE_2005 = {
    2002: (250, ["02-22", "03-07", "04-30", "05-08", "06-11", "11-06", "12-11", "12-31"], 1992),
    2004: (251, ["01-06", "04-30", "06-11", "12-31"], 2004),
}


@pytest.mark.parametrize("year", sorted(OFFICIAL_BEFORE_2005))
def test_years_before_2005_match_their_official_calendar(year: int) -> None:
    days, shortened, norm = OFFICIAL_BEFORE_2005[year]
    cal = CAL.year(year)
    assert len(cal.days) == days
    assert [d.date.strftime("%m-%d") for d in cal.days if d.shortened] == shortened
    assert len(cal.days) * 8 - len(shortened) == norm


def test_1991_shortens_only_the_eves_of_its_own_holidays() -> None:
    shortened = [d.date.strftime("%m-%d") for d in CAL.year(1991).days if d.shortened]
    # Jan 2-5 became holidays only later, Jun 12 in 1992, Dec 12 in 1994; Nov 7 was one.
    assert shortened == ["03-07", "04-30", "05-08", "11-06", "12-31"]
    assert CAL.working_day(dt.date(1991, 1, 3)).closes == dt.time(18, 0)
    assert CAL.working_day(dt.date(1991, 12, 11)).closes == dt.time(18, 0)


def test_the_day_before_a_holiday_abolished_in_2005_is_no_longer_shortened() -> None:
    assert CAL.working_day(dt.date(2003, 11, 6)).shortened  # Thursday before Nov 7, 2003
    assert CAL.working_day(dt.date(2003, 12, 11)).shortened  # Thursday before Dec 12, 2003
    assert not CAL.working_day(dt.date(2007, 11, 6)).shortened  # Tuesday before Nov 7, 2007
    assert not CAL.working_day(dt.date(2007, 12, 11)).shortened  # Tuesday before Dec 12, 2007


def test_a_deadline_across_a_provisional_year_says_so() -> None:
    zone = CAL.zone
    queued = dt.datetime(2027, 12, 30, 16, 0, tzinfo=zone)
    due = CAL.add_business_minutes(queued, 300)
    assert due.year == 2028 and CAL.year(2028).provisional and not CAL.year(2027).provisional
    assert CAL.uses_provisional_year(queued, due)
    assert not CAL.uses_provisional_year(queued, queued)
    assert CAL.uses_provisional_year(due, queued)  # either order
