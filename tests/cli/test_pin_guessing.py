"""The PIN: where it comes from (never needed on the command line), and a limit on guessing
it: 5 wrong PINs for one number within 15 minutes lock the number for 15 minutes."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain import pins
from tests.conftest import assert_one_error_line

PIN = "4321"
BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"
OPEN = ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Корзина",
        "--body", BODY)


@pytest.fixture
def licensed(desk):
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01",
         env={"DESK_PIN": PIN})
    return desk


def at(minutes: float) -> dict[str, str]:
    """DESK_NOW ``minutes`` after 10:00 on the test day."""
    moment = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))) + dt.timedelta(minutes=minutes)
    return {"DESK_NOW": moment.isoformat()}


def guess(desk, pin: str, minutes: float = 0, number: str = "HC-1", code: int = 4):
    args = list(OPEN)
    args[2] = number
    return desk(*args, env={**at(minutes), "DESK_PIN": pin}, code=code)


# -- the limit -----------------------------------------------------------------------------


def test_five_wrong_pins_lock_the_number_and_the_right_one_is_refused_too(licensed) -> None:
    answers = [guess(licensed, f"000{n}", minutes=n).stderr for n in range(5)]
    right = guess(licensed, PIN, minutes=5)
    assert set(answers) == {right.stderr}  # the same line: the lock says nothing new
    assert_one_error_line(right)
    # ... but where to look, the same for all: the right PIN refused said only "not recognised"
    assert "check both with the customer" in right.stderr and "desk license show NUMBER" in right.stderr
    assert licensed.json("queue", "--json") == []


def test_the_lock_ends_15_minutes_after_the_last_wrong_pin(licensed) -> None:
    for n in range(5):
        guess(licensed, "0000", minutes=n)
    guess(licensed, PIN, minutes=4 + 14.9)
    opened = guess(licensed, PIN, minutes=4 + 15, code=0)
    assert "Корзина" in opened.stdout


def test_four_wrong_pins_lock_nothing_and_old_ones_do_not_count(licensed) -> None:
    for n in range(4):
        guess(licensed, "0000", minutes=n)
    guess(licensed, PIN, minutes=5, code=0)
    for n in range(4):
        guess(licensed, "0000", minutes=30 + n)
    guess(licensed, "0000", minutes=60)  # the fifth, but 30 minutes after the first four
    guess(licensed, PIN, minutes=61, code=0)


def test_unknown_numbers_are_counted_and_locked_the_same_way(licensed) -> None:
    unknown = [guess(licensed, PIN, minutes=n, number="HC-404").stderr for n in range(6)]
    wrong = guess(licensed, "0000", minutes=6).stderr
    assert set(unknown) == {wrong}
    conn = sqlite3.connect(licensed_db(licensed))
    # kept under the number in one case, as licenses are found: hc-404 is HC-404
    kinds = [row[0] for row in conn.execute("SELECT kind FROM pin_failures WHERE license = 'hc-404' ORDER BY id")]
    conn.close()
    assert kinds == ["wrong_pin"] * 5 + ["while_locked"]


def licensed_db(desk) -> str:
    import os

    return os.environ["DESK_DB"]


def test_check_eligibility_counts_too_and_unlock_clears(licensed) -> None:
    for n in range(5):
        licensed("check-eligibility", "HC-1", "--pin-file", "-", input="0000\n", env=at(n), code=4)
    licensed("check-eligibility", "HC-1", "--pin-file", "-", input=PIN + "\n", env=at(6), code=4)
    shown = licensed.json("license", "show", "HC-1", "--json", env=at(6))
    assert shown["locked_until"] == "2026-11-25T10:19:00+03:00"
    assert [f["refused"] for f in shown["failed_checks"]] == ["while locked"] + ["wrong PIN"] * 5
    assert all(f["agent"] == "tester" and not f["cleared"] for f in shown["failed_checks"])
    locked = licensed("license", "show", "HC-1", env={**at(6), "COLUMNS": "120"}).stdout
    assert "Locked until 2026-11-25T10:19:00+03:00" in locked and "desk license unlock HC-1" in locked
    result = licensed("license", "unlock", "HC-1", env=at(7))
    assert "6 refused PIN attempts cleared" in result.stderr
    guess(licensed, PIN, minutes=7, code=0)
    shown = licensed.json("license", "show", "HC-1", "--json", env=at(8))
    assert shown["locked_until"] is None and all(f["cleared"] for f in shown["failed_checks"])
    table = licensed("license", "show", "HC-1", env=at(8)).stdout
    assert "Wrong PINs (last 30 days)" in table and "while locked" in table and "Locked until" not in table
    history = sqlite3.connect(licensed_db(licensed)).execute(
        "SELECT action FROM events WHERE license = 'HC-1' ORDER BY id").fetchall()
    assert ("PIN lock cleared",) in history


def test_another_spelling_of_the_number_is_the_same_number(licensed) -> None:
    for n, spelling in enumerate(("HC-1", "hc-1", "Hc-1", "hC-1", "hc-1")):
        guess(licensed, "0000", minutes=n, number=spelling)
    guess(licensed, PIN, minutes=5, number="HC-1")  # locked: five guesses, whatever the case


def test_a_lock_does_not_spread_to_other_numbers(licensed) -> None:
    licensed("license", "add", "HC-2", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
             env={"DESK_PIN": "9999"})
    for n in range(5):
        guess(licensed, "0000", minutes=n)
    guess(licensed, "9999", minutes=5, number="HC-2", code=0)


@given(st.lists(st.integers(min_value=0, max_value=120), max_size=12), st.integers(min_value=0, max_value=200))
def test_locked_until_follows_the_rule(offsets: list[int], now_offset: int) -> None:
    """Locked exactly when the last five failures fit in 15 minutes and the last one is
    less than 15 minutes ago; the lock ends 15 minutes after the last one."""
    start = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
    failures = [start + dt.timedelta(minutes=m) for m in offsets]
    now = start + dt.timedelta(minutes=now_offset)
    until = pins.locked_until(failures, now)
    last_five = sorted(failures)[-5:]
    expected = (len(last_five) == 5 and last_five[-1] - last_five[0] <= pins.GUESS_WINDOW
                and now < last_five[-1] + pins.LOCK_PERIOD)
    assert (until is not None) == expected
    if until is not None:
        assert until == last_five[-1] + pins.LOCK_PERIOD


# -- where the PIN comes from ----------------------------------------------------------------


def test_pin_file_and_standard_input(licensed, isolation) -> None:
    path = isolation / "pin.txt"
    path.write_text(PIN + "\n", encoding="utf-8")
    licensed(*OPEN, "--pin-file", str(path))
    args = list(OPEN)
    args[-1] = "Почему не приходят письма о заказах?"
    licensed(*args, "--pin-file", "-", input=PIN + "\n")


def test_pin_on_the_command_line_still_works_and_warns_once(licensed) -> None:
    result = licensed(*OPEN, "--pin", PIN)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "--pin-file" in warnings[0] and PIN not in result.stderr


def test_desk_pin_is_read_where_a_pin_is_needed(licensed) -> None:
    licensed(*OPEN, env={"DESK_PIN": PIN})
    assert licensed("license", "edit", "HC-1", "--customer", "АО Вектор", env={"DESK_PIN": "5555"}).stderr == ""
    licensed("check-eligibility", "HC-1", "--pin-file", "-", input=PIN + "\n")  # the edit kept the PIN


def test_the_prompt_is_hidden_and_asked_twice_for_a_new_pin(desk, monkeypatch) -> None:
    import getpass

    from deskcli.cli import pin_input

    asked = []

    def prompt(text):  # getpass: typed without echo
        asked.append(text)
        return "2468"

    monkeypatch.setattr(pin_input, "_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", prompt)
    desk("license", "add", "HC-7", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-7", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Корзина",
         "--body", BODY)
    desk("license", "edit", "HC-7", "--ask-pin")
    assert asked == ["PIN: ", "Repeat the PIN: ", "PIN: ", "PIN: ", "Repeat the PIN: "]
    assert_one_error_line(desk("--no-input", "license", "add", "HC-8", "--edition", "Бизнес", "--price", "1",
                               "--purchased", "2026-06-01", code=2))


def test_an_empty_pin_or_two_that_differ_are_said_in_the_desks_words(desk, isolation, monkeypatch) -> None:
    import getpass

    from deskcli.cli import pin_input

    answers = iter(["", "1357", "1358", "1357", "1357"])
    monkeypatch.setattr(pin_input, "_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda text: next(answers))
    result = desk("license", "add", "HC-7", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01")
    assert result.stderr.splitlines()[:2] == ["the PIN is empty; type it (Ctrl-C stops)",
                                              "the two PINs differ; type it again"]
    assert "Error" not in result.stderr
    desk("check-eligibility", "HC-7", "--pin-file", "-", input="1357\n")
    answers = iter(["1", "2"] * 3)
    before = (isolation / "desk.db").read_bytes()
    failed = desk("license", "add", "HC-8", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
                  code=2)
    assert failed.stderr.count("the two PINs differ") == 3
    assert failed.stderr.splitlines()[-1] == "error: no PIN after 3 tries; nothing was changed"
    assert (isolation / "desk.db").read_bytes() == before


@pytest.mark.parametrize(("typed", "code", "words"), [
    (EOFError, 2, "error: the PIN is missing: the input ended"),  # Ctrl-D
    (KeyboardInterrupt, 130, "interrupted; nothing was changed"),  # Ctrl-C
])
def test_ctrl_d_at_the_prompt_is_a_missing_pin_and_ctrl_c_an_interruption(desk, isolation, monkeypatch, typed,
                                                                          code, words) -> None:
    import getpass

    from deskcli.cli import pin_input

    def prompt(text):
        raise typed

    monkeypatch.setattr(pin_input, "_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", prompt)
    desk("license", "add", "HC-7", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
         "--pin-file", "-", input=PIN + "\n")
    before = (isolation / "desk.db").read_bytes()
    for argv in (("license", "add", "HC-8", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01"),
                 ("check-eligibility", "HC-7", "--ask-pin"), (*OPEN[:1], "-l", "HC-7", *OPEN[3:])):
        result = desk(*argv, code=code)
        assert words in result.stderr and "Traceback" not in result.stderr + result.stdout, result.stderr
    assert (isolation / "desk.db").read_bytes() == before


def test_no_pin_and_no_terminal_is_a_usage_error(desk) -> None:
    result = desk("license", "add", "HC-7", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
                  code=2)
    assert_one_error_line(result)
    assert "--pin-file" in result.stderr and "DESK_PIN" in result.stderr


# -- hashes ------------------------------------------------------------------------------------


def test_a_hash_records_its_cost_so_real_ones_verify_under_the_tests_cost(monkeypatch) -> None:
    monkeypatch.setattr(pins, "SCRYPT_N", 2**14)
    real = pins.hash_pin(PIN)
    monkeypatch.setattr(pins, "SCRYPT_N", 2**4)
    cheap = pins.hash_pin(PIN)
    assert real.split("$")[1] == "16384" and cheap.split("$")[1] == "16"
    assert pins.verify_pin(PIN, real) and pins.verify_pin(PIN, cheap)
    assert not pins.verify_pin("0000", real)


@pytest.mark.parametrize("stored", [
    "scrypt$1048576$8$1$" + "00" * 16 + "$" + "ab" * 32,  # 64 times the desk's cost: a minute per check
    "scrypt$16384$8$64$" + "00" * 16 + "$" + "ab" * 32,
    "scrypt$16383$8$1$" + "00" * 16 + "$" + "ab" * 32,
    "scrypt$16384$8$1$00$" + "ab" * 32,
    "scrypt$16384$8$1$" + "00" * 16 + "$abcd",
    "bcrypt$16384$8$1$" + "00" * 16 + "$" + "ab" * 32,
    "scrypt$１６$8$1$" + "00" * 16 + "$" + "ab" * 32,
])
def test_only_the_desks_own_range_of_hashes_is_accepted(stored) -> None:
    assert not pins.is_pin_hash(stored)
    assert not pins.verify_pin(PIN, stored)


# -- the fields come first ------------------------------------------------------------------


@pytest.mark.parametrize("field,bad", [(8, "ftp://shop.example.ru"), (6, "катастрофа"), (4, "6.9.1.2.3.4.5.6")])
@pytest.mark.parametrize("locked", [False, True], ids=["wrong PIN", "locked number"])
def test_a_bad_field_is_the_answer_before_the_pin_and_counts_no_guess(licensed, field, bad, locked) -> None:
    """desk open checks every field while the PIN's hash runs, before it reads its outcome
    or refuses a lock (services/drafts.py): a bad one is exit 2 whatever the PIN, and leaves
    no wrong PIN on record."""
    for n in range(5 if locked else 0):
        guess(licensed, "0000", minutes=n)
    before = licensed.json("license", "show", "HC-1", "--json")["failed_checks"]
    args = list(OPEN)
    args[field] = bad
    refused = licensed(*args, env={**at(5), "DESK_PIN": "9999"}, code=2)
    assert_one_error_line(refused)
    assert licensed.json("license", "show", "HC-1", "--json")["failed_checks"] == before


def test_unlocking_a_license_with_no_wrong_pins_is_done_already_and_records_nothing(licensed) -> None:
    """The help's own example on an unlocked license was exit 2 (QA): a script or an agent
    unlocking to be sure finds it done."""
    result = licensed("license", "unlock", "HC-1")
    assert "no wrong PINs to clear; it is not locked" in result.stderr
    history = sqlite3.connect(licensed_db(licensed)).execute(
        "SELECT action FROM events WHERE license = 'HC-1' ORDER BY id").fetchall()
    assert ("PIN lock cleared",) not in history
