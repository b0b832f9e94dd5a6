"""``desk mail-in`` fed odd mail (review): auto-replies known only by their subject, damaged
transfer encodings, stub plain parts, missing or reused Message-IDs, opaque S/MIME, raw
8-bit file names, and a standard output that cannot be written."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from tests.mail.desk_seed import corpus, every_stored_text, has_pin, seed

NEW_REQUEST = ("Лицензия: HC-1001\nPIN: 7788\nРедакция: Корпорация\nВерсия: 6.9.1\n"
               "Сайт: https://shop.example.ru/\nКатегория: технический\n\n"
               "Не работает поиск по каталогу, выдаёт ошибку 500. Как исправить?\n")


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    desk("policy", "set", "mail.attachment_limit", "20000")
    return desk


def message(subject: str, body: str, *, sender: str = "m.sidorova@vector-example.ru",
            headers: tuple[str, ...] = ("Message-ID: <odd-1@vector-example.ru>",)) -> bytes:
    """A plain UTF-8 message, its body in base64 as most mail programs send Russian text."""
    encoded = base64.encodebytes(body.encode()).decode()
    head = [f"From: {sender}", "To: support@example.ru", f"Subject: {subject}", *headers,
            "Date: Wed, 25 Nov 2026 09:00:00 +0300", "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"]
    return ("\r\n".join(head) + "\r\n\r\n" + encoded.replace("\n", "\r\n")).encode()


def mail_in(desk, raw: bytes) -> dict:
    result = desk("mail-in", "--json", input=raw)
    assert result.stderr == "", result.stderr
    [received] = json.loads(result.stdout)
    return received


@pytest.mark.parametrize("subject", [
    "Out of Office AutoReply: Re: [desk #57] Скидка в корзине",
    "Out of office - Re: [desk #57] Скидка в корзине",
    "Я в отпуске: Re: [desk #57] Скидка в корзине",
    "Отсутствую в офисе: Re: [desk #57] Скидка в корзине",
    "Re: [desk #57] Скидка в корзине (автоответ)",
    "Automatic reply - Re: [desk #57] Скидка в корзине",
    "Auto Reply: Re: [desk #57] Скидка в корзине",
])
def test_an_out_of_office_reply_known_by_its_subject_leaves_a_resolved_request_alone(mail_desk, subject) -> None:
    before = mail_desk.json("show", "57", "--json")
    received = mail_in(mail_desk, message(subject, "Я в отпуске до 07.12.2026. По срочным вопросам звоните.\n"))
    assert received["outcome"] == "ignored" and "automatic" in received["reason"], received
    after = mail_desk.json("show", "57", "--json")
    assert (after["status"], after["due_at"], len(after["messages"])) == \
        ("resolved", before["due_at"], len(before["messages"]))
    assert mail_desk.json("mail", "outbox", "--json") == []


@pytest.mark.parametrize("subject", ["Отпуск: как настроить график работы магазина",
                                     "Out of office hours: the shop shows no delivery slots"])
def test_a_person_s_subject_that_merely_starts_like_one_is_a_request(mail_desk, subject) -> None:
    received = mail_in(mail_desk, message(subject, NEW_REQUEST, sender="ivan.petrov@shop.example.ru"))
    assert received["outcome"] == "opened", received


def test_base64_cut_short_is_read_and_its_password_hidden_not_kept_encoded(mail_desk, isolation) -> None:
    received = mail_in(mail_desk, corpus("base64_cut_short.eml"))
    assert received["outcome"] == "clarified" and "base64 was cut short" in received["reason"], received
    last = mail_desk.json("show", "42", "--json")["messages"][-1]
    assert last["body"].startswith("Уточнение: ошибка 500 осталась.") and "[скрыто" in last["body"], last
    stored = every_stored_text(isolation / "desk.db")
    assert "Qwerty-12345" not in stored and "0KPRgtC+0YfQvdC10L3QuNC1" not in stored


def alternative(plain: str, html: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "ivan.petrov@shop.example.ru", "support@example.ru"
    message["Subject"], message["Message-ID"] = "Re: [desk #42] Сайт не открывается", "<alt-1@shop.example.ru>"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


@pytest.mark.parametrize("stub", ["Для просмотра этого письма включите отображение HTML.",
                                  "This message requires HTML. Please view it in a browser."])
def test_a_reply_whose_plain_part_is_a_stub_is_kept_as_its_html_letter(mail_desk, stub) -> None:
    html = "<p>Очистил кэш, но ошибка осталась: Call to undefined method Core_Entity::getXml().</p>"
    received = mail_in(mail_desk, alternative(stub, html))
    assert received["outcome"] == "clarified", received
    last = mail_desk.json("show", "42", "--json")["messages"][-1]
    assert "Очистил кэш, но ошибка осталась" in last["body"] and "HTML" not in last["body"], last


def test_a_short_plain_reply_about_html_said_again_in_its_html_part_is_kept_as_written(mail_desk) -> None:
    text = "Письма от вас в HTML не открываются, пришлите ответ простым текстом."
    received = mail_in(mail_desk, alternative(text, f"<div>{text}</div>"))
    assert received["outcome"] == "clarified", received
    assert mail_desk.json("show", "42", "--json")["messages"][-1]["body"] == text


def delivered(to: str, hop: str, *, body: str = NEW_REQUEST, line_end: str = "\r\n") -> bytes:
    """One message without a Message-ID as the MTA hands it to one address of the desk."""
    trace = ("Return-Path: <ivan.petrov@shop.example.ru>", f"Delivered-To: {to}", f"X-Original-To: {to}",
             f"Received: from mx.shop.example.ru ({hop}) by mx.example.ru with ESMTPS id {hop}X;\r\n"
             " Wed, 25 Nov 2026 09:00:0" + hop[-1] + " +0300")
    raw = b"\r\n".join(line.encode() for line in trace) + b"\r\n" + message(
        "Поиск не работает", body, sender="ivan.petrov@shop.example.ru", headers=())
    return raw.replace(b"\r\n", line_end.encode())


def test_one_message_without_a_message_id_delivered_to_two_addresses_is_stored_once(mail_desk) -> None:
    first = mail_in(mail_desk, delivered("support@example.ru", "10.0.0.1"))
    again = mail_in(mail_desk, delivered("urgent@example.ru", "10.0.0.2", line_end="\n"))
    assert first["outcome"] == "opened", first
    assert (again["outcome"], again["request_id"]) == ("duplicate", first["request_id"]), again
    other = mail_in(mail_desk, delivered("support@example.ru", "10.0.0.3",
                                         body=NEW_REQUEST.replace("ошибку 500", "ошибку 502")))
    assert other["outcome"] == "opened" and other["request_id"] != first["request_id"], other


def web_form(sender: str, license: str, pin: str, *, hop: str = "10.0.0.1") -> bytes:
    """A broken web form's mail: every message it sends has the Message-ID <123@localhost>."""
    from tests.mail.desk_seed import LICENSES

    text = NEW_REQUEST.replace("HC-1001", license).replace("7788", pin).replace("Корпорация", LICENSES[license][1])
    return f"Received: from form.example.ru ({hop})\r\n".encode() + message(
        "Заявка с сайта", text, sender=sender, headers=("Message-ID: <123@localhost>",))


