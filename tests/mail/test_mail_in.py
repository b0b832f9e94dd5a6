"""``desk mail-in`` end to end: every corpus message through the command line, each with what
the desk must make of it; idempotence, threading, bounces, the PIN kept out of everything."""

from __future__ import annotations

import base64

import json
import sqlite3

import pytest

from deskcli.domain.credentials import HIDDEN, NOT_KEPT

from tests.mail.desk_seed import (
    DESK_ADDRESS,
    CORPUS,
    corpus,
    every_stored_text,
    has_pin,
    seed,
)

#: What each message of the corpus becomes: (outcome, request, mail queued to).
OUTCOMES = {
    "thunderbird_koi8r_new_request.eml": ("opened", "new", "ivan.petrov@shop.example.ru"),
    "outlook_cp1251_qp_new_request.eml": ("opened", "new", "m.sidorova@vector-example.ru"),
    "yandex_html_only.eml": ("opened", "new", "olga.k@yandex.ru"),
    "raw_8bit_koi8r_headers.eml": ("opened", "new", "petr@old-example.ru"),
    "english_labels_one_line.eml": ("opened", "new", "peter@example.com"),
    "gmail_forwarded_cron_report.eml": ("opened", "new", "ivan.petrov@shop.example.ru"),
    "gmail_utf8_base64_missing_pin.eml": ("missing", None, "ivan.smirnov.1990@gmail.com"),
    "mislabelled_cp1251_as_utf8.eml": ("missing", None, "buh@firma-example.ru"),
    "hostile_header_injection.eml": ("missing", None, "eve@evil.test"),
    "hostile_attachment_names.eml": ("missing", None, "eve@evil.test"),
    "gmail_ru_reply_desk_tag.eml": ("clarified", 42, None),
    "thunderbird_reply_pishet_quoted_pin.eml": ("thanked", 42, None),  # thanks: nothing re-queued
    "oversized_attachment.eml": ("clarified", 42, "ivan.petrov@shop.example.ru"),  # told what did not arrive
    "outlook_en_original_message.eml": ("clarified", 51, None),
    "gmail_en_wrapped_attribution.eml": ("clarified", 51, None),
    "outlook_ru_header_block.eml": ("thanked", 57, None),
    "interleaved_reply.eml": ("clarified", 60, None),
    "apple_mail_inline_image.eml": ("clarified", 61, None),
    "base64_cut_short.eml": ("clarified", 42, None),
    "webmail_html_stub_reply.eml": ("clarified", 42, None),
    "thebat_cp1251_attachment_name.eml": ("clarified", 42, None),
    "smime_opaque_signed.eml": ("clarified", 42, None),
    "smime_opaque_streamed_new_request.eml": ("opened", "new", "ivan.petrov@shop.example.ru"),
    "pgp_signed.eml": ("noted", 62, None),
    "exchange_ooo_autoreply.eml": ("ignored", None, None),
    "vacation_precedence_bulk.eml": ("ignored", None, None),
    "yandex_x_autoreply.eml": ("ignored", None, None),
    "outlook_oof_subject_only.eml": ("ignored", None, None),
    "mailing_list_post.eml": ("ignored", None, None),
    "desk_own_mail_loop.eml": ("ignored", None, None),
    "thunderbird_read_receipt.eml": ("ignored", None, None),  # a read receipt re-queues nothing
    "postfix_dsn_bounce.eml": ("ignored", None, None),  # a bounce of mail this desk never sent
    "exim_plain_bounce.eml": ("ignored", None, None),
    "dsn_delayed.eml": ("ignored", None, None),
    "malformed_headers_and_body.eml": ("ignored", None, None),
    "empty.eml": ("ignored", None, None),
}


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    desk("policy", "set", "mail.attachment_limit", "20000")
    return desk


def mail_in(desk, name_or_bytes, **kwargs) -> dict:
    raw = corpus(name_or_bytes) if isinstance(name_or_bytes, str) else name_or_bytes
    result = desk("mail-in", "--json", input=raw, **kwargs)
    assert result.stderr == "", result.stderr
    assert not has_pin(result.stdout)
    [received] = json.loads(result.stdout)
    return received


def test_every_corpus_message_has_an_expected_outcome() -> None:
    assert set(OUTCOMES) == {path.name for path in CORPUS.glob("*.eml")}


@pytest.mark.parametrize("name", sorted(OUTCOMES))
def test_corpus_message_through_mail_in(mail_desk, isolation, name) -> None:
    outcome, request, mailed_to = OUTCOMES[name]
    received = mail_in(mail_desk, name)
    assert received["outcome"] == outcome, received
    if request == "new":
        shown = mail_desk.json("show", str(received["request_id"]), "--json")
        assert received["request_id"] > 62 and shown["status"] == "open"
        assert shown["messages"][0]["kind"] == "customer"
    else:
        assert received["request_id"] == request
    outbox = mail_desk.json("mail", "outbox", "--json")
    assert [m["recipient"] for m in outbox] == ([mailed_to] if mailed_to else [])
    assert all(m["automatic"] for m in outbox)
    assert not has_pin(mail_desk("mail", "log", "--format", "csv").stdout + mail_desk("mail", "outbox").stdout)
    [logged] = mail_desk.json("mail", "log", "--json")
    assert (logged["outcome"], logged["request_id"]) == (outcome, received["request_id"])
    # The same message again stores nothing twice.
    again = mail_in(mail_desk, name)
    assert (again["outcome"], again["request_id"]) == ("duplicate", received["request_id"])  # where it went
    assert len(mail_desk.json("mail", "outbox", "--json")) == len(outbox)
    assert not has_pin(every_stored_text(isolation / "desk.db"))


