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
                purchased: str = "2025-11-20", code_modified: bool = False, pin: str = PIN) -> dict:
    args = ["license", "add", number, "--pin", pin, "--edition", edition, "--price", price,
            "--purchased", purchased, "--json"]
    if code_modified:
        args.append("--code-modified")
    return desk.json(*args)


def open_request(desk, number: str = NUMBER, *, category: str = "usage", pin: str = PIN, code: int = 0,
                 env: dict | None = None, subject: str = "Subject"):
    return desk("open", "-l", number, "--pin", pin, "-v", "6.9.1", "-c", category, "--site", "https://example.ru",
                "-s", subject, "--body", BODY, "--json", code=code, env=env)


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
    result = desk("license", "add", NUMBER, "--pin", PIN, "--edition", "Бизнес", "--price", "24900.001",
                  "--purchased", "2025-11-20", code=2)
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


# -- check-eligibility ------------------------------------------------------------------

ELIGIBILITY_CASES = [
    # id, edition, code_modified, on, category, expected codes
    ("eligible-last-day", "Бизнес", False, "2026-11-19", "usage", []),
    ("eligible-no-category", "Бизнес", False, "2026-11-01", None, []),
    ("expired-next-day", "Бизнес", False, "2026-11-20", "usage", ["support_expired"]),
    ("expired-installation", "Бизнес", False, "2026-11-20", "installation", ["support_expired"]),
    ("free-usage", "Халява", False, "2026-11-01", "usage", ["free_edition"]),
    ("free-no-category", "Халява", False, "2026-11-01", None, ["free_edition"]),
    ("free-installation", "Халява", False, "2026-11-01", "installation", []),
    ("free-installation-after-period", "Халява", False, "2027-06-01", "installation", []),
    ("free-usage-after-period", "Халява", False, "2027-06-01", "usage", ["free_edition"]),
    ("modified", "Корпорация", True, "2026-11-01", "technical", ["code_modified"]),
    ("modified-installation", "Мой сайт", True, "2026-11-01", "installation", ["code_modified"]),
    ("expired+modified", "Малый бизнес", True, "2026-12-25", "emergency", ["support_expired", "code_modified"]),
    ("free+modified", "Халява", True, "2026-11-01", "usage", ["free_edition", "code_modified"]),
    ("free-installation+modified", "Халява", True, "2026-11-01", "installation", ["code_modified"]),
]


@pytest.mark.parametrize("edition,modified,on,category,expected", [c[1:] for c in ELIGIBILITY_CASES],
                         ids=[c[0] for c in ELIGIBILITY_CASES])
def test_check_eligibility_reasons_and_exit_code(desk, edition, modified, on, category, expected) -> None:
    add_license(desk, edition=edition, code_modified=modified, price="0" if edition == "Халява" else "24900")
    args = ["check-eligibility", NUMBER, "--on", on, "--json"]
    if category:
        args += ["--category", category]
    result = desk(*args, code=1 if expected else 0)
    data = json.loads(result.stdout)
    assert codes(data["reasons"]) == expected
    assert data["eligible"] is (not expected)
    assert (data["license"], data["on"], data["category"], data["support_until"]) == (
        NUMBER, on, category, "2026-11-19")
    assert all(isinstance(r["message"], str) and r["message"] for r in data["reasons"])
    assert (data["renewal"] is not None) == ("support_expired" in expected)


def test_check_eligibility_json_shape(desk) -> None:
    add_license(desk)
    data = desk.json("check-eligibility", NUMBER, "--category", "usage", "--json", code=1)
    assert list(data)[:6] == ["license", "on", "category", "eligible", "reasons", "support_until"]
    assert data["on"] == "2026-11-25"  # default: today
    assert all(list(r) == ["code", "message"] for r in data["reasons"])
    # the renewal offer is the same quote renewal-quote gives for today
    assert data["renewal"] == EXPECTED_TODAY


