"""License rules a person trips over: a renewal entered twice, and numbers and edition
names typed in another case (SPEC 2.3, 2.4)."""

from __future__ import annotations

import pytest

from tests.cli.test_requests import add_license
from tests.conftest import assert_one_error_line

NUMBER = "HC-1001"
PIN = "4321"
BODY = "Как установить систему на хостинг? Мастер установки останавливается на проверке прав."


def add(desk, number: str = NUMBER, *, edition: str = "Бизнес", purchased: str = "2025-06-01") -> dict:
    return desk.json("license", "add", number, "--pin", PIN, "--edition", edition, "--price", "24900",
                     "--purchased", purchased, "--json")


def history(desk, number: str = NUMBER) -> list[tuple[str, str]]:
    data = desk.json("license", "show", number, "--json")
    return [(r["renewed_on"], r["rate"]) for r in data["renewals"]]


# -- a second renewal in the same support year ------------------------------------------


def test_a_second_renewal_on_the_same_day_is_refused_without_force(desk) -> None:
    add(desk)                                                             # lapsed on 2026-05-31
    first = desk.json("license", "renew", NUMBER, "--json")               # 60 %, through 2027-11-24
    assert (first["rate"], first["new_support_until"]) == ("0.60", "2027-11-24")
    result = desk("license", "renew", NUMBER, "--json", code=2)
    assert_one_error_line(result)
    assert "already renewed on 2026-11-25" in result.stderr and "--force" in result.stderr
    assert history(desk) == [("2026-11-25", "0.60")]


def test_force_records_the_second_renewal(desk) -> None:
    add(desk)
    desk("license", "renew", NUMBER)
    second = desk.json("license", "renew", NUMBER, "--force", "--json")
    assert (second["rate"], second["new_support_until"]) == ("0.20", "2028-11-24")
    assert history(desk) == [("2026-11-25", "0.60"), ("2026-11-25", "0.20")]


def test_dry_run_shows_the_renewal_and_records_nothing(desk, isolation) -> None:
    add(desk)
    before = (isolation / "desk.db").read_bytes()
    planned = desk("license", "renew", NUMBER, "--dry-run", "--json")
    assert planned.stdout and '"rate": "0.60"' in planned.stdout
    assert "nothing was recorded" in planned.stderr
    assert (isolation / "desk.db").read_bytes() == before
    assert history(desk) == []
    desk("license", "renew", NUMBER)
    repeat = desk("license", "renew", NUMBER, "--dry-run")
    assert "already renewed on 2026-11-25" in repeat.stderr and "needs --force" in repeat.stderr
    assert history(desk) == [("2026-11-25", "0.60")]


def test_renewing_each_year_needs_no_force(desk) -> None:
    add(desk, purchased="2026-06-01")                                     # through 2027-05-31

    def renew(day: str, code: int = 0):
        return desk("license", "renew", NUMBER, "--on", day, code=code, env={"DESK_NOW": f"{day}T10:00"})

    renew("2027-05-20")                # before the end: next year
    renew("2028-05-25")                # a year later, before the end
    renew("2030-01-10")                # lapsed: a renewal is due, buying 2030-01-10..2031-01-09
    assert [rate for _, rate in history(desk)] == ["0.20", "0.20", "0.60"]
    result = renew("2030-01-10", code=2)  # the same renewal entered twice
    assert "already renewed on 2030-01-10" in result.stderr
    renew("2030-12-20")                # before the late-bought year ends: the next year, on time
    result = renew("2030-12-28", code=2)  # the year after is already bought
    assert "already renewed on 2030-12-20" in result.stderr
    assert history(desk)[-1] == ("2030-12-20", "0.20")
    assert desk.json("license", "show", NUMBER, "--json")["support_until"] == "2032-01-09"


def test_the_on_time_renewal_after_a_late_one_needs_no_force(desk) -> None:
    # Support lapsed on 2025-05-31 and was bought back late on 2025-08-10 (60 %, through
    # 2026-08-09); renewing before that year ends is the customer's ordinary 20 % renewal.
    add(desk, purchased="2024-06-01")
    desk("license", "renew", NUMBER, "--on", "2025-08-10", env={"DESK_NOW": "2025-08-10T10:00"})
    renewed = desk.json("license", "renew", NUMBER, "--on", "2026-08-01", "--json",
                        env={"DESK_NOW": "2026-08-01T10:00"})
    assert (renewed["rate"], renewed["new_support_until"]) == ("0.20", "2027-08-09")
    assert history(desk) == [("2025-08-10", "0.60"), ("2026-08-01", "0.20")]
    forced = [e for e in desk.json("license", "show", NUMBER, "--json")["history"] if e["after"].get("forced")]
    assert forced == []


# -- case ------------------------------------------------------------------------------


