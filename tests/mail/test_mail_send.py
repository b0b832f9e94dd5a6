"""``desk mail send`` against a real SMTP server (aiosmtpd on 127.0.0.1): what the desk queued
arrives with its headers, threading and encoding; failures are retried with back-off."""

from __future__ import annotations

import datetime as dt
import json
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest

from tests.mail.desk_seed import corpus, has_pin, seed
from tests.mail.servers import PASSWORD, free_port


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


def received(envelope):
    return message_from_bytes(envelope.original_content, policy=policy.default)


def test_a_mail_in_request_is_acknowledged_over_smtp(mail_desk, smtp_server) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    report = mail_desk.json("mail", "send", "--json")
    assert [(r["status"], r["kind"], r["attempts"]) for r in report] == [("sent", "acknowledgement", 1)]
    (envelope,) = server.received
    assert envelope.mail_from == "support@example.ru"
    assert envelope.rcpt_tos == ["ivan.petrov@shop.example.ru"]
    got = received(envelope)
    number = opened["request_id"]
    assert str(got["Subject"]).endswith(f"[desk #{number}]")
    assert got["In-Reply-To"] == got["References"] == "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>"
    assert got["Auto-Submitted"] == "auto-replied" and got["X-Auto-Response-Suppress"] == "All"
    assert got["Message-ID"].startswith(f"<desk.{number}.") and got["Message-ID"].endswith("@example.ru>")
    raw_from = dict(got.raw_items())["From"]
    assert str(make_header(decode_header(raw_from))) == "Служба технической поддержки <support@example.ru>"
    assert got.get_content_charset() == "utf-8" and envelope.original_content.isascii()
    assert f"зарегистрировано под номером #{number}" in got.get_content()
    assert not has_pin(got.get_content() + str(got["Subject"]))
    [row] = mail_desk.json("mail", "outbox", "--json")
    assert row["status"] == "sent" and row["sent_at"] == "2026-11-25T10:00:00+03:00"
    assert row["message_id"] == got["Message-ID"]
    assert "mail sent" in [e["action"] for e in mail_desk.json("show", str(number), "--json")["history"]]
    # Nothing is sent twice.
    assert mail_desk.json("mail", "send", "--json") == []
    assert len(server.received) == 1


def test_an_agent_reply_threads_to_the_customers_last_message(mail_desk, smtp_server) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("mail-in", input=corpus("gmail_ru_reply_desk_tag.eml"))
    mail_desk("reply", "42", "--body", "Увеличьте memory_limit до 256M и проверьте снова.")
    mail_desk("mail", "send")
    got = received(server.received[-1])
    assert got["In-Reply-To"] == "<CAHk8Tq2e9XvA1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV@mail.gmail.com>"
    assert str(got["Subject"]) == "Re: Сайт не открывается после обновления [desk #42]"
    assert got["Auto-Submitted"] is None
    assert "Увеличьте memory_limit до 256M" in got.get_content() and "tester" in got.get_content()
    # The customer's answer to this mail threads back to #42 through its Message-ID alone.
    answer = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: ok\r\n"
              b"Message-ID: <a-1@shop.example.ru>\r\nIn-Reply-To: " + got["Message-ID"].encode() +
              b"\r\n\r\nStill the same memory error after raising memory_limit, what next?\r\n")
    result = json.loads(mail_desk("mail-in", "--json", input=answer).stdout)[0]
    assert (result["outcome"], result["request_id"]) == ("clarified", 42)


def test_starttls_with_a_login_and_a_password_from_the_environment(mail_desk, smtp_server, tls_files,
                                                                   monkeypatch) -> None:
    server = smtp_server("starttls", users={"desk": PASSWORD})
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    mail_desk("config", "set", "mail.smtp_url", f"smtp://desk@127.0.0.1:{server.port}?starttls=1")
    mail_desk("reply", "51", "--body", "Please clear the cache and try again.")
    missing = mail_desk("mail", "send", code=2)
    assert "DESK_SMTP_PASSWORD" in missing.stderr
    report = mail_desk.json("mail", "send", "--json", env={"DESK_SMTP_PASSWORD": PASSWORD})
    assert [r["status"] for r in report] == ["sent"] and server.logins == ["desk"]
    assert PASSWORD not in json.dumps(report)


