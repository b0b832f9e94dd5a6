"""A refusal names what is wrong without quoting a secret back, and a value no rule expected
is a usage error, not a crash (security review of session 24): a PIN or password in a
command line that is not UTF-8, a password in a site's address, in a mail server's URL or its
file; Unicode digits where a number is asked for; a PIN written against its label."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import assert_one_error_line

PIN = "4321"


@pytest.fixture
def licensed(desk, monkeypatch):
    monkeypatch.setenv("DESK_PIN", PIN)
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01")
    return desk


def open_args(**changes: str) -> list[str]:
    fields = {"-l": "HC-1", "-v": "6.9.1", "-c": "usage", "--site": "https://shop.example.ru/", "-s": "Корзина",
              "--body": "Как исправить ошибку корзины?"}
    fields.update(changes)
    return ["open", *(part for pair in fields.items() for part in pair)]


# Bytes that are not UTF-8 reach Python as lone surrogates: "Caf\xe9" is "Caf\udce9".
@pytest.mark.parametrize("args, secret", [
    (["open", "-l", "HC-1", "--pin=Caf\udce9PIN77"], "PIN77"),
    (["open", "-l", "HC-1", "--pin", "Caf\udce9PIN77"], "PIN77"),
    (["reply", "1", "--customer", "--body", "Пароль FTP: Caf\udce9Secr3t"], "Secr3t"),
])
def test_a_value_that_is_not_utf8_is_named_by_its_option_not_quoted(licensed, args, secret) -> None:
    result = licensed(*args, code=2)
    assert_one_error_line(result)
    assert "not valid UTF-8" in result.stderr
    assert secret not in result.stderr and "Caf" not in result.stderr
    assert "--pin" in result.stderr or "--body" in result.stderr


@pytest.mark.parametrize("site", [
    "ftp://admin:SiteSecr3t9@shop.example.ru/",  # refused for its scheme
    "https://admin:Pa55#Qz9k@shop.example.ru/",  # a "#" in the password: urllib reads "Pa55" as the port
    "https://admin:SiteSecr3t9@",  # no host
    "https://admin:SiteSecr3t9@shop example.ru/",
    "http://admin:SiteSecr3t9@localhost:99999/",
    "https://admin:SiteSecr3t9@shop.example.ru/" + "x" * 2000,  # too long
])
def test_a_refused_site_is_quoted_without_its_password(licensed, site) -> None:
    result = licensed(*open_args(**{"--site": site}), code=2)
    assert_one_error_line(result)
    assert "Secr3t9" not in result.stderr and "Pa55" not in result.stderr and "Qz9k" not in result.stderr
    assert "admin:***@" in result.stderr


def test_a_password_with_a_hash_is_told_how_to_write_it(licensed) -> None:
    result = licensed(*open_args(**{"--site": "https://admin:Pa55#Qz9k@shop.example.ru/"}), code=2)
    assert "%23" in result.stderr
    licensed(*open_args(**{"--site": "https://admin:Pa55%23Qz9k@shop.example.ru/"}))
    assert licensed.json("show", "1", "--format", "json")["site_url"] == "https://admin@shop.example.ru/"


def test_a_port_typo_is_still_quoted(licensed) -> None:
    result = licensed(*open_args(**{"--site": "https://shop.example.ru:8a/"}), code=2)
    assert "'8a'" in result.stderr


@pytest.mark.parametrize("key", ["mail.smtp_url", "mail.imap_url"])
def test_a_server_url_that_cannot_be_read_does_not_quote_its_password(desk, key) -> None:
    scheme = key[5:9]
    result = desk("config", "set", key, f"{scheme}s://desk:Pa55#Qz9k@mail.example.ru", code=2)
    assert_one_error_line(result)
    assert "Pa55" not in result.stderr and "Qz9k" not in result.stderr
    assert "password" in result.stderr


def test_a_password_file_that_is_not_utf8_is_a_usage_error(desk, tmp_path) -> None:
    secret = tmp_path / "smtp.password"
    secret.write_bytes(b"Caf\xe9Secr3t\n")
    secret.chmod(0o600)
    desk("policy", "set", "mail.from", "support@example.ru")
    desk("config", "set", "mail.smtp_url", "smtps://desk@mail.example.ru")
    desk("config", "set", "mail.smtp_password_file", str(secret))
    result = desk("mail", "send", code=2)
    assert_one_error_line(result)
    assert "not UTF-8" in result.stderr and "Secr3t" not in result.stderr


@pytest.mark.parametrize("args", [
    ["queue", "--due-within", "²"],
    ["queue", "--due-within", "١h"],  # an Arabic-Indic one: a digit to Python, not to an agent
    ["tag", "²", "urgent"],
])
def test_unicode_digits_are_refused_as_any_other_bad_number(licensed, args) -> None:
    result = licensed(*args, code=2)
    assert_one_error_line(result)


def test_unicode_digits_in_the_terminal_size_are_ignored(licensed) -> None:
    licensed(*open_args())
    assert "#1" in licensed("queue", env={"COLUMNS": "²", "LINES": "²"}).stdout


@pytest.mark.parametrize("written", ["PIN4321", "пин_4321", "пинкод4321", "HC-1-4321"])
def test_a_pin_written_against_its_label_or_license_is_kept_nowhere(licensed, isolation, written) -> None:
    licensed(*open_args(**{"-s": f"Тема {written}", "--body": f"Как исправить ошибку корзины? {written}"}))
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        subject, = conn.execute("SELECT subject FROM requests").fetchone()
        body, = conn.execute("SELECT body FROM messages").fetchone()
    finally:
        conn.close()
    assert PIN not in subject and PIN not in body
    shown = licensed("show", "1").stdout
    assert PIN not in shown


def test_a_pin_stays_in_a_license_number_it_is_part_of(desk, monkeypatch) -> None:
    monkeypatch.setenv("DESK_PIN", "2026")
    desk("license", "add", "HC-2026", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01")
    desk(*open_args(**{"-l": "HC-2026", "--body": "Ошибка в лицензии HC-2026 при обновлении, как исправить?"}))
    assert "HC-2026 при обновлении" in desk("show", "1").stdout


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_bidirectional_marks_reach_no_terminal(licensed, mark) -> None:
    licensed(*open_args(**{"-s": f"Корзина {mark}заказ"}))
    assert mark not in licensed("queue").stdout
    assert mark not in licensed("show", "1").stdout
