"""Building the desk's mail: threading headers, the subject tag, and no way to inject a header."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.errors import InvalidInput
from deskcli.mail.inbound import parse_message
from deskcli.mail.outbound import (
    AUTO_GENERATED,
    AUTO_REPLIED,
    build_message,
    mail_address,
    new_message_id,
    readdressed,
    tagged_subject,
    thread_references,
    wire_bytes,
)

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
CORPUS = Path(__file__).parent.parent / "data" / "mail"
BASE_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
    "content-language",
}


def build(**overrides):
    values = {
        "sender": "support@example.ru",
        "to": "ivan@example.ru",
        "subject": "Ответ",
        "body": "Здравствуйте!",
        "now": NOW,
        "message_id": "<desk.42.abc@example.ru>",
        "ticket_id": 42,
    }
    values.update(overrides)
    return build_message(**values)


def reread(message):
    return message_from_bytes(wire_bytes(message), policy=policy.default)


def content(message) -> str:
    # The stdlib leaves the wire's CRLF in 7bit and quoted-printable text; mail readers do not.
    return message.get_content().replace("\r\n", "\n")


def test_a_reply_threads_under_the_customers_message() -> None:
    customer = parse_message((CORPUS / "gmail_ru_reply_desk_tag.eml").read_bytes())
    reply = reread(
        build(
            subject=f"Re: {customer.topic}",
            in_reply_to=customer.message_id,
            references=customer.references,
        )
    )
    assert reply["In-Reply-To"] == customer.message_id
    assert reply["References"].split() == [*customer.references, customer.message_id]
    assert reply["Subject"] == f"Re: {customer.topic} [desk #42]"
    # The desk reads its own reply as belonging to request #42.
    assert parse_message(wire_bytes(reply)).ticket_id == 42


def test_automatic_mail_says_so_and_a_human_reply_does_not() -> None:
    assert reread(build(automatic=AUTO_REPLIED))["Auto-Submitted"] == "auto-replied"
    assert reread(build(automatic=AUTO_GENERATED))["Auto-Submitted"] == "auto-generated"
    assert reread(build(automatic=AUTO_REPLIED))["X-Auto-Response-Suppress"] == "All"
    human = reread(build())
    assert human["Auto-Submitted"] is None and human["X-Auto-Response-Suppress"] is None
    with pytest.raises(ValueError):
        build(automatic="auto-notified-by-hand")


def test_the_desks_own_automatic_mail_coming_back_is_recognised() -> None:
    echo = parse_message(wire_bytes(build(automatic=AUTO_REPLIED)), own_addresses=["support@example.ru"])
    assert echo.automatic is not None and echo.no_auto_reply


def test_body_is_utf8_and_encoded_for_7bit_transport() -> None:
    russian = reread(build(body="Здравствуйте!\r\nОшибка исправлена.\x1b[31m"))
    assert russian["Content-Transfer-Encoding"] == "base64"
    assert russian.get_content_charset() == "utf-8"
    assert content(russian) == "Здравствуйте!\nОшибка исправлена.[31m\n"
    english = reread(build(body="Hello, fixed.", language="en"))
    assert english["Content-Transfer-Encoding"] == "7bit" and english["Content-Language"] == "en"
    # the 8-bit controls too: U+009B is CSI to a terminal that reads C1, as ESC [ is
    c1 = reread(build(body="x \u009b31m y \u0085z \u202eok"))
    assert content(c1) == "x 31m y z ok\n"
    long_line = reread(build(body="x" * 2000))
    assert long_line["Content-Transfer-Encoding"] == "quoted-printable"
    assert content(long_line) == "x" * 2000 + "\n"
    assert all(len(line) <= 998 for line in wire_bytes(build(body="ж" * 5000)).split(b"\r\n"))


def test_subject_tag_is_the_requests_own_and_appears_once() -> None:
    assert tagged_subject("Re: Ошибка [desk #42]", 42) == "Re: Ошибка [desk #42]"
    assert tagged_subject("Re: Ошибка [Desk # 41] и ещё [desk #40]", 42) == "Re: Ошибка и ещё [desk #42]"
    assert tagged_subject("Ошибка\r\n\tBcc: x@evil.test", None) == "Ошибка Bcc: x@evil.test"
    assert len(tagged_subject("ж" * 1000, 42)) <= 200 + len(" [desk #42]")


def test_thread_references_keep_the_root_and_the_latest() -> None:
    ids = [f"<m{i}@example.ru>" for i in range(40)]
    kept = thread_references(ids[:-1], ids[-1])
    assert len(kept) == 20 and kept[0] == ids[0] and kept[-1] == ids[-1]
    assert thread_references(["<ok@x.ru>", "<bad id@x.ru>", "no-brackets@x.ru", "<ok@x.ru>"], None) == [
        "<ok@x.ru>"
    ]


def test_addresses_are_checked_and_idn_domains_encoded() -> None:
    assert mail_address("ivan@пример.рф") == "ivan@xn--e1afmkfd.xn--p1ai"
    assert mail_address("Ivan.Petrov+desk@Example.RU") == "Ivan.Petrov+desk@example.ru"
    for bad in (
        "a@b.ru\r\nBcc: x@evil.test",
        "a b@c.ru",
        "@c.ru",
        "a@",
        "a@b",
        "иван@example.ru",
        "a..b@c.ru",
        "<a@b.ru>",
        "a@b.ru, c@d.ru",
    ):
        with pytest.raises(InvalidInput):
            mail_address(bad)


def test_message_ids_are_unique_and_valid() -> None:
    ids = {new_message_id("example.ru", 42) for _ in range(200)}
    assert len(ids) == 200
    assert all(i.startswith("<desk.42.") and i.endswith("@example.ru>") for i in ids)
    with pytest.raises(InvalidInput):
        build(message_id="<no-at-sign>")
    with pytest.raises(InvalidInput):
        new_message_id("bad domain")


hostile_text = st.lists(
    st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc", "Cf"])
    | st.sampled_from(
        ["\r", "\n", "\r\n", ": ", "Bcc: victim@evil.test", "=?utf-8?b?DQpCY2M6IHhAeQ==?=", "\x00", "\u2028"]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(subject=hostile_text, name=hostile_text, body=hostile_text, answered=hostile_text)
def test_no_text_can_add_a_header(subject: str, name: str, body: str, answered: str) -> None:
    message = build(
        subject=subject,
        to_name=name,
        sender_name=name,
        body=body,
        in_reply_to=answered,
        references=[answered],
    )
    wire = wire_bytes(message)
    head = wire.split(b"\r\n\r\n", 1)[0]
    names = {
        line.split(b":", 1)[0].decode().lower()
        for line in head.split(b"\r\n")
        if line[:1] not in (b" ", b"\t")
    }
    assert names - {"in-reply-to", "references"} == BASE_HEADERS
    got = message_from_bytes(wire, policy=policy.default)
    assert "\n" not in got["Subject"] and "\r" not in got["Subject"]
    assert got["Subject"].endswith("[desk #42]")
    assert [a.addr_spec for a in got["To"].addresses] == ["ivan@example.ru"]
    assert got["Bcc"] is None
    text = content(got)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Обращение", "#1", "принято:", "Не", "работает", "корзина", "ё", "Re:", "«Кнопка»",
                                 "—", "a", "the", "x" * 30, "ж" * 12, "1С"]), min_size=1, max_size=30).map(" ".join))
def test_the_subject_arrives_as_it_was_written(subject: str) -> None:
    """The review: "Обращение #1 принято: Не работает корзина" arrived as "... Неработает
    ...": the email package's folder dropped the space where it split two encoded words."""
    wire = wire_bytes(build(subject=subject))
    assert all(len(line) <= 78 for line in wire.split(b"\r\n\r\n", 1)[0].split(b"\r\n"))
    assert message_from_bytes(wire, policy=policy.default)["Subject"] == tagged_subject(subject, 42)