def test_a_new_request_is_opened_like_desk_open_and_acknowledged(mail_desk) -> None:
    received = mail_in(mail_desk, "thunderbird_koi8r_new_request.eml")
    shown = mail_desk.json("show", str(received["request_id"]), "--json")
    assert (shown["license"], shown["edition"], shown["version"], shown["category"]) == \
        ("HC-1001", "Корпорация", "6.9.1", "emergency")
    assert shown["site_url"] == "https://shop.example.ru/catalog/"
    assert shown["subject"] == "Сайт не открывается после обновления"
    assert shown["due_at"] == "2026-11-25T12:00:00+03:00"
    assert "Call to undefined method Core_Entity::getXml()" in shown["messages"][0]["body"]
    [ack] = mail_desk.json("mail", "outbox", "--json")
    assert ack["kind"] == "acknowledgement" and ack["request_id"] == received["request_id"]
    text = mail_desk.json("mail", "show", str(ack["id"]), "--json")
    assert f"[desk #{received['request_id']}]" in text["subject"]
    assert "In-Reply-To: <6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>" in text["headers"]
    assert "Auto-Submitted: auto-replied" in text["headers"]
    assert "2 рабочих часа" in text["body"] and "25.11.2026 12:00 (MSK)" in text["body"]


def test_english_mail_gets_english_mail_and_english_edition_names_work(mail_desk) -> None:
    received = mail_in(mail_desk, "english_labels_one_line.eml")
    assert mail_desk.json("show", str(received["request_id"]), "--json")["edition"] == "Бизнес"
    [ack] = mail_desk.json("mail", "outbox", "--json")
    assert mail_desk.json("mail", "show", str(ack["id"]), "--json")["body"].startswith("Hello,")


@pytest.mark.parametrize(("edition", "text", "language"), [
    (b"\xd0\x91\xd0\xb8\xd0\xb7\xd0\xbd\xd0\xb5\xd1\x81", b"Which PHP extensions does the installer need?", "en"),
    (b"Business", b"Which PHP extensions does the 1\xd0\xa1 exchange need?", "en"),
    (b"Business", b"\xd0\x9a\xd0\xb0\xd0\xba \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c?",
     "ru"),
])
def test_the_reply_is_in_the_language_of_the_customer_s_own_words(mail_desk, edition, text, language) -> None:
    """The review: an English letter naming its edition as the desk spells it (Бизнес) was
    answered in Russian; the fields' values are the product's names, not the writer's language."""
    raw = corpus("english_labels_one_line.eml").replace(b"charset=us-ascii", b"charset=utf-8") \
        .replace(b"Edition: Business", b"Edition: " + edition).replace(b"Which PHP extensions does the installer need?", text)
    received = mail_in(mail_desk, raw)
    [ack] = mail_desk.json("mail", "outbox", "--json")
    body = mail_desk.json("mail", "show", str(ack["id"]), "--json")["body"]
    assert body.startswith("Hello,") if language == "en" else body.startswith("Здравствуйте")
    assert received["outcome"] == "opened"


def test_without_a_category_it_is_usage_with_a_flag_and_the_address_written_to_decides(mail_desk) -> None:
    received = mail_in(mail_desk, "yandex_html_only.eml")
    shown = mail_desk.json("show", str(received["request_id"]), "--json")
    assert shown["category"] == "usage" and "category_assumed" in [f["code"] for f in shown["flags"]]
    mail_desk("policy", "set", "mail.addresses.technical", "tech@example.ru")  # never mail.from itself
    raw = corpus("yandex_html_only.eml").replace(b"1274561732523993@", b"other-id@").replace(
        b"To: support@example.ru", b"To: tech@example.ru")
    again = mail_in(mail_desk, raw)
    shown = mail_desk.json("show", str(again["request_id"]), "--json")
    assert shown["category"] == "technical"
    assert "category_assumed" not in [f["code"] for f in shown["flags"]]


