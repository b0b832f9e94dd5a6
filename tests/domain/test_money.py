import math
from decimal import ROUND_DOWN, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import (
    amount_text,
    format_money,
    from_kopecks,
    parse_amount,
    share,
    to_kopecks,
)

NBSP = "\u00a0"
THIN = "\u2009"
NNBSP = "\u202f"
RUBLE = "\u20bd"

MAX_KOPECKS = 10**14 - 1
kopecks = st.integers(min_value=0, max_value=MAX_KOPECKS)
amounts = kopecks.map(from_kopecks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4980", "4980"),
        ("0", "0"),
        ("0,05", "0.05"),
        ("4 980,50", "4980.50"),
        (f"4{NBSP}980,50", "4980.50"),
        (f"4{THIN}980,50", "4980.50"),
        (f"4{NNBSP}980,50", "4980.50"),
        ("1 234 567.8", "1234567.80"),
        (f"1{NNBSP}234{NNBSP}567,89", "1234567.89"),
        ("12.5", "12.50"),
        ("12,5", "12.50"),
        ("  24900\n", "24900"),
        ("0012", "12"),
        ("999 999 999 999,99", "999999999999.99"),
        ("999999999999", "999999999999"),
    ],
)
def test_parse_amount_accepts(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


def test_parse_amount_quantizes_to_kopecks() -> None:
    assert str(parse_amount("4980")) == "4980.00"
    assert str(parse_amount("0,5")) == "0.50"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("-5", "negative"),
        ("-4 980,50", "negative"),
        ("1.234", "more than two decimals"),
        ("4 980,505", "more than two decimals"),
        ("1000000000000", "absurdly large"),
        ("1 000 000 000 000", "absurdly large"),
        ("1e3", "not a number"),
        ("1E3", "not a number"),
        ("NaN", "not a number"),
        ("nan", "not a number"),
        ("Infinity", "not a number"),
        ("inf", "not a number"),
        ("-Infinity", "not a number"),
        ("abc", "not a number"),
        ("twelve", "not a number"),
        ("", "not a number"),
        ("   ", "not a number"),
        ("4980 ₽", "not a number"),
        ("$12", "not a number"),
        ("+5", "not a number"),
        (".5", "not a number"),
        ("12.", "not a number"),
        ("1,234.56", "not a number"),
        ("1.234,56", "not a number"),
        ("1 23", "not a number"),
        ("1234 567", "not a number"),
        ("1  234", "not a number"),
        ("1_000", "not a number"),
        ("0x10", "not a number"),
        ("\u0661\u0662", "not a number"),
        ("１２", "not a number"),
        ("12,50,00", "not a number"),
    ],
)
def test_parse_amount_rejects(text: str, complaint: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_amount(text)
    message = str(caught.value)
    assert complaint in message
    assert repr(text) in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("4980.00", 498000),
        ("0", 0),
        ("0.01", 1),
        ("12.5", 1250),
        ("999999999999.99", MAX_KOPECKS),
    ],
)
def test_to_kopecks(amount: str, expected: int) -> None:
    assert to_kopecks(Decimal(amount)) == expected


@pytest.mark.parametrize("amount", ["0.001", "0.025", "NaN", "Infinity"])
def test_to_kopecks_refuses_to_round(amount: str) -> None:
    with pytest.raises(ValueError):
        to_kopecks(Decimal(amount))


def test_from_kopecks_has_two_decimals() -> None:
    assert str(from_kopecks(498000)) == "4980.00"
    assert str(from_kopecks(5)) == "0.05"
    assert str(from_kopecks(0)) == "0.00"


@given(kopecks)
def test_kopecks_round_trip_from_int(minor: int) -> None:
    assert to_kopecks(from_kopecks(minor)) == minor