def test_temporary_failures_back_off_and_permanent_ones_fail(mail_desk, smtp_server, isolation) -> None:
    import sqlite3

    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("UPDATE licenses SET email = 'someone@later.test' WHERE number = 'HC-5151'")
    conn.execute("UPDATE licenses SET email = 'someone@refused.test' WHERE number = 'HC-1004'")
    conn.commit()
    conn.close()
    mail_desk("reply", "51", "--body", "First answer.")
    mail_desk("reply", "60", "--body", "Second answer.")
    result = mail_desk("mail", "send", "--json", code=1)
    assert result.stderr == ("error: 2 of 2 messages not sent: 1 queued to be tried again, 1 failed"
                             " (desk mail outbox --status queued,failed says why)\n")
    report = {r["recipient"]: r for r in json.loads(result.stdout)}
    assert report["someone@later.test"]["status"] == "queued"
    assert report["someone@later.test"]["next_attempt_at"] == "2026-11-25T10:05:00+03:00"
    assert report["someone@refused.test"]["status"] == "failed" and "550" in report["someone@refused.test"]["detail"]
    # Not due yet: nothing is tried.
    assert mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:04:00+03:00"}) == []
    # Then the wait doubles.
    later = mail_desk("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:06:00+03:00"}, code=1)
    [again] = json.loads(later.stdout)
    assert (again["attempts"], again["next_attempt_at"]) == (2, "2026-11-25T10:16:00+03:00")
    failed = mail_desk.json("mail", "outbox", "--status", "failed", "--json")
    assert [m["recipient"] for m in failed] == ["someone@refused.test"]
    both = mail_desk.json("mail", "outbox", "--status", "failed", "--status", "queued", "--json")
    assert both == mail_desk.json("mail", "outbox", "-s", "failed,queued", "--json") and len(both) == 2
    assert server.received == []