def test_another_message_under_a_reused_message_id_is_a_message_of_its_own(mail_desk, isolation) -> None:
    first = mail_in(mail_desk, web_form("ivan.petrov@shop.example.ru", "HC-1001", "7788"))
    second = mail_in(mail_desk, web_form("m.sidorova@vector-example.ru", "HC-2002", "4321"))
    assert first["outcome"] == second["outcome"] == "opened", (first, second)
    assert second["request_id"] != first["request_id"]
    assert "another message came before under this Message-ID" in second["reason"]
    for received, sender, license, pin in ((first, "ivan.petrov@shop.example.ru", "HC-1001", "7788"),
                                           (second, "m.sidorova@vector-example.ru", "HC-2002", "4321")):
        again = mail_in(mail_desk, web_form(sender, license, pin, hop="10.0.0.9"))
        assert (again["outcome"], again["request_id"]) == ("duplicate", received["request_id"]), again
    logged = mail_desk.json("mail", "log", "--json")
    assert [entry["outcome"] for entry in logged].count("opened") == 2


def test_a_message_id_received_before_keys_held_contents_is_told_apart_by_sender_and_subject(
        mail_desk, isolation) -> None:
    with sqlite3.connect(isolation / "desk.db") as conn:
        conn.execute("INSERT INTO mail_received (key, at, outcome, request_id) "
                     "VALUES ('<123@localhost>', '2026-11-24T07:00:00+00:00', 'opened', 42)")
        conn.execute("INSERT INTO mail_log (at, source, message_id, sender, subject, outcome, request_id) VALUES "
                     "('2026-11-24T07:00:00+00:00', 'stdin', '<123@localhost>', 'ivan.petrov@shop.example.ru', "
                     "'Заявка с сайта', 'opened', 42)")
    same = mail_in(mail_desk, web_form("ivan.petrov@shop.example.ru", "HC-1001", "7788"))
    assert (same["outcome"], same["request_id"]) == ("duplicate", 42), same
    other = mail_in(mail_desk, web_form("m.sidorova@vector-example.ru", "HC-2002", "4321"))
    assert other["outcome"] == "opened" and "another message came before" in other["reason"], other