def test_the_free_edition_without_a_category_is_taken_as_installation_for_an_agent_to_check(mail_desk) -> None:
    """2.4: the free edition is helped with installation only. Assuming usage refused every
    such mail unseen, its one exception too (review: a policy read against the seed)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "ivan.smirnov.1990@gmail.com", "support@example.ru"
    message["Subject"], message["Message-ID"] = "Ошибка при установке", "<free-install@gmail.com>"
    message.set_content("Лицензия: HC-1003\nPIN: 3791\nРедакция: Халява\nВерсия: 7.1.0\nСайт: https://free.example.ru/\n"
                        "При установке системы управления появляется ошибка подключения к базе данных MySQL. "
                        "Какие настройки хостинга нужны?")
    received = mail_in(mail_desk, bytes(message))
    shown = mail_desk.json("show", str(received["request_id"]), "--json")
    assert received["outcome"] == "opened" and shown["status"] == "open" and shown["category"] == "installation"
    assert shown["flags"] == [{"code": "category_assumed",
                               "message": "the mail named no category; installation assumed: check it "
                                          "(desk edit ID --category ...)"}]
    # not an installation question after all: the agent's category is checked against the license,
    # and the agent refuses it under 2.4 (review: neither route was open)
    result = mail_desk("edit", str(received["request_id"]), "--category", "usage", code=None)
    assert result.exit_code != 0 and "free_edition" in result.stderr
    assert "Халява" in mail_desk("template", "show", "free-edition", "--for", str(received["request_id"])).stdout
    rejected = mail_desk.json("reject", str(received["request_id"]), "--reason", "free_edition", "--json")
    assert rejected["status"] == "rejected" and rejected["reasons"][-1]["code"] == "free_edition"


def test_the_assumed_category_flag_stays_until_an_agent_decides(mail_desk) -> None:
    received = mail_in(mail_desk, "yandex_html_only.eml")
    rid = str(received["request_id"])
    codes = lambda: [f["code"] for f in mail_desk.json("show", rid, "--json")["flags"]]  # noqa: E731
    mail_desk("reply", rid, "--customer", "--body", "Уточняю: корзина пустая только в мобильной версии. Почему?")
    assert "category_assumed" in codes()  # a clarification says nothing of the category
    mail_desk("reply", rid, "--body", "Очистите кеш.")
    mail_desk("reply", rid, "--customer", "--body", "Спасибо, всё заработало!")
    assert "category_assumed" in codes()
    mail_desk("edit", rid, "--category", "technical")
    assert "category_assumed" not in codes()


def test_a_stub_plain_part_gives_way_to_the_html_letter(mail_desk) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "ivan.petrov@shop.example.ru", "support@example.ru"
    message["Subject"], message["Message-ID"] = "Доставка", "<html-stub-1@shop.example.ru>"
    message.set_content("Это письмо в формате HTML. Откройте его в программе, которая умеет HTML.")
    rows = "".join(f"<tr><td>{label}:</td><td>{value}</td></tr>" for label, value in (
        ("Лицензия", "HC-1001"), ("PIN", "7788"), ("Редакция", "Корпорация"), ("Версия", "6.9.1"),
        ("Сайт", "https://shop.example.ru/")))
    message.add_alternative(f"<html><body><table>{rows}</table><p>Как настроить доставку курьером "
                            "по Москве?</p></body></html>", subtype="html")
    received = mail_in(mail_desk, message.as_bytes())
    assert received["outcome"] == "opened", received
    shown = mail_desk.json("show", str(received["request_id"]), "--json")
    assert "доставку курьером" in shown["messages"][0]["body"] and "7788" not in shown["messages"][0]["body"]


def test_missing_fields_open_nothing_and_the_reply_lists_them(mail_desk) -> None:
    mail_in(mail_desk, "gmail_utf8_base64_missing_pin.eml")
    mail_desk("show", "63", code=3)
    [reply] = mail_desk.json("mail", "outbox", "--json")
    body = mail_desk.json("mail", "show", str(reply["id"]), "--json")["body"]
    assert "- PIN-код" in body and "- адрес сайта или страницы" in body and "- номер лицензии" not in body


def test_a_wrong_pin_opens_nothing_and_says_so(mail_desk) -> None:
    raw = corpus("thunderbird_koi8r_new_request.eml").replace(b"7788", b"0000")
    received = mail_in(mail_desk, raw)
    assert received["outcome"] == "not_accepted" and received["request_id"] is None
    [reply] = mail_desk.json("mail", "outbox", "--json")
    assert reply["kind"] == "not_accepted"
    assert "не распознаны" in mail_desk.json("mail", "show", str(reply["id"]), "--json")["body"]


def test_a_clarification_requeues_and_cuts_quoted_text(mail_desk) -> None:
    before = mail_desk.json("show", "42", "--json")
    assert before["status"] == "answered"
    mail_in(mail_desk, "gmail_ru_reply_desk_tag.eml")
    after = mail_desk.json("show", "42", "--json")
    assert after["status"] == "open" and after["queued_at"] == "2026-11-25T10:00:00+03:00"
    last = after["messages"][-1]
    assert last["kind"] == "customer" and "Обновил до 6.9.2" in last["body"]
    assert "Обновите, пожалуйста" not in last["body"]  # the quoted answer is cut


def test_two_deliveries_of_one_message_at_once_store_it_once(mail_desk, isolation, monkeypatch) -> None:
    from deskcli.services.mail import inbox

    # The other delivery stores the message after this one's first look: the first look
    # sees nothing, the look inside the write lock sees the other's row.
    looked, real = [], inbox.deliveries.earlier_delivery

    def earlier_delivery(repo, mail):
        looked.append(mail)
        return (None, False) if len(looked) == 1 else real(repo, mail)

    monkeypatch.setattr(inbox.deliveries, "earlier_delivery", earlier_delivery)
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("INSERT INTO mail_received (key, at, outcome) VALUES "
                 "('<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>', '2026-11-25T07:00:00+00:00', 'opened')")
    conn.commit()
    before = conn.execute("SELECT count(*) FROM requests").fetchone()[0]
    conn.close()
    received = mail_in(mail_desk, "thunderbird_koi8r_new_request.eml")
    assert received["outcome"] == "duplicate" and "meanwhile" in received["reason"]
    conn = sqlite3.connect(isolation / "desk.db")
    assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == before
    conn.close()
    assert mail_desk.json("mail", "outbox", "--json") == []


def test_mail_in_acts_as_mail_not_as_the_process_user(mail_desk, monkeypatch) -> None:
    monkeypatch.setenv("DESK_AGENT", "nobody")
    received = mail_in(mail_desk, "thunderbird_koi8r_new_request.eml")
    history = mail_desk.json("show", str(received["request_id"]), "--json")["history"]
    assert {event["agent"] for event in history} == {"mail"}


def test_a_reply_threads_by_message_id_without_the_tag(mail_desk) -> None:
    opened = mail_in(mail_desk, "thunderbird_koi8r_new_request.eml")
    [ack] = mail_desk.json("mail", "outbox", "--json")
    reply = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: thanks\r\n"
             b"Message-ID: <reply-1@shop.example.ru>\r\nIn-Reply-To: " + ack["message_id"].encode() +
             b"\r\n\r\nStill broken after the update, see the log again please?\r\n")
    received = mail_in(mail_desk, reply)
    assert (received["outcome"], received["request_id"]) == ("clarified", opened["request_id"])


def test_a_person_who_answers_the_missing_fields_mail_with_part_of_them_is_told_what_is_still_missing(
        mail_desk) -> None:
    """The review: a reply with only the PIN and the version was logged and never answered."""
    first = ("Лицензия: HC-1001\r\nРедакция: Корпорация\r\nСайт: https://shop.example.ru/\r\n\r\n"
             "Как настроить доставку курьером?\r\n").encode()
    mail_in(mail_desk, b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Delivery\r\n"
                       b"Message-ID: <d-1@shop.example.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + first)
    [ours] = mail_desk.json("mail", "outbox", "--json")
    partial = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: Delivery\r\n"
               b"Message-ID: <d-2@shop.example.ru>\r\nIn-Reply-To: " + ours["message_id"].encode() +
               b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "Версия: 6.9.1\r\n".encode())
    received = mail_in(mail_desk, partial)
    assert received["outcome"] == "missing" and len(received["queued"]) == 1
    again = mail_desk.json("mail", "show", str(mail_desk.json("mail", "outbox", "--json")[-1]["id"]), "--json")
    assert "PIN" in again["body"]


def test_a_request_opened_by_answering_the_missing_fields_mail_keeps_the_customer_s_subject(mail_desk) -> None:
    """The review: it was called by the desk's letter ("Не хватает данных для обращения: ...")."""
    first = ("Лицензия: HC-1001\r\nРедакция: Корпорация\r\nСайт: https://shop.example.ru/\r\n\r\n"
             "Как настроить доставку курьером?\r\n").encode()
    mail_in(mail_desk, b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: =?utf-8?b?"
                       + base64.b64encode("Доставка курьером".encode()) + b"?=\r\n"
                       b"Message-ID: <s-1@shop.example.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + first)
    [ours] = mail_desk.json("mail", "outbox", "--json")
    letter = mail_desk.json("mail", "show", str(ours["id"]), "--json")
    assert letter["subject"] == "Не хватает данных для обращения: Доставка курьером"
    whole = first.replace(b"\r\n\r\n", "\r\nPIN: 7788\r\nВерсия: 6.9.1\r\n\r\n".encode())
    reply = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: =?utf-8?b?"
             + base64.b64encode(f"Re: {letter['subject']}".encode()) + b"?=\r\nMessage-ID: <s-2@shop.example.ru>\r\n"
             b"In-Reply-To: " + ours["message_id"].encode() + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             + whole)
    received = mail_in(mail_desk, reply)
    assert received["outcome"] == "opened"
    assert mail_desk.json("show", str(received["request_id"]), "--json")["subject"] == "Доставка курьером"