def test_the_outbox_listing_says_why_mail_failed(mail_desk, smtp_server) -> None:
    """Admin review: desk mail outbox --status failed named the letters, never the reason."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("license", "edit", "HC-5151", "--email", "someone@refused.test")
    mail_desk("reply", "51", "--body", "An answer.")
    mail_desk("mail", "send", code=1)
    listed = mail_desk("mail", "outbox", "--status", "failed", env={"COLUMNS": "160"}).stdout
    assert "Last error" in listed and "550 5.1.1" in listed
    mail_desk("reply", "60", "--body", "Another answer.")
    mail_desk("mail", "send")
    assert "Last error" not in mail_desk("mail", "outbox", "--status", "sent").stdout  # no empty column


def test_an_unreachable_server_keeps_the_mail_queued(mail_desk) -> None:
    from tests.mail.servers import free_port

    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{free_port()}")
    mail_desk("reply", "51", "--body", "An answer.")
    result = mail_desk("mail", "send", "--json", code=1)
    [row] = json.loads(result.stdout)
    assert row["status"] == "queued" and "cannot send" in row["detail"]
    assert result.stderr.startswith("error: 1 of 1 messages not sent: 1 queued to be tried again (")


def test_a_weekend_outage_delays_mail_and_five_days_fail_it(mail_desk, smtp_server) -> None:
    from tests.mail.servers import free_port

    down = f"smtp://127.0.0.1:{free_port()}"
    mail_desk("config", "set", "mail.smtp_url", down)
    mail_desk("reply", "51", "--body", "An answer on Friday.", env={"DESK_NOW": "2026-11-27T18:00"})
    # cron every 15 minutes through the weekend while the desk's server is down
    at = dt.datetime(2026, 11, 27, 18, 0)
    while at < dt.datetime(2026, 11, 30, 9, 0):
        mail_desk("mail", "send", "--json", env={"DESK_NOW": at.isoformat()}, code=None)
        at += dt.timedelta(minutes=15)
    [waiting] = mail_desk.json("mail", "outbox", "--json")
    assert waiting["status"] == "queued"
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    [sent] = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-30T15:00"})
    assert sent["status"] == "sent" and len(server.received) == 1
    # A message still refused five days after it was queued is given up ...
    mail_desk("config", "set", "mail.smtp_url", down)
    mail_desk("reply", "51", "--body", "Another answer.", env={"DESK_NOW": "2026-11-30T15:00"})
    [late] = json.loads(mail_desk("mail", "send", "--json", env={"DESK_NOW": "2026-12-05T15:00"}, code=1).stdout)
    assert late["status"] == "failed"
    # ... and queued again by hand once the trouble is over, due at once.
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    [again] = mail_desk.json("mail", "retry", str(late["id"]), "--json", env={"DESK_NOW": "2026-12-07T10:00"})
    assert (again["status"], again["attempts"]) == ("queued", 0)
    [delivered] = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-12-07T10:00"})
    assert delivered["status"] == "sent" and len(server.received) == 2
    assert "mail queued again" in [e["action"] for e in mail_desk.json("show", "51", "--json")["history"]]


def test_retry_takes_only_failed_or_bounced_or_waiting_mail(mail_desk) -> None:
    mail_desk("reply", "51", "--body", "An answer.")
    [queued] = mail_desk.json("mail", "outbox", "--json")
    assert "already due at the next desk mail send" in mail_desk("mail", "retry", str(queued["id"]), code=2).stderr
    assert "not found" in mail_desk("mail", "retry", "999", code=3).stderr
    assert mail_desk.json("mail", "outbox", "--json") == [queued]


def test_retry_sends_mail_waiting_out_a_back_off_at_the_next_run(mail_desk, smtp_server) -> None:
    """The server's address was wrong; once it is mended the agent need not wait hours for the back-off."""
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{free_port()}")
    mail_desk("reply", "51", "--body", "An answer.")
    for minutes in (0, 5, 15):  # three refused tries: the next one hours away
        mail_desk("mail", "send", env={"DESK_NOW": f"2026-11-25T10:{minutes:02d}"}, code=None)
    [waiting] = mail_desk.json("mail", "outbox", "--json")
    assert waiting["status"] == "queued" and waiting["attempts"] == 3
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    assert mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:20"}) == []
    [again] = mail_desk.json("mail", "retry", str(waiting["id"]), "--json", env={"DESK_NOW": "2026-11-25T10:20"})
    assert (again["status"], again["attempts"]) == ("queued", 3) and again["detail"].startswith("was waiting until")
    [sent] = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:20"})
    assert sent["status"] == "sent" and len(server.received) == 1


def test_nothing_to_do_prints_nothing_for_cron(mail_desk, smtp_server) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    for command in (("mail", "send"), ("mail", "remind-renewals"), ("mail", "outbox", "--status", "failed")):
        result = mail_desk(*command)
        assert (result.stdout, result.stderr) == ("", ""), command


def test_send_needs_the_desks_address_and_a_server(desk) -> None:
    assert "mail.from" in desk("mail", "send", code=2).stderr
    desk("policy", "set", "mail.from", "support@example.ru")
    assert "mail.smtp_url" in desk("mail", "send", code=2).stderr


def test_references_carry_the_whole_thread(mail_desk, smtp_server) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    mail_desk("reply", str(opened["request_id"]), "--body", "Обновите модуль Core до 6.9.2.")
    mail_desk("close", str(opened["request_id"]), "--resolution", "Помогло обновление.")
    mail_desk("mail", "send")
    ack, answer, closing = (received(envelope) for envelope in server.received)
    customer = "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>"
    assert answer["In-Reply-To"] == closing["In-Reply-To"] == customer
    assert answer["References"].split() == [customer, ack["Message-ID"]]
    assert closing["References"].split() == [customer, ack["Message-ID"], answer["Message-ID"]]
    assert "временного пользователя" in closing.get_content() and "Помогло обновление." in closing.get_content()


