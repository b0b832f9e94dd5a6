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


def test_mail_taken_in_before_the_move_is_not_taken_twice_and_replies_still_thread(desk, isolation) -> None:
    """Data-safety QA: the restored desk stored a message delivered again as a new one (and
    re-queued its request), and a reply naming only the customer's first mail opened nothing."""
    seed(desk, isolation)
    first = corpus("english_labels_one_line.eml")
    opened = json.loads(desk("mail-in", "--json", input=first).stdout)[0]
    source = isolation / "dump.jsonl"
    source.write_text(desk("export", "--all", "--format", "jsonl").stdout, encoding="utf-8")
    other = ("--db", str(isolation / "other.db"))
    desk(*other, "import", str(source))
    before = desk.json(*other, "show", str(opened["request_id"]), "--json")
    again = json.loads(desk(*other, "mail-in", "--json", input=first).stdout)[0]
    assert again["outcome"] == "duplicate"
    assert desk.json(*other, "show", str(opened["request_id"]), "--json") == before
    original = next(line for line in first.decode().splitlines() if line.lower().startswith("message-id:"))
    reply = ("From: Peter Jones <peter@example.com>\nTo: support@example.ru\nSubject: Re: checkout\n"
             f"In-Reply-To: <ack-from-the-old-desk@example.ru>\nReferences: {original.split(':', 1)[1].strip()} "
             "<ack-from-the-old-desk@example.ru>\nMessage-ID: <after-the-move@example.com>\n"
             "Content-Type: text/plain; charset=utf-8\n\nStill broken after clearing the cache. What next?\n").encode()
    threaded = json.loads(desk(*other, "mail-in", "--json", input=reply).stdout)[0]
    assert (threaded["outcome"], threaded["request_id"]) == ("clarified", opened["request_id"])