def test_a_file_name_in_raw_8bit_windows_1251_is_kept_readable(mail_desk) -> None:
    mail_in(mail_desk, corpus("thebat_cp1251_attachment_name.eml"))
    shown = mail_desk.json("show", "42", "--json")
    assert [(a["name"], a["kept"]) for a in shown["attachments"]] == [("счёт.pdf", True)]


@pytest.mark.parametrize("target", ["closed", "/dev/full"])
def test_mail_stored_whose_report_cannot_be_written_is_still_accepted(mail_desk, target) -> None:
    """Exit 0: the message is stored, and any other code has the MTA bounce or offer it again."""
    raw = web_form("ivan.petrov@shop.example.ru", "HC-1001", "7788")
    command = [sys.executable, "-c", "from deskcli.launcher import console; console()", "mail-in", "--json"]
    if target == "closed":
        done = subprocess.run(command, input=raw, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    else:
        with open(target, "wb") as full:
            done = subprocess.run(command, input=raw, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().startswith("warning: what became of the mail could not be written: ")
    [logged] = mail_desk.json("mail", "log", "--json")
    assert logged["outcome"] == "opened"
    assert mail_in(mail_desk, raw)["outcome"] == "duplicate"


@pytest.mark.parametrize("name", ["smime_opaque_signed.eml", "smime_opaque_streamed_new_request.eml"])
def test_an_opaque_signed_message_is_read_from_its_signature_and_the_p7m_not_kept(mail_desk, isolation, name) -> None:
    received = mail_in(mail_desk, corpus(name))
    assert received["outcome"] in ("clarified", "opened") and received["reason"] == "", received
    shown = mail_desk.json("show", str(received["request_id"]), "--json")
    assert shown["attachments"] == []
    assert "ошибка 500" in shown["messages"][-1]["body"] or "ошибку 500" in shown["messages"][-1]["body"]
    stored = every_stored_text(isolation / "desk.db")
    assert "Qwerty-12345" not in stored and not has_pin(stored)
    with sqlite3.connect(isolation / "desk.db") as conn:
        kept = b"".join(row[0] or b"" for row in conn.execute("SELECT data FROM attachments"))
    assert b"7788" not in kept and b"Qwerty" not in kept


def test_a_signed_message_too_damaged_to_read_is_not_kept_and_says_so(mail_desk, isolation) -> None:
    raw = corpus("smime_opaque_signed.eml")
    head, _, body = raw.partition(b"\r\n\r\n")
    data = base64.b64decode(body)
    cut = base64.encodebytes(data[:40]).replace(b"\n", b"\r\n")  # the SignedData's first bytes only
    received = mail_in(mail_desk, head + b"\r\n\r\n" + cut)
    assert "an S/MIME signed message could not be read: it was not kept" in received["reason"], received
    assert mail_desk.json("show", "42", "--json")["attachments"] == []
