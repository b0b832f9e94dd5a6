import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.entitlement import (
    Eligibility,
    RenewalQuote,
    Tier,
    anniversary,
    check_eligibility,
    new_support_until,
    quote_renewal,
    renewal_rate,
    support_until,
)
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import from_kopecks, share

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


# --- quote ----------------------------------------------------------------------------------


def test_quote_renewal_example() -> None:
    quote = quote_renewal(Decimal("24900.00"), date(2026, 11, 19), date(2026, 12, 5))
    assert quote == RenewalQuote(
        retail_price=Decimal("24900.00"),
        support_until=date(2026, 11, 19),
        on=date(2026, 12, 5),
        days_after=16,
        rate=Decimal("0.40"),
        amount=Decimal("9960.00"),
        new_support_until=date(2027, 12, 4),
        tiers=(
            Tier(Decimal("0.20"), date(2026, 12, 3), Decimal("4980.00")),
            Tier(Decimal("0.40"), date(2026, 12, 19), Decimal("9960.00")),
            Tier(Decimal("0.60"), None, Decimal("14940.00")),
        ),
    )


def test_quote_as_dict_is_the_spec_shape() -> None:
    quote = quote_renewal(Decimal("24900"), date(2026, 11, 19), date(2026, 11, 1))
    assert quote.as_dict("HC-0001", "RUB") == {
        "license": "HC-0001",
        "retail_price": "24900.00",
        "currency": "RUB",
        "support_until": "2026-11-19",
        "on": "2026-11-01",
        "days_after": -18,
        "rate": "0.20",
        "amount": "4980.00",
        "new_support_until": "2027-11-19",
        "tiers": [
            {"rate": "0.20", "last_day": "2026-12-03", "amount": "4980.00"},
            {"rate": "0.40", "last_day": "2026-12-19", "amount": "9960.00"},
            {"rate": "0.60", "last_day": None, "amount": "14940.00"},
        ],
    }


def test_quote_without_a_license_has_null_license() -> None:
    quote = quote_renewal(Decimal("100"), date(2026, 11, 19), date(2027, 1, 1))
    shape = quote.as_dict(None, "USD")
    assert shape["license"] is None
    assert shape["currency"] == "USD"
    assert json.loads(json.dumps(shape)) == shape


@pytest.mark.parametrize(
    ("late_by", "rate", "amount"),
    [
        (-1, "0.20", "0.01"),
        (0, "0.20", "0.01"),
        (14, "0.20", "0.01"),
        (15, "0.40", "0.02"),
        (30, "0.40", "0.02"),
        (31, "0.60", "0.03"),
    ],
)
def test_quote_rounds_small_prices_half_up(late_by: int, rate: str, amount: str) -> None:
    end = date(2026, 11, 19)
    quote = quote_renewal(Decimal("0.05"), end, end + days(late_by))
    assert quote.days_after == late_by
    assert quote.rate == Decimal(rate)
    assert quote.amount == Decimal(amount)


def test_quote_of_a_free_license_costs_nothing() -> None:
    quote = quote_renewal(Decimal("0"), date(2026, 11, 19), date(2027, 11, 19))
    assert quote.amount == Decimal("0.00")
    assert [tier.amount for tier in quote.tiers] == [Decimal("0.00")] * 3


def test_quote_refuses_a_negative_price() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        quote_renewal(Decimal("-1"), date(2026, 11, 19), date(2026, 11, 19))


@given(prices, dates, offsets)
def test_quote_agrees_with_its_schedule(price: Decimal, end: date, late_by: int) -> None:
    quote = quote_renewal(price, end, end + days(late_by))
    assert quote.days_after == late_by
    assert quote.amount == share(price, quote.rate)
    assert [tier.rate for tier in quote.tiers] == list(RATES)
    assert [tier.last_day for tier in quote.tiers] == [end + days(14), end + days(30), None]
    current = next(
        tier
        for tier in quote.tiers
        if tier.last_day is None or quote.on <= tier.last_day
    )
    assert (current.rate, current.amount) == (quote.rate, quote.amount)


@given(prices, dates, offsets, offsets)
def test_renewal_never_gets_cheaper_as_time_passes(
    price: Decimal, end: date, a: int, b: int
) -> None:
    earlier, later = sorted((a, b))
    assert (
        quote_renewal(price, end, end + days(earlier)).amount
        <= quote_renewal(price, end, end + days(later)).amount
    )


# --- eligibility (2.2, 2.4, 2.5) --------------------------------------------------------------

END = date(2026, 11, 19)


def check(
    *,
    edition_free: bool = False,
    code_modified: bool = False,
    on: date = END,
    category: str | None = "usage",
    retail_price: str = "24900",
    currency: str = "RUB",
) -> Eligibility:
    return check_eligibility(
        license_number="HC-0001",
        edition_free=edition_free,
        code_modified=code_modified,
        support_until=END,
        retail_price=Decimal(retail_price),
        category=category,
        on=on,
        currency=currency,
    )


def codes(verdict: Eligibility) -> list[str]:
    return [reason.code for reason in verdict.reasons]


def test_eligible_on_the_last_covered_day() -> None:
    verdict = check(on=END)
    assert verdict.eligible
    assert verdict.reasons == ()
    assert verdict.renewal is None


def test_support_expired_alone() -> None:
    verdict = check(on=END + days(6))
    assert not verdict.eligible
    assert codes(verdict) == ["support_expired"]
    assert verdict.reasons[0].message == (
        f"support ended on 2026-11-19; renewing on 2026-11-25 costs "
        f"4{NNBSP}980,00{NBSP}₽ (20{NBSP}%)"
    )


