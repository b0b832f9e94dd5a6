from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.entitlement import (
    anniversary,
    new_support_until,
    renewal_rate,
    support_until,
)
from deskcli.domain.money import from_kopecks

NBSP = "\u00a0"
NNBSP = "\u202f"
RATES = (Decimal("0.20"), Decimal("0.40"), Decimal("0.60"))
CATEGORIES = ("emergency", "usage", "installation", "technical")
ELIGIBILITY_CODES = ("support_expired", "free_edition", "code_modified")

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31))
offsets = st.integers(min_value=-800, max_value=800)
prices = st.integers(min_value=0, max_value=10**14 - 1).map(from_kopecks)


def days(n: int) -> timedelta:
    return timedelta(days=n)


# --- support period (2.2) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("purchased", "last_day"),
    [
        (date(2025, 11, 20), date(2026, 11, 19)),
        (date(2024, 2, 29), date(2025, 2, 28)),
        (date(2024, 2, 28), date(2025, 2, 27)),
        (date(2024, 3, 1), date(2025, 2, 28)),
        (date(2023, 3, 1), date(2024, 2, 29)),
        (date(2023, 2, 28), date(2024, 2, 27)),
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 12, 31), date(2026, 12, 30)),
    ],
)
def test_support_until(purchased: date, last_day: date) -> None:
    assert support_until(purchased) == last_day


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (date(2024, 2, 29), 1, date(2025, 3, 1)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2025, 2, 28), 1, date(2026, 2, 28)),
        (date(2025, 11, 20), 1, date(2026, 11, 20)),
    ],
)
def test_anniversary(day: date, years: int, expected: date) -> None:
    assert anniversary(day, years) == expected


@given(dates)
def test_a_support_year_is_a_year_long(purchased: date) -> None:
    covered = (support_until(purchased) - purchased).days + 1
    assert covered in (365, 366)
    assert support_until(purchased) + days(1) == anniversary(purchased)


# --- renewal rate (2.3) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("late_by", "rate"),
    [
        (-365, "0.20"),
        (-1, "0.20"),
        (0, "0.20"),
        (1, "0.20"),
        (14, "0.20"),
        (15, "0.40"),
        (30, "0.40"),
        (31, "0.60"),
        (365, "0.60"),
        (5000, "0.60"),
    ],
)
def test_renewal_rate_boundaries(late_by: int, rate: str) -> None:
    end = date(2026, 11, 19)
    assert renewal_rate(end, end + days(late_by)) == Decimal(rate)


def test_renewal_rate_counts_calendar_days_across_a_leap_february() -> None:
    end = date(2028, 2, 15)
    assert renewal_rate(end, date(2028, 2, 29)) == Decimal("0.20")
    assert renewal_rate(end, date(2028, 3, 1)) == Decimal("0.40")
    assert renewal_rate(end, date(2028, 3, 16)) == Decimal("0.40")
    assert renewal_rate(end, date(2028, 3, 17)) == Decimal("0.60")


def test_renewal_rate_prints_as_two_decimals() -> None:
    end = date(2026, 11, 19)
    assert str(renewal_rate(end, end)) == "0.20"


@given(dates, offsets, offsets)
def test_renewal_rate_never_falls_as_time_passes(end: date, a: int, b: int) -> None:
    earlier, later = sorted((a, b))
    assert renewal_rate(end, end + days(earlier)) <= renewal_rate(end, end + days(later))


@given(dates, offsets)
def test_renewal_rate_is_one_of_the_three_shares(end: date, late_by: int) -> None:
    assert renewal_rate(end, end + days(late_by)) in RATES