def test_another_robot_answering_the_missing_fields_reply_is_not_answered_again(mail_desk) -> None:
    first = mail_in(mail_desk, b"From: help@other.test\r\nTo: support@example.ru\r\nSubject: Ticket 77\r\n"
                               b"Message-ID: <t77-1@other.test>\r\n\r\nWe received your message.\r\n")
    assert first["outcome"] == "missing" and len(first["queued"]) == 1
    for n in range(2, 6):
        ours = mail_desk.json("mail", "outbox", "--json")[-1]  # it answers the desk's latest letter
        echo = (b"From: help@other.test\r\nTo: support@example.ru\r\nSubject: [Ticket #77] Re: missing\r\n"
                b"Message-ID: <t77-%d@other.test>\r\nIn-Reply-To: %s\r\n\r\nWe received your message.\r\n"
                % (n, ours["message_id"].encode()))
        received = mail_in(mail_desk, echo)
        assert received["outcome"] == "missing"
        if n == 2:  # answered once more, as a person who replied with part of the fields would be
            assert len(received["queued"]) == 1
        else:
            assert received["queued"] == [] and "automatic mail" in received["reason"]
    assert len(mail_desk.json("mail", "outbox", "--json")) == 2
    # A person who answers with the fields gets the request opened and acknowledged.
    fields = ("Лицензия: HC-1001\r\nPIN: 7788\r\nРедакция: Корпорация\r\nВерсия: 6.9.1\r\n"
              "Сайт: https://shop.example.ru/\r\n\r\nКак настроить доставку курьером?\r\n").encode()
    answer = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: missing\r\n"
              b"Message-ID: <fields-1@shop.example.ru>\r\nIn-Reply-To: " + ours["message_id"].encode() +
              b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + fields)
    opened = mail_in(mail_desk, answer)
    assert opened["outcome"] == "opened" and len(opened["queued"]) == 1


