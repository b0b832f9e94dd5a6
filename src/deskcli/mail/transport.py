"""Talking to mail servers: SMTP out with smtplib (IMAP in with imapclient is mail/imap.py),
to the servers ``mail.server_urls`` reads from the personal configuration.

Nothing here knows the database. Sending reports one result per message.
"""

from __future__ import annotations

import base64
import re
import datetime as dt
import smtplib
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage

from deskcli.domain.errors import DeskError, InvalidInput
from deskcli.mail.outbound import wire_bytes
from deskcli.mail.server_urls import (  # noqa: F401  (the settings of a server, with the talking to it)
    DESK_IMAP_PASSWORD,
    DESK_SMTP_PASSWORD,
    ServerSettings,
    parse_imap_url,
    parse_smtp_url,
    server_password,
    without_password,
)

__all__ = [
    "DESK_IMAP_PASSWORD",
    "DESK_SMTP_PASSWORD",
    "MailServerError",
    "SendResult",
    "ServerSettings",
    "parse_imap_url",
    "parse_smtp_url",
    "retry_delay",
    "sending",
    "server_password",
]

#: How long `desk mail send` waits before trying a failed message again, doubling each time.
FIRST_RETRY = dt.timedelta(minutes=5)
LAST_RETRY = dt.timedelta(hours=6)


class MailServerError(DeskError):
    "The mail server could not be reached, or it refused the desk's login"


def retry_delay(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th failed try: 5 minutes, doubling, at most 6 hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY) if attempts < 20 else LAST_RETRY


@dataclass(frozen=True)
class SendResult:
    message_id: str
    sent: bool
    #: The server refused the message for good (a 5xx reply): trying again will not help.
    permanent: bool
    detail: str


def _recipients(message: EmailMessage) -> list[str]:
    # The addresses the message was built with, not a re-reading of header text.
    return [
        address.addr_spec
        for name in ("to", "cc")
        for header in message.get_all(name, [])
        for address in header.addresses
    ]


def _sender(message: EmailMessage) -> str:
    header = message["from"]
    return header.addresses[0].addr_spec if header is not None and header.addresses else ""


def _reply_text(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}"[:500]


def _connect_smtp(
    settings: ServerSettings, password: str | None, context: ssl.SSLContext, timeout: float
) -> smtplib.SMTP:
    if settings.security == "ssl":
        server: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=timeout, context=context
        )
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    try:
        server.ehlo()
        if settings.security == "starttls":
            server.starttls(context=context)
            server.ehlo()
        if settings.user:
            _smtp_login(server, settings.user, password or "")
    except BaseException:
        server.close()
        raise
    return server


def _smtp_login(server: smtplib.SMTP, user: str, password: str) -> None:
    # One attempt with one mechanism: smtplib's login() tries each offered mechanism in turn,
    # which turns one wrong password into several failed logins (and lockouts). PLAIN is
    # done here because smtplib encodes credentials as ASCII, while RFC 4616 defines them
    # in UTF-8 and a Cyrillic password is a real password.
    offered = server.esmtp_features.get("auth", "").upper().split() if server.has_extn("auth") else []
    if "PLAIN" in offered:
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
        code, reply = server.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)
    elif "LOGIN" in offered and (user + password).isascii():
        server.user, server.password = user, password
        server.auth("LOGIN", server.auth_login)
    else:
        raise smtplib.SMTPNotSupportedError(
            f"the server offers no AUTH PLAIN or LOGIN (offers: {' '.join(offered)})"
        )


#: "Authentication required" (RFC 4954) or "Must issue a STARTTLS command first" (RFC 3207):
#: the server refuses the desk's session as it is set up, every message alike. Not a refusal
#: of the message: failing each one for good (admin review) lost the whole outbox to a
#: setting, while a login refused (535) waits for the setting to be mended.
_SETUP_REFUSED = 530


class _SessionEnded(Exception):
    """The server refused a message and ended the session (a 421 reply, or it hung up)."""

    def __init__(self, result: SendResult) -> None:
        super().__init__(result.detail)
        self.result = result


def _reset(server: smtplib.SMTP, refusal: SendResult) -> SendResult:
    """``refusal``, with the session made ready for the next message. A server that ended
    the session with its refusal (smtplib closes it on a 421) ends it for the rest too, and
    its own words say why (admin review: the detail was smtplib's "please run connect()
    first", the 421 reply lost)."""
    try:
        server.rset()
    except (OSError, smtplib.SMTPException):
        raise _SessionEnded(refusal) from None
    return refusal


