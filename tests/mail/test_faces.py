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
