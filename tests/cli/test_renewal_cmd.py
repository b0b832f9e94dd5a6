"""``license renew`` and the renewal history in ``license show`` (SPEC 2.3-2.4). Clock and
default license as in test_entitlement_cmd.py."""

from __future__ import annotations


import pytest

from tests.cli.test_entitlement_cmd import (
    EXPECTED_TODAY,
    NUMBER,
    add_license,
    plain,
    quote,
)
from tests.conftest import assert_one_error_line


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
    second = desk.json("license", "renew", NUMBER, "--on", "2027-11-19", "--json", env={"DESK_NOW": "2027-11-19T10:00"})  # on the last day
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
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json", env={"DESK_NOW": "2026-12-05T10:00"})   # 16 days late: 40 %
    desk("license", "renew", NUMBER, "--on", "2028-01-10", "--json", env={"DESK_NOW": "2028-01-10T10:00"})   # 37 days late: 60 %
    desk("license", "renew", NUMBER, "--on", "2029-01-23", "--json", env={"DESK_NOW": "2029-01-23T10:00"})   # 14 days late: still 20 %
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
    add_license(desk, purchased="2027-03-01", env={"DESK_NOW": "2027-03-01T10:00"})  # covered through 2028-02-29
    desk("license", "renew", NUMBER, "--on", "2028-02-29", "--json", env={"DESK_NOW": "2028-02-29T10:00"})   # on the last day: no gap
    desk("license", "renew", NUMBER, "--on", "2029-03-20", "--json", env={"DESK_NOW": "2029-03-20T10:00"})   # 19 days late: 40 %
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
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json", env={"DESK_NOW": "2026-12-05T10:00"})
    result = desk("license", "renew", NUMBER, "--on", "2026-12-01", code=2, env={"DESK_NOW": "2026-12-01T10:00"})
    assert_one_error_line(result)
    support_until, history = renewals(desk)
    assert support_until == "2027-12-04" and len(history) == 1


def test_renew_table_output(desk) -> None:
    add_license(desk)
    out = plain(desk("license", "renew", NUMBER, "--on", "2026-12-04", env={"DESK_NOW": "2026-12-04T10:00"}).stdout)
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
    desk("license", "renew", NUMBER, "--on", "2026-12-05", "--json", env={"DESK_NOW": "2026-12-05T10:00"})
    out = desk("license", "show", NUMBER).stdout
    assert "Renewals" in out
    row = next(line for line in out.splitlines() if line.startswith("2026-12-05"))
    assert "40 %" in plain(row) and "9 960,00 ₽" in plain(row) and "2026-11-19" in row and "2027-12-04" in row


def test_a_renewal_after_today_is_refused_and_quoted_instead(desk, isolation) -> None:
    add_license(desk)
    before = (isolation / "desk.db").read_bytes()
    for day in ("2026-11-26", "2999-12-31"):  # a typo of the year would give centuries of support
        result = desk("license", "renew", NUMBER, "--on", day, code=2)
        assert_one_error_line(result)
        assert "after today" in result.stderr and "renewal-quote" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    assert desk.json("renewal-quote", NUMBER, "--on", "2026-11-26", "--json")["on"] == "2026-11-26"


@pytest.mark.parametrize("command", [("license", "renew", "FREE-1", "--on", "2026-11-25"),
                                     ("license", "renew", "FREE-1", "--dry-run"),
                                     ("renewal-quote", "FREE-1")])
def test_the_free_edition_has_nothing_to_renew(desk, command) -> None:
    """2.4: the free edition gets installation help with no support period, so no renewal is
    quoted or recorded (the reminders leave it out too); not "20 %, 0.00" (policy QA)."""
    add_license(desk, "FREE-1", edition="Халява", price="0")
    before = desk.json("license", "show", "FREE-1", "--json")
    result = desk(*command, code=2)
    assert_one_error_line(result)
    assert "free edition (Халява)" in result.stderr and "nothing" not in result.stdout
    assert desk.json("license", "show", "FREE-1", "--json") == before
