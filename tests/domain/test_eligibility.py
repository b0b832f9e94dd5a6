"""Renewal quotes and the eligibility verdict (SPEC 2.2-2.5), on the domain API."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.entitlement import (
    Eligibility,
    RenewalQuote,
    Tier,
    check_eligibility,
    quote_renewal,
)
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import share

from tests.domain.test_entitlement import CATEGORIES, ELIGIBILITY_CODES, NBSP, NNBSP, RATES, dates, days, offsets, prices


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


@given(prices, dates, offsets)
def test_a_quote_knows_its_tier_and_the_next(price: Decimal, end: date, late_by: int) -> None:
    """One place for "the price holds until, then becomes" (desk renewals, the reminders and
    the canned answers each worked it out: review)."""
    from datetime import timedelta

    on = end + timedelta(days=late_by)
    quote = quote_renewal(price, end, on)
    current, following = quote.current_tier, quote.next_tier
    assert current.rate == quote.rate and current.amount == quote.amount
    assert current.last_day is None or on <= current.last_day
    if following is None:
        assert current.last_day is None and current == quote.tiers[-1]
    else:
        assert following.rate > current.rate
        later = quote_renewal(price, end, current.last_day + timedelta(days=1))
        assert later.rate == following.rate


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


def test_free_edition_with_no_category_says_what_it_gets() -> None:
    """Not "this one has no category", which read as if the question were malformed (review)."""
    verdict = check(edition_free=True, category=None)
    assert verdict.reasons[0].message == "the free edition gets support for installation questions only"
    assert verdict.support_until is None and verdict.as_dict()["support_until"] is None


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