def test_mail_from_someone_else_is_an_internal_note_that_requeues_nothing(mail_desk) -> None:
    received = mail_in(mail_desk, "pgp_signed.eml")
    shown = mail_desk.json("show", "62", "--json")
    assert received["outcome"] == "noted" and shown["status"] == "answered"
    assert shown["messages"][-1]["kind"] == "internal"
    assert shown["messages"][-1]["author"] == "alexey@secure-example.ru"


def test_attachments_are_kept_up_to_the_limit_and_listed_in_show(mail_desk) -> None:
    mail_in(mail_desk, "oversized_attachment.eml")
    shown = mail_desk.json("show", "42", "--json")
    assert [(a["name"], a["size"], a["kept"]) for a in shown["attachments"]] == \
        [("скриншот.png", 268, True), ("error.log", 48890, False)]
    table = mail_desk("show", "42").stdout
    assert "attachment: скриншот.png (268 bytes, image/png)" in table
    assert "error.log (48890 bytes, text/plain, over the size limit, not kept)" in table


def test_an_agent_reply_threads_and_a_bounce_of_it_is_a_delivery_failure(mail_desk) -> None:
    mail_in(mail_desk, "gmail_ru_reply_desk_tag.eml")
    result = mail_desk("reply", "42", "--body", "Увеличьте memory_limit до 256M.", "--json")
    assert "mail to ivan.petrov@shop.example.ru queued" in result.stderr
    [answer] = mail_desk.json("mail", "outbox", "--json")
    text = mail_desk.json("mail", "show", str(answer["id"]), "--json")
    assert "In-Reply-To: <CAHk8Tq2e9XvA1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV@mail.gmail.com>" in text["headers"]
    assert text["subject"].endswith("[desk #42]") and "Auto-Submitted" not in text["headers"]
    bounce = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                      answer["message_id"].encode())
    received = mail_in(mail_desk, bounce)
    assert (received["outcome"], received["request_id"]) == ("bounce", 42)
    shown = mail_desk.json("show", "42", "--json")
    assert "was not delivered (5.1.1" in shown["messages"][-1]["body"] and shown["status"] == "open"  # back in the queue
    assert "mail not delivered" in [e["action"] for e in shown["history"]]
    assert mail_desk.json("mail", "outbox", "--json")[0]["status"] == "bounced"


def test_no_mail_skips_the_customer_and_a_desk_without_mail_from_sends_nothing(mail_desk) -> None:
    mail_desk("reply", "42", "--body", "Проверьте права на папку upload.", "--no-mail")
    assert mail_desk.json("mail", "outbox", "--json") == []
    mail_desk("policy", "set", "mail.from", "")
    mail_desk("reply", "51", "--body", "Clear the cache.")
    assert mail_desk.json("mail", "outbox", "--json") == []


def test_close_and_reject_with_no_mail_leave_the_outbox_empty(mail_desk) -> None:
    closed = mail_desk.json("close", "42", "--resolution", "Кеш очищен.", "--no-mail", "--json")
    rejected = mail_desk.json("reject", "60", "--reason", "out_of_scope", "--no-mail", "--json")
    assert (closed["status"], rejected["status"]) == ("resolved", "rejected")
    assert mail_desk.json("mail", "outbox", "--json") == []
    assert mail_desk.json("show", "60", "--json")["messages"][-1]["kind"] == "rejection"  # still in the thread


def test_close_and_reject_mail_the_customer(mail_desk) -> None:
    mail_desk("close", "42", "--resolution", "Кеш очищен.")
    mail_desk("reject", "60", "--reason", "out_of_scope")
    closing, refusal = sorted(mail_desk.json("mail", "outbox", "--json"), key=lambda m: m["id"])
    close_text = mail_desk.json("mail", "show", str(closing["id"]), "--json")["body"]
    assert closing["kind"] == "close" and "Кеш очищен." in close_text and "временного пользователя" in close_text
    refusal_text = mail_desk.json("mail", "show", str(refusal["id"]), "--json")["body"]
    assert refusal["kind"] == "refusal" and "Перенос системы управления с локального компьютера" in refusal_text
    # the thread holds the letter the customer reads, not the rule in the desk's English (TUI QA)
    [rejection] = [m for m in mail_desk.json("show", "60", "--json")["messages"] if m["kind"] == "rejection"]
    assert rejection["body"] == refusal_text


