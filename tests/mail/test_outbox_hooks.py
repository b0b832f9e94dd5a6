"""Mail the agent's commands cause: queued in the same transaction, never in the way."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.cli.test_requests import add_license, open_request


@pytest.fixture
def mailing(desk):
    desk("policy", "set", "mail.from", "support@example.ru")
    add_license(desk, email="owner@shop.example.ru")
    return desk


def test_desk_open_acknowledges_to_the_license_address(mailing) -> None:
    result = mailing("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage",
                     "--site", "https://shop.example.ru/cart", "-s", "Пустая корзина",
                     "--body", "После обновления корзина пустая. Как это исправить?", "--json")
    assert "mail to owner@shop.example.ru queued" in result.stderr
    [ack] = mailing.json("mail", "outbox", "--json")
    assert (ack["kind"], ack["request_id"], ack["recipient"], ack["automatic"]) == \
        ("acknowledgement", 1, "owner@shop.example.ru", True)
    headers = mailing.json("mail", "show", str(ack["id"]), "--json")["headers"]
    assert "Auto-Submitted: auto-generated" in headers and "In-Reply-To" not in headers


def test_a_refused_request_gets_the_rule_quoted(mailing) -> None:
    add_license(mailing, number="HC-OLD", purchased="2024-01-10", email="old@shop.example.ru")
    open_request(mailing, license="HC-OLD", code=1)
    [refusal] = mailing.json("mail", "outbox", "--json")
    body = mailing.json("mail", "show", str(refusal["id"]), "--json")["body"]
    assert refusal["kind"] == "refusal" and "Техническая поддержка предоставляется в течение года" in body


def test_the_thread_records_the_refusal_the_customer_was_mailed(mailing) -> None:
    open_request(mailing)
    mailing("reply", "1", "--customer", "--body", "Вы там совсем охренели, идиоты?", code=1)
    refusal = next(m for m in mailing.json("mail", "outbox", "--json") if m["kind"] == "refusal")
    mailed = mailing.json("mail", "show", str(refusal["id"]), "--json")["body"]
    [recorded] = [m["body"] for m in mailing.json("show", "1", "--json")["messages"] if m["kind"] == "refusal"]
    assert "не может принять это сообщение" in mailed
    assert recorded.strip() == mailed.strip()


def test_no_address_no_mail_and_a_bad_address_never_undoes_the_reply(mailing, isolation) -> None:
    add_license(mailing, number="HC-2")
    open_request(mailing, license="HC-2")
    assert mailing.json("mail", "outbox", "--json") == []
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("UPDATE licenses SET email = 'owner@localhost' WHERE number = 'HC-2'")
    conn.commit()
    conn.close()
    result = mailing("reply", "1", "--body", "Очистите кеш.", "--json")
    assert json.loads(result.stdout)["status"] == "answered"
    assert "warning: no mail to 'owner@localhost'" in result.stderr
    assert mailing.json("mail", "outbox", "--json") == []


def test_a_refused_command_queues_nothing(mailing) -> None:
    open_request(mailing)
    mailing("close", "1")
    mailing("close", "1", code=2)  # already resolved: refused, nothing queued
    kinds = [m["kind"] for m in mailing.json("mail", "outbox", "--json")]
    assert kinds == ["close", "acknowledgement"]


def test_read_only_mail_commands_do_not_write(mailing, isolation) -> None:
    open_request(mailing)
    path = isolation / "desk.db"
    before = path.stat().st_mtime_ns, path.read_bytes()
    for command in (("mail", "outbox"), ("mail", "log"), ("mail", "show", "1"), ("attachment", "list", "1")):
        mailing(*command)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
