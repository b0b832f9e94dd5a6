"""``desk renewals``: support ending soon or ended recently, with the price and when it steps up."""

from __future__ import annotations

import pytest

from tests.cli.test_requests import add_license
from tests.conftest import assert_one_error_line

# Today is 2026-11-25 (conftest).


@pytest.fixture
def licenses(desk):
    add_license(desk, number="SOON", purchased="2025-12-05")      # until 2026-12-04: in 9 days, 20 %
    add_license(desk, number="GRACE", purchased="2025-11-20")     # until 2026-11-19: 6 days ago, 20 %
    add_license(desk, number="LATE", purchased="2025-11-05")      # until 2026-11-04: 21 days ago, 40 %
    add_license(desk, number="LAPSED", purchased="2025-10-01")    # until 2026-09-30: 56 days ago
    add_license(desk, number="FAR", purchased="2026-06-01")       # until 2027-05-31
    add_license(desk, number="FREE", edition="Халява", purchased="2025-11-20")
    return desk


def test_ending_soon_and_ended_recently_with_the_price_steps(licenses) -> None:
    rows = licenses.json("renewals", "--json")
    assert [r["license"] for r in rows] == ["LATE", "GRACE", "SOON"]
    late, grace, soon = rows
    assert (soon["days_after"], soon["rate"], soon["amount"], soon["price_until"], soon["next_rate"],
            soon["next_amount"], soon["new_support_until"]) == (
        -9, "0.20", "4980.00", "2026-12-18", "0.40", "9960.00", "2027-12-04")
    assert (grace["days_after"], grace["rate"], grace["price_until"]) == (6, "0.20", "2026-12-03")
    assert (late["days_after"], late["rate"], late["amount"], late["price_until"], late["next_rate"],
            late["next_amount"]) == (21, "0.40", "9960.00", "2026-12-04", "0.60", "14940.00")
    assert late["new_support_until"] == "2027-11-24"  # renewed late: a year from today


def test_the_window_and_the_last_tier(licenses) -> None:
    assert [r["license"] for r in licenses.json("renewals", "--within", "60d", "--json")] == [
        "LAPSED", "LATE", "GRACE", "SOON"]
    lapsed = licenses.json("renewals", "--within", "8w", "--json")[0]
    assert (lapsed["rate"], lapsed["price_until"], lapsed["next_rate"], lapsed["next_amount"]) == (
        "0.60", None, None, None)
    assert [r["license"] for r in licenses.json("renewals", "--within", "7", "--json")] == ["GRACE"]


def test_cron_friendly_like_queue_overdue(licenses) -> None:
    assert licenses("renewals", "--within", "1d", "--check").stdout == ""
    assert licenses.json("renewals", "--within", "1d", "--json") == []
    result = licenses("renewals", "--check", code=1)
    assert "SOON" in result.stdout and "4\u202f980,00\u00a0₽" in result.stdout


def test_fields_and_csv(licenses) -> None:
    assert licenses.json("renewals", "--json", "--fields", "license,amount")[0] == {"license": "LATE",
                                                                                   "amount": "9960.00"}
    lines = licenses("renewals", "--format", "csv", "--fields", "license,days_after").stdout.splitlines()
    assert lines == ["license,days_after", "LATE,21", "GRACE,6", "SOON,-9"]


@pytest.mark.parametrize("window", ["soon", "-5d", "30m", "99999d", ""])
def test_a_bad_window(licenses, window) -> None:
    assert_one_error_line(licenses("renewals", "--within", window, code=2))


def test_a_missing_database_is_an_error_not_an_empty_list(desk, isolation) -> None:
    result = desk("--db", str(isolation / "typo.db"), "renewals", "--check", code=5)
    assert_one_error_line(result)


def test_a_license_purchased_after_today_is_left_out_not_an_error(licenses) -> None:
    """A what-if clock set back before a purchase (or an imported record dated ahead): that
    license has nothing to renew yet; it failed the whole listing (QA)."""
    earlier = {"DESK_NOW": "2026-05-20T10:00"}  # before FAR was purchased (2026-06-01)
    rows = licenses.json("renewals", "--within", "400d", "--json", env=earlier)
    assert "FAR" not in [r["license"] for r in rows] and "SOON" in [r["license"] for r in rows]


@pytest.mark.parametrize("command", [["license", "renew", "HC-1"], ["renewal-quote", "HC-1"],
                                     ["check-eligibility", "HC-1"]])
def test_an_empty_day_is_refused_not_read_as_today(desk, isolation, command) -> None:
    """`--on "$DAY"` with DAY unset recorded a paid renewal dated today (review): an empty
    value is a bad date, as it is for --since and --support-until."""
    add_license(desk)
    before = (isolation / "desk.db").read_bytes()
    result = desk(*command, "--on", "", code=2)
    assert_one_error_line(result)
    assert "--on ''" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
