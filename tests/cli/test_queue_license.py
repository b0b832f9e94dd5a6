"""An agent on the phone with a customer: ``desk license list WORDS`` finds their license
by name, e-mail or site, and ``desk queue --license`` lists its open requests (a license
the desk does not know is refused, not listed as an empty queue)."""

from __future__ import annotations

import json

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


def _two_customers(desk) -> None:
    add_license(desk)
    add_license(desk, number="HC-2", pin="1234")
    open_request(desk, at="2026-11-25T09:00")
    open_request(desk, at="2026-11-25T09:10", license="HC-2", pin="1234", subject="Не работает поиск")
    open_request(desk, at="2026-11-25T09:20", category="emergency")


def test_the_queue_keeps_one_licenses_requests_in_queue_order(desk) -> None:
    _two_customers(desk)
    assert [r["id"] for r in desk.json("queue", "--json")] == [3, 1, 2]
    assert [(r["id"], r["license"]) for r in desk.json("queue", "-l", "HC-1", "--json")] == [(3, "HC-1"), (1, "HC-1")]
    assert [r["id"] for r in desk.json("queue", "--license", "hc-2", "--json")] == [2]
    csv_lines = desk("queue", "-l", "HC-2", "-f", "csv").stdout.splitlines()
    assert len(csv_lines) == 2 and csv_lines[1].startswith("2,HC-2,")
    assert [r["id"] for r in desk.json("queue", "-l", "HC-1", "-c", "usage", "--json")] == [1]


def test_a_license_with_nothing_open_is_a_filtered_empty_queue(desk) -> None:
    _two_customers(desk)
    add_license(desk, number="HC-3", pin="5555")
    assert desk("queue", "-l", "HC-3").stdout == "No open requests match these filters.\n"
    assert json.loads(desk("queue", "-l", "HC-3", "--json").stdout) == []


def test_an_unknown_license_is_refused(desk, isolation) -> None:
    _two_customers(desk)
    before = (isolation / "desk.db").read_bytes()
    result = desk("queue", "-l", "HC-404", code=3)
    assert_one_error_line(result)
    assert result.stderr == "error: license HC-404 not found\n"
    assert (isolation / "desk.db").read_bytes() == before


def test_license_list_finds_a_customer_by_any_words_of_their_record(desk) -> None:
    add_license(desk)
    add_license(desk, number="HC-2", pin="1234", customer="ИП Ёлкин", email="Yolkin@Mail.ru")
    add_license(desk, number="HC-3", pin="5555", customer="ООО Ромашка-Юг", site="https://romashka-yug.ru")

    def found(*words: str) -> list[str]:
        return [r["number"] for r in desk.json("license", "list", *words, "--json")]

    assert found() == ["HC-1", "HC-2", "HC-3"]
    assert found("ромашка") == ["HC-1", "HC-3"]
    assert found("РОМАШКА", "юг") == ["HC-3"]
    assert found("елкин") == ["HC-2"]  # е finds ё
    assert found("mail.ru") == ["HC-2"]
    assert found("hc-2") == ["HC-2"]
    assert found("romashka-yug") == ["HC-3"]
    assert found("%") == [] and found("_") == []  # no LIKE wildcards
    assert found(" ромашка ") == ["HC-1", "HC-3"]  # pasted with spaces
    assert found("ромашка юг") == ["HC-3"]  # one argument, two words
    assert desk("license", "list", "нет-такого").stdout == "No licenses match.\n"
