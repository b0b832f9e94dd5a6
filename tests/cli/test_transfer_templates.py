"""export --all and import carry the team's texts: canned answers (``desk template``) and its
copies of the desk's mail texts (``desk template mail``). The outbox and the mail log stay
behind: they belong to one desk's mail server and moment, not to the desk's knowledge."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

ACK = "Subject: Заявка #$ticket: $topic\n\nДобрый день! Ответим до $due_at.\n"
CLOSE_EN = "Subject: Closed #$ticket\n\n$resolution\n\nPlease delete the temporary user.\n"


@pytest.fixture
def worded(desk):
    """A desk whose team changed its texts, and which has mail in its outbox."""
    desk("policy", "set", "mail.from", "support@example.ru")
    add_license(desk, email="owner@shop.example.ru")
    open_request(desk)
    desk("template", "add", "thanks", "--title", "Благодарность", "--body", "Спасибо, $customer!")
    desk("template", "edit", "docs", "--title", "Документация")
    desk("template", "remove", "out-of-scope-redo")
    desk("template", "mail", "edit", "acknowledgement", "--body", ACK)
    desk("template", "mail", "edit", "close", "--lang", "en", "--body", CLOSE_EN)
    return desk


def _dump(desk, *db: str) -> str:
    return desk(*db, "export", "--all", "--format", "jsonl").stdout


def test_texts_travel_and_the_outbox_stays(worded, isolation) -> None:
    dump = _dump(worded)
    records = [json.loads(line) for line in dump.splitlines()]
    kinds = [r["kind"] for r in records]
    assert kinds.index("article" if "article" in kinds else "message") < kinds.index("template") \
        < kinds.index("mail_template") < kinds.index("event")
    assert {(r["language"], r["name"]) for r in records if r["kind"] == "mail_template"} == \
        {("ru", "acknowledgement"), ("en", "close")}
    removed = next(r for r in records if r["kind"] == "template" and r["name"] == "out-of-scope-redo")
    assert removed["body"] is None
    assert worded.json("mail", "outbox", "--json")  # there is mail, and none of it is exported
    assert not {"outbox", "mail_log"} & set(kinds)

    source = isolation / "dump.jsonl"
    source.write_text(dump, encoding="utf-8")
    other = ("--db", str(isolation / "other.db"))
    result = worded(*other, "import", str(source))
    assert "templates" in result.stderr and "mail_templates" in result.stderr
    assert _dump(worded, *other) == dump
    assert worded.json(*other, "template", "list", "--json") == worded.json("template", "list", "--json")
    assert worded(*other, "template", "mail", "show", "acknowledgement").stdout == ACK
    assert worded(*other, "template", "mail", "show", "close", "--lang", "en").stdout == CLOSE_EN
    assert worded.json(*other, "mail", "outbox", "--json") == []
    # The imported copy is the one the imported desk writes with (its policy travels apart:
    # desk policy export / import).
    worded(*other, "policy", "set", "mail.from", "support@example.ru")
    worded(*other, "license", "add", "HC-2", "--edition", "Бизнес", "--price", "24900", "--purchased",
           "2026-06-01", "--email", "two@shop.example.ru", env={"DESK_PIN": "1111"})
    opened = open_request(worded, license="HC-2", pin="1111", env={"DESK_DB": other[1]})
    [ack] = worded.json(*other, "mail", "outbox", "--json")
    assert ack["subject"].startswith(f"Заявка #{opened['id']}: Пустая корзина")


def test_a_hand_written_file_may_name_a_template_with_hyphens(desk, isolation) -> None:
    source = isolation / "texts.jsonl"
    source.write_text(json.dumps({"kind": "mail_template", "language": "ru", "name": "missing-fields",
                                  "text": "Subject: Нет данных\r\n\r\n$missing"}) + "\n", encoding="utf-8")
    desk("import", str(source))
    assert desk("template", "mail", "show", "missing-fields").stdout == "Subject: Нет данных\n\n$missing\n"
    [listed] = [t for t in desk.json("template", "mail", "list", "--json") if t["edited"]]
    assert (listed["updated_at"], listed["updated_by"]) == (None, None)


GOOD_LICENSE = {"kind": "license", "number": "A-1", "pin": "1", "edition": "Бизнес", "price": "1",
                "purchased": "2026-01-01"}


@pytest.mark.parametrize(("record", "says"), [
    ({"kind": "template", "name": "Bad Name", "body": "x"}, "template name"),
    ({"kind": "template", "name": "ok", "body": "Hi ${customer.__class__}"}, "not a variable"),
    ({"kind": "template", "name": "ok", "title": "two\nlines", "body": "x"}, "one line"),
    ({"kind": "mail_template", "language": "de", "name": "close", "text": "Subject: x\n\ny"}, "ru, en"),
    ({"kind": "mail_template", "language": "ru", "name": "goodbye", "text": "Subject: x\n\ny"}, "goodbye"),
    ({"kind": "mail_template", "language": "ru", "name": "close", "text": "Subject: x\n\n$due_at"}, "$due_at"),
    ({"kind": "mail_template", "language": "ru", "name": "close", "text": "no subject"}, "Subject:"),
    ({"kind": "mail_template", "language": "ru", "name": "close", "text": "Subject: x\n\n\x1b[2Jy"}, "control"),
    ({"kind": "mail_template", "language": "ru", "name": "close"}, "lacks text"),
])
def test_a_bad_text_is_named_and_nothing_is_imported(desk, isolation, record, says) -> None:
    source = isolation / "bad.jsonl"
    source.write_text(json.dumps(GOOD_LICENSE) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = desk("import", str(source), code=2)
    assert_one_error_line(result)
    assert result.stderr.startswith("error: line 2: ") and says in result.stderr
    assert desk.json("export", "--all", "--format", "json") == []


def test_texts_already_in_the_desk_are_refused_whole(worded, isolation) -> None:
    source = isolation / "dump.jsonl"
    source.write_text("\n".join(line for line in _dump(worded).splitlines()
                                if json.loads(line)["kind"] == "mail_template") + "\n", encoding="utf-8")
    before = _dump(worded)
    result = worded("import", str(source), code=2)
    assert_one_error_line(result)
    assert "mail_templates" in result.stderr and "nothing imported" in result.stderr
    assert _dump(worded) == before


@pytest.mark.parametrize(("record", "says"), [
    ({"kind": "mail_contact", "request_id": 7, "address": "a@b.example"}, "request_id 7 names no row of requests"),
    ({"kind": "mail_contact", "request_id": 1, "address": "a@b.example\r\nBcc: spy@evil.test"}, "address"),
    ({"kind": "mail_contact", "request_id": 1, "address": ""}, "address is empty"),
    ({"kind": "mail_contact", "request_id": 1, "address": "a@b.example", "language": "de"}, "ru, en"),
])
def test_a_bad_mail_contact_is_refused_whole(desk, isolation, record, says) -> None:
    add_license(desk)
    open_request(desk)
    before = _dump(desk)
    source = isolation / "bad.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = desk("import", str(source), code=2)
    assert_one_error_line(result)
    assert says in result.stderr
    assert _dump(desk) == before