def test_a_request_refused_under_two_rules_keeps_and_quotes_both(mail_desk) -> None:
    """The review: --reason given twice kept only the second, and the letter quoted one rule."""
    rejected = mail_desk.json("reject", "60", "--reason", "out_of_scope", "--reason", "off_topic",
                              "--reason", "out_of_scope", "--json")
    assert [r["code"] for r in rejected["reasons"]] == ["out_of_scope", "off_topic"]
    [refusal] = mail_desk.json("mail", "outbox", "--json")
    text = mail_desk.json("mail", "show", str(refusal["id"]), "--json")["body"]
    assert "Перенос системы управления с локального компьютера" in text and "сторонние рассуждения" in text


def test_a_rejection_not_mailed_states_the_rule_in_the_thread(mail_desk) -> None:
    mail_desk("reject", "60", "--reason", "out_of_scope", "--note", "Это 2.10.1", "--no-mail")
    [rejection] = [m for m in mail_desk.json("show", "60", "--json")["messages"] if m["kind"] == "rejection"]
    # the letter the customer is to be told, in their language, not the rule's English summary (review)
    assert rejection["body"].startswith("Здравствуйте!") and "Это 2.10.1" in rejection["body"]
    assert "К рассмотрению не принимаются сообщения, не относящиеся к компетенции" in rejection["body"]
    assert mail_desk.json("mail", "outbox", "--json") == []


def test_automatic_replies_to_one_sender_are_limited_per_hour(mail_desk) -> None:
    raw = corpus("gmail_utf8_base64_missing_pin.eml")
    outcomes = [mail_in(mail_desk, raw.replace(b"Message-ID: <", f"Message-ID: <n{n}.".encode()))
                for n in range(5)]
    assert [o["outcome"] for o in outcomes] == ["missing"] * 5
    assert len(mail_desk.json("mail", "outbox", "--json")) == 3
    assert "withheld" in outcomes[-1]["reason"]