def test_mail_from_anyone_else_stays_out_of_the_customer_s_references(mail_desk, smtp_server) -> None:
    """A note mailed by someone who is not the customer is internal: its Message-ID must not
    reach the customer in References (QA)."""
    from email.message import EmailMessage

    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    other = EmailMessage()
    other["From"] = "someone@elsewhere.example"
    other["To"] = "support@example.ru"
    other["Subject"] = f"Re: [desk #{opened['request_id']}] Сайт"
    other["Message-ID"] = "<outsider-1@elsewhere.example>"
    other.set_content("Я тоже вижу эту ошибку.")
    noted = json.loads(mail_desk("mail-in", "--json", input=bytes(other)).stdout)[0]
    assert noted["outcome"] == "noted"
    mail_desk("reply", str(opened["request_id"]), "--body", "Обновите модуль Core до 6.9.2.")
    mail_desk("mail", "send")
    answer = received(server.received[-1])
    assert "outsider-1@elsewhere.example" not in answer["References"]
    assert "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>" in answer["References"]


def _opened_and_acknowledged(mail_desk, smtp_server):
    """(the SMTP server, the number of a request opened by mail whose acknowledgement went out)."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    mail_desk("mail", "send")  # the acknowledgement
    return server, str(opened["request_id"])


def test_a_refusal_for_a_request_reopened_before_sending_is_withdrawn(mail_desk, smtp_server) -> None:
    """The review: desk reject, then desk reopen, and the next send still told the customer
    the request was not accepted."""
    server, number = _opened_and_acknowledged(mail_desk, smtp_server)
    mail_desk("reject", number, "--reason", "out_of_scope", env={"DESK_NOW": "2026-11-25T11:00"})
    mail_desk("reopen", number, env={"DESK_NOW": "2026-11-25T11:00"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T11:10"})
    assert [(r["status"], r["kind"]) for r in report] == [("withdrawn", "refusal")]
    assert len(server.received) == 1
    # rejected again: that refusal is true, and goes
    mail_desk("reject", number, "--reason", "off_topic", env={"DESK_NOW": "2026-11-25T11:20"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T11:25"})
    assert [(r["status"], r["kind"]) for r in report] == [("sent", "refusal")]


def test_a_close_message_for_a_request_reopened_before_sending_is_withdrawn(mail_desk, smtp_server) -> None:
    server, number = _opened_and_acknowledged(mail_desk, smtp_server)
    mail_desk("close", number, "--resolution", "Готово.", env={"DESK_NOW": "2026-11-25T11:00"})
    mail_desk("reopen", number, env={"DESK_NOW": "2026-11-25T11:05"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T11:10"})
    assert [(r["status"], r["kind"]) for r in report] == [("withdrawn", "close")]
    assert len(server.received) == 1  # only the acknowledgement went out
    assert "mail withdrawn" in [e["action"] for e in mail_desk.json("show", number, "--json")["history"]]
    assert mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T11:15"}).stdout == ""  # nothing left
    # closed again: of two close messages waiting, only the later one goes out
    mail_desk("close", number, "--resolution", "Теперь точно.", env={"DESK_NOW": "2026-11-25T11:20"})
    mail_desk("reopen", number, env={"DESK_NOW": "2026-11-25T11:25"})
    mail_desk("close", number, "--resolution", "Окончательно.", env={"DESK_NOW": "2026-11-25T11:30"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T11:35"})
    assert [(r["status"], r["kind"]) for r in report] == [("withdrawn", "close"), ("sent", "close")]
    assert "Окончательно." in received(server.received[-1]).get_content()


def test_an_acknowledgement_that_no_longer_holds_is_written_afresh(mail_desk, smtp_server) -> None:
    """The review: a request recategorised (or clarified) before the next send still got an
    acknowledgement promising the old category and deadline. It is withdrawn and one saying
    what holds now goes in its place, in the same run; one still true goes as it was."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = str(opened["request_id"])
    before = mail_desk.json("show", number, "--json")
    mail_desk("edit", number, "--category", "technical", env={"DESK_NOW": "2026-11-25T10:05"})
    after = mail_desk.json("show", number, "--json", env={"DESK_NOW": "2026-11-25T10:05"})
    assert before["due_at"] != after["due_at"]
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:10"})
    assert [(r["status"], r["kind"]) for r in report] == [("withdrawn", "acknowledgement"), ("sent", "acknowledgement")]
    (envelope,) = server.received
    text = received(envelope).get_content()
    due = dt.datetime.fromisoformat(after["due_at"])
    assert f"{due:%d.%m.%Y %H:%M}" in text and f"{dt.datetime.fromisoformat(before['due_at']):%d.%m.%Y %H:%M}" not in text
    assert received(envelope)["In-Reply-To"] == "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>"
    assert "mail withdrawn" in [e["action"] for e in mail_desk.json("show", number, "--json")["history"]]
    assert mail_desk("mail", "send", env={"DESK_NOW": "2026-11-25T10:15"}).stdout == ""  # nothing left, no loop
    # an acknowledgement still true goes as it was
    again = corpus("thunderbird_koi8r_new_request.eml").replace(b"6f1c2a9e-3b7d", b"7f1c2a9e-3b7d")
    second = json.loads(mail_desk("mail-in", "--json", input=again, env={"DESK_NOW": "2026-11-25T10:20"}).stdout)[0]
    mail_desk("assign", str(second["request_id"]), "anna", env={"DESK_NOW": "2026-11-25T10:21"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:25"})
    assert [(r["status"], r["kind"]) for r in report] == [("sent", "acknowledgement")]


def test_a_rewritten_acknowledgement_is_not_held_back_by_the_hourly_limit(mail_desk, smtp_server) -> None:
    """The review: three requests by mail within the hour, one recategorised: its acknowledgement
    was withdrawn and the new one withheld by the limit the old one had counted, so the
    customer got none. Nor does the new one name the withdrawn letter in its References."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    raw = corpus("thunderbird_koi8r_new_request.eml")
    numbers = [json.loads(mail_desk("mail-in", "--json", input=raw.replace(b"6f1c2a9e", f"{n}f1c2a9e".encode()))
                          .stdout)[0]["request_id"] for n in range(3)]
    withdrawn = mail_desk.json("mail", "outbox", "--json")[-1]  # the first request's acknowledgement (newest first)
    mail_desk("edit", str(numbers[0]), "--category", "technical", env={"DESK_NOW": "2026-11-25T10:05"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:10"})
    assert sorted((r["status"], r["request_id"]) for r in report) == sorted(
        [("withdrawn", numbers[0]), ("sent", numbers[0]), ("sent", numbers[1]), ("sent", numbers[2])])
    rewritten = [received(e) for e in server.received if f"[desk #{numbers[0]}]" in str(received(e)["Subject"])]
    assert len(rewritten) == 1 and withdrawn["message_id"] not in str(rewritten[0]["References"] or "")


@pytest.mark.parametrize("change", ["merge", "reject"])
def test_an_acknowledgement_of_a_request_merged_away_or_rejected_meanwhile_is_withdrawn(
        mail_desk, smtp_server, change) -> None:
    """The review: it went out promising a deadline for a request that no longer waits."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    raw = corpus("thunderbird_koi8r_new_request.eml")
    first = json.loads(mail_desk("mail-in", "--json", input=raw).stdout)[0]["request_id"]
    mail_desk("mail", "send")
    second = json.loads(mail_desk("mail-in", "--json", input=raw.replace(b"6f1c2a9e", b"9f1c2a9e")).stdout)[0]["request_id"]
    if change == "merge":
        mail_desk("merge", str(second), "--into", str(first), env={"DESK_NOW": "2026-11-25T10:05"})
    else:
        mail_desk("reject", str(second), "--reason", "off_topic", "--no-mail", env={"DESK_NOW": "2026-11-25T10:05"})
    report = mail_desk.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-25T10:10"})
    assert [(r["status"], r["kind"]) for r in report if r["request_id"] == second] == [("withdrawn", "acknowledgement")]
    assert len(server.received) == 1  # only the first request's acknowledgement, sent before


def test_an_untrusted_certificate_is_said_in_words_with_what_mends_it(mail_desk, smtp_server, monkeypatch) -> None:
    """The outbox said "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed
    certificate (_ssl.c:1006)" where mail-in names the setting that mends it."""
    server = smtp_server("starttls")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}?starttls=1")
    mail_desk("reply", "51", "--body", "Please clear the cache and try again.")
    [letter] = json.loads(mail_desk("mail", "send", "--json", code=1).stdout)
    assert "the certificate is not trusted" in letter["detail"] and "SSL_CERT_FILE" in letter["detail"]
    assert "_ssl.c" not in letter["detail"] and "[SSL:" not in letter["detail"]
