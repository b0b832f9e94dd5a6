"""Support years and the repeated renewal (SPEC 2.3): laws over any chain of renewals."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.entitlement import earlier_renewal_this_year, new_support_until, support_until, support_years

DAY = dt.timedelta(days=1)


@st.composite
def chains(draw):
    """A purchase and renewals recorded the way ``license renew`` records them."""
    purchased = draw(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)))
    until, day, renewals = support_until(purchased), purchased, []
    for gap in draw(st.lists(st.integers(0, 900), max_size=5)):
        day += dt.timedelta(days=gap)
        renewals.append((day, until, new_support_until(until, day)))
        until = renewals[-1][2]
    return purchased, renewals


@given(chains())
def test_support_years_cover_purchase_to_the_last_day_without_overlap(chain) -> None:
    purchased, renewals = chain
    years = support_years(purchased, renewals)
    assert years[0][0] == purchased and len(years) == len(renewals) + 1
    assert years[-1][1] == (renewals[-1][2] if renewals else support_until(purchased))
    for (_, end), (start, _) in zip(years, years[1:], strict=False):
        assert start > end                         # a late renewal leaves a gap, none overlap


@given(chains())
def test_renewing_again_on_the_day_of_the_last_renewal_is_a_repeat(chain) -> None:
    purchased, renewals = chain
    if renewals:
        assert earlier_renewal_this_year(purchased, renewals, renewals[-1][0]) == renewals[-1][0]
    else:
        assert earlier_renewal_this_year(purchased, renewals, purchased) is None


@given(chains(), st.integers(1, 400))
def test_after_support_lapsed_a_renewal_is_never_a_repeat(chain, late_by) -> None:
    purchased, renewals = chain
    last_day = renewals[-1][2] if renewals else support_until(purchased)
    assert earlier_renewal_this_year(purchased, renewals, last_day + dt.timedelta(days=late_by)) is None


def test_the_renewal_before_the_year_it_bought_is_not_a_repeat_in_that_year() -> None:
    purchased = dt.date(2026, 6, 1)                # through 2027-05-31
    renewals = [(dt.date(2027, 5, 20), dt.date(2027, 5, 31), dt.date(2028, 5, 31))]
    assert earlier_renewal_this_year(purchased, renewals, dt.date(2027, 5, 31)) == dt.date(2027, 5, 20)
    assert earlier_renewal_this_year(purchased, renewals, dt.date(2027, 6, 1)) is None
