"""Sending through a real SMTP server (aiosmtpd on 127.0.0.1): what arrives is what was built."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest

from deskcli.domain.errors import InvalidInput
from deskcli.mail.outbound import AUTO_REPLIED, build_message, new_message_id
from deskcli.mail.transport import ServerSettings, parse_smtp_url, sending
from tests.mail import servers

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
CUSTOMER_MESSAGE = "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>"


def _send(*args, **kwargs):
    """Every message's result over one session, in order."""
    return list(sending(*args, **kwargs))


def acknowledgement(to: str = "ivan.petrov@shop.example.ru", ticket: int = 42):
    return build_message(
        sender="support@example.ru",
        sender_name="Служба технической поддержки",
        to=to,
        to_name="Иван Петров",
        subject="Обращение #42 принято: Сайт не открывается",
        body="Здравствуйте!\n\nВаше обращение зарегистрировано под номером #42.\nСрок ответа — 2 рабочих часа.\n",
        now=NOW,
        message_id=new_message_id("example.ru", ticket),
        ticket_id=ticket,
        in_reply_to=CUSTOMER_MESSAGE,
        references=[CUSTOMER_MESSAGE],
        automatic=AUTO_REPLIED,
    )


def received_message(envelope):
    return message_from_bytes(envelope.original_content, policy=policy.default)


def settings_for(server, security: str = "none", user: str | None = None) -> ServerSettings:
    return ServerSettings("smtp", "127.0.0.1", server.port, user, security)


def test_plain_smtp_delivers_headers_threading_body_and_encoding(smtp_server) -> None:
    server = smtp_server()
    message = acknowledgement()
    results = _send(settings_for(server), None, [message])

    assert [r.sent for r in results] == [True]
    assert results[0].message_id == message["Message-ID"]
    (envelope,) = server.received
    assert envelope.mail_from == "support@example.ru"
    assert envelope.rcpt_tos == ["ivan.petrov@shop.example.ru"]
    got = received_message(envelope)
    assert got["Message-ID"] == message["Message-ID"]
    assert got["Subject"] == "Обращение #42 принято: Сайт не открывается [desk #42]"
    assert got["In-Reply-To"] == CUSTOMER_MESSAGE
    assert got["References"] == CUSTOMER_MESSAGE
    assert got["Auto-Submitted"] == "auto-replied"
    # A long name is split into adjacent encoded words, which RFC 2047 joins without a
    # space; the stdlib's address parser adds one, so read the raw header instead.
    raw_from = dict(got.raw_items())["From"]
    assert str(make_header(decode_header(raw_from))) == "Служба технической поддержки <support@example.ru>"
    assert got["To"].addresses[0].addr_spec == "ivan.petrov@shop.example.ru"
    assert got["Date"].datetime == NOW
    assert got.get_content_type() == "text/plain"
    assert got.get_content_charset() == "utf-8"
    assert got["Content-Transfer-Encoding"] == "base64"
    assert got.get_content() == (
        "Здравствуйте!\n\nВаше обращение зарегистрировано под номером #42.\nСрок ответа — 2 рабочих часа.\n"
    )
    # What went over the wire is 7-bit clean with CRLF line ends, as SMTP wants.
    assert envelope.original_content.isascii()
    assert b"\r\n" in envelope.original_content


def test_several_messages_share_one_session_and_keep_their_order(smtp_server) -> None:
    server = smtp_server()
    messages = [acknowledgement(ticket=n) for n in (1, 2, 3)]
    results = _send(settings_for(server), None, messages)
    assert [r.sent for r in results] == [True, True, True]
    assert [received_message(e)["Message-ID"] for e in server.received] == [m["Message-ID"] for m in messages]


def test_starttls_and_login_with_a_cyrillic_password(smtp_server, tls_files) -> None:
    server = smtp_server("starttls", users={"desk": "Пароль-123"})
    settings = parse_smtp_url(f"smtp://desk@127.0.0.1:{server.port}?starttls=1")
    results = _send(
        settings, "Пароль-123", [acknowledgement()], ssl_context=servers.client_context(tls_files[0])
    )
    assert [r.sent for r in results] == [True]
    assert server.logins == ["desk"]
    assert len(server.received) == 1


# aiosmtpd warns because it counts only STARTTLS as TLS; this session is TLS from the start.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_smtps(smtp_server, tls_files) -> None:
    server = smtp_server("ssl", users={"desk": "secret"})
    settings = parse_smtp_url(f"smtps://desk@127.0.0.1:{server.port}")
    results = _send(
        settings, "secret", [acknowledgement()], ssl_context=servers.client_context(tls_files[0])
    )
    assert [r.sent for r in results] == [True]
    assert received_message(server.received[0])["Subject"].endswith("[desk #42]")