# --- new support_until (2.3) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "on", "new"),
    [
        (date(2026, 11, 19), date(2026, 11, 19), date(2027, 11, 19)),
        (date(2026, 11, 19), date(2026, 11, 18), date(2027, 11, 19)),
        (date(2026, 11, 19), date(2026, 1, 1), date(2027, 11, 19)),
        (date(2026, 11, 19), date(2026, 11, 20), date(2027, 11, 19)),
        (date(2026, 11, 19), date(2026, 11, 21), date(2027, 11, 20)),
        (date(2026, 11, 19), date(2026, 12, 3), date(2027, 12, 2)),
        (date(2026, 11, 19), date(2027, 6, 1), date(2028, 5, 31)),
        (date(2025, 2, 28), date(2025, 2, 1), date(2026, 2, 28)),
        (date(2027, 2, 28), date(2027, 2, 28), date(2028, 2, 28)),
        (date(2028, 2, 29), date(2028, 2, 29), date(2029, 3, 1)),
        (date(2027, 12, 1), date(2028, 2, 29), date(2029, 2, 28)),
        (date(2028, 2, 28), date(2028, 2, 29), date(2029, 2, 28)),
        (date(2024, 2, 28), date(2024, 3, 1), date(2025, 2, 28)),
    ],
)
def test_new_support_until(old: date, on: date, new: date) -> None:
    assert new_support_until(old, on) == new


def test_on_time_renewal_chain_from_a_leap_day_purchase() -> None:
    end = support_until(date(2024, 2, 29))
    chain = [end]
    for _ in range(5):
        end = new_support_until(end, end)
        chain.append(end)
    assert chain == [
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 28),
        date(2029, 2, 28),
        date(2030, 2, 28),
    ]


def test_on_time_renewal_of_a_period_ending_on_a_leap_day_uses_the_anniversary_rule() -> None:
    # SPEC 2.3: old support_until + 1 year, where Feb 29's anniversary is Mar 1.
    end = support_until(date(2027, 3, 1))
    assert end == date(2028, 2, 29)
    assert new_support_until(end, date(2028, 1, 10)) == date(2029, 3, 1)


def test_late_renewal_chain_starts_each_year_on_the_renewal_day() -> None:
    end = support_until(date(2024, 2, 29))
    end = new_support_until(end, date(2025, 4, 10))
    assert end == date(2026, 4, 9)
    end = new_support_until(end, date(2028, 2, 29))
    assert end == date(2029, 2, 28)
    end = new_support_until(end, end)
    assert end == date(2030, 2, 28)


@given(dates, st.integers(min_value=-800, max_value=0))
def test_on_time_renewal_leaves_no_gap(old: date, early_by: int) -> None:
    # SPEC 2.3: the old last day plus one year (Feb 29 -> Mar 1), never earlier than a year.
    new = new_support_until(old, old + days(early_by))
    assert new == anniversary(old)
    assert new > old


@given(dates, st.integers(min_value=1, max_value=800))
def test_late_renewal_starts_on_the_renewal_day(old: date, late_by: int) -> None:
    on = old + days(late_by)
    assert new_support_until(old, on) == support_until(on)


@given(dates, offsets)
def test_renewal_always_buys_a_full_year_from_when_it_starts(old: date, late_by: int) -> None:
    on = old + days(late_by)
    start = max(old + days(1), on)
    assert (new_support_until(old, on) - start).days + 1 in (365, 366)


@given(dates, offsets, offsets)
def test_new_support_until_never_falls_as_time_passes(old: date, a: int, b: int) -> None:
    earlier, later = sorted((a, b))
    assert new_support_until(old, old + days(earlier)) <= new_support_until(
        old, old + days(later)
    )


@given(dates, st.integers(min_value=1, max_value=12))
def test_on_time_renewal_chain_keeps_its_anniversary(purchased: date, renewals: int) -> None:
    end = support_until(purchased)
    for _ in range(renewals):
        end = new_support_until(end, end - days(3))
    start = anniversary(purchased)
    for _ in range(renewals - 1):
        start = anniversary(start)
    # SPEC 2.3 adds a year to the last day itself, so a chain ending on Feb 28 can land a
    # day before a leap year's Feb 29; it never drifts further than that.
    assert abs((end - support_until(start)).days) <= 1