def test_license_numbers_match_whatever_their_case(desk) -> None:
    add(desk)
    assert desk.json("license", "show", "hc-1001", "--json")["number"] == NUMBER
    assert desk.json("renewal-quote", "hc-1001", "--json")["license"] == NUMBER
    assert desk.json("check-eligibility", "Hc-1001", "--pin", PIN, "--json", code=1)["license"] == NUMBER
    renewed = desk.json("license", "renew", "hc-1001", "--json")
    assert renewed["license"] == NUMBER and history(desk) == [("2026-11-25", "0.60")]
    edited = desk.json("license", "edit", "hc-1001", "--customer", "ООО Ромашка", "--json")
    assert edited["number"] == NUMBER


def test_a_number_that_differs_only_in_case_is_the_same_license(desk) -> None:
    add(desk)
    result = desk("license", "add", "hc-1001", "--pin", PIN, "--edition", "Бизнес", "--price", "1",
                  "--purchased", "2026-01-01", code=2)
    assert "license HC-1001 already exists" in result.stderr
    assert len(desk.json("license", "list", "--json")) == 1


def test_a_request_opened_with_a_lowercase_number_is_filed_under_the_license(desk) -> None:
    add(desk, purchased="2026-06-01")
    opened = desk.json("open", "-l", "hc-1001", "--pin", PIN, "-v", "6.9.1", "-c", "usage", "--site",
                       "https://shop.example.ru", "-s", "Корзина", "--body",
                       "Корзина пуста после обновления. Почему?", "--json")
    assert opened["license"] == NUMBER and opened["status"] == "open"


@pytest.mark.parametrize("named", ["Халява", "халява", "HostCMS.Халява", "hostcms.халява", "HOSTCMS.ХАЛЯВА"])
def test_the_free_edition_by_any_of_its_names(desk, named) -> None:
    add(desk, "HC-FREE", edition=named, purchased="2026-06-01")
    assert desk.json("license", "show", "HC-FREE", "--json")["edition"] == "Халява"
    opened = desk.json("open", "-l", "hc-free", "--pin", PIN, "-v", "6.9.1", "-c", "installation", "--site",
                       "https://shop.example.ru", "-s", "Установка", "--body", BODY, "-e", named, "--json")
    assert opened["status"] == "open" and opened["edition"] == "Халява"


@pytest.mark.parametrize("given", [("--pin", "1234", "--ask-pin"), ("--pin-file", "-", "--ask-pin"),
                                   ("--pin", "1234", "--pin-file", "-")], ids=" ".join)
def test_a_new_pin_given_two_ways_is_refused(desk, isolation, given) -> None:
    """Without a terminal --ask-pin was dropped and the PIN on the command line set (QA)."""
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01",
         env={"DESK_PIN": "4321"})
    before = (isolation / "desk.db").read_bytes()
    result = desk("license", "edit", "HC-1", *given, input="5678\n", code=2)
    assert_one_error_line(result)
    assert "give the PIN once" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before


@pytest.mark.parametrize("command", [("check-eligibility", "", "--category", "usage"), ("license", "show", " "),
                                     ("renewal-quote", ""), ("license", "renew", "", "--dry-run")], ids=" ".join)
def test_an_empty_license_number_is_a_usage_error(desk, command) -> None:
    """It was "license  not found" (exit 3): an unset variable in a script, not a license nobody has (QA)."""
    add(desk)
    result = desk(*command, code=2)
    assert_one_error_line(result)
    assert "license number" in result.stderr


def test_license_list_to_a_pipe_is_one_line_per_license(desk) -> None:
    """Piped, a long customer name keeps its line (Rich wrapped it at the width, and took
    100 s over fifty thousand licenses: QA); the text is the table's own."""
    long_name = "Общество с ограниченной ответственностью «Торговый дом Северная Звезда и партнёры»"
    add_license(desk, number="HC-1", customer=long_name)
    add_license(desk, number="HC-2", edition="Халява")
    lines = desk("license", "list", env={"COLUMNS": "80"}).stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["Number", "HC-1", "HC-2"]
    assert long_name in lines[1] and "free" in lines[2]


@pytest.mark.parametrize(("pin", "said"), [("12\t34", "control character"), ("7" * 129, "at most 128 characters")],
                         ids=["tab", "long"])
def test_a_pin_refused_says_why_and_never_what(desk, pin, said) -> None:
    """Security QA: a PIN with a tab was told it was too long ("at most 128 printable characters")."""
    result = desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01",
                  env={"DESK_PIN": pin}, code=2)
    assert_one_error_line(result)
    assert said in result.stderr and pin not in result.stderr and "34" not in result.stderr


# -- support taken away while requests are open --------------------------------------------


def test_marking_code_modified_names_the_open_requests_that_keep_their_deadlines(desk) -> None:
    """2.5 ends support, but the license's open requests stay in the queue until an agent
    decides: the edit says which they are and how to refuse one (policy QA: it said nothing)."""
    from tests.cli.test_requests import open_request

    add_license(desk)
    first, second = open_request(desk)["id"], open_request(desk, subject="Второй")["id"]
    desk("close", str(second))
    edited = desk("license", "edit", "HC-1", "--code-modified")
    assert edited.stderr.strip().endswith(f"note: license HC-1 gets no support now (code_modified); its open requests "
                                          f"#{first} keep their deadlines: desk reject ID --reason code_modified refuses one")
    assert "note:" not in desk("license", "edit", "HC-1", "--code-modified").stderr  # already so: nothing new
    assert desk.json("show", str(first), "--json")["status"] == "open"