def test_the_subject_the_review_saw_folded_keeps_its_spaces() -> None:
    subject = "Обращение #1 принято: Не работает корзина"
    assert reread(build(subject=subject, ticket_id=1))["Subject"] == subject + " [desk #1]"


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), max_size=300))
def test_printable_body_arrives_unchanged(body: str) -> None:
    lines = "\n".join(line.rstrip() for line in body.split("\n"))
    got = reread(build(body=lines))
    assert content(got) == lines.rstrip("\n") + "\n"


# Found by test_no_text_can_add_a_header; kept as plain cases so they run every time.
@pytest.mark.parametrize(
    "text",
    [
        "=?utf-8?b?DQpCY2M6IHhAeQ==?=",
        "Bcc: victim@evil.test=?utf-8?b?DQpCY2M6IHhAeQ==?==?utf-8?b?DQpCY2M6IHhAeQ==?=",
        "Bcc: victim@evil.test",
        '"Evil" <x@evil.test>, y@evil.test',
        "undisclosed-recipients:;",
    ],
)
def test_known_injection_shapes(text: str) -> None:
    got = reread(build(subject=text, to_name=text, sender_name=text))
    assert [a.addr_spec for a in got["To"].addresses] == ["ivan@example.ru"]
    assert [a.addr_spec for a in got["From"].addresses] == ["support@example.ru"]
    assert got["Bcc"] is None and got["Cc"] is None


