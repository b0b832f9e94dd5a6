"""Talking to mail servers: SMTP out with smtplib, IMAP in with imapclient, to the servers
``mail.server_urls`` reads from the personal configuration.

Nothing here knows the database. Sending reports one result per message, and polling hands
each message to a callback and marks it seen only once the callback says it is stored, so
a crash between the two never loses mail: at worst a message is fetched twice, and the
desk's Message-ID check stores it once.
"""

from __future__ import annotations

import base64
import imaplib
import re
import datetime as dt
import smtplib
import ssl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage

from deskcli.domain.errors import DeskError, InvalidInput
from deskcli.domain.named import TYPE_CHECKING
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

if TYPE_CHECKING:
    from imapclient import IMAPClient

__all__ = [
    "DESK_IMAP_PASSWORD",
    "DESK_SMTP_PASSWORD",
    "ImapState",
    "MailServerError",
    "PollResult",
    "SendResult",
    "ServerSettings",
    "parse_imap_url",
    "parse_smtp_url",
    "poll_imap",
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
        detail = f"cannot send through {settings}: {_error_text(error)}"
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
                    failed = f"session with {settings} failed: {_error_text(error)}"
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


def _error_text(error: BaseException) -> str:
    """A server's error as one plain line: its reply, not Python's way of showing it."""
    if isinstance(error, smtplib.SMTPResponseException):
        return _reply_text(error.smtp_code, error.smtp_error)
    text = str(error)
    if len(error.args) == 1 and isinstance(error.args[0], bytes):  # imaplib's server reply, as bytes
        text = error.args[0].decode("utf-8", "replace")
    shown = _BYTES_SHOWN.match(text.strip())
    if shown:
        text = shown.group(2)
    text = _TIMINGS.sub("", text)
    return " ".join(text.split())[:300] or type(error).__name__


#: RFC 5530's codes for a login refused for the desk's settings (the user, the password,
#: the account), not for the server's state of the moment.
_LOGIN_REFUSED = frozenset(("AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED",
                            "CONTACTADMIN"))


def _imap_login(client: IMAPClient, settings: ServerSettings, password: str) -> None:
    """Log in, LOGIN or (for a password LOGIN cannot carry) AUTHENTICATE PLAIN. A refusal is
    the desk's configuration, not a passing failure: trying every few minutes with the same
    password will not help and may lock the account, so it is reported as invalid input;
    unless the server gives a code that names its own state (RFC 5530's ``[UNAVAILABLE]``,
    ``[SERVERBUG]``, ``[INUSE]``, an ``[ALERT]`` of too many connections): then it passes."""
    from imapclient.exceptions import LoginError

    user = settings.user or ""
    try:
        if password.isascii() and user.isascii():
            client.login(user, password)
        else:  # LOGIN is ASCII-only in imaplib; AUTHENTICATE PLAIN carries UTF-8
            client.plain_login(user, password)
    except LoginError as error:
        reply = _error_text(error)
        if isinstance(error.__context__, (imaplib.IMAP4.abort, OSError)):
            # imapclient turns every failure of the command into LoginError, a connection
            # dropped (or a server saying BYE) mid-login too: that passes by itself, the
            # password was never judged (admin review: "refused the desk's login", exit 2)
            raise MailServerError(f"IMAP {settings}: the connection was lost while logging in ({reply})") from None
        codes = set(re.findall(r"\[([A-Z][A-Z-]*)", reply.upper()))
        if codes and not codes & _LOGIN_REFUSED:  # [UNAVAILABLE], [SERVERBUG], [INUSE], [ALERT] too many connections
            raise MailServerError(f"IMAP {settings}: {reply}") from None
        raise InvalidInput(f"IMAP {settings} refused the desk's login ({reply}); check the user in mail.imap_url "
                           f"and the password ({DESK_IMAP_PASSWORD} or mail.imap_password_file)") from None


@dataclass(frozen=True)
class ImapState:
    """Where polling stopped: the mailbox's UIDVALIDITY and the last UID the desk stored."""

    uidvalidity: int | None = None
    last_uid: int = 0


@dataclass(frozen=True)
class PollResult:
    state: ImapState
    accepted: int
    #: The callback refused a message (storage busy): it stays unseen for the next poll.
    stopped: bool


def poll_imap(
    settings: ServerSettings,
    password: str | None,
    state: ImapState,
    accept: Callable[[int, bytes, ImapState, dt.datetime | None], bool],
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
    limit: int | None = None,
) -> PollResult:
    """Hand each new message of the mailbox to ``accept(uid, raw, state_after, arrived)``, oldest
    first; ``arrived`` is the server's INTERNALDATE, when it took the message in.

    ``accept`` stores the message and ``state_after`` in one transaction and returns True, or
    returns False when it cannot store now. Only after True is the message marked \\Seen.
    A mailbox the desk has no position in (the first poll, another URL, or a new UIDVALIDITY:
    the mailbox was rebuilt) gives only its unread messages: mail someone has already read
    is history, not requests. Each is stored with no position yet (``state`` as given), so a
    first poll cut short (``limit``, a busy database, a broken connection) is followed by
    another first poll, which goes on with the unread mail (those taken are \\Seen by then).
    Once they are all in, ``PollResult.state`` is the end of the mailbox, for the caller to
    keep, so later polls take every new message, read or not. The caller's Message-ID check
    keeps anything from being stored twice.
    """
    from imapclient.exceptions import IMAPClientError

    if settings.user and not password:
        raise InvalidInput(f"no IMAP password: set {DESK_IMAP_PASSWORD} or mail.imap_password_file")
    context = ssl_context or ssl.create_default_context()
    accepted = 0
    client = _imap_client(settings, context, timeout)
    try:
        if settings.security == "starttls":
            client.starttls(ssl_context=context)
        _imap_login(client, settings, password or "")
        uidvalidity, uids, end = _new_uids(client, _selected(client, settings), state)
        for uid in uids[:limit] if limit is not None else uids:
            fetched = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"]).get(uid, {})
            raw = fetched.get(b"BODY[]")
            after = state if end is not None else ImapState(uidvalidity, uid)
            if raw is None:  # expunged by another client since the search
                continue
            if not accept(uid, bytes(raw), after, _aware(fetched.get(b"INTERNALDATE"))):
                return PollResult(state, accepted, stopped=True)
            client.add_flags([uid], [b"\\Seen"])
            state = after
            accepted += 1
        if end is not None and (limit is None or len(uids) <= limit):
            state = ImapState(uidvalidity, end)  # every unread message is in: the rest is history
    except ssl.SSLCertVerificationError as error:
        raise _untrusted(settings, error) from None
    except (OSError, IMAPClientError) as error:
        raise MailServerError(f"IMAP {settings}: {_error_text(error)}") from None
    finally:
        try:
            client.logout()
        except (OSError, IMAPClientError):
            pass
    return PollResult(state, accepted, stopped=False)


def _imap_client(settings: ServerSettings, context: ssl.SSLContext, timeout: float) -> IMAPClient:
    """A connection to the IMAP server, not logged in yet."""
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError

    try:
        client = IMAPClient(
            settings.host,
            port=settings.port,
            ssl=settings.security == "ssl",
            ssl_context=context,
            timeout=timeout,
        )
    except ssl.SSLCertVerificationError as error:
        raise _untrusted(settings, error) from None
    except (OSError, IMAPClientError) as error:
        raise MailServerError(f"cannot reach {settings}: {_error_text(error)}") from None
    client.normalise_times = False  # INTERNALDATE with the server's offset, not this machine's naive time
    return client


def _selected(client: IMAPClient, settings: ServerSettings) -> dict:
    """The mailbox of ``settings`` selected: what the server says of it. A mailbox the server
    does not have (a typo, or it was deleted or renamed) is the setup's to mend: the next poll
    would only repeat it (admin review: "the rest waits for the next poll", exit 75)."""
    from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

    try:
        return client.select_folder(settings.mailbox)
    except IMAPClientAbortError:
        raise
    except IMAPClientError:
        if client.folder_exists(settings.mailbox):
            raise
        names = sorted(str(name) for _, _, name in client.list_folders())
        shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
        raise InvalidInput(f"IMAP {settings} has no mailbox {settings.mailbox!r}: name one it has at the end of "
                           f"mail.imap_url ({shown or 'none'})") from None


def _new_uids(client: IMAPClient, selected: dict, state: ImapState) -> tuple[int, list[int], int | None]:
    """(the mailbox's UIDVALIDITY, the UIDs to take oldest first, the end of the mailbox) of
    the ``selected`` mailbox: the end only where the desk has no position in it, when it
    takes the unread mail."""
    uidvalidity = int(selected[b"UIDVALIDITY"])
    if uidvalidity != state.uidvalidity:  # no position here: the unread mail, then the end of the mailbox
        return uidvalidity, sorted(client.search(["UNSEEN"])), int(selected.get(b"UIDNEXT", 1)) - 1
    if state.last_uid:
        # stored by an earlier poll whose connection broke before its flag was set: the
        # position is past them, so they are flagged here or never
        stored_unseen = client.search(["UNSEEN", "UID", f"1:{state.last_uid}"])
        if stored_unseen:
            client.add_flags(stored_unseen, [b"\\Seen"])
    newer = client.search(["UID", f"{state.last_uid + 1}:*"])
    return uidvalidity, sorted(uid for uid in newer if uid > state.last_uid), None


def _aware(value: object) -> dt.datetime | None:
    """An INTERNALDATE as an instant; anything else a server sends is no arrival time."""
    return value if isinstance(value, dt.datetime) and value.utcoffset() is not None else None


def _untrusted(settings: ServerSettings, error: ssl.SSLCertVerificationError) -> InvalidInput:
    """A certificate the desk does not trust is the setup's to mend, like a refused login:
    the next poll would only repeat it (admin review: it waited "for the next poll")."""
    return InvalidInput(f"the certificate of {settings} is not trusted ({error.verify_message or error}): "
                        "name its private CA with SSL_CERT_FILE, or give the server a certificate the system trusts")