@pytest.mark.parametrize("on,price_text", [
    ("2026-11-20", "4 980,00 ₽ (20 %)"),
    ("2026-12-03", "4 980,00 ₽ (20 %)"),
    ("2026-12-04", "9 960,00 ₽ (40 %)"),
    ("2026-12-19", "9 960,00 ₽ (40 %)"),
    ("2026-12-20", "14 940,00 ₽ (60 %)"),
])
def test_support_expired_says_what_renewing_that_day_costs(desk, on, price_text) -> None:
    add_license(desk)
    data = desk.json("check-eligibility", NUMBER, "--on", on, "--json", code=1)
    (reason,) = data["reasons"]
    assert reason["code"] == "support_expired"
    assert "2026-11-19" in reason["message"] and on in reason["message"]
    assert price_text in plain(reason["message"])


def test_check_eligibility_table_names_the_verdict_and_every_reason(desk) -> None:
    add_license(desk, code_modified=True)
    out = plain(desk("check-eligibility", NUMBER, "--category", "usage", code=1, env={"COLUMNS": "200"}).stdout)
    assert "not eligible" in out
    assert "support_expired" in out and "code_modified" in out
    assert "4 980,00 ₽" in out


def test_check_eligibility_table_eligible_exit_0(desk) -> None:
    add_license(desk)
    out = desk("check-eligibility", NUMBER, "--on", "2026-11-19").stdout
    assert "eligible" in out and "not eligible" not in out


def test_check_eligibility_with_the_right_pin(desk) -> None:
    add_license(desk)
    assert desk.json("check-eligibility", NUMBER, "--pin", PIN, "--on", "2026-11-19", "--json")["eligible"] is True
    assert desk.json("check-eligibility", NUMBER, "--pin", PIN, "--json", code=1)["eligible"] is False


def test_check_eligibility_wrong_pin_is_exit_4_with_one_message(desk) -> None:
    add_license(desk)
    wrong = desk("check-eligibility", NUMBER, "--pin", "0000", "--json", code=4)
    assert_one_error_line(wrong)
    assert wrong.stdout == ""
    unknown = desk("check-eligibility", "HC-9999", "--pin", PIN, "--json", code=4)
    assert_one_error_line(unknown)
    # one message for both, so the answer does not tell which part was wrong
    assert wrong.stderr == unknown.stderr
    assert PIN not in wrong.stderr + unknown.stderr


def test_check_eligibility_after_pin_change(desk) -> None:
    add_license(desk)
    desk("license", "edit", NUMBER, "--pin", "new-pin-77", "--json")
    desk("check-eligibility", NUMBER, "--pin", PIN, code=4)
    desk("check-eligibility", NUMBER, "--pin", "new-pin-77", "--on", "2026-11-19")


def test_check_eligibility_unknown_license_is_not_found(desk) -> None:
    add_license(desk)
    result = desk("check-eligibility", "HC-9999", code=3)
    assert_one_error_line(result)


@pytest.mark.parametrize("args", [["--on", "2026-11-31"], ["--category", "billing"], ["--format", "yaml"]])
def test_check_eligibility_bad_input_is_exit_2(desk, args) -> None:
    add_license(desk)
    assert_one_error_line(desk("check-eligibility", NUMBER, *args, code=2))


def test_code_modified_follows_license_edit(desk) -> None:
    add_license(desk)
    desk("license", "edit", NUMBER, "--code-modified", "--json")
    data = desk.json("check-eligibility", NUMBER, "--on", "2026-11-01", "--json", code=1)
    assert codes(data["reasons"]) == ["code_modified"]
    desk("license", "edit", NUMBER, "--code-intact", "--json")
    assert desk.json("check-eligibility", NUMBER, "--on", "2026-11-01", "--json")["eligible"] is True


# -- license renew and the renewal history --------------------------------------------


def renewals(desk, number: str = NUMBER) -> tuple[str, list[dict]]:
    data = desk.json("license", "show", number, "--json")
    return data["support_until"], data["renewals"]


def test_new_license_has_no_renewals(desk) -> None:
    add_license(desk)
    assert renewals(desk) == ("2026-11-19", [])


