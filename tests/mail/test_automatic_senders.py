"""Who is a mail server and who is a person: a report's sender, not any name that has the word
"delivery" in it (review: a shop's «Служба доставки» writing in was dropped as a bounce)."""

from __future__ import annotations

import json
from email import message_from_bytes, policy

import pytest

from deskcli.mail.automatic import classify
from tests.mail.desk_seed import seed

REQUEST = ("Лицензия: HC-1001\r\nPIN: 7788\r\nРедакция: Корпорация\r\nВерсия: 6.9.1\r\n"
           "Сайт: https://shop.example.ru/\r\n\r\nКак настроить доставку курьером?\r\n").encode()


def _mail(sender: str, *extra: str) -> bytes:
    head = [f"From: {sender}", "To: support@example.ru", "Subject: Доставка", "Message-ID: <p-1@shop.example.ru>",
            "Content-Type: text/plain; charset=utf-8", *extra]
    return "\r\n".join(head).encode() + b"\r\n\r\n" + REQUEST


@pytest.mark.parametrize("sender", ['=?utf-8?b?0KHQu9GD0LbQsdCwINC00L7RgdGC0LDQstC60Lgg0KDQvtC80LDRiNC60LA=?= '
                                    '<ivan.petrov@shop.example.ru>',  # «Служба доставки Ромашка»
                                    "Postmaster <postmaster@shop.example.ru>"])
def test_a_person_whose_name_sounds_like_a_mail_server_is_a_person(desk, isolation, sender) -> None:
    seed(desk, isolation)
    [received] = json.loads(desk("mail-in", "--json", input=_mail(sender)).stdout)
    assert received["outcome"] == "opened", received


@pytest.mark.parametrize("sender,extra", [("Mail Delivery System <MAILER-DAEMON@mx.example.ru>", ()),
                                          ('"Mail Delivery Subsystem" <daemon@mx.example.ru>', ()),
                                          ("postmaster@mx.example.ru", ("Return-Path: <>",))])
def test_a_mail_server_is_known_by_its_sender(sender, extra) -> None:
    message = message_from_bytes(_mail(sender, *extra), policy=policy.default)
    found = classify(message, sender.rpartition("<")[2].rstrip(">").lower(), "Undelivered Mail")
    assert found is not None and found.kind == "bounce"

