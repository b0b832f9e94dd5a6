"""Every message of the corpus (tests/data/mail) reads as expected.toml says."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from deskcli.mail.inbound import InboundMail, parse_message

CORPUS = Path(__file__).parent.parent / "data" / "mail"
EXPECTED = tomllib.loads((CORPUS / "expected.toml").read_text(encoding="utf-8"))
FILES = sorted(path.name for path in CORPUS.glob("*.eml"))


def read(name: str) -> InboundMail:
    options = EXPECTED.get(name, {}).get("options", {})
    return parse_message((CORPUS / name).read_bytes(), **options)


def test_every_message_has_an_expectation_and_every_expectation_a_message() -> None:
    assert set(FILES) == set(EXPECTED)


@pytest.mark.parametrize("name", FILES)
def test_message_reads_as_expected(name: str) -> None:
    expected = EXPECTED[name]
    mail = read(name)

    assert list(mail.missing) == expected["missing"]
    assert mail.ticket_id == expected.get("ticket_id")
    assert (mail.automatic.kind if mail.automatic else None) == expected.get("automatic")
    assert mail.html_only == expected.get("html_only", False)
    if mail.automatic is not None:
        assert mail.no_auto_reply

    bounce = expected.get("bounce")
    if bounce is None:
        assert mail.bounce is None
    else:
        assert mail.bounce is not None
        assert mail.bounce.original_message_id == bounce["original_message_id"]
        assert list(mail.bounce.recipients) == bounce["recipients"]
        assert mail.bounce.status == bounce["status"]
        assert mail.bounce.permanent == bounce["permanent"]

    attachments = [
        {
            "filename": a.filename,
            "content_type": a.content_type,
            "size": a.size,
            "kept": a.kept,
            "inline": a.inline,
        }
        for a in mail.attachments
    ]
    assert attachments == expected.get("attachments", [])

    wanted_problems = expected.get("problems", [])
    for fragment in wanted_problems:
        assert any(fragment in problem for problem in mail.problems), (fragment, mail.problems)
    for problem in mail.problems:
        assert any(fragment in problem for fragment in wanted_problems), (problem, wanted_problems)

    if "sender" in expected:
        assert mail.sender is not None and mail.sender.address == expected["sender"]
    if "sender_name" in expected:
        assert mail.sender is not None and mail.sender.name == expected["sender_name"]
    for key in ("subject", "topic", "message_id", "body"):
        if key in expected:
            assert getattr(mail, key) == expected[key]
    for key in ("in_reply_to", "references"):
        if key in expected:
            assert list(getattr(mail, key)) == expected[key]
    if "date" in expected:
        assert mail.date is not None and mail.date.isoformat() == expected["date"]
    for fragment in expected.get("body_contains", []):
        assert fragment in mail.body
    for fragment in expected.get("body_excludes", []):
        assert fragment not in mail.body
    for fragment in expected.get("quoted_contains", []):
        assert fragment in mail.quoted
    for fragment in expected.get("quoted_excludes", []):
        assert fragment not in mail.quoted
    for key, value in expected.get("fields", {}).items():
        assert getattr(mail.fields, key) == value, key


@pytest.mark.parametrize("name", FILES)
def test_no_pin_survives_anywhere_but_the_pin_field(name: str) -> None:
    mail = read(name)
    pin = mail.fields.pin
    if pin is None:
        return
    # repr(mail.fields), not repr(mail): a size or a hash may hold the same digits by chance.
    kept_text = [mail.subject, mail.topic, mail.body, mail.quoted, mail.fields.description, repr(mail.fields)]
    assert not any(pin in text for text in kept_text)


@pytest.mark.parametrize("name", FILES)
def test_kept_text_is_free_of_controls_and_header_text_is_one_line(name: str) -> None:
    mail = read(name)
    for text in (mail.body, mail.quoted):
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    one_line = [mail.subject, mail.topic, *(mail.thread_ids), *(mail.recipients)]
    if mail.sender:
        one_line += [mail.sender.address, mail.sender.name]
    for text in one_line:
        assert "\n" not in text and "\r" not in text