@given(amounts)
def test_kopecks_round_trip_from_decimal(amount: Decimal) -> None:
    assert from_kopecks(to_kopecks(amount)) == amount


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("4980", "4980.00"),
        ("0", "0.00"),
        ("0.5", "0.50"),
        ("1E+3", "1000.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_amount_text(amount: str, expected: str) -> None:
    assert amount_text(Decimal(amount)) == expected


@given(amounts)
def test_parse_amount_reads_amount_text(amount: Decimal) -> None:
    assert parse_amount(amount_text(amount)) == amount


@given(
    amounts,
    st.sampled_from([" ", NBSP, THIN, NNBSP]),
    st.sampled_from([".", ","]),
)
def test_parse_amount_reads_any_grouping(amount: Decimal, separator: str, mark: str) -> None:
    integer, fraction = amount_text(amount).split(".")
    grouped = f"{int(integer):,}".replace(",", separator)
    assert parse_amount(f"{grouped}{mark}{fraction}") == amount


@given(amounts)
def test_parse_amount_reads_format_money(amount: Decimal) -> None:
    assert parse_amount(format_money(amount).removesuffix(f"{NBSP}{RUBLE}")) == amount


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("4980", "RUB", f"4{NNBSP}980,00{NBSP}{RUBLE}"),
        ("12.5", "USD", f"12,50{NBSP}USD"),
        ("0", "RUB", f"0,00{NBSP}{RUBLE}"),
        ("999.99", "RUB", f"999,99{NBSP}{RUBLE}"),
        ("1000", "EUR", f"1{NNBSP}000,00{NBSP}EUR"),
        ("1234567.8", "RUB", f"1{NNBSP}234{NNBSP}567,80{NBSP}{RUBLE}"),
        ("-1000", "RUB", f"-1{NNBSP}000,00{NBSP}{RUBLE}"),
        ("5", "rub", f"5,00{NBSP}{RUBLE}"),
    ],
)
def test_format_money(amount: str, currency: str, expected: str) -> None:
    assert format_money(Decimal(amount), currency) == expected


def test_format_money_defaults_to_roubles() -> None:
    assert format_money(Decimal("4980")) == f"4{NNBSP}980,00{NBSP}{RUBLE}"


@pytest.mark.parametrize(
    ("price", "rate", "expected"),
    [
        ("24900", "0.20", "4980.00"),
        ("0.05", "0.20", "0.01"),
        ("0.02", "0.20", "0.00"),
        ("0.03", "0.20", "0.01"),
        ("0.13", "0.20", "0.03"),
        ("0.12", "0.20", "0.02"),
        ("0.125", "0.20", "0.03"),
        ("0.025", "1", "0.03"),
        ("0.045", "1", "0.05"),
        ("0.015", "1", "0.02"),
        ("0.0249", "1", "0.02"),
        ("0.01", "0.40", "0.00"),
        ("0.01", "0.60", "0.01"),
        ("999999999999.99", "0.60", "599999999999.99"),
    ],
)
def test_share_rounds_half_up_to_kopecks(price: str, rate: str, expected: str) -> None:
    result = share(Decimal(price), Decimal(rate))
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


def _half_up_oracle(price: Decimal, rate: Decimal) -> Decimal:
    exact = Fraction(price) * Fraction(rate) * 100
    return from_kopecks(math.floor(exact + Fraction(1, 2)))


@given(amounts, st.sampled_from([Decimal("0.20"), Decimal("0.40"), Decimal("0.60")]))
def test_share_matches_exact_half_up(price: Decimal, rate: Decimal) -> None:
    assert share(price, rate) == _half_up_oracle(price, rate)


@given(st.integers(min_value=0, max_value=10**15).map(lambda n: Decimal(n).scaleb(-3)))
def test_share_breaks_ties_upwards(price: Decimal) -> None:
    assert share(price, Decimal("1")) == _half_up_oracle(price, Decimal("1"))


@given(amounts)
def test_share_ignores_the_callers_decimal_context(price: Decimal) -> None:
    expected = share(price, Decimal("0.60"))
    with localcontext() as context:
        context.prec = 3
        context.rounding = ROUND_DOWN
        assert share(price, Decimal("0.60")) == expected
