"""export --all / import keep where each request's mail goes: the address it came from and
the customer's language, so the imported desk answers the same person in the same words."""

from __future__ import annotations

import json

from tests.mail.desk_seed import corpus, seed


def test_a_request_opened_by_mail_is_answered_at_its_address_after_import(desk, isolation) -> None:
    seed(desk, isolation)
    opened = json.loads(desk("mail-in", "--json", input=corpus("english_labels_one_line.eml")).stdout)[0]
    number = opened["request_id"]
    dump = desk("export", "--all", "--format", "jsonl").stdout
    contacts = [r for r in map(json.loads, dump.splitlines()) if r["kind"] == "mail_contact"]
    assert {"request_id": number, "address": "peter@example.com", "language": "en"}.items() <= \
        next(c for c in contacts if c["request_id"] == number).items()
    assert not {"outbox", "mail_log", "attachment"} & {json.loads(line)["kind"] for line in dump.splitlines()}

    source = isolation / "dump.jsonl"
    source.write_text(dump, encoding="utf-8")
    other = ("--db", str(isolation / "other.db"))
    desk(*other, "import", str(source))
    assert desk(*other, "export", "--all", "--format", "jsonl").stdout == dump
    desk(*other, "policy", "set", "mail.from", "support@example.ru")
    desk(*other, "reply", str(number), "--body", "Clear the cache, please.")
    [answer] = desk.json(*other, "mail", "outbox", "--json")
    assert answer["recipient"] == "peter@example.com"
    body = desk.json(*other, "mail", "show", str(answer["id"]), "--json")
    assert "Content-Language: en" in body["headers"]