@pytest.mark.parametrize(
    ("late_by", "cost", "percent"),
    [
        (1, f"4{NNBSP}980,00", "20"),
        (14, f"4{NNBSP}980,00", "20"),
        (15, f"9{NNBSP}960,00", "40"),
        (30, f"9{NNBSP}960,00", "40"),
        (31, f"14{NNBSP}940,00", "60"),
    ],
)
def test_support_expired_quotes_the_price_of_renewing_that_day(
    late_by: int, cost: str, percent: str
) -> None:
    verdict = check(on=END + days(late_by))
    message = verdict.reasons[0].message
    assert f"costs {cost}{NBSP}₽ ({percent}{NBSP}%)" in message
    assert verdict.renewal == quote_renewal(Decimal("24900"), END, END + days(late_by))


def test_support_expired_message_uses_the_currency() -> None:
    verdict = check(on=END + days(40), retail_price="12.50", currency="USD")
    assert verdict.reasons[0].message.endswith(f"costs 7,50{NBSP}USD (60{NBSP}%)")
    assert verdict.as_dict()["renewal"]["currency"] == "USD"


def test_free_edition_alone() -> None:
    verdict = check(edition_free=True, category="usage")
    assert codes(verdict) == ["free_edition"]
    assert "installation questions only" in verdict.reasons[0].message
    assert "usage" in verdict.reasons[0].message


@pytest.mark.parametrize("category", ["emergency", "usage", "technical", None])
def test_free_edition_refuses_everything_but_installation(category: str | None) -> None:
    assert codes(check(edition_free=True, category=category)) == ["free_edition"]


def test_free_edition_with_no_category_says_so() -> None:
    assert "no category" in check(edition_free=True, category=None).reasons[0].message


def test_free_edition_gets_installation_help() -> None:
    assert check(edition_free=True, category="installation").eligible


def test_free_edition_support_never_expires_for_installation() -> None:
    verdict = check(edition_free=True, category="installation", on=END + days(1000))
    assert verdict.eligible
    assert verdict.renewal is None


def test_free_edition_outside_its_period_is_refused_only_as_free_edition() -> None:
    verdict = check(edition_free=True, category="usage", on=END + days(1000))
    assert codes(verdict) == ["free_edition"]
    assert verdict.renewal is None


def test_code_modified_alone() -> None:
    verdict = check(code_modified=True)
    assert codes(verdict) == ["code_modified"]
    message = verdict.reasons[0].message
    assert "module code" in message
    assert "built-in tools" in message


def test_code_modified_refuses_even_installation_on_the_free_edition() -> None:
    verdict = check(edition_free=True, code_modified=True, category="installation")
    assert codes(verdict) == ["code_modified"]


def test_expired_and_modified() -> None:
    verdict = check(code_modified=True, on=END + days(20))
    assert codes(verdict) == ["support_expired", "code_modified"]


def test_free_and_modified() -> None:
    verdict = check(edition_free=True, code_modified=True, category="technical")
    assert codes(verdict) == ["free_edition", "code_modified"]


def test_installation_category_does_not_excuse_paid_editions() -> None:
    verdict = check(category="installation", code_modified=True, on=END + days(1))
    assert codes(verdict) == ["support_expired", "code_modified"]


def test_eligibility_as_dict_is_the_spec_shape() -> None:
    verdict = check(code_modified=True, on=END + days(6))
    shape = verdict.as_dict()
    assert list(shape) == [
        "license",
        "on",
        "category",
        "eligible",
        "reasons",
        "support_until",
        "renewal",
    ]
    assert shape["license"] == "HC-0001"
    assert shape["on"] == "2026-11-25"
    assert shape["category"] == "usage"
    assert shape["eligible"] is False
    assert [reason["code"] for reason in shape["reasons"]] == [
        "support_expired",
        "code_modified",
    ]
    assert set(shape["reasons"][0]) == {"code", "message"}
    assert shape["support_until"] == "2026-11-19"
    assert shape["renewal"]["amount"] == "4980.00"
    assert shape["renewal"]["license"] == "HC-0001"
    assert json.loads(json.dumps(shape)) == shape


def test_eligible_as_dict() -> None:
    assert check(category=None).as_dict() == {
        "license": "HC-0001",
        "on": "2026-11-19",
        "category": None,
        "eligible": True,
        "reasons": [],
        "support_until": "2026-11-19",
        "renewal": None,
    }


def test_check_eligibility_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        check_eligibility(  # type: ignore[misc]
            "HC-0001", False, False, END, Decimal("1"), "usage", END
        )


@given(
    edition_free=st.booleans(),
    code_modified=st.booleans(),
    category=st.sampled_from((*CATEGORIES, None)),
    late_by=offsets,
)
def test_every_applicable_reason_in_policy_order(
    edition_free: bool, code_modified: bool, category: str | None, late_by: int
) -> None:
    verdict = check(
        edition_free=edition_free,
        code_modified=code_modified,
        category=category,
        on=END + days(late_by),
    )
    expected = [
        code
        for code, applies in zip(
            ELIGIBILITY_CODES,
            (
                not edition_free and late_by > 0,
                edition_free and category != "installation",
                code_modified,
            ),
            strict=True,
        )
        if applies
    ]
    assert codes(verdict) == expected
    assert verdict.eligible is (not expected)
    assert (verdict.renewal is not None) is ("support_expired" in expected)
    assert all("\n" not in reason.message for reason in verdict.reasons)


def test_eligibility_is_frozen() -> None:
    verdict = check()
    with pytest.raises(AttributeError):
        verdict.on = END  # type: ignore[misc]