def _send_one(server: smtplib.SMTP, message: EmailMessage, envelope_from: str | None) -> SendResult:
    message_id = str(message.get("message-id", ""))
    try:
        wire = wire_bytes(message)
    except ValueError as error:  # a message the desk would not send under any server
        return SendResult(message_id, False, True, str(error))
    try:
        refused = server.sendmail(envelope_from or _sender(message), _recipients(message), wire)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        detail = "; ".join(f"{rcpt}: {_reply_text(c, r)}" for rcpt, (c, r) in error.recipients.items())
        return _reset(server, SendResult(message_id, False, all(code >= 500 for code in codes), detail))
    except smtplib.SMTPSenderRefused as error:
        if error.smtp_code == _SETUP_REFUSED:  # the desk's session, not this message: none would go
            raise _SessionEnded(SendResult(message_id, False, False, (
                f"{_reply_text(error.smtp_code, error.smtp_error)}: the server wants a login or TLS first; "
                "name the user (and ?starttls=1) in mail.smtp_url"))) from None
        return _reset(server, SendResult(
            message_id, False, error.smtp_code >= 500, _reply_text(error.smtp_code, error.smtp_error)
        ))
    except smtplib.SMTPDataError as error:
        return _reset(server, SendResult(
            message_id, False, error.smtp_code >= 500, _reply_text(error.smtp_code, error.smtp_error)
        ))
    detail = "; ".join(f"{rcpt}: {_reply_text(c, r)}" for rcpt, (c, r) in refused.items())
    return SendResult(
        message_id, True, False, f"accepted with refusals: {detail}" if detail else "250 accepted"
    )


def sending(
    settings: ServerSettings,
    password: str | None,
    messages: Iterable[EmailMessage],
    *,
    envelope_from: str | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> Iterator[SendResult]:
    """Send ``messages`` over one SMTP session, yielding each one's result before the next
    message is taken: the caller records a message as sent before the following one goes,
    and may decide, as it hands over each message, whether it is still to be sent.

    A server that cannot be reached, or drops the session, fails the remaining messages
    temporarily (they are tried again later); only a 5xx reply to a message is permanent.
    """
    if settings.user and not password:
        raise InvalidInput(f"no SMTP password: set {DESK_SMTP_PASSWORD} or mail.smtp_password_file")
    context = ssl_context or ssl.create_default_context()
    try:
        server = _connect_smtp(settings, password, context, timeout)
    except (OSError, smtplib.SMTPException) as error:
        detail = f"cannot send through {settings}: {error_text(error)}"
        for message in messages:
            yield SendResult(str(message.get("message-id", "")), False, False, detail)
        return
    try:
        failed = None
        for message in messages:
            if failed is None:
                try:
                    yield _send_one(server, message, envelope_from)
                    continue
                except _SessionEnded as ended:
                    yield ended.result
                    failed = f"session with {settings} ended: {ended.result.detail}"
                    continue
                except (OSError, smtplib.SMTPException) as error:
                    failed = f"session with {settings} failed: {error_text(error)}"
            yield SendResult(str(message.get("message-id", "")), False, False, failed)
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()


#: A server reply shown as Python shows bytes (imapclient's LoginError holds ``str(b'...')``),
#: and the timings Dovecot adds to its replies ("(0.001 + 0.000 secs).").
_BYTES_SHOWN = re.compile(r"""^b(['"])(.*)\1$""", re.DOTALL)
_TIMINGS = re.compile(r"\s*\((?:\d+\.\d+ \+ )*\d+\.\d+ secs\)\.?")


#: What mends a certificate the desk does not trust, for either server.
CA_HINT = "name its private CA with SSL_CERT_FILE, or give the server a certificate the system trusts"


def error_text(error: BaseException) -> str:
    """A server's error as one plain line: its reply, not Python's way of showing it."""
    if isinstance(error, smtplib.SMTPResponseException):
        return _reply_text(error.smtp_code, error.smtp_error)
    if isinstance(error, ssl.SSLCertVerificationError):  # not "[SSL: …] … (_ssl.c:1006)"
        return f"the certificate is not trusted ({error.verify_message or 'no reason given'}): {CA_HINT}"
    text = str(error)
    if len(error.args) == 1 and isinstance(error.args[0], bytes):  # imaplib's server reply, as bytes
        text = error.args[0].decode("utf-8", "replace")
    shown = _BYTES_SHOWN.match(text.strip())
    if shown:
        text = shown.group(2)
    text = _TIMINGS.sub("", text)
    return " ".join(text.split())[:300] or type(error).__name__
