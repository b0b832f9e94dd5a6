"""Taking mail in over IMAP with imapclient, from the server ``mail.server_urls`` reads
from the personal configuration.

Nothing here knows the database. Polling hands each message to a callback and marks it seen
only once the callback says it is stored, so a crash between the two never loses mail: at
worst a message is fetched twice, and the desk's Message-ID check stores it once.
"""

from __future__ import annotations

import imaplib
import re
import datetime as dt
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.mail.server_urls import DESK_IMAP_PASSWORD, ServerSettings
from deskcli.mail.transport import CA_HINT, MailServerError, error_text

if TYPE_CHECKING:
    from imapclient import IMAPClient


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
        reply = error_text(error)
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
        raise MailServerError(f"IMAP {settings}: {error_text(error)}") from None
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
        raise MailServerError(f"cannot reach {settings}: {error_text(error)}") from None
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
    return InvalidInput(f"the certificate of {settings} is not trusted ({error.verify_message or error}): {CA_HINT}")
