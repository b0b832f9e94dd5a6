"""Secrets in a file attached to a customer's mail: masked as in the text itself."""

from __future__ import annotations

import base64
import json

from tests.mail.desk_seed import seed
from tests.mail.test_automatic_senders import REQUEST


def test_a_text_file_attached_keeps_no_pin_and_no_password(desk, isolation) -> None:
    """The review: a note with the site's accesses, attached, was kept in clear after close."""
    seed(desk, isolation)
    notes = "Доступы к сайту\nPIN: 7788\nЛогин: admin\nПароль: Secr3tPw!\n".encode("cp1251")
    raw = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Access\r\n"
           b"Message-ID: <att-1@shop.example.ru>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + REQUEST +
           b"\r\n--XX\r\nContent-Type: text/plain; charset=windows-1251\r\n"
           b"Content-Disposition: attachment; filename=dostup.txt\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode(notes) + b"\r\n--XX--\r\n")
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    saved = desk("attachment", "save", number, "dostup.txt", "-o", "-").stdout_bytes
    text = saved.decode("cp1251")
    assert text.startswith("Доступы к сайту") and "Логин: admin" in text
    assert "7788" not in text and "Secr3tPw" not in text
    desk("close", number)
    assert b"Secr3tPw" not in (isolation / "desk.db").read_bytes()