def test_renewals_on_time_follow_without_a_gap(desk) -> None:
    add_license(desk)
    first = desk.json("license", "renew", NUMBER, "--on", "2026-11-10", "--json")
    assert (first["license"], first["on"], first["rate"], first["amount"], first["new_support_until"]) == (
        NUMBER, "2026-11-10", "0.20", "4980.00", "2027-11-19")
    second = desk.json("license", "renew", NUMBER, "--on", "2027-11-19", "--json")  # on the last day
    assert (second["support_until"], second["days_after"], second["new_support_until"]) == (
        "2027-11-19", 0, "2028-11-19")
    assert renewals(desk) == ("2028-11-19", [
        {"renewed_on": "2026-11-10", "rate": "0.20", "amount": "4980.00",
         "old_support_until": "2026-11-19", "new_support_until": "2027-11-19"},
        {"renewed_on": "2027-11-19", "rate": "0.20", "amount": "4980.00",
         "old_support_until": "2027-11-19", "new_support_until": "2028-11-19"},
    ])


def test_late_renewals_start_on_the_renewal_day(desk) -> None:
    add_license(desk)
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json")   # 16 days late: 40 %
    desk("license", "renew", NUMBER, "--on", "2028-01-10", "--json")   # 37 days late: 60 %
    desk("license", "renew", NUMBER, "--on", "2029-01-23", "--json")   # 14 days late: still 20 %
    assert renewals(desk) == ("2030-01-22", [
        {"renewed_on": "2026-12-05", "rate": "0.40", "amount": "9960.00",
         "old_support_until": "2026-11-19", "new_support_until": "2027-12-04"},
        {"renewed_on": "2028-01-10", "rate": "0.60", "amount": "14940.00",
         "old_support_until": "2027-12-04", "new_support_until": "2029-01-09"},
        {"renewed_on": "2029-01-23", "rate": "0.20", "amount": "4980.00",
         "old_support_until": "2029-01-09", "new_support_until": "2030-01-22"},
    ])


def test_renew_defaults_to_today_at_the_quoted_price(desk) -> None:
    add_license(desk)
    quoted = quote(desk, NUMBER)
    renewed = desk.json("license", "renew", NUMBER, "--json")
    assert renewed == quoted == EXPECTED_TODAY
    support_until, history = renewals(desk)
    assert support_until == "2027-11-24"
    assert [(r["renewed_on"], r["amount"]) for r in history] == [("2026-11-25", "4980.00")]


def test_renewal_restores_eligibility_and_updates_list(desk) -> None:
    add_license(desk)
    desk("check-eligibility", NUMBER, code=1)
    desk("license", "renew", NUMBER, "--json")
    assert desk.json("check-eligibility", NUMBER, "--category", "usage", "--json")["eligible"] is True
    (listed,) = desk.json("license", "list", "--json")
    assert listed["support_until"] == "2027-11-24"
    # the next quote is priced against the extended period
    assert quote(desk, NUMBER)["support_until"] == "2027-11-24"


def test_renewal_of_a_leap_day_license_chain(desk) -> None:
    add_license(desk, purchased="2027-03-01")                           # covered through 2028-02-29
    desk("license", "renew", NUMBER, "--on", "2028-02-29", "--json")   # on the last day: no gap
    desk("license", "renew", NUMBER, "--on", "2029-03-20", "--json")   # 19 days late: 40 %
    support_until, history = renewals(desk)
    assert [(r["old_support_until"], r["new_support_until"], r["rate"]) for r in history] == [
        ("2028-02-29", "2029-03-01", "0.20"),
        ("2029-03-01", "2030-03-19", "0.40"),
    ]
    assert support_until == "2030-03-19"


def test_two_renewals_on_one_day_buy_two_years_only_when_forced(desk) -> None:
    add_license(desk)
    desk("license", "renew", NUMBER, "--on", "2026-11-10", "--json")
    assert_one_error_line(desk("license", "renew", NUMBER, "--on", "2026-11-10", code=2))
    assert renewals(desk)[0] == "2027-11-19"
    desk("license", "renew", NUMBER, "--on", "2026-11-10", "--force", "--json")
    assert renewals(desk)[0] == "2028-11-19"


def test_renew_cannot_predate_the_purchase(desk) -> None:
    add_license(desk)
    result = desk("license", "renew", NUMBER, "--on", "2025-01-01", code=2)
    assert_one_error_line(result)
    assert renewals(desk) == ("2026-11-19", [])


