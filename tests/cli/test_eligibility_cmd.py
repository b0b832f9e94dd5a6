"""``check-eligibility`` and the same check ``desk open`` makes, and the PIN never coming back
out (SPEC 2.2-2.5, 5, 6). Clock and default license as in test_entitlement_cmd.py."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_entitlement_cmd import (
    BODY,
    EXPECTED_TODAY,
    NBSP,
    NNBSP,
    NUMBER,
    PIN,
    add_license,
    codes,
    open_request,
    plain,
)
from tests.conftest import assert_one_error_line


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
    # the free edition bought no support year: no date that would read as the end of its help
    assert (data["license"], data["on"], data["category"], data["support_until"]) == (
        NUMBER, on, category, None if edition == "Халява" else "2026-11-19")
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
    wrong = desk("check-eligibility", NUMBER, "--pin-file", "-", "--json", input="0000\n", code=4)
    assert_one_error_line(wrong)
    assert wrong.stdout == ""
    unknown = desk("check-eligibility", "HC-9999", "--pin-file", "-", "--json", input=PIN + "\n", code=4)
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


def test_where_a_pin_is_optional_neither_help_nor_warning_offers_desk_pin(desk) -> None:
    """DESK_PIN is read only where a PIN is required (desk open); a check or an edit ignores
    it on purpose, so their advice names what they do read."""
    add_license(desk)
    checked = desk("check-eligibility", NUMBER, "--pin", PIN, "--on", "2026-11-19")
    edited = desk("license", "edit", NUMBER, "--pin", "new-pin-77")
    for said in (checked.stderr, edited.stderr, desk("check-eligibility", "--help").stdout,
                 desk("license", "edit", "--help").stdout):
        assert "--ask-pin" in said and "DESK_PIN" not in said, said
    opened = desk("license", "add", "HC-2", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01",
                  "--pin", "1")
    assert "DESK_PIN" in opened.stderr  # where it is read, it is offered


@pytest.mark.parametrize(("on", "eligible", "until", "days_after"), [
    ("2024-05-09", True, "2024-05-09", 0), ("2024-05-10", False, "2024-05-09", 1),
    ("2025-06-01", False, "2024-05-09", 388), ("2026-01-09", False, "2024-05-09", 610),
    ("2026-01-10", True, "2027-01-09", -364),
])
def test_a_day_in_the_gap_before_a_late_renewal_was_not_covered(desk, on, eligible, until, days_after) -> None:
    """SPEC 2.3: renewed late, support starts on the renewal day; the days between were
    never paid for, whatever was bought since (QA: read as covered once renewed)."""
    desk("license", "add", "L-OLD", "-e", "Малый бизнес", "--price", "12345.67", "--purchased", "2023-05-10",
         env={"DESK_NOW": "2026-01-10T12:00+03:00", "DESK_PIN": "1234"})
    desk("license", "renew", "L-OLD", env={"DESK_NOW": "2026-01-10T12:00+03:00"})
    later = {"DESK_NOW": "2026-03-03T13:00+03:00"}
    verdict = desk.json("check-eligibility", "L-OLD", "-c", "usage", "--on", on, "--json", env=later, code=None)
    assert (verdict["eligible"], verdict["support_until"]) == (eligible, until)
    assert desk.json("renewal-quote", "L-OLD", "--on", on, "--json", env=later)["days_after"] == days_after


def test_today_replayed_before_a_recorded_late_renewal_is_not_covered(desk) -> None:
    """The review: with DESK_NOW in the unpaid gap, "today" read the renewal recorded after
    it, so check-eligibility said covered and open took the request; --on the same day said
    expired. A replayed day is the day as it was."""
    desk("license", "add", "L-GAP", "-e", "Корпорация", "--price", "50000", "--purchased", "2025-11-20",
         env={"DESK_NOW": "2026-11-25T10:00+03:00", "DESK_PIN": "1234"})
    desk("license", "renew", "L-GAP", env={"DESK_NOW": "2026-11-25T10:00+03:00"})
    replayed = {"DESK_NOW": "2026-11-22T10:00+03:00"}
    verdict = desk.json("check-eligibility", "L-GAP", "-c", "usage", "--json", env=replayed, code=1)
    assert (verdict["eligible"], verdict["support_until"]) == (False, "2026-11-19")
    assert verdict == desk.json("check-eligibility", "L-GAP", "-c", "usage", "--on", "2026-11-22", "--json", code=1)
    opened = desk.json("open", "-l", "L-GAP", "-v", "6.9.1", "-c", "usage", "--site", "https://a.example.ru",
                       "-s", "Меню", "--body", "Как настроить меню сайта?", "--json",
                       env={**replayed, "DESK_PIN": "1234"}, code=1)
    assert opened["status"] == "rejected" and [r["code"] for r in opened["reasons"]] == ["support_expired"]


def test_the_free_edition_shows_no_support_end(desk) -> None:
    """The review: every view gave the free edition an end of support it does not have."""
    add_license(desk, edition="Халява", price="0")
    assert desk.json("license", "show", NUMBER, "--json")["support_until"] is None
    assert [r["support_until"] for r in desk.json("license", "list", "--json")] == [None]
    assert "free edition: installation questions only" in desk("license", "show", NUMBER).stdout
    assert "no support period" in desk("check-eligibility", NUMBER, "--category", "installation").stdout
    listed = desk("license", "list").stdout
    assert "2026-11-19" not in listed and "free" in listed