def test_wrong_password_fails_every_message_for_a_later_retry(smtp_server, tls_files) -> None:
    server = smtp_server("starttls", users={"desk": "secret"})
    settings = settings_for(server, "starttls", user="desk")
    results = _send(
        settings,
        "wrong",
        [acknowledgement(), acknowledgement()],
        ssl_context=servers.client_context(tls_files[0]),
    )
    assert [(r.sent, r.permanent) for r in results] == [(False, False), (False, False)]
    assert "535" in results[0].detail
    assert "wrong" not in results[0].detail
    assert server.received == []


def test_an_untrusted_certificate_is_refused(smtp_server) -> None:
    server = smtp_server("starttls")
    results = _send(settings_for(server, "starttls"), None, [acknowledgement()])
    assert not results[0].sent and not results[0].permanent
    assert "certificate" in results[0].detail.lower()
    assert server.received == []


def test_refusals_are_per_message_permanent_for_5xx_temporary_for_4xx(smtp_server) -> None:
    server = smtp_server()
    messages = [
        acknowledgement(to="nobody@refused.test"),
        acknowledgement(to="busy@later.test"),
        acknowledgement(to="ivan.petrov@shop.example.ru"),
    ]
    results = _send(settings_for(server), None, messages)
    assert [(r.sent, r.permanent) for r in results] == [(False, True), (False, False), (True, False)]
    assert "550" in results[0].detail and "451" in results[1].detail
    assert [e.rcpt_tos for e in server.received] == [["ivan.petrov@shop.example.ru"]]


def test_a_server_closing_the_session_is_told_in_its_own_words(smtp_server) -> None:
    """Admin review: a 421 (the server shutting down) was recorded as smtplib's "please run
    connect() first", the server's reply lost; the rest of the batch waits for the next run."""
    server = smtp_server()
    messages = [acknowledgement(to="anna@closing.test"), acknowledgement(ticket=43)]
    results = _send(settings_for(server), None, messages)
    assert [(r.sent, r.permanent) for r in results] == [(False, False), (False, False)]
    assert results[0].detail.startswith("anna@closing.test: 421 4.3.2 service shutting down")
    assert "ended: anna@closing.test: 421 4.3.2" in results[1].detail
    assert "connect()" not in results[0].detail + results[1].detail
    assert server.received == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize(("security", "users", "reply"), [
    ("starttls", None, "530 Must issue a STARTTLS command first"),
    ("none", {"desk": "secret"}, "530 5.7.0 Authentication required"),
])
def test_a_server_wanting_a_login_or_tls_first_fails_nothing_for_good(smtp_server, security, users, reply) -> None:
    """Admin review: a server that wants STARTTLS or a login before MAIL FROM (530) failed
    every message of the outbox for good, lost to a setting; they wait for it to be mended."""
    server = smtp_server(security, users=users)
    results = _send(settings_for(server), None, [acknowledgement(), acknowledgement(ticket=43)])
    assert [(r.sent, r.permanent) for r in results] == [(False, False), (False, False)]
    assert results[0].detail.startswith(reply) and "mail.smtp_url" in results[0].detail
    assert reply in results[1].detail
    assert server.received == []


def test_an_unreachable_server_fails_everything_temporarily() -> None:
    settings = ServerSettings("smtp", "127.0.0.1", servers.free_port(), None, "none")
    results = _send(settings, None, [acknowledgement(), acknowledgement()], timeout=5)
    assert [(r.sent, r.permanent) for r in results] == [(False, False), (False, False)]
    assert "cannot send through smtp://127.0.0.1" in results[0].detail


def test_a_user_without_a_password_is_a_configuration_error(smtp_server) -> None:
    server = smtp_server()
    with pytest.raises(InvalidInput, match="DESK_SMTP_PASSWORD"):
        _send(settings_for(server, user="desk"), None, [acknowledgement()])


def test_injected_text_never_reaches_the_server_as_a_header(smtp_server) -> None:
    server = smtp_server()
    message = build_message(
        sender="support@example.ru",
        to="eve@evil.test",
        to_name="Eve\r\nBcc: victim@evil.test",
        subject="Ошибка\r\nBcc: victim@evil.test\nX-Injected: yes",
        body="Hi",
        now=NOW,
        message_id=new_message_id("example.ru", 7),
        ticket_id=7,
        in_reply_to="<a@b>\r\nBcc: x@evil.test",
    )
    _send(settings_for(server), None, [message])
    (envelope,) = server.received
    assert envelope.rcpt_tos == ["eve@evil.test"]
    got = received_message(envelope)
    assert got["Bcc"] is None and got["X-Injected"] is None
    assert got["Subject"] == "Ошибка Bcc: victim@evil.test X-Injected: yes [desk #7]"
    assert got["In-Reply-To"] is None
