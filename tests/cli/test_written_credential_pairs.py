"""A password written with no label beside its login (host, login and password on three lines;
"логин admin Qwe…") goes nowhere in clear through the public surface: ``desk show``, ``desk
export``, the database file, the mail log and the acknowledgement; ``desk access show`` alone
reveals it (2.12; review: such passwords were kept in clear)."""

from __future__ import annotations

import json
import sqlite3

from deskcli.domain.credentials import HIDDEN
from tests.cli.test_requests import add_license, open_request
from tests.cli.test_written_credentials import _mail, _stored
from tests.mail.desk_seed import every_stored_text, seed
from tests.mail.test_mail_in import mail_in

SECRET = "Vk7#tQ2mZp"


def _rows(isolation) -> str:
    """Every row of every table of the database file, as sqlite3 reads them."""
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"'))
    finally:
        conn.close()


def test_an_unlabelled_triple_given_to_desk_open_is_hidden_everywhere_but_the_access(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body=f"Не работает корзина, почему?\nВот доступ:\nftp.shop.example.ru\nsupport_tmp\n{SECRET}")
    request = str(opened["id"])
    shown = desk.json("show", request, "--json")
    assert SECRET not in json.dumps(shown, ensure_ascii=False)
    body = shown["messages"][0]["body"]
    assert body.endswith(f"ftp.shop.example.ru\nsupport_tmp\n{HIDDEN}") and "Не работает корзина" in body
    assert SECRET not in desk("export", "--all", "--format", "jsonl").stdout
    assert SECRET not in desk("show", request).stdout
    assert SECRET not in _rows(isolation) and SECRET not in every_stored_text(isolation / "desk.db")
    assert SECRET.encode() not in _stored(isolation)
    kept = desk.json("access", "show", request, "--json")
    assert kept["password"] == SECRET and "support_tmp" in kept["written"] and "ftp.shop.example.ru" in kept["written"]


def test_a_mailed_login_and_password_reach_neither_the_acknowledgement_nor_the_mail_log(desk, isolation) -> None:
    seed(desk, isolation)
    body = ("Лицензия: HC-4004\nPIN: 2468\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://example.com/\n"
            f"Не работает оплата, как исправить? Сервер 203.0.113.7, вход root, {SECRET}")
    received = mail_in(desk, _mail("peter@example.com", "Оплата", body))
    assert received["outcome"] == "opened" and SECRET not in json.dumps(received, ensure_ascii=False)
    request = str(received["request_id"])
    assert SECRET not in json.dumps(desk.json("show", request, "--json"), ensure_ascii=False)
    assert SECRET not in every_stored_text(isolation / "desk.db")  # the outbox's acknowledgement and the mail log
    assert SECRET.encode() not in _stored(isolation)
    assert not any(SECRET in path.read_text(errors="replace") for path in isolation.rglob("*") if path.is_file()
                   and not path.name.startswith("desk.db"))
    assert SECRET in desk.json("access", "show", request, "--json")["password"]
