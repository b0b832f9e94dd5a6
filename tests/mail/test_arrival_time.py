"""A polled message's response time counts from when its server took it in (2.6, 2.7): the
maildir file's time, IMAP's INTERNALDATE, not when cron's poll happened to read it."""

from __future__ import annotations

import datetime as dt
import json
import os
from email.message import EmailMessage

import pytest

from tests.mail import servers
from tests.mail.desk_seed import corpus, seed
from tests.mail.test_imap import client
from tests.mail.test_mail_in_sources import make_maildir

MSK = dt.timezone(dt.timedelta(hours=3))
NEW_REQUEST = "thunderbird_koi8r_new_request.eml"  # HC-1001's new question
CLARIFICATION = "gmail_ru_reply_desk_tag.eml"  # HC-1001's customer on #42


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


def dated_maildir(root, name: str, arrived: dt.datetime):
    maildir = make_maildir(root, name)
    (path,) = (maildir / "new").iterdir()
    os.utime(path, (arrived.timestamp(), arrived.timestamp()))
    return maildir


def take_in(desk, maildir) -> dict:
    (result,) = json.loads(desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    return result


def test_a_message_that_waited_for_the_poll_is_due_as_if_read_when_it_came(mail_desk, isolation):
    # An emergency (two working hours) written on Tuesday at 17:30 in Moscow and read on
    # Wednesday at 10:00 (DESK_NOW): half an hour on Tuesday, an hour and a half on Wednesday
    # morning; counted from the poll, it would be due at 12:00.
    arrived = dt.datetime(2026, 11, 24, 17, 30, tzinfo=MSK)
    result = take_in(mail_desk, dated_maildir(isolation / "Maildir", NEW_REQUEST, arrived))
    assert result["outcome"] == "opened"
    shown = mail_desk.json("show", str(result["request_id"]), "--json")
    assert shown["category"] == "emergency"
    assert shown["queued_at"] == "2026-11-24T17:30:00+03:00"
    assert shown["due_at"] == "2026-11-25T10:30:00+03:00"
    assert shown["remaining_minutes"] == 30
    assert shown["created_at"] == shown["messages"][0]["at"] == "2026-11-24T17:30:00+03:00"
    # what the desk did, it did when it read the mail: the history, the log, the letter
    opened = [event for event in shown["history"] if event["action"] == "opened"]
    assert [event["at"] for event in opened] == ["2026-11-25T10:00:00+03:00"]
    (logged,) = mail_desk.json("mail", "log", "--json")
    assert logged["at"] == "2026-11-25T10:00:00+03:00"
    (ack,) = mail_desk.json("mail", "outbox", "--json")
    assert ack["queued_at"] == "2026-11-25T10:00:00+03:00"


def test_a_clarification_written_before_the_agents_answer_waits_from_that_answer(mail_desk, isolation):
    # #42's customer wrote at 09:00; the agent, not having seen it, answered at 09:30; the
    # poll read it at 10:00. The new message re-queues #42 (2.7) from the answer, not before it.
    mail_desk("reply", "42", "--body", "Проверьте, пожалуйста, права на папку upload.",
              env={"DESK_NOW": "2026-11-25T09:30:00+03:00"})
    arrived = dt.datetime(2026, 11, 25, 9, 0, tzinfo=MSK)
    result = take_in(mail_desk, dated_maildir(isolation / "Maildir", CLARIFICATION, arrived))
    assert (result["outcome"], result["request_id"]) == ("clarified", 42)
    shown = mail_desk.json("show", "42", "--json")
    assert shown["status"] == "open"
    assert shown["queued_at"] == "2026-11-25T09:30:00+03:00"
    assert shown["due_at"] == "2026-11-25T14:30:00+03:00"


def test_a_date_older_than_a_week_is_a_copys_and_the_clock_starts_when_read(mail_desk, isolation):
    arrived = dt.datetime(2026, 10, 1, 12, 0, tzinfo=MSK)
    result = take_in(mail_desk, dated_maildir(isolation / "Maildir", NEW_REQUEST, arrived))
    assert result["outcome"] == "opened"
    assert "2026-10-01T12:00:00+03:00" in result["reason"] and "more than 7 days ago" in result["reason"]
    assert mail_desk.json("show", str(result["request_id"]), "--json")["queued_at"] == "2026-11-25T10:00:00+03:00"
    (logged,) = mail_desk.json("mail", "log", "--json")
    assert "more than 7 days ago" in logged["reason"]


def test_a_file_dated_in_the_future_counts_from_now(mail_desk, isolation):
    arrived = dt.datetime(2026, 11, 25, 12, 0, tzinfo=MSK)  # two hours after DESK_NOW
    result = take_in(mail_desk, dated_maildir(isolation / "Maildir", NEW_REQUEST, arrived))
    assert mail_desk.json("show", str(result["request_id"]), "--json")["queued_at"] == "2026-11-25T10:00:00+03:00"


def test_a_message_piped_in_counts_from_when_it_is_read(mail_desk):
    # an MTA's pipe hands the message over as it arrives: its headers' dates are the sender's
    (result,) = json.loads(mail_desk("mail-in", "--json", input=corpus(NEW_REQUEST)).stdout)
    assert mail_desk.json("show", str(result["request_id"]), "--json")["queued_at"] == "2026-11-25T10:00:00+03:00"


def test_imap_internaldate_is_the_arrival(mail_desk, dovecot, tls_files, imap_folder, monkeypatch):
    monkeypatch.setenv("DESK_IMAP_PASSWORD", servers.PASSWORD)
    mail_desk("config", "set", "mail.imap_url", f"imap://{servers.USER}@127.0.0.1:{dovecot.imap_port}/{imap_folder}")
    with client(dovecot, tls_files) as connection:  # Saturday night: Monday 09:00 starts the clock
        connection.append(imap_folder, corpus(NEW_REQUEST),
                          msg_time=dt.datetime(2026, 11, 21, 21, 30, tzinfo=dt.UTC))
    (result,) = json.loads(mail_desk("mail-in", "--imap", "--json").stdout)
    assert result["outcome"] == "opened"
    shown = mail_desk.json("show", str(result["request_id"]), "--json")
    assert shown["queued_at"] == "2026-11-22T00:30:00+03:00"
    # Monday 23 November 09:00 + 2 working hours (an emergency)
    assert shown["due_at"] == "2026-11-23T11:00:00+03:00"
    assert shown["overdue"] is True


def test_an_assignment_or_a_tag_is_no_turn_the_message_must_follow(mail_desk, isolation):
    """Only an answer, a message or a change of status is a turn (review: an assignment at
    09:55 moved a clarification that came at 09:00 to 09:55)."""
    mail_desk("assign", "61", "anna", env={"DESK_NOW": "2026-11-25T09:55:00+03:00"})
    mail_desk("tag", "61", "+vip", env={"DESK_NOW": "2026-11-25T09:56:00+03:00"})
    raw = corpus("apple_mail_inline_image.eml")  # #61's customer
    maildir = make_maildir(isolation / "Maildir")
    (maildir / "new" / "1796104800.M1P1.mx").write_bytes(raw)
    arrived = dt.datetime(2026, 11, 25, 9, 0, tzinfo=MSK)
    os.utime(maildir / "new" / "1796104800.M1P1.mx", (arrived.timestamp(), arrived.timestamp()))
    assert take_in(mail_desk, maildir)["outcome"] == "clarified"
    assert mail_desk.json("show", "61", "--json")["queued_at"] == "2026-11-25T09:00:00+03:00"


def test_a_message_dated_before_its_request_was_opened_counts_from_the_opening(mail_desk, isolation):
    """A request brought in by desk import has no history of its own: its opening is the floor
    (review: the message was refused under the lock, and every later poll stopped on it)."""
    arrived = dt.datetime(2026, 11, 23, 12, 0, tzinfo=MSK)  # #42 was opened on the 24th at 10:00
    maildir = dated_maildir(isolation / "Maildir", CLARIFICATION, arrived)
    later = maildir / "new" / "1796104899.M1P1.mx"
    later.write_bytes(corpus(NEW_REQUEST))
    results = json.loads(mail_desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    assert [r["outcome"] for r in results] == ["clarified", "opened"]
    assert mail_desk.json("show", "42", "--json")["queued_at"] == "2026-11-24T10:00:00+03:00"


def test_the_hourly_limit_counts_the_replies_when_they_are_written(mail_desk, isolation):
    """Five messages without the fields from one address, over a weekend, read by one poll:
    three replies and no more (review: dated by the messages' arrival, all five went)."""
    maildir = make_maildir(isolation / "Maildir")
    start = dt.datetime(2026, 11, 21, 10, 0, tzinfo=MSK)
    for index in range(5):
        mail = (b"From: robot@example.com\r\nTo: support@example.ru\r\nSubject: status " + str(index).encode()
                + b"\r\nMessage-ID: <status-" + str(index).encode() + b"@example.com>\r\n\r\nhello\r\n")
        path = maildir / "new" / f"17961048{index:02d}.M1P1.mx"
        path.write_bytes(mail)
        when = (start + dt.timedelta(hours=2 * index)).timestamp()
        os.utime(path, (when, when))
    results = json.loads(mail_desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    assert [r["outcome"] for r in results] == ["missing"] * 5
    letters = [m for m in mail_desk.json("mail", "outbox", "--json") if m["recipient"] == "robot@example.com"]
    assert len(letters) == 3


def test_a_request_imported_without_its_messages_is_opened_before_any_message_on_it(mail_desk, isolation):
    line = {"kind": "request", "id": 70, "license": "HC-1001", "customer": "ООО «Ромашка»", "edition": "Корпорация",
            "version": "6.9.1", "category": "usage", "subject": "Импортировано", "site_url": "https://example.ru/",
            "status": "answered", "created_at": "2026-11-24T12:00:00+03:00",
            "queued_at": "2026-11-24T12:00:00+03:00"}
    (isolation / "old.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    mail_desk("import", str(isolation / "old.jsonl"))
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "ivan.petrov@shop.example.ru", "support@example.ru", "Re: [desk #70]"
    mail["Message-ID"] = "<re-70@shop.example.ru>"
    mail.set_content("Ошибка повторяется и на странице корзины. Что нам делать?")
    raw = mail.as_bytes()
    maildir = make_maildir(isolation / "Maildir")
    path = maildir / "new" / "1796104800.M1P1.mx"
    path.write_bytes(raw)
    arrived = dt.datetime(2026, 11, 23, 12, 0, tzinfo=MSK).timestamp()
    os.utime(path, (arrived, arrived))
    result = take_in(mail_desk, maildir)
    assert (result["outcome"], result["request_id"]) == ("clarified", 70)
    assert mail_desk.json("show", "70", "--json")["queued_at"] == "2026-11-24T12:00:00+03:00"


def _mail(sender: str, subject: str, body: str, message_id: str, *, reply_to: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"], mail["Message-ID"] = sender, "support@example.ru", subject, message_id
    if reply_to:
        mail["In-Reply-To"] = reply_to
    mail.set_content(body)
    return mail.as_bytes()


def _poll(desk, maildir, *dated: tuple[bytes, dt.datetime]) -> list[dict]:
    for index, (raw, arrived) in enumerate(dated):
        path = maildir / "new" / f"17961049{index:02d}.M1P1.mx"
        path.write_bytes(raw)
        os.utime(path, (arrived.timestamp(), arrived.timestamp()))
    return json.loads(desk("mail-in", "--maildir", str(maildir), "--json").stdout)


def test_two_messages_of_one_poll_on_one_request_keep_their_own_times(mail_desk, isolation):
    """Review: the first message's history, written at the poll, became the second one's floor."""
    first = _mail("anna@studio-example.ru", "Re: [desk #61]", "Ошибка в форме заказа повторяется. Что делать?",
                  "<a1@studio-example.ru>")
    second = _mail("anna@studio-example.ru", "Re: [desk #61]", "И ещё: в форме не работает кнопка. Как быть?",
                   "<a2@studio-example.ru>")
    results = _poll(mail_desk, make_maildir(isolation / "Maildir"), (first, dt.datetime(2026, 11, 25, 9, 0, tzinfo=MSK)),
                    (second, dt.datetime(2026, 11, 25, 9, 20, tzinfo=MSK)))
    assert [r["outcome"] for r in results] == ["clarified", "clarified"]
    shown = mail_desk.json("show", "61", "--json")
    assert [m["at"] for m in shown["messages"][-2:]] == ["2026-11-25T09:00:00+03:00", "2026-11-25T09:20:00+03:00"]
    assert (shown["queued_at"], shown["due_at"]) == ("2026-11-25T09:20:00+03:00", "2026-11-25T14:20:00+03:00")


def test_support_is_judged_on_the_day_the_customer_wrote(desk, isolation):
    """Review: mail written on the last covered day and read the next morning was refused."""
    seed(desk, isolation)
    desk("license", "add", "HC-9", "--pin", "4455", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2025-11-25", "--email", "last.day@example.ru")
    assert desk.json("check-eligibility", "HC-9", "--on", "2026-11-24", "--json")["eligible"] is True
    assert desk.json("check-eligibility", "HC-9", "--on", "2026-11-25", "--json", code=1)["eligible"] is False
    raw = _mail("last.day@example.ru", "Не работает корзина",
                "Лицензия: HC-9\nPIN: 4455\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://last-day.example.ru/\n\n"
                "Корзина не открывается. Что делать?\n", "<last-day@example.ru>")
    (result,) = _poll(desk, make_maildir(isolation / "Maildir"), (raw, dt.datetime(2026, 11, 24, 17, 0, tzinfo=MSK)))
    assert result["outcome"] == "opened", result
    shown = desk.json("show", str(result["request_id"]), "--json")
    assert shown["status"] == "open" and shown["created_at"] == "2026-11-24T17:00:00+03:00"
