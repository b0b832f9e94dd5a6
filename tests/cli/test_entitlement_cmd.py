"""Entitlement through the command line: ``renewal-quote``, ``check-eligibility``,
``license renew`` / ``license show`` and the check ``desk open`` makes (SPEC 2.2-2.5, 5, 6).

The clock is fixed by the ``isolation`` fixture at 2026-11-25T10:00:00+03:00. The default
license is bought on 2025-11-20, so its support runs through 2026-11-19 and "today" is six
days after it ended.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import assert_one_error_line

PIN = "Zq7-pin-5820"
BODY = "Как настроить скидки для оптовых покупателей в интернет-магазине?"
NUMBER = "HC-1001"
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

QUOTE_KEYS = ["license", "retail_price", "currency", "support_until", "on", "days_after", "rate",
              "amount", "new_support_until", "tiers"]


def plain(text: str) -> str:
    """Money in messages is typeset with (narrow) no-break spaces; compare with plain ones."""
    return text.replace(NNBSP, " ").replace(NBSP, " ").replace(THIN, " ")


def add_license(desk, number: str = NUMBER, *, edition: str = "Бизнес", price: str = "24900",
                purchased: str = "2025-11-20", code_modified: bool = False, pin: str = PIN,
                env: dict | None = None) -> dict:
    args = ["license", "add", number, "--edition", edition, "--price", price,
            "--purchased", purchased, "--json"]
    if code_modified:
        args.append("--code-modified")
    return desk.json(*args, env={"DESK_PIN": pin, **(env or {})})


def open_request(desk, number: str = NUMBER, *, category: str = "usage", pin: str = PIN, code: int = 0,
                 env: dict | None = None, subject: str = "Subject"):
    return desk("open", "-l", number, "-v", "6.9.1", "-c", category, "--site", "https://example.ru",
                "-s", subject, "--body", BODY, "--json", code=code, env={"DESK_PIN": pin, **(env or {})})


def quote(desk, *args: str, **kwargs) -> dict:
    return desk.json("renewal-quote", *args, "--json", **kwargs)


def price_quote(desk, price: str, support_until: str, on: str) -> dict:
    return quote(desk, "--price", price, "--support-until", support_until, "--on", on)


def codes(reasons: list[dict]) -> list[str]:
    return [r["code"] for r in reasons]


# -- renewal-quote: the JSON shape ----------------------------------------------------


EXPECTED_TODAY = {
    "license": NUMBER,
    "retail_price": "24900.00",
    "currency": "RUB",
    "support_until": "2026-11-19",
    "on": "2026-11-25",
    "days_after": 6,
    "rate": "0.20",
    "amount": "4980.00",
    "new_support_until": "2027-11-24",
    "tiers": [
        {"rate": "0.20", "last_day": "2026-12-03", "amount": "4980.00"},
        {"rate": "0.40", "last_day": "2026-12-19", "amount": "9960.00"},
        {"rate": "0.60", "last_day": None, "amount": "14940.00"},
    ],
}


def test_quote_for_a_license_has_exactly_the_spec_shape(desk) -> None:
    add_license(desk)
    data = quote(desk, NUMBER)
    assert data == EXPECTED_TODAY
    assert list(data) == QUOTE_KEYS
    assert all(list(tier) == ["rate", "last_day", "amount"] for tier in data["tiers"])
    # amounts and rates are strings, so no JSON reader can lose a kopeck
    assert all(isinstance(data[k], str) for k in ("retail_price", "rate", "amount"))
    assert all(isinstance(t["rate"], str) and isinstance(t["amount"], str) for t in data["tiers"])
    assert isinstance(data["days_after"], int) and not isinstance(data["days_after"], bool)


def test_quote_from_price_has_the_same_shape_with_a_null_license(desk) -> None:
    data = price_quote(desk, "24900", "2026-11-19", "2026-11-25")
    assert data == {**EXPECTED_TODAY, "license": None}
    assert list(data) == QUOTE_KEYS


def test_quote_on_defaults_to_today_from_the_clock(desk) -> None:
    data = quote(desk, "--price", "24900", "--support-until", "2026-11-19")
    assert data["on"] == "2026-11-25" and data["days_after"] == 6


def test_quote_today_is_the_desks_date_not_the_machines(desk) -> None:
    # 22:30 UTC on the 24th is 01:30 on the 25th in Moscow (the desk's zone); the
    # machine's TZ (America/Los_Angeles in the fixture) would still say the 24th.
    data = quote(desk, "--price", "24900", "--support-until", "2026-11-19", env={"DESK_NOW": "2026-11-24T22:30:00Z"})
    assert data["on"] == "2026-11-25"


def test_quote_jsonl_is_one_line_with_the_same_data(desk) -> None:
    add_license(desk)
    out = desk("renewal-quote", NUMBER, "--format", "jsonl").stdout
    lines = out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0]) == EXPECTED_TODAY


def test_quote_table_shows_amount_share_and_schedule(desk) -> None:
    add_license(desk)
    out = plain(desk("renewal-quote", NUMBER).stdout)
    assert "4 980,00 ₽" in out and "24 900,00 ₽" in out
    assert "2027-11-24" in out  # new support_until
    for last_day, share, amount in (("2026-12-03", "20 %", "4 980,00 ₽"), ("2026-12-19", "40 %", "9 960,00 ₽"),
                                    ("later", "60 %", "14 940,00 ₽")):
        row = next(line for line in out.splitlines() if line.startswith(last_day))
        assert share in row and amount in row, row


# -- renewal-quote: every tier boundary --------------------------------------------------

# support_until 2026-11-19, price 24 900
BOUNDARIES = [
    # on, days_after, rate, amount, new_support_until
    ("2026-06-01", -171, "0.20", "4980.00", "2027-11-19"),
    ("2026-11-18", -1, "0.20", "4980.00", "2027-11-19"),
    ("2026-11-19", 0, "0.20", "4980.00", "2027-11-19"),
    ("2026-11-20", 1, "0.20", "4980.00", "2027-11-19"),
    ("2026-12-03", 14, "0.20", "4980.00", "2027-12-02"),
    ("2026-12-04", 15, "0.40", "9960.00", "2027-12-03"),
    ("2026-12-19", 30, "0.40", "9960.00", "2027-12-18"),
    ("2026-12-20", 31, "0.60", "14940.00", "2027-12-19"),
    ("2029-01-01", 774, "0.60", "14940.00", "2029-12-31"),
]


@pytest.mark.parametrize("mode", ["price", "license"])
@pytest.mark.parametrize("on,days,rate,amount,new_until", BOUNDARIES, ids=[str(b[1]) for b in BOUNDARIES])
def test_quote_boundaries(desk, mode, on, days, rate, amount, new_until) -> None:
    if mode == "license":
        add_license(desk)
        data = quote(desk, NUMBER, "--on", on)
    else:
        data = price_quote(desk, "24900", "2026-11-19", on)
    assert (data["on"], data["days_after"], data["rate"], data["amount"], data["new_support_until"]) == (
        on, days, rate, amount, new_until)
    # the schedule does not depend on the day asked about
    assert data["tiers"] == EXPECTED_TODAY["tiers"]


@pytest.mark.parametrize("support_until,on,days,rate", [
    # February of a leap year has 29 days: the same calendar dates are one day further apart
    ("2027-02-15", "2027-03-01", 14, "0.20"),
    ("2028-02-15", "2028-03-01", 15, "0.40"),
    ("2027-02-14", "2027-03-16", 30, "0.40"),
    ("2028-02-14", "2028-03-15", 30, "0.40"),
    ("2028-02-14", "2028-03-16", 31, "0.60"),
    ("2027-12-31", "2028-01-14", 14, "0.20"),
])
def test_quote_counts_calendar_days_across_february(desk, support_until, on, days, rate) -> None:
    data = price_quote(desk, "1000", support_until, on)
    assert (data["days_after"], data["rate"]) == (days, rate)


@pytest.mark.parametrize("support_until,tier1,tier2", [
    ("2027-02-20", "2027-03-06", "2027-03-22"),
    ("2028-02-20", "2028-03-05", "2028-03-21"),
    ("2026-12-25", "2027-01-08", "2027-01-24"),
])
def test_quote_tier_last_days_are_calendar_days_after_support_until(desk, support_until, tier1, tier2) -> None:
    tiers = price_quote(desk, "1000", support_until, "2026-01-01")["tiers"]
    assert [t["last_day"] for t in tiers] == [tier1, tier2, None]


@pytest.mark.parametrize("support_until,on,new_until", [
    ("2028-02-29", "2028-02-29", "2029-03-01"),  # on time: old last day + 1 year, Feb 29 -> Mar 1 (2.2)
    ("2028-02-29", "2028-01-10", "2029-03-01"),
    ("2028-02-28", "2028-02-29", "2029-02-28"),  # late: renewed on Feb 29, covered through Feb 28
    ("2027-02-28", "2027-02-28", "2028-02-28"),
    ("2027-02-28", "2027-03-01", "2028-02-29"),  # late into a leap year: a year from Mar 1 ends Feb 29
])
def test_quote_new_support_until_in_leap_years(desk, support_until, on, new_until) -> None:
    assert price_quote(desk, "1000", support_until, on)["new_support_until"] == new_until


def test_license_bought_on_feb_29_is_covered_through_feb_28(desk) -> None:
    assert add_license(desk, purchased="2024-02-29")["support_until"] == "2025-02-28"
    data = quote(desk, NUMBER, "--on", "2025-03-14")
    assert (data["support_until"], data["days_after"], data["rate"]) == ("2025-02-28", 14, "0.20")


# -- renewal-quote: rounding to kopecks -----------------------------------------------


@pytest.mark.parametrize("price,amounts", [
    ("0.01", ["0.00", "0.00", "0.01"]),          # 0.002, 0.004, 0.006
    ("0.03", ["0.01", "0.01", "0.02"]),          # 0.006, 0.012, 0.018: not truncated
    ("1.01", ["0.20", "0.40", "0.61"]),          # 0.202, 0.404, 0.606
    ("33.33", ["6.67", "13.33", "20.00"]),       # 6.666, 13.332, 19.998
    ("24900.55", ["4980.11", "9960.22", "14940.33"]),
    ("0", ["0.00", "0.00", "0.00"]),
    # twelve integer digits: a float would lose the kopecks here
    ("999 999 999 999,99", ["200000000000.00", "400000000000.00", "599999999999.99"]),
])
def test_quote_rounds_each_tier_to_kopecks(desk, price, amounts) -> None:
    tiers = price_quote(desk, price, "2026-11-19", "2026-11-25")["tiers"]
    assert [t["amount"] for t in tiers] == amounts


def test_quote_amount_is_the_tier_that_applies(desk) -> None:
    for on, index in (("2026-11-25", 0), ("2026-12-10", 1), ("2027-02-01", 2)):
        data = price_quote(desk, "33.33", "2026-11-19", on)
        assert data["amount"] == data["tiers"][index]["amount"]
        assert data["rate"] == data["tiers"][index]["rate"]


# -- renewal-quote: what an amount may look like ---------------------------------------


@pytest.mark.parametrize("text,retail", [
    ("24900", "24900.00"),
    ("24900.5", "24900.50"),
    ("24900,50", "24900.50"),
    ("24 900", "24900.00"),
    (f"24{NNBSP}900", "24900.00"),
    (f"24{NBSP}900,50", "24900.50"),
    (f"24{THIN}900.05", "24900.05"),
    ("1 234 567,89", "1234567.89"),
    (f"1{NNBSP}234{NNBSP}567", "1234567.00"),
    (" 24900 ", "24900.00"),
    ("0", "0.00"),
], ids=["plain", "one-decimal", "comma", "space", "narrow-nbsp", "nbsp-comma", "thin-space", "groups-comma",
        "groups-nnbsp", "padded", "zero"])
def test_quote_accepts_amounts_as_people_type_them(desk, text, retail) -> None:
    assert price_quote(desk, text, "2026-11-19", "2026-11-25")["retail_price"] == retail


@pytest.mark.parametrize("text", [
    "-24900", "-0.01", "24900.123", "24900,001", "2.49e4", "1e5", "1E5", "abc", "", " ", "24 90", "2 4900",
    "1,234.56", "24,900,000", "+5", "0x10", "NaN", "Infinity", "24900.", ".5", "24900 ₽", "₽24900",
    "1234567890123", "99999999999999999999999999", "١٢٣",
])
def test_quote_rejects_bad_amounts(desk, text) -> None:
    result = desk("renewal-quote", "--price", text, "--support-until", "2026-11-19", "--json", code=2)
    assert_one_error_line(result)
    assert result.stdout == ""


def test_license_add_rejects_a_bad_price_and_stores_nothing(desk) -> None:
    result = desk("license", "add", NUMBER, "--edition", "Бизнес", "--price", "24900.001",
                  "--purchased", "2025-11-20", env={"DESK_PIN": PIN}, code=2)
    assert_one_error_line(result)
    desk("license", "add", "OTHER-1", "--pin", PIN, "--edition", "Бизнес", "--price", "1", "--purchased", "2025-11-20")
    assert [r["number"] for r in desk.json("license", "list", "--json")] == ["OTHER-1"]


# -- renewal-quote: license mode, price mode, neither, both ------------------------------


@pytest.mark.parametrize("args", [
    [NUMBER, "--price", "24900"],
    [NUMBER, "--support-until", "2026-11-19"],
    [NUMBER, "--price", "24900", "--support-until", "2026-11-19"],
    [],
    ["--price", "24900"],
    ["--support-until", "2026-11-19"],
], ids=["license+price", "license+until", "license+both", "neither", "price-only", "until-only"])
def test_quote_needs_exactly_one_mode(desk, args) -> None:
    add_license(desk)
    result = desk("renewal-quote", *args, code=2)
    assert_one_error_line(result)
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["--price", "24900", "--support-until", "2026-02-30"],
    ["--price", "24900", "--support-until", "19.11.2026"],
    ["--price", "24900", "--support-until", "2026-11-19", "--on", "2026-13-01"],
    ["--price", "24900", "--support-until", "2026-11-19", "--on", "tomorrow"],
    ["--price", "24900", "--support-until", "2026-11-19", "--format", "xml"],
])
def test_quote_rejects_bad_dates_and_formats(desk, args) -> None:
    result = desk("renewal-quote", *args, code=2)
    assert_one_error_line(result)


def test_quote_unknown_license_is_not_found(desk) -> None:
    add_license(desk)
    result = desk("renewal-quote", "HC-9999", code=3)
    assert_one_error_line(result)
    assert "HC-9999" in result.stderr


def test_quote_for_a_license_uses_its_stored_price_and_period(desk) -> None:
    add_license(desk, price=f"33{NNBSP}333,33", purchased="2026-03-01")
    data = quote(desk, NUMBER, "--on", "2026-11-25")
    assert (data["retail_price"], data["support_until"], data["days_after"]) == ("33333.33", "2027-02-28", -95)
    assert data["amount"] == "6666.67" and data["new_support_until"] == "2028-02-28"


# -- nothing before the purchase -----------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["check-eligibility", NUMBER, "--category", "usage", "--on", "2025-11-19"],
    ["renewal-quote", NUMBER, "--on", "2025-01-01"],
    ["license", "renew", NUMBER, "--on", "2025-11-19"],
], ids=["eligibility", "quote", "renew"])
def test_a_day_before_the_purchase_has_no_answer(desk, args) -> None:
    add_license(desk)
    result = desk(*args, code=2)
    assert_one_error_line(result)
    assert "before license HC-1001 was purchased (2025-11-20)" in result.stderr
    assert desk.json("check-eligibility", NUMBER, "--category", "usage", "--on", "2025-11-20", "--json")["eligible"]


def test_a_request_from_before_the_purchase_is_not_opened(desk) -> None:
    add_license(desk)
    result = desk("open", "-l", NUMBER, "-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S",
                  "--body", BODY, env={"DESK_PIN": PIN, "DESK_NOW": "2025-11-19T12:00"}, code=2)
    assert_one_error_line(result)
    assert desk.json("export", "--format", "json") == []


@pytest.mark.parametrize("command", [["license", "add", "HC-2", "--edition", "Бизнес", "--price", "1"],
                                     ["license", "edit", NUMBER]], ids=["add", "edit"])
def test_a_purchase_after_today_is_refused_and_stores_nothing(desk, command) -> None:
    add_license(desk)
    before = desk("license", "list", "--json").stdout
    result = desk(*command, "--purchased", "2026-11-26", env={"DESK_PIN": PIN}, code=2)
    assert_one_error_line(result)
    assert "purchase date 2026-11-26 is after today (2026-11-25)" in result.stderr
    assert desk("license", "list", "--json").stdout == before
    desk(*command, "--purchased", "2026-11-25", env={"DESK_PIN": PIN})


@pytest.mark.parametrize("day", ["20261125", "2026-W48-3", "2026W483", "2026-330", "２０２６-11-25", "2026-11-25T10:00"])
@pytest.mark.parametrize("command", [["renewal-quote", "--price", "24900", "--support-until"],
                                     ["renewal-quote", "--price", "24900", "--support-until", "2026-01-01", "--on"],
                                     ["license", "add", "HC-9", "--edition", "Бизнес", "--price", "1", "--purchased"]])
def test_a_day_is_written_as_the_desk_writes_one(desk, isolation, command, day) -> None:
    """Python reads 20261125 and 2026-W48-3 as dates too (review); the desk asks for
    YYYY-MM-DD everywhere and says so, and records nothing."""
    before = (isolation / "desk.db").read_bytes()
    result = desk(*command, day, env={"DESK_PIN": "5555"}, code=2)
    assert_one_error_line(result)
    assert "is not a date like 2026-11-25" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
