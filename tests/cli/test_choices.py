"""A choice may be shortened to any start no other choice shares, as the queue's table
shortens a category ("emerg."); a start two choices share is refused, naming both."""

from __future__ import annotations

import json

import pytest

from deskcli.cli.choices import listed, matching
from deskcli.domain.errors import InvalidInput
from tests.cli.test_requests import add_license, open_request

FORMATS = ("table", "json", "jsonl", "csv")


@pytest.mark.parametrize(("text", "meant"), [
    ("json", ["json"]), ("jsonl", ["jsonl"]), ("js", ["json", "jsonl"]), ("JSON", ["json"]),
    ("c", ["csv"]), ("t", ["table"]), ("x", []), ("", []), (".", []), ("csv.", ["csv"]),
])
def test_a_start_names_the_choices_it_begins(text, meant) -> None:
    assert matching(text, FORMATS) == meant


def test_a_list_takes_starts_and_refuses_an_ambiguous_one() -> None:
    assert listed(["op,ans", "open"], ("open", "answered", "resolved", "rejected")) == ("open", "answered")
    with pytest.raises(InvalidInput, match="'re' could be resolved or rejected"):
        listed(["re"], ("open", "answered", "resolved", "rejected"))


def test_the_queue_takes_a_category_as_its_table_writes_it(desk) -> None:
    add_license(desk)
    open_request(desk, at="2026-11-25T09:00", category="emergency")
    open_request(desk, at="2026-11-25T10:00", category="usage")
    for given in ("emerg.", "emerg", "EMERGENCY", "e"):
        rows = json.loads(desk("queue", "-c", given, "--json").stdout)
        assert [row["category"] for row in rows] == ["emergency"], given


def test_an_ambiguous_start_is_a_usage_error_naming_both(desk) -> None:
    result = desk("queue", "--format", "js", code=2)
    assert result.stderr == "error: Invalid value for '--format' / '-f': 'js' could be json or jsonl\n"
    assert "Traceback" not in result.stderr


def test_a_shortened_category_opens_the_request_in_that_category(desk, monkeypatch) -> None:
    add_license(desk)
    monkeypatch.setenv("DESK_PIN", "4321")
    shown = json.loads(desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "inst", "--site", "https://shop.example.ru",
                            "-s", "Установка", "--body", "Как установить модуль на хостинг?", "--json").stdout)
    assert shown["category"] == "installation"
