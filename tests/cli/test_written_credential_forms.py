"""End to end, the ways of writing a password that the security review found kept in clear
(policy 2.12): through ``desk open`` and through mail, none reaches the database, ``desk
show``, search, the mail log or the letters the desk sends; each is in the sealed access."""

from __future__ import annotations

import json
import sqlite3

from deskcli.domain.credentials import HIDDEN
from tests.cli.test_requests import add_license, open_request
from tests.cli.test_written_credentials import _mail, _stored
from tests.mail.desk_seed import every_stored_text, seed
from tests.mail.test_mail_in import mail_in

BODY = ("Корзина пуста после обновления, почему?\n"
        "Пароль от админки: sunflower\n"
        "**Пароль FTP:** Xk9#mQ2v\n"
        "SSH пароль:\u00a0qwerty77\n"
        "Пароль от phpMyAdmin:\n\nMyAdm1n\n"
        "логин dbuser, пароль tulip\n"
        "Хостинг: hoster / Ho5t mQ2v\n"
        "| Сервис | Логин | Пароль |\n|---|---|---|\n| cPanel | shop | Cp4nel |\n"
        "define('DB_PASSWORD', 'WpSecr3t9');\n")
SECRETS = ("sunflower", "Xk9#mQ2v", "qwerty77", "MyAdm1n", "tulip", "Cp4nel", "WpSecr3t9")


def test_a_request_opened_with_passwords_in_every_form_keeps_none_in_clear(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body=BODY)
    shown = desk("show", str(opened["id"]), "--json").stdout
    body = json.loads(shown)["messages"][0]["body"]
    assert body.count(HIDDEN) == 8 and "Корзина пуста" in body and "| cPanel | shop |" in body
    assert "Ho5t" not in body and "mQ2v" not in body
    assert desk.json("search", "sunflower", "--json") == [] and desk.json("search", "tulip", "--json") == []
    assert not any(secret in shown or secret in every_stored_text(isolation / "desk.db") for secret in SECRETS)
    with sqlite3.connect(isolation / "desk.db") as conn:  # the table itself, not only what show prints
        stored = " ".join(row[0] for row in conn.execute("SELECT body FROM messages"))
    assert not any(secret in stored for secret in SECRETS)
    kept = desk.json("access", "show", str(opened["id"]), "--json")["password"]
    assert all(secret in kept for secret in (*SECRETS, "Ho5t mQ2v"))


def test_a_mailed_subject_and_attachment_keep_no_password(desk, isolation) -> None:
    seed(desk, isolation)
    body = ("Лицензия: HC-4004\nPIN: 2468\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://example.com/\n"
            "Не работает оплата, как исправить?\n| Логин | Пароль |\n| admin | Xk9mQ2v |\n")
    opened = mail_in(desk, _mail("peter@example.com", "Оплата, пароль от админки: sunflower", body))
    assert opened["outcome"] == "opened"
    number = str(opened["request_id"])
    shown = desk.json("show", number, "--json")
    assert shown["subject"] == f"Оплата, пароль от админки: {HIDDEN}"
    log = desk("mail", "log", "--json", code=None).stdout + desk("mail", "outbox", "--json", code=None).stdout
    stored = _stored(isolation)
    assert not any(secret.encode() in stored or secret in log for secret in ("sunflower", "Xk9mQ2v"))
    kept = desk.json("access", "show", number, "--json")["password"]
    assert "sunflower" in kept and "Xk9mQ2v" in kept
