"""A polled message's response time counts from when its server took it in (2.6, 2.7): the
maildir file's time, IMAP's INTERNALDATE, not when cron's poll happened to read it."""

from __future__ import annotations

import datetime as dt
import json
import os

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
    opened = [event for event in shown["history"] if event["action"] == "opened"]
    assert [event["at"] for event in opened] == ["2026-11-24T17:30:00+03:00"]


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