def test_renew_cannot_predate_the_last_renewal(desk) -> None:
    add_license(desk)
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json")
    result = desk("license", "renew", NUMBER, "--on", "2026-12-01", code=2)
    assert_one_error_line(result)
    support_until, history = renewals(desk)
    assert support_until == "2027-12-04" and len(history) == 1


def test_renew_table_output(desk) -> None:
    add_license(desk)
    out = plain(desk("license", "renew", NUMBER, "--on", "2026-12-04").stdout)
    assert f"license {NUMBER} renewed" in out
    assert "9 960,00 ₽" in out and "2027-12-03" in out


@pytest.mark.parametrize("args,code", [
    (["license", "renew", "HC-9999"], 3),
    (["license", "renew", NUMBER, "--on", "2026-02-30"], 2),
    (["license", "show", "HC-9999"], 3),
])
def test_renew_and_show_errors(desk, args, code) -> None:
    add_license(desk)
    assert_one_error_line(desk(*args, code=code))
    assert renewals(desk) == ("2026-11-19", [])


def test_license_show_table_lists_renewals(desk) -> None:
    add_license(desk)
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json")
    out = desk("license", "show", NUMBER).stdout
    assert "Renewals" in out
    row = next(line for line in out.splitlines() if line.startswith("2026-12-05"))
    assert "40 %" in plain(row) and "9 960,00 ₽" in plain(row) and "2026-11-19" in row and "2027-12-04" in row


# -- desk open enforces the same check ------------------------------------------------


def queue_ids(desk) -> list[int]:
    return [r["id"] for r in desk.json("queue", "--json")]


def test_open_on_an_expired_license_is_rejected_with_the_price(desk) -> None:
    add_license(desk)
    result = open_request(desk, code=1)
    data = json.loads(result.stdout)
    assert data["status"] == "rejected"
    assert data["due_at"] is None and data["remaining_minutes"] is None and data["overdue"] is False
    (reason,) = data["reasons"]
    assert reason["code"] == "support_expired"
    assert "4 980,00 ₽" in plain(reason["message"]) and "2026-11-19" in reason["message"]
    # stored as rejected, with its reasons, and kept out of the queue
    stored = desk.json("show", str(data["id"]), "--json")
    assert stored["status"] == "rejected" and stored["reasons"] == data["reasons"]
    assert queue_ids(desk) == []


def test_open_expired_price_follows_the_day(desk) -> None:
    add_license(desk)
    data = json.loads(open_request(desk, code=1, env={"DESK_NOW": "2026-12-07T11:00:00+03:00"}).stdout)
    assert codes(data["reasons"]) == ["support_expired"]
    assert "9 960,00 ₽" in plain(data["reasons"][0]["message"])


def test_open_on_the_last_covered_day_is_accepted(desk) -> None:
    add_license(desk)
    data = json.loads(open_request(desk, env={"DESK_NOW": "2026-11-19T23:30:00+03:00"}).stdout)
    assert data["status"] == "open" and data["reasons"] == []
    # 23:30 Moscow on the 19th is already the 20th in UTC; the desk's date decides
    late = json.loads(open_request(desk, code=1, subject="Another one",
                                   env={"DESK_NOW": "2026-11-20T00:30:00+03:00"}).stdout)
    assert codes(late["reasons"]) == ["support_expired"]


def test_open_rejection_table_prints_reason_and_price(desk) -> None:
    add_license(desk)
    result = desk("open", "-l", NUMBER, "--pin", PIN, "-v", "6.9.1", "-c", "usage", "--site", "https://example.ru",
                  "-s", "Subject", "--body", BODY, code=1, env={"COLUMNS": "200"})
    out = plain(result.stdout)
    assert "rejected" in out and "support_expired" in out and "4 980,00 ₽" in out
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("edition,modified,category,expected", [
    ("Халява", False, "usage", ["free_edition"]),
    ("Халява", False, "emergency", ["free_edition"]),
    ("Бизнес", True, "usage", ["code_modified"]),
    ("Халява", True, "installation", ["code_modified"]),
    ("Халява", True, "technical", ["free_edition", "code_modified"]),
])
def test_open_rejects_for_edition_and_modified_code(desk, edition, modified, category, expected) -> None:
    add_license(desk, edition=edition, code_modified=modified, purchased="2026-06-01")
    data = json.loads(open_request(desk, category=category, code=1).stdout)
    assert data["status"] == "rejected" and codes(data["reasons"]) == expected
    assert queue_ids(desk) == []