def test_a_name_that_looks_like_an_address_is_left_out() -> None:
    got = reread(build(to_name="ivan@example.ru", sender_name="Support <support@bank.example>"))
    assert got["To"].addresses[0].display_name == ""
    assert got["From"].addresses[0].display_name == ""
    assert reread(build(to_name="John Q. Public"))["To"].addresses[0].display_name == "John Q. Public"


def test_a_long_name_opening_with_a_dot_reads_back() -> None:
    """Hypothesis found it: folded without its quotes, a name opening with "." is no phrase
    (RFC 5322), and Python's reader failed on it (AttributeError: no mail sent)."""
    hostile = ".=?utf-8?b?DQpCY2M6IHhAeQ==?==?utf-8?b?DQpCY2M6IHhAeQ==?==?utf-8?b?DQpCY2M6IHhAeQ==?="
    for name in (hostile, ". . " + "Иван Петров " * 8, "." * 90):
        for wire in (wire_bytes(build(to_name=name)), readdressed(wire_bytes(build()), "anna@example.ru", name)):
            [to] = message_from_bytes(wire, policy=policy.default)["To"].addresses
            assert to.addr_spec in ("anna@example.ru", "ivan@example.ru") and not to.display_name.startswith(".")
            assert "Bcc" not in to.display_name
    assert reread(build(to_name="John Q. Public"))["To"].addresses[0].display_name == "John Q. Public"


def test_a_header_the_email_package_cannot_read_back_is_refused_not_raised() -> None:
    """Whatever the email package's reader raises on its writer's output is one message the
    desk will not send (a ValueError, which desk mail send records), not a crash."""
    from email.headerregistry import Address

    message = build()
    del message["To"]
    message["To"] = Address(display_name=".= ?utf-8?b?DQpCY2M6IHhAeQ== = ?utf-8?b?DQpCY2M6IHhAeQ== = ?utf-8?b?DQpCY2M6",
                            username="ivan", domain="example.ru")
    with pytest.raises(ValueError, match="to header does not read back"):
        wire_bytes(message)


def test_a_terminal_escape_in_a_subject_goes_whole() -> None:
    """Not just its ESC: "[31m" left behind is noise the customer would read."""
    got = reread(build(subject="\x1b[31mRED\x1b[0m вопрос \x1b]0;pwned\x07 про корзину"))
    assert got["Subject"] == "RED вопрос про корзину [desk #42]"


@settings(max_examples=100, deadline=None)
@given(subject=hostile_text, name=hostile_text, new_name=hostile_text)
def test_readdressed_mail_changes_its_recipient_and_nothing_else(subject: str, name: str, new_name: str) -> None:
    """``desk mail retry`` after a corrected address: the same message to another mailbox."""
    wire = wire_bytes(build(subject=subject, to_name=name))
    again = readdressed(wire, "anna@пример.рф", new_name)
    got, was = (message_from_bytes(w, policy=policy.compat32) for w in (again, wire))
    assert [(k, v) for k, v in got.items() if k != "To"] == [(k, v) for k, v in was.items() if k != "To"]
    assert again.partition(b"\r\n\r\n")[2] == wire.partition(b"\r\n\r\n")[2]
    reread_to = message_from_bytes(again, policy=policy.default)["To"]
    assert [a.addr_spec for a in reread_to.addresses] == ["anna@xn--e1afmkfd.xn--p1ai"]
    # as build_message's own To header is folded (RFC 5322: at most 998 characters a line)
    assert again.isascii() and all(len(line) <= 998 for line in again.partition(b"\r\n\r\n")[0].split(b"\r\n"))
    assert message_from_bytes(again, policy=policy.default)["Bcc"] is None


def test_only_a_message_of_the_desk_is_readdressed() -> None:
    for wire in (b"To: a@example.ru\r\nSubject: x", b"Subject: x\r\n\r\nbody"):
        with pytest.raises(ValueError):
            readdressed(wire, "anna@example.ru")