def test_exit_75_while_another_process_holds_the_write_lock(mail_desk, isolation, monkeypatch) -> None:
    from deskcli.store import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(db, "WRITE_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = mail_desk("mail-in", input=corpus("thunderbird_koi8r_new_request.eml"), code=75)
        assert result.stderr.startswith("error: ") and "locked" in result.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert mail_in(mail_desk, "thunderbird_koi8r_new_request.eml")["outcome"] == "opened"


def test_no_desk_at_the_path_is_75_and_makes_no_desk(mail_desk, isolation) -> None:
    missing = isolation / "typo.db"
    result = mail_desk("--db", str(missing), "mail-in", input=corpus("thunderbird_koi8r_new_request.eml"), code=75)
    assert result.stderr.count("\n") == 1 and "no desk database" in result.stderr
    assert not missing.exists()
    # debugging adds the traceback, not a bounce: the MTA still reads 75 and offers it again
    debugged = mail_desk("--db", str(missing), "mail-in", input=corpus("thunderbird_koi8r_new_request.eml"),
                         code=75, env={"DESK_DEBUG": "1"})
    assert "Traceback" in debugged.stderr and "no desk database" in debugged.stderr.splitlines()[-1]


def test_a_broken_personal_file_is_75_for_mail_in_and_2_for_the_rest(mail_desk, isolation) -> None:
    (isolation / "config.toml").write_text("agent = \n", encoding="utf-8")
    result = mail_desk("mail-in", input=corpus("thunderbird_koi8r_new_request.eml"), code=75)
    assert result.stderr.startswith("error: ") and "will be offered again" in result.stderr
    assert result.stderr.count("\n") == 1
    mail_desk("queue", code=2)


def test_malformed_or_hostile_bytes_never_fail_the_mta(mail_desk) -> None:
    for raw in (b"", b"\x00\xff\xfe garbage", b"From: \r\n\r\n" + b"=" * 5000, b"Subject: =?utf-8?b?====?=\r\n"):
        result = mail_desk("mail-in", "--json", input=raw)
        assert json.loads(result.stdout)[0]["outcome"] in ("ignored", "duplicate")


def test_no_outgoing_header_comes_from_the_customers_text(mail_desk, isolation) -> None:
    from email import message_from_bytes, policy

    mail_in(mail_desk, "hostile_header_injection.eml")
    conn = sqlite3.connect(isolation / "desk.db")
    [(wire,)] = conn.execute("SELECT message FROM outbox").fetchall()
    conn.close()
    message = message_from_bytes(wire, policy=policy.default)
    assert {name.lower() for name in message} == {
        "from", "to", "subject", "date", "message-id", "in-reply-to", "references", "auto-submitted",
        "x-auto-response-suppress", "mime-version", "content-type", "content-transfer-encoding",
        "content-language"}
    assert [a.addr_spec for a in message["to"].addresses] == ["eve@evil.test"]
    assert message["in-reply-to"] == message["references"] == "<inject-0001@evil.test>"
    assert b"\r\nbcc:" not in wire.split(b"\r\n\r\n", 1)[0].lower()
    assert "\n" not in str(message["subject"]) and "victim@evil.test" in str(message["subject"])


def _reply(sender: str, request_id: int, message_id: str, text: str) -> bytes:
    """A customer's plain reply to a request's thread, as a mail client writes one."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@example.ru"
    message["Subject"] = f"Re: [desk #{request_id}] Обращение"
    message["Message-ID"] = f"<{message_id}>"
    message.set_content(text)
    return bytes(message)


def test_the_log_says_a_refused_message_was_refused(mail_desk) -> None:
    received = mail_in(mail_desk, _reply("ivan.petrov@shop.example.ru", 42, "rude-1@shop.example.ru",
                                         "Вы идиоты, сраная корзина опять не работает! Когда почините?"))
    assert received["outcome"] == "refused" and received["request_id"] == 42
    assert "refused: obscene" in received["reason"]
    logged = mail_desk.json("mail", "log", "--outcome", "refused", "--json")
    assert [entry["request_id"] for entry in logged] == [42]


def test_thanks_on_a_request_still_waiting_are_logged_as_thanks(mail_desk) -> None:
    received = mail_in(mail_desk, _reply("anna@studio-example.ru", 61, "thanks-61@studio-example.ru",
                                         "Спасибо, всё заработало!"))
    assert (received["outcome"], received["request_id"]) == ("thanked", 61)  # review: it said clarified


def test_the_log_says_why_a_new_request_was_rejected(mail_desk) -> None:
    """The log said "rejected" with an empty reason (QA)."""
    fields = ("Лицензия: HC-1001\r\nPIN: 7788\r\nРедакция: Корпорация\r\nВерсия: 6.9.1\r\n"
              "Сайт: https://shop.example.ru/\r\n\r\nВы идиоты, сраная корзина опять не работает! Когда почините?\r\n")
    message = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Corzina\r\n"
               b"Message-ID: <rude-new-1@shop.example.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               + fields.encode())
    received = mail_in(mail_desk, message)
    assert received["outcome"] == "rejected" and "rejected: obscene" in received["reason"]
    [logged] = mail_desk.json("mail", "log", "--outcome", "rejected", "--json")
    assert "rejected: obscene" in logged["reason"]


def test_a_note_on_a_thread_merged_while_it_was_read_joins_the_request_it_went_to(mail_desk, monkeypatch) -> None:
    """Mail from someone other than the customer, on a thread another agent merged away between
    reading the thread and taking the lock, exited 75 (QA: 4 runs in 40); the customer's own
    message already followed the merge."""
    from deskcli.services.mail import outbox

    target = mail_desk.json("open", "-l", "HC-6262", "--pin", "5093", "-v", "6.9.1", "-c", "usage", "--site",
                            "https://secure-example.ru/", "-s", "Ещё вопрос", "--body",
                            "Как включить двухфакторный вход для менеджеров?", "--json")["id"]
    real = outbox.customer_addresses

    def merged_meanwhile(repo, request_id: int, license: str) -> set[str]:
        monkeypatch.setattr(outbox, "customer_addresses", real)
        mail_desk("merge", str(request_id), "--into", str(target))  # another agent, just now
        return real(repo, request_id, license)

    monkeypatch.setattr(outbox, "customer_addresses", merged_meanwhile)
    received = mail_in(mail_desk, "pgp_signed.eml")
    assert (received["outcome"], received["request_id"]) == ("noted", target)
    assert mail_desk.json("show", str(target), "--json")["messages"][-1]["kind"] == "internal"


def test_mail_without_a_sender_is_logged_saying_so_once(mail_desk) -> None:
    mail_desk("mail-in", input=b"garbage\n")
    [logged] = mail_desk.json("mail", "log", "--json")
    assert logged["outcome"] == "ignored"
    assert logged["reason"].startswith("the message has no sender address: nobody to answer")
    assert logged["reason"].count("sender address") == 1, logged["reason"]


@pytest.mark.parametrize("message", [
    # A clarification that names the PIN in words the labels never listed.
    ("From: ivan.petrov@shop.example.ru\nTo: support@desk.example.ru\nSubject: Re: [desk #42] Сайт\n"
     "Message-ID: <pin-words@shop.example.ru>\nContent-Type: text/plain; charset=utf-8\n\n"
     "Пин-код лицензии: 7788, лицензия HC-1001. Ошибка всё ещё есть.\nМой PIN=7788\n"),
    # The PIN only in the subject.
    ("From: ivan.petrov@shop.example.ru\nTo: support@desk.example.ru\nSubject: HC-1001 PIN 7788 не работает поиск\n"
     "Message-ID: <pin-subject@shop.example.ru>\nContent-Type: text/plain; charset=utf-8\n\n"
     "Редакция: Корпорация\nВерсия: 7.0.2\nСайт: https://shop.example.ru\nПоиск ничего не находит. Как исправить?\n"),
])
def test_a_pin_written_any_way_is_kept_nowhere(mail_desk, isolation, message) -> None:
    result = mail_desk("mail-in", "--json", input=message.encode())
    assert not has_pin(result.stdout + result.stderr)
    shown = "".join(mail_desk(*command).stdout for command in (
        ["mail", "log", "--json"], ["mail", "outbox", "--json"], ["export", "--all"], ["show", "42", "--json"]))
    assert not has_pin(shown) and not has_pin(every_stored_text(isolation / "desk.db"))


def test_reply_to_proves_nothing_and_gets_nothing(mail_desk) -> None:
    """Reply-To is the sender's word alone (review): a stranger naming the customer there is
    not the customer, and mail from the customer's address naming a stranger there is
    answered at the customer's address."""
    stranger = ("From: eve@evil.test\nReply-To: ivan.petrov@shop.example.ru\nTo: support@example.ru\n"
                "Subject: Re: [desk #42] x\nMessage-ID: <eve-1@evil.test>\nContent-Type: text/plain; charset=utf-8\n\n"
                "Почему до сих пор не работает? Поднимите выше в очереди.\n")
    assert mail_in(mail_desk, stranger.encode())["outcome"] == "noted"
    forged = ("From: ivan.petrov@shop.example.ru\nReply-To: eve@evil.test\nTo: support@example.ru\n"
              "Subject: Re: [desk #42] x\nMessage-ID: <eve-2@evil.test>\nContent-Type: text/plain; charset=utf-8\n\n"
              "Пошли вы все, идиоты, когда почините?\n")
    mail_in(mail_desk, forged.encode())
    assert "eve@evil.test" not in [m["recipient"] for m in mail_desk.json("mail", "outbox", "--json")]


def test_the_log_takes_outcomes_repeated_or_comma_separated_as_the_outbox_takes_statuses(mail_desk) -> None:
    mail_in(mail_desk, "english_labels_one_line.eml")
    mail_desk("mail-in", input=b"garbage\n")
    both = mail_desk.json("mail", "log", "--outcome", "opened", "--outcome", "ignored", "--json")
    assert sorted(r["outcome"] for r in both) == ["ignored", "opened"]
    assert mail_desk.json("mail", "log", "--outcome", "opened,ignored", "--json") == both
    assert "unknown outcome 'nope'" in mail_desk("mail", "log", "--outcome", "nope", code=2).stderr


NEW_REQUEST_FIELDS = "Лицензия: HC-1001\nPIN: {pin}\nРедакция: Корпорация\nВерсия: 6.9.1\n{site}\nСайт не открывается, что делать?\n"


@pytest.mark.parametrize(("pin", "site", "kind"), [("7788", "", "missing_fields"),
                                                   ("0000", "Сайт: https://shop.example.ru/\n", "not_accepted")])
def test_a_password_in_the_subject_of_mail_that_opens_nothing_is_not_mailed_back(mail_desk, isolation, pin, site,
                                                                                   kind) -> None:
    """The reply quotes the subject: the password in it is hidden there as in the log (QA:
    "Не хватает данных для обращения: Помогите, пароль: Qw12345" was stored and sent)."""
    raw = (f"From: Иван <ivan.petrov@shop.example.ru>\nTo: {DESK_ADDRESS}\nSubject: Помогите, пароль: Qw12345\n"
           "Message-ID: <pw-subject@shop.example.ru>\nContent-Type: text/plain; charset=utf-8\n\n"
           + NEW_REQUEST_FIELDS.format(pin=pin, site=site)).encode()
    assert mail_in(mail_desk, raw)["request_id"] is None
    [reply] = mail_desk.json("mail", "outbox", "--json")
    assert reply["kind"] == kind and "Помогите" in reply["subject"]
    assert "Qw12345" not in every_stored_text(isolation / "desk.db")
    # nothing holds the password: the reply does not send the customer to look for access
    assert NOT_KEPT in reply["subject"] and HIDDEN not in reply["subject"], reply["subject"]


def test_a_forwarded_message_keeps_no_pin_or_password_in_its_copy_or_its_name(mail_desk, isolation) -> None:
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["Subject"] = "Доступ: пароль: Fwd2026x"
    inner.set_content("PIN: 7788\nПароль: Fwd2026x\nЛогин: admin\n")
    outer = EmailMessage()
    outer["From"], outer["To"] = "Иван <ivan.petrov@shop.example.ru>", DESK_ADDRESS
    outer["Subject"], outer["Message-ID"] = "Сайт лежит", "<fwd-secret@shop.example.ru>"
    outer.set_content(NEW_REQUEST_FIELDS.format(pin="7788", site="Сайт: https://shop.example.ru/\n"))
    outer.add_attachment(inner)
    received = mail_in(mail_desk, bytes(outer))
    assert received["outcome"] == "opened"
    with sqlite3.connect(isolation / "desk.db") as conn:
        [(name, data)] = conn.execute("SELECT name, data FROM attachments WHERE request_id = ?",
                                      (received["request_id"],)).fetchall()
    kept = data.decode("utf-8", "replace")
    assert "Fwd2026x" not in name + kept and not has_pin(name + kept)
    assert "Логин: admin" in kept  # the rest of the forwarded text as it was
    assert "Fwd2026x" not in mail_desk("show", str(received["request_id"])).stdout
