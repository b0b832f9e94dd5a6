"""``desk mail-in`` on a desk that sends no mail (``mail.from`` unset): the message is taken
in, and whoever would have been answered is named in a warning and in the mail log (admin
review: nobody was answered and nothing said so)."""

from __future__ import annotations

import json

import pytest

from tests.mail.desk_seed import corpus, seed


@pytest.fixture
def quiet_desk(desk, isolation):
    seed(desk, isolation)
    desk("policy", "set", "mail.from", "")
    return desk


def test_a_new_request_is_opened_and_its_unsent_acknowledgement_is_a_warning(quiet_desk) -> None:
    result = quiet_desk("mail-in", "--json", input=corpus("english_labels_one_line.eml"))
    [received] = json.loads(result.stdout)
    assert received["outcome"] == "opened" and "mail.from is not set" in received["reason"]
    assert result.stderr.startswith("warning: peter@example.com was not answered: the desk sends no mail")
    assert "desk policy set mail.from ADDRESS" in result.stderr
    assert quiet_desk.json("mail", "outbox", "--json") == []


def test_a_message_missing_fields_leaves_its_sender_in_the_log_and_a_warning(quiet_desk) -> None:
    result = quiet_desk("mail-in", input=corpus("gmail_utf8_base64_missing_pin.eml"))
    assert "warning: ivan.smirnov.1990@gmail.com was not answered" in result.stderr
    [logged] = quiet_desk.json("mail", "log", "--json")
    assert logged["outcome"] == "missing" and logged["sender"] == "ivan.smirnov.1990@gmail.com"
    assert "not answered: the desk sends no mail" in logged["reason"]


def test_automatic_mail_warns_of_nothing(quiet_desk) -> None:
    result = quiet_desk("mail-in", input=corpus("exchange_ooo_autoreply.eml"))
    assert result.stderr == ""
