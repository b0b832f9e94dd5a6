"""A letter of the desk's that bounces puts its request where an agent sees it (admin
review: an answered request whose reply bounced stayed answered, in no queue, and the
customer never got the answer)."""

from __future__ import annotations

import json

import pytest

from tests.mail.desk_seed import corpus, seed


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


def bounce_of(desk, outbox_id: int, at: str = "2026-11-25T12:00") -> dict:
    [sent] = [m for m in desk.json("mail", "outbox", "--json") if m["id"] == outbox_id]
    raw = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                   sent["message_id"].encode())
    result = desk("mail-in", "--json", input=raw, env={"DESK_NOW": at})
    [received] = json.loads(result.stdout)
    return received


def last_mail(desk) -> int:
    return max(m["id"] for m in desk.json("mail", "outbox", "--json"))


def test_a_bounced_answer_puts_the_request_back_in_the_queue_flagged(mail_desk) -> None:
    mail_desk("reply", "61", "--body", "Очистите кеш в разделе Система → Кеш.", env={"DESK_NOW": "2026-11-25T11:00"})
    answered = mail_desk.json("show", "61", "--json")
    report = mail_desk.json("report", "sla", "--json", env={"DESK_NOW": "2026-11-30T12:00"})
    received = bounce_of(mail_desk, last_mail(mail_desk))
    assert (received["outcome"], received["request_id"]) == ("bounce", 61)
    shown = mail_desk.json("show", "61", "--json", env={"DESK_NOW": "2026-11-30T12:00"})
    assert shown["status"] == "open" and shown["due_at"] is not None
    [flag] = [f for f in shown["flags"] if f["code"] == "mail_bounced"]
    assert "not delivered" in flag["message"] and "desk license edit HC-6161 --email" in flag["message"]
    assert "re-queued: mail not delivered" in [e["action"] for e in shown["history"]]
    queued = mail_desk.json("queue", "--json", env={"DESK_NOW": "2026-11-30T12:00"})
    assert [r["flags"] for r in queued if r["id"] == 61][0][0]["code"] == "mail_bounced"
    table = mail_desk("queue", env={"DESK_NOW": "2026-11-30T12:00", "COLUMNS": "120"}).stdout
    assert "#61" in table and "⚑" in table
    # the first response stays what it was: the reports and the request's record agree
    assert shown["first_response_at"] == answered["first_response_at"] is not None
    after = mail_desk.json("report", "sla", "--json", env={"DESK_NOW": "2026-11-30T12:00"})
    assert [row for row in after if row["response"] == "first"] == [row for row in report if row["response"] == "first"]
    assert sum(row["still_open"] for row in after) == sum(row["still_open"] for row in report) + 1  # waiting again
    # the agent answers again (to the corrected address): answered, the flag gone
    mail_desk("license", "edit", "HC-6161", "--email", "anna@studio.example.ru")
    again = mail_desk.json("reply", "61", "--body", "Повторяю ответ: очистите кеш.", "--json",
                           env={"DESK_NOW": "2026-11-30T13:00"})
    assert again["status"] == "answered" and again["flags"] == []


def test_a_bounced_close_letter_leaves_the_resolved_request_as_it_is(mail_desk) -> None:
    mail_desk("close", "42", "--resolution", "Кеш очищен.", env={"DESK_NOW": "2026-11-25T11:00"})
    assert bounce_of(mail_desk, last_mail(mail_desk))["outcome"] == "bounce"
    # reopening it is the agent's call; the note says what was lost
    shown = mail_desk.json("show", "42", "--json")
    assert shown["status"] == "resolved" and "was not delivered" in shown["messages"][-1]["body"]
    assert not [f for f in shown["flags"] if f["code"] == "mail_bounced"]