def test_open_expired_and_modified_gives_both_reasons(desk) -> None:
    add_license(desk, code_modified=True)
    data = json.loads(open_request(desk, code=1).stdout)
    assert codes(data["reasons"]) == ["support_expired", "code_modified"]


def test_free_edition_installation_question_is_opened(desk) -> None:
    add_license(desk, edition="Халява", price="0", purchased="2024-01-10")  # long past a year
    data = json.loads(open_request(desk, category="installation").stdout)
    assert data["status"] == "open" and data["reasons"] == [] and data["due_at"] is not None
    assert queue_ids(desk) == [data["id"]]


def test_queue_holds_the_open_request_and_not_the_rejected_one(desk) -> None:
    add_license(desk, "HC-OK", purchased="2026-06-01")
    add_license(desk, "HC-OLD")
    rejected = json.loads(open_request(desk, "HC-OLD", code=1).stdout)
    opened = json.loads(open_request(desk, "HC-OK").stdout)
    assert (rejected["status"], opened["status"]) == ("rejected", "open")
    assert queue_ids(desk) == [opened["id"]]


def test_open_after_renewal_is_accepted(desk) -> None:
    add_license(desk)
    open_request(desk, code=1)
    desk("license", "renew", NUMBER, "--json")
    data = json.loads(open_request(desk, subject="Second try").stdout)
    assert data["status"] == "open"
    assert queue_ids(desk) == [data["id"]]


def test_open_with_a_wrong_pin_stores_nothing(desk) -> None:
    add_license(desk, purchased="2026-06-01")
    result = open_request(desk, pin="0000", code=4)
    assert_one_error_line(result)
    assert result.stdout == ""
    assert queue_ids(desk) == []
    desk("show", "1", code=3)


# -- the PIN never comes back out ------------------------------------------------------


def test_pin_never_appears_in_any_output(desk) -> None:
    outputs = []
    added = desk("license", "add", NUMBER, "--pin", PIN, "--edition", "Бизнес", "--price", "24900",
                 "--purchased", "2025-11-20", "--json")
    outputs.append(added)
    outputs.append(desk("license", "add", "HC-2", "--pin", PIN, "--edition", "Халява", "--price", "0",
                        "--purchased", "2026-06-01"))
    outputs.append(desk("license", "renew", NUMBER, "--on", "2026-11-10", "--json"))
    outputs.append(desk("license", "edit", "HC-2", "--pin", PIN + "x", "--json"))
    for fmt in ("json", "jsonl", "csv", "table"):
        outputs.append(desk("license", "list", "--format", fmt))
        outputs.append(desk("license", "show", NUMBER, "--format", fmt))
    outputs.append(desk("check-eligibility", NUMBER, "--pin", PIN, "--json"))
    outputs.append(desk("check-eligibility", NUMBER, "--pin", "0000", code=4))
    outputs.append(open_request(desk))
    outputs.append(open_request(desk, "HC-2", pin=PIN + "x", code=1))
    outputs.append(desk("show", "1", "--json"))
    outputs.append(desk("show", "2", "--json"))
    for result in outputs:
        text = result.stdout + result.stderr
        assert PIN not in text
        assert "scrypt" not in text.lower()
        assert "pin_hash" not in text
    for record in desk.json("license", "list", "--json") + [desk.json("license", "show", NUMBER, "--json")]:
        assert not any("pin" in key.lower() for key in record)


def test_table_never_splits_an_amount_across_lines(desk) -> None:
    add_license(desk)
    out = desk("check-eligibility", NUMBER, "--on", "2026-12-20", code=1, env={"COLUMNS": "85"}).stdout
    assert f"14{NNBSP}940,00{NBSP}₽" in out
