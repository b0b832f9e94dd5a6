"""Mail that did not arrive goes again to the address an agent corrected: ``desk edit ID
--email`` for a request whose mail came from an address of its own, ``desk license edit
--email`` for one that writes to the license's address; ``desk mail retry`` then sends the
same message (its subject, Message-ID and text as they were) to the new address."""

from __future__ import annotations

import json
import sqlite3
from email import message_from_bytes, policy

from tests.conftest import assert_one_error_line
from tests.mail.desk_seed import corpus, seed


def _desk_with_smtp(desk, isolation, smtp_server):
    seed(desk, isolation)
    server = smtp_server()
    desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    return server


def _wire(isolation, outbox_id: int) -> bytes:
    with sqlite3.connect(isolation / "desk.db") as conn:
        return conn.execute("SELECT message FROM outbox WHERE id = ?", (outbox_id,)).fetchone()[0]


def _without_to(wire: bytes) -> list[tuple[str, str]]:
    message = message_from_bytes(wire, policy=policy.compat32)
    return [(name, value) for name, value in message.items() if name.lower() != "to"]


def test_a_bounced_reply_goes_again_to_the_address_the_agent_gave_the_request(desk, isolation, smtp_server) -> None:
    server = _desk_with_smtp(desk, isolation, smtp_server)
    opened = json.loads(desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = str(opened["request_id"])
    [ack] = desk.json("mail", "outbox", "--json")
    before = _wire(isolation, ack["id"])
    desk("mail", "send")
    bounce = corpus("postfix_dsn_bounce.eml").replace(b"<desk.42.3f9a0c1b2d4e5f607182@example.ru>",
                                                      ack["message_id"].encode())
    assert json.loads(desk("mail-in", "--json", input=bounce).stdout)[0]["outcome"] == "bounce"
    note = desk.json("show", number, "--json")["messages"][-1]["body"]
    # The request's mail came from an address of its own: the license's address would not help.
    assert f"desk edit {number} --email NEW-ADDRESS" in note and f"desk mail retry {ack['id']}" in note

    desk("edit", number, "--email", "Anna.Petrova@Shop.Example.ru")
    shown = desk.json("show", number, "--json")
    assert shown["mail_to"] == "anna.petrova@shop.example.ru"
    [changed] = [e for e in shown["history"] if e["action"] == "mail address changed"]
    assert changed["before"] == {"mail_to": "ivan.petrov@shop.example.ru"}
    assert changed["after"] == {"mail_to": "anna.petrova@shop.example.ru"}
    assert "mail_to     anna.petrova@shop.example.ru" in desk("show", number).stdout

    [again] = desk.json("mail", "retry", str(ack["id"]), "--json")
    assert again["recipient"] == "anna.petrova@shop.example.ru" and again["detail"].startswith("now to anna.petrova@")
    desk("mail", "send")
    envelope = server.received[-1]
    assert envelope.rcpt_tos == ["anna.petrova@shop.example.ru"]
    got = message_from_bytes(envelope.original_content, policy=policy.default)
    assert got["To"].addresses[0].addr_spec == "anna.petrova@shop.example.ru"
    # The same message, to another address: every other header and the text byte for byte.
    after = _wire(isolation, ack["id"])
    assert _without_to(after) == _without_to(before)
    assert after.partition(b"\r\n\r\n")[2] == before.partition(b"\r\n\r\n")[2]
    # Later mail on the request goes there too.
    desk("reply", number, "--body", "Очистите кеш.")
    assert desk.json("mail", "outbox", "--json")[-1]["recipient"] == "anna.petrova@shop.example.ru"


def test_mail_refused_for_the_license_address_goes_again_once_the_license_is_corrected(desk, isolation,
                                                                                        smtp_server) -> None:
    server = _desk_with_smtp(desk, isolation, smtp_server)
    desk("license", "edit", "HC-5151", "--email", "john@refused.test")
    desk("reply", "51", "--body", "Clear the cache.")
    [failed] = desk.json("mail", "send", "--json", code=1)
    assert failed["status"] == "failed" and failed["recipient"] == "john@refused.test"
    assert desk.json("show", "51", "--json")["mail_to"] == "john@refused.test"
    desk("license", "edit", "HC-5151", "--email", "john.smith@example.com")
    [again] = desk.json("mail", "retry", str(failed["id"]), "--json")
    assert again["recipient"] == "john.smith@example.com"
    desk("mail", "send")
    assert server.received[-1].rcpt_tos == ["john.smith@example.com"]


def test_retry_without_a_corrected_address_sends_to_the_same_one(desk, isolation, smtp_server) -> None:
    _desk_with_smtp(desk, isolation, smtp_server)
    desk("license", "edit", "HC-5151", "--email", "john@refused.test")
    desk("reply", "51", "--body", "Clear the cache.")
    [failed] = desk.json("mail", "send", "--json", code=1)
    before = _wire(isolation, failed["id"])
    [again] = desk.json("mail", "retry", str(failed["id"]), "--json")
    assert again["recipient"] == "john@refused.test" and not again["detail"].startswith("now to")
    assert _wire(isolation, failed["id"]) == before


def _dump(isolation) -> list[str]:
    with sqlite3.connect(isolation / "desk.db") as conn:
        return list(conn.iterdump())


def test_a_wrong_edit_is_one_error_and_changes_nothing(desk, isolation) -> None:
    seed(desk, isolation)
    opened = json.loads(desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = str(opened["request_id"])
    desk("merge", "42", "--into", number)
    before = _dump(isolation)
    for args in ([number],  # neither change
                 [number, "--email", "a@example.ru", "--category", "emergency"],  # two changes at once
                 [number, "--email", "a@b"], [number, "--email", "a@example.ru,b@example.ru"],
                 [number, "--email", "a@example.ru\nBcc: eve@evil.test"], [number, "--email", ""],
                 [number, "--email", "IVAN.PETROV@shop.example.ru"],  # already where its mail goes
                 ["42", "--email", "a@example.ru"]):  # merged away
        result = desk("edit", *args, code=2)
        assert_one_error_line(result)
    assert_one_error_line(desk("edit", "999", "--email", "a@example.ru", code=3))
    assert _dump(isolation) == before


def test_an_edition_that_is_not_the_licenses_is_answered_with_its_own_letter(desk, isolation) -> None:
    """The gateway knew this refusal by its wording; now by its kind (review)."""
    from tests.mail.desk_seed import readable

    seed(desk, isolation)
    raw = corpus("thunderbird_koi8r_new_request.eml")
    text = raw.decode("koi8-r")
    assert "Корпорация" in text
    wrong = text.replace("Корпорация", "Бизнес").replace("Message-ID: <", "Message-ID: <edition-").encode("koi8-r")
    received = json.loads(desk("mail-in", "--json", input=wrong).stdout)[0]
    assert received["outcome"] == "not_accepted" and received["request_id"] is None
    [letter] = desk.json("mail", "outbox", "--json")
    assert "указанная редакция «Бизнес» не совпадает с редакцией лицензии" in readable(_wire(isolation, letter["id"]))


def test_mail_not_sent_yet_follows_the_new_address_and_the_old_one_stays_the_customer_s(desk, isolation) -> None:
    """The review: after desk edit --email the acknowledgement still waiting in the outbox went
    to the old address, and the customer writing from it became a stranger (a note)."""
    seed(desk, isolation)
    opened = json.loads(desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = str(opened["request_id"])
    [ack] = desk.json("mail", "outbox", "--json")
    assert ack["recipient"] == "ivan.petrov@shop.example.ru" and ack["status"] == "queued"
    desk("edit", number, "--email", "anna@shop.example.ru")
    [ack] = desk.json("mail", "outbox", "--json")
    assert ack["recipient"] == "anna@shop.example.ru"
    assert readable_to(_wire(isolation, ack["id"])) == "anna@shop.example.ru"
    desk("reply", number, "--body", "Очистите кеш.")
    again = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: [desk #" + number.encode()
             + b"]\r\nMessage-ID: <again-1@shop.example.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             + "Не помогло: корзина всё ещё пуста. Что ещё проверить?\r\n".encode())
    received = json.loads(desk("mail-in", "--json", input=again).stdout)[0]
    assert received["outcome"] == "clarified", received


def readable_to(wire: bytes) -> str:
    return message_from_bytes(wire, policy=policy.default)["To"].addresses[0].addr_spec


def test_mail_waiting_out_a_back_off_goes_to_the_corrected_address(desk, isolation, smtp_server) -> None:
    server = _desk_with_smtp(desk, isolation, smtp_server)
    desk("license", "edit", "HC-5151", "--email", "john@later.test")
    desk("reply", "51", "--body", "Clear the cache.")
    [waiting] = desk.json("mail", "send", "--json", code=1)
    assert waiting["status"] == "queued" and waiting["recipient"] == "john@later.test"
    desk("license", "edit", "HC-5151", "--email", "john.smith@example.com")
    [again] = desk.json("mail", "retry", str(waiting["id"]), "--json")
    assert again["recipient"] == "john.smith@example.com" and again["detail"].startswith("now to ")
    desk("mail", "send")
    assert server.received[-1].rcpt_tos == ["john.smith@example.com"]


def test_the_customer_of_a_request_merged_away_writes_to_the_one_it_joined(desk, isolation) -> None:
    """The review: after desk edit --email and a merge, mail from the merged request's address
    was a stranger's note on the request it joined."""
    seed(desk, isolation)
    opened = json.loads(desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = str(opened["request_id"])
    edited = desk("edit", number, "--email", "SRC@shop.example.ru")
    assert f"#{number}: its mail goes to src@shop.example.ru from now on" in edited.stderr
    desk("reply", "42", "--body", "Очистите кеш.")
    desk("edit", "42", "--email", "boss@shop.example.ru")  # #42's own address: the merge copies none onto it
    desk("merge", number, "--into", "42")
    again = (b"From: src@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: [desk #" + number.encode()
             + b"]\r\nMessage-ID: <merged-1@shop.example.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             + "Корзина всё ещё пуста после очистки кеша. Что ещё проверить?\r\n".encode())
    received = json.loads(desk("mail-in", "--json", input=again).stdout)[0]
    assert (received["outcome"], received["request_id"]) == ("clarified", 42), received
    # and through a chain: #42 merged in its turn into another request of the license
    other = desk.json("open", "-l", "HC-1001", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/",
                      "-s", "Доставка", "--body", "Как настроить расчёт доставки курьером?", "--json",
                      env={"DESK_PIN": "7788"})["id"]
    desk("edit", str(other), "--email", "office@shop.example.ru")
    desk("merge", "42", "--into", str(other))
    chained = again.replace(b"<merged-1@", b"<merged-2@")
    received = json.loads(desk("mail-in", "--json", input=chained).stdout)[0]
    assert (received["outcome"], received["request_id"]) == ("clarified", other), received
