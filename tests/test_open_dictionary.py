"""``desk open`` checks the PIN (scrypt, in a thread) while it reads the message (the
dictionary and the intake rules); the answer stays the one of a check that came first."""

from __future__ import annotations

import pytest

from deskcli.services import screening
from tests.cli.test_pin_guessing import guess
from tests.conftest import assert_one_error_line

PIN = "4321"


@pytest.fixture
def licensed(desk):
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01",
         env={"DESK_PIN": PIN})
    return desk


@pytest.fixture
def broken_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise OSError("the dictionary is missing")

    monkeypatch.setattr(screening, "screen", broken)


def test_a_wrong_pin_is_the_answer_and_is_counted_even_when_reading_the_message_fails(licensed, broken_rules) -> None:
    wrong = guess(licensed, "0000")
    assert_one_error_line(wrong)
    assert "not recognised" in wrong.stderr
    failed = licensed.json("license", "show", "HC-1", "--json")["failed_checks"]
    assert [check["refused"] for check in failed] == ["wrong PIN"]


def test_with_the_right_pin_a_failure_while_reading_the_message_is_reported(licensed, broken_rules) -> None:
    failed = guess(licensed, PIN, code=None)
    assert failed.exit_code != 0
    assert "not recognised" not in failed.stderr
    assert licensed.json("license", "show", "HC-1", "--json")["failed_checks"] == []
    assert licensed.json("queue", "--json") == []


def test_the_right_pin_opens_the_request_with_the_rules_findings(licensed) -> None:
    opened = licensed.json("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru",
                           "-s", "Корзина", "--body", "Сделайте нам дизайн главной страницы.", "--json",
                           env={"DESK_PIN": PIN})
    assert opened["status"] == "open"
    assert [flag["code"] for flag in opened["flags"]] == ["out_of_scope"]
