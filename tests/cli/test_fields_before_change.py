"""A wrong ``--fields`` on a command that changes the desk is refused before the change.

Exit 2 tells a script that nothing happened (SPEC section 6); a change stored before the
fields were checked would be made twice by a script that corrects its typo and runs again
(QA: ``desk close 4 --fields nosuch`` exited 2 with the request already resolved).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import assert_one_error_line
from tests.cli.test_requests import add_license, open_request

MESSAGE = (
    "From: Иван <ivan@customer.example>\nTo: support@desk.example\nSubject: Пустая корзина\n"
    "Message-ID: <fields-1@customer.example>\nContent-Type: text/plain; charset=utf-8\n\n"
    "Лицензия: HC-1\nPIN: 4321\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://shop.example.ru/\n\n"
    "После обновления корзина пустая. Как это исправить?\n"
).encode()

WRITES = {
    "open": ["open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/",
             "-s", "Снова", "--body", "Корзина пуста после обновления. Что делать?"],
    "reply": ["reply", "1", "--body", "Очистите кеш.", "--no-mail"],
    "close": ["close", "1", "--resolution", "Кеш очищен", "--no-mail"],
    "reopen": ["reopen", "2"],
    "escalate": ["escalate", "1"],
    "assign": ["assign", "1", "anna"],
    "edit": ["edit", "1", "--category", "emergency"],
    "tag": ["tag", "1", "+срочно"],
    "reject": ["reject", "1", "--reason", "out_of_scope", "--no-mail"],
    "merge": ["merge", "3", "--into", "1"],
    "license add": ["license", "add", "HC-2", "--edition", "Бизнес", "--price", "100", "--purchased", "2026-06-01"],
    "license edit": ["license", "edit", "HC-1", "--customer", "ООО Лютик"],
    "license renew": ["license", "renew", "HC-1", "--force"],
    "kb add": ["kb", "add", "--title", "Очистка кеша", "--url", "https://www.example.ru/cache/"],
    "template add": ["template", "add", "cache", "--body", "Очистите кеш: $docs"],
    "template edit": ["template", "edit", "kept", "--title", "Другой заголовок"],
    "template mail edit": ["template", "mail", "edit", "acknowledgement", "--body", "Subject: Принято\n\nПринято: $topic\n"],
    "mail send": ["mail", "send"],
    "mail retry": ["mail", "retry", "1"],
    "mail remind-renewals": ["mail", "remind-renewals"],
    "mail-in": ["mail-in"],
}


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def busy_desk(desk):
    add_license(desk, email="owner@customer.example")
    for subject in ("Пустая корзина", "Не работает поиск", "Корзина пуста"):
        open_request(desk, subject=subject)
    desk("close", "2", "--resolution", "Готово", "--no-mail")
    desk("template", "add", "kept", "--body", "Здравствуйте!")
    return desk


@pytest.mark.parametrize("fields", ["nosuch", "", ","])
@pytest.mark.parametrize("name", list(WRITES))
def test_a_wrong_field_is_refused_and_nothing_changes(busy_desk, isolation, name, fields) -> None:
    before = dump(isolation / "desk.db")
    result = busy_desk(*WRITES[name], "--fields", fields, input=MESSAGE if name == "mail-in" else None,
                       env={"DESK_PIN": "4321"}, code=2)
    assert_one_error_line(result)
    assert "--fields" in result.stderr or "nosuch" in result.stderr
    assert result.stdout == ""
    assert dump(isolation / "desk.db") == before


def test_demo_is_not_rebuilt_for_a_wrong_field(desk, tmp_path) -> None:
    target = tmp_path / "demo.db"
    assert_one_error_line(desk("demo", "--path", str(target), "--fields", "nosuch", code=2))
    assert not target.exists()


@pytest.mark.parametrize("name", ["close", "license renew", "kb add", "template add"])
def test_the_right_fields_still_print_after_the_change(busy_desk, name) -> None:
    field = {"license renew": "amount", "kb add": "title", "template add": "name"}.get(name, "status")
    printed = busy_desk.json(*WRITES[name], "--fields", field)
    assert list(printed[0] if isinstance(printed, list) else printed) == [field]


def test_the_declared_fields_are_the_printed_keys(busy_desk) -> None:
    """The columns a command checks --fields against before it acts are what it prints."""
    from deskcli.domain.access import TemporaryAccess
    from deskcli.domain.entitlement import ELIGIBILITY_FIELDS, QUOTE_FIELDS

    assert tuple(busy_desk.json("check-eligibility", "HC-1", "--json")) == ELIGIBILITY_FIELDS
    assert tuple(busy_desk.json("renewal-quote", "HC-1", "--json")) == QUOTE_FIELDS
    assert tuple(TemporaryAccess("ftp", "a", "l", "p").as_dict()) == TemporaryAccess.FIELDS


def test_a_look_at_access_and_a_pin_check_are_not_recorded_for_a_wrong_field(busy_desk, isolation) -> None:
    """Review: desk access show --fields nope recorded "access shown" for credentials never
    shown, and check-eligibility recorded a PIN failure before refusing the fields."""
    access = isolation / "access.toml"
    access.write_text('kind = "ftp"\naddress = "ftp.example.ru"\nlogin = "tmp"\npassword = "Tmp-Pa55!"\n', encoding="utf-8")
    access.chmod(0o600)
    busy_desk("access", "add", "1", "--from-file", str(access))
    before = dump(isolation / "desk.db")
    assert_one_error_line(busy_desk("access", "show", "1", "--fields", "nope", code=2))
    assert_one_error_line(busy_desk("check-eligibility", "HC-1", "--pin-file", "-", "--fields", "nope",
                                    input="0000\n", code=2))
    assert dump(isolation / "desk.db") == before
