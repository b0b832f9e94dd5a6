"""One customer's message, by mail (``desk mail-in``) and typed by an agent (``desk reply
--customer``): the same rule gives the same outcome on both faces (policy review)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.mail.desk_seed import DESK_ADDRESS, seed
from tests.mail.test_mail_in import mail_in


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


def _reply(text: str, *, request_id: int = 42, sender: str = "ivan.petrov@shop.example.ru") -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = sender, DESK_ADDRESS
    message["Subject"], message["Message-ID"] = f"Re: Обращение #{request_id} [desk #{request_id}]", "<faces-1@shop.example.ru>"
    message.set_content(text)
    return bytes(message)


def test_a_reply_that_only_quotes_the_desk_s_letter_is_no_clarification(mail_desk) -> None:
    """2.7 re-queues a request on the customer's clarifying message. A reply that added
    nothing to what it quoted was kept as "(an empty message)" and sent an answered request
    to the back of the queue with a fresh deadline, where ``desk reply --customer`` refuses an
    empty message (exit 2)."""
    before = mail_desk.json("show", "42", "--json")
    assert before["status"] == "answered"
    received = mail_in(mail_desk, _reply("\n\nср, 25 нояб. 2026 г. в 11:00, Служба <support@example.ru>:\n"
                                         "> Обновите, пожалуйста, систему до версии 6.9.2.\n>\n> -- \n"
                                         "> Служба технической поддержки\n"))
    after = mail_desk.json("show", "42", "--json")
    assert received["outcome"] == "noted", received
    assert (after["status"], after["queued_at"], after["due_at"]) == \
        (before["status"], before["queued_at"], before["due_at"])
    assert after["messages"][-1]["kind"] == "internal"
    assert "re-queued" not in [event["action"] for event in after["history"]]
    typed = mail_desk("reply", "42", "--customer", "--body", " ", code=2)
    assert "must not be empty" in typed.stderr


def test_the_free_edition_refused_by_an_agent_stays_refused_when_the_customer_asks_why(mail_desk) -> None:
    """2.4: the free edition is helped with installation only. Its mail without a category is
    taken as installation for an agent to check; the agent who reads another question
    refuses it under 2.4. The customer's "почему отказ?", by mail or typed in, reopened it
    into the queue: the license covers the installation category the request still had."""
    message = EmailMessage()
    message["From"], message["To"] = "ivan.smirnov.1990@gmail.com", DESK_ADDRESS
    message["Subject"], message["Message-ID"] = "Скидки в корзине", "<free-usage@gmail.com>"
    message.set_content("Лицензия: HC-1003\nPIN: 3791\nРедакция: Халява\nВерсия: 7.1.0\nСайт: https://free.example.ru/\n"
                        "Как настроить скидки в корзине интернет-магазина для постоянных покупателей?")
    request_id = str(mail_in(mail_desk, bytes(message))["request_id"])
    mail_desk("reject", request_id, "--reason", "free_edition")
    asked = mail_in(mail_desk, _reply("Почему отказ? Мне нужно настроить скидки в корзине, как это сделать?",
                                      request_id=int(request_id), sender="ivan.smirnov.1990@gmail.com"))
    assert asked["outcome"] == "refused", asked
    typed = mail_desk("reply", request_id, "--customer", "--body", "Так как настроить скидки?", code=1)
    assert "free_edition" in typed.stderr
    shown = mail_desk.json("show", request_id, "--json")
    assert (shown["status"], [r["code"] for r in shown["reasons"]]) == ("rejected", ["free_edition"])
    refusals = [m for m in mail_desk.json("mail", "outbox", "--json") if m["kind"] == "refusal"]
    letter = mail_desk.json("mail", "show", str(refusals[-1]["id"]), "--json")["body"]
    assert "Халява" in letter and "установкой" in letter, letter


@pytest.mark.parametrize("card", [
    "-- \nИван Петров\nООО «Ромашка»\nтел. +7 495 123-45-67",
    "-- \nИван Петров\nВеб-студия «Пиксель»\nНужен сайт? Звоните: +7 495 123-45-67",
])
def test_thanks_above_a_signature_separator_leave_the_request_answered(mail_desk, card) -> None:
    """A mailer's "-- " line opens the writer's card (RFC 3676): a thank-you above one was
    read with the card's phone number or advertising question and re-queued the answered
    request as a clarification with a no_question flag (policy review)."""
    before = mail_desk.json("show", "42", "--json")
    received = mail_in(mail_desk, _reply(f"Спасибо, всё заработало!\n\n{card}\n"))
    after = mail_desk.json("show", "42", "--json")
    assert received["outcome"] == "thanked", received
    assert (after["status"], after["due_at"], after["flags"]) == ("answered", before["due_at"], before["flags"])