def test_an_answer_the_desks_server_refuses_puts_the_request_back_in_the_queue(mail_desk, smtp_server) -> None:
    """Admin review: a reply refused with 550 at RCPT was "failed" in the outbox, while its
    request stayed answered, in no queue: the customer waited for an answer never delivered."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("license", "edit", "HC-6161", "--email", "anna@refused.test")
    mail_desk("reply", "61", "--body", "Очистите кеш в разделе Система → Кеш.")
    [failed] = json.loads(mail_desk("mail", "send", "--json", code=1).stdout)
    assert failed["status"] == "failed" and "550" in failed["detail"]
    shown = mail_desk.json("show", "61", "--json")
    assert shown["status"] == "open" and shown["due_at"] is not None
    [flag] = [f for f in shown["flags"] if f["code"] == "mail_bounced"]
    assert "refused" in flag["message"] and "desk license edit HC-6161 --email" in flag["message"]
    assert f"desk mail retry {failed['id']}" in shown["messages"][-1]["body"]
    assert [r["id"] for r in mail_desk.json("queue", "--json")] == [61]
    assert server.received == []


def test_an_answer_given_up_after_days_of_outage_puts_the_request_back_in_the_queue(mail_desk) -> None:
    from tests.mail.servers import free_port

    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{free_port()}")
    mail_desk("reply", "61", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T11:00"})
    mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T11:00"}, code=1)
    assert mail_desk.json("show", "61", "--json", env={"DESK_NOW": "2026-11-25T11:00"})["status"] == "answered"
    [late] = json.loads(mail_desk("mail", "send", "--json", env={"DESK_NOW": "2026-11-30T12:00"}, code=1).stdout)
    assert late["status"] == "failed"
    shown = mail_desk.json("show", "61", "--json", env={"DESK_NOW": "2026-11-30T12:00"})
    assert shown["status"] == "open"
    [flag] = [f for f in shown["flags"] if f["code"] == "mail_bounced"]
    assert "could not be sent for 5 days" in flag["message"] and f"desk mail retry {late['id']}" in flag["message"]


def _flag(desk, request_id: int) -> str:
    [flag] = [f for f in desk.json("show", str(request_id), "--json")["flags"] if f["code"] == "mail_bounced"]
    return flag["message"]


@pytest.mark.parametrize(("status", "diagnostic", "said", "unsaid"), [
    ("5.7.1", "550 5.7.1 Message rejected as spam", "in other words", "correct the address"),
    ("5.2.2", "552 5.2.2 Mailbox full", "mailbox is full", "correct the address"),
    ("5.3.4", "552 5.3.4 Message too big for system", "more briefly", "correct the address"),
    ("5.1.1", "550 5.1.1 User unknown", "correct the address", "in other words"),
])
def test_a_bounce_says_what_to_mend_by_what_the_server_refused(mail_desk, status, diagnostic, said, unsaid) -> None:
    """Admin review: a letter refused as spam, too large or for a full mailbox was met with
    "correct the address", which the agent would do in vain."""
    mail_desk("reply", "61", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T11:00"})
    [sent] = [m for m in mail_desk.json("mail", "outbox", "--json") if m["id"] == last_mail(mail_desk)]
    raw = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                   sent["message_id"].encode())
    raw = raw.replace(b"Status: 5.1.1", b"Status: " + status.encode())
    raw = raw.replace(b"Diagnostic-Code: smtp; 550 5.1.1 <nobody@shop.example.ru>: Recipient address",
                      b"Diagnostic-Code: smtp; " + diagnostic.encode())
    [received] = json.loads(mail_desk("mail-in", "--json", input=raw, env={"DESK_NOW": "2026-11-25T12:00"}).stdout)
    assert received["outcome"] == "bounce"
    message = _flag(mail_desk, 61)
    assert said in message and unsaid not in message and status in message


@pytest.mark.parametrize(("domain", "said", "unsaid"), [
    ("big.test", "more briefly", "correct the address"),
    ("relay.test", "the desk's mail server refused it by its policy", "in other words"),
    ("refused.test", "correct the address", "more briefly"),
])
def test_a_refusal_by_the_desks_server_says_what_to_mend(mail_desk, smtp_server, domain, said, unsaid) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("license", "edit", "HC-6161", "--email", f"anna@{domain}")
    mail_desk("reply", "61", "--body", "Очистите кеш в разделе Система → Кеш.")
    mail_desk("mail", "send", code=1)
    message = _flag(mail_desk, 61)
    assert said in message and unsaid not in message


@pytest.mark.parametrize(("error", "kind"), [
    ("5.1.1 smtp; 550 5.1.1 <a@b.ru>: Recipient address rejected", "address"),
    ("550 5.7.1 Service unavailable; client [1.2.3.4] blocked using zen.spamhaus.org", "policy"),
    ("5.7.26 smtp; 550 5.7.26 Unauthenticated email is not accepted (DMARC)", "policy"),
    ("5.2.2 smtp; 552 5.2.2 Mailbox full", "full"),
    ("552 Message size exceeds maximum permitted", "size"),
    ("554 5.3.4 Message too big for system", "size"),
    ("550 Requested action not taken: mailbox unavailable", "address"),
    ("no reason given", "address"),
    ("550 user 10.2.2.1 unknown", "address"),  # an IP address is no status code
    # codes inside an address or a host name are none of the server's
    ("550 <john5.7.1@shop.ru>: Recipient address rejected", "address"),
    ("Mailbox bob552@shop.ru does not exist (550)", "address"),
    ("user unknown at mx552.mail.ru", "address"),
    ("550 no such user anna@5.2.2.ru", "address"),
    ("Status: 5.2.2.", "full"),  # a sentence's full stop after it
    ("552-Message size exceeds maximum permitted", "size"),  # a multi-line reply's first line
])
def test_what_a_refusal_says_is_wrong(error, kind) -> None:
    from deskcli.mail.refusals import refusal_kind

    assert refusal_kind(error) == kind


def test_a_late_report_about_the_old_address_leaves_the_retried_letter_alone(mail_desk, smtp_server) -> None:
    """Mail review: desk mail retry keeps the letter's Message-ID, so a second report of the
    first failure (to the address since corrected) marked the retried letter bounced again and
    flagged its request, though it had gone to the right address."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("reply", "61", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T11:00"})
    mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T11:00"})
    letter = last_mail(mail_desk)
    [sent] = [m for m in mail_desk.json("mail", "outbox", "--json") if m["id"] == letter]
    report = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                      sent["message_id"].encode())
    report = report.replace(b"nobody@shop.example.ru", b"anna@studio-example.ru")
    [first] = json.loads(mail_desk("mail-in", "--json", input=report, env={"DESK_NOW": "2026-11-25T12:00"}).stdout)
    assert first["outcome"] == "bounce"
    mail_desk("license", "edit", "HC-6161", "--email", "anna@studio.example.ru", env={"DESK_NOW": "2026-11-25T12:10"})
    mail_desk("mail", "retry", str(letter), env={"DESK_NOW": "2026-11-25T12:10"})
    mail_desk("reply", "61", "--body", "Повторяю ответ: очистите кеш.", "--no-mail", env={"DESK_NOW": "2026-11-25T12:15"})
    mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T12:20"})
    [again] = json.loads(mail_desk("mail-in", "--json", input=report.replace(b"Message-Id: <", b"Message-Id: <late-"),
                                   env={"DESK_NOW": "2026-11-25T13:00"}).stdout)
    assert again["outcome"] == "ignored"
    [now] = [m for m in mail_desk.json("mail", "outbox", "--json") if m["id"] == letter]
    assert now["status"] == "sent" and now["recipient"] == "anna@studio.example.ru"
    shown = mail_desk.json("show", "61", "--json", env={"DESK_NOW": "2026-11-25T13:00"})
    assert shown["status"] == "answered" and not [f for f in shown["flags"] if f["code"] == "mail_bounced"]


def test_a_report_naming_a_forwarded_address_still_counts(mail_desk, smtp_server) -> None:
    """The customer's server forwarded the letter and the report names the address it went on
    to: that is no earlier address of the desk's, and the letter did not arrive."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("reply", "61", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T11:00"})
    mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T11:00"})
    [sent] = [m for m in mail_desk.json("mail", "outbox", "--json") if m["id"] == last_mail(mail_desk)]
    report = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                      sent["message_id"].encode())
    [got] = json.loads(mail_desk("mail-in", "--json", input=report, env={"DESK_NOW": "2026-11-25T12:00"}).stdout)
    assert got["outcome"] == "bounce"