def test_moving_to_the_free_edition_names_them_too_and_a_license_without_open_requests_nothing(desk) -> None:
    from tests.cli.test_requests import open_request

    add_license(desk)
    add_license(desk, number="HC-2", pin="1111")
    opened = open_request(desk)["id"]
    assert f"(free_edition); its open requests #{opened} keep" in desk("license", "edit", "HC-1", "--edition",
                                                                      "Халява").stderr
    assert "note:" not in desk("license", "edit", "HC-2", "--edition", "Халява").stderr
    assert "note:" not in desk("license", "edit", "HC-2", "--customer", "ООО Лютик").stderr


@pytest.mark.parametrize("code, fact", [
    ("support_expired", "its support runs through 2026-05-31"),
    ("free_edition", "its edition Бизнес is not the free one"),
    ("code_modified", "it is not marked as modified (desk license edit HC-1 --code-modified)"),
])
def test_a_refusal_that_the_license_contradicts_is_refused(desk, code, fact) -> None:
    """Eligibility codes state facts of the license: an agent's refusal under one the record
    contradicts would tell a covered customer a falsehood (policy QA). The record first."""
    from tests.cli.test_requests import open_request

    add_license(desk, purchased="2025-06-01")
    request = open_request(desk, at="2025-12-01T10:00")["id"]
    result = desk("reject", str(request), "--reason", code, env={"DESK_NOW": "2026-03-02T10:00"}, code=2)
    assert_one_error_line(result)
    assert f"license HC-1 does not say {code}: {fact}" in result.stderr
    assert desk.json("show", str(request), "--json")["status"] == "open"


def test_a_refusal_the_license_bears_out_is_made(desk) -> None:
    from tests.cli.test_requests import open_request

    add_license(desk, purchased="2025-06-01")
    lapsed = open_request(desk, at="2026-05-29T10:00")["id"]                     # support through 2026-05-31
    desk("reject", str(lapsed), "--reason", "support_expired", env={"DESK_NOW": "2026-06-02T10:00"})
    desk("license", "edit", "HC-1", "--code-modified", env={"DESK_NOW": "2026-06-02T10:00"})
    modified = open_request(desk, at="2026-05-29T11:00", subject="Второй", code=1)  # refused at opening now
    assert modified["status"] == "rejected"
    assert desk.json("show", str(lapsed), "--json")["reasons"][0]["code"] == "support_expired"


@pytest.mark.parametrize("email", ["a@b.ru,c@d.ru", "<a@b.ru>", "a@@b.ru", "Иван <a@b.ru>", "a@b", "a..b@b.ru",
                                   "a@b.ru c@d.ru", ".a@b.ru", "a@-b.ru"])
@pytest.mark.parametrize("command", ["add", "edit"])
def test_an_address_the_mail_could_not_reach_is_refused(desk, isolation, email, command) -> None:
    """"a@b.ru,c@d.ru" was taken, and its renewal reminders dropped with a warning (review):
    an address is recorded only when a letter could go to it."""
    add_license(desk)
    before = (isolation / "desk.db").read_bytes()
    args = ["license", "add", "HC-2", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01"] \
        if command == "add" else ["license", "edit", "HC-1"]
    result = desk(*args, "--email", email, env={"DESK_PIN": "5555"}, code=2)
    assert_one_error_line(result)
    assert (isolation / "desk.db").read_bytes() == before


@pytest.mark.parametrize("email", ["ivan@shop.example.ru", "ivan.petrov+desk@магазин.рф", "o'neil@example.com"])
def test_an_address_the_mail_reaches_is_kept_as_written(desk, email) -> None:
    add_license(desk, email=email)
    assert desk.json("license", "show", "HC-1", "--json")["email"] == email


# -- what was never given -----------------------------------------------------------------


def test_an_address_and_site_never_given_are_null_everywhere_json_shows_a_license(desk) -> None:
    added = add(desk)
    assert added["email"] is None and added["site"] is None
    assert desk.json("license", "show", NUMBER, "--json")["site"] is None
    assert [r["email"] for r in desk.json("license", "list", "--json")] == [None]
    # given and then cleared, a field is as if never given
    desk("license", "edit", NUMBER, "--email", "it@romashka.ru", "--site", "https://romashka.ru")
    shown = desk.json("license", "show", NUMBER, "--json")
    assert (shown["email"], shown["site"]) == ("it@romashka.ru", "https://romashka.ru")
    desk("license", "edit", NUMBER, "--site", "")
    assert desk.json("license", "show", NUMBER, "--json")["site"] is None
