"""Polling a real IMAP server (Dovecot on 127.0.0.1): order, \\Seen after commit, UID bookkeeping."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

import pytest

from deskcli.domain.errors import InvalidInput
from deskcli.mail.inbound import parse_message
from deskcli.mail.imap import ImapState, poll_imap
from deskcli.mail.transport import MailServerError, ServerSettings, parse_imap_url
from tests.mail import servers

CORPUS = Path(__file__).parent.parent / "data" / "mail"


def settings(dovecot: servers.Dovecot, folder: str, security: str = "ssl") -> ServerSettings:
    port = dovecot.imaps_port if security == "ssl" else dovecot.imap_port
    return ServerSettings("imap", "127.0.0.1", port, servers.USER, security, folder)


def client(dovecot: servers.Dovecot, tls_files):
    from imapclient import IMAPClient

    connection = IMAPClient(
        "127.0.0.1", port=dovecot.imaps_port, ssl=True, ssl_context=servers.client_context(tls_files[0])
    )
    connection.plain_login(servers.USER, servers.PASSWORD)
    return connection


def deliver(dovecot, tls_files, folder: str, *names: str) -> None:
    with client(dovecot, tls_files) as connection:
        for name in names:
            connection.append(folder, (CORPUS / name).read_bytes())


def seen_flags(dovecot, tls_files, folder: str) -> dict[int, bool]:
    with client(dovecot, tls_files) as connection:
        connection.select_folder(folder, readonly=True)
        flags = connection.get_flags(connection.search(["ALL"]))
    return {uid: b"\\Seen" in value for uid, value in flags.items()}


class Desk:
    """Stands in for the store: remembers what it committed, and can refuse or fail."""

    def __init__(self, refuse_at: int | None = None) -> None:
        self.stored: list[tuple[int, str | None, ImapState]] = []
        self.arrived: list[dt.datetime | None] = []
        self.refuse_at = refuse_at

    def accept(self, uid: int, raw: bytes, after: ImapState, arrived: dt.datetime | None) -> bool:
        if self.refuse_at is not None and len(self.stored) == self.refuse_at:
            return False
        self.stored.append((uid, parse_message(raw).message_id, after))
        self.arrived.append(arrived)
        return True


MESSAGES = (
    "thunderbird_koi8r_new_request.eml",
    "outlook_cp1251_qp_new_request.eml",
    "gmail_ru_reply_desk_tag.eml",
)
IDS = [
    "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>",
    "<AM0PR04MB6963A1B2C3D4E5F6@AM0PR04MB6963.eurprd04.prod.outlook.com>",
    "<CAHk8Tq2e9XvA1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV@mail.gmail.com>",
]


def test_new_messages_come_oldest_first_and_are_seen_only_after_the_commit(dovecot, tls_files, imap_folder):
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    desk = Desk()
    result = poll_imap(
        settings(dovecot, imap_folder),
        servers.PASSWORD,
        ImapState(),
        desk.accept,
        ssl_context=servers.client_context(tls_files[0]),
    )
    assert [message_id for _, message_id, _ in desk.stored] == IDS
    assert result.accepted == 3 and not result.stopped
    uids = [uid for uid, _, _ in desk.stored]
    assert uids == sorted(uids)
    assert result.state.last_uid == uids[-1]
    assert result.state.uidvalidity is not None
    # A first poll's commits carry no position: cut short, the next poll is a first poll again.
    assert [state for _, _, state in desk.stored] == [ImapState()] * 3
    assert seen_flags(dovecot, tls_files, imap_folder) == dict.fromkeys(uids, True)

    again = poll_imap(
        settings(dovecot, imap_folder),
        servers.PASSWORD,
        result.state,
        desk.accept,
        ssl_context=servers.client_context(tls_files[0]),
    )
    assert again.accepted == 0 and again.state == result.state

    deliver(dovecot, tls_files, imap_folder, "pgp_signed.eml")
    later = poll_imap(
        settings(dovecot, imap_folder),
        servers.PASSWORD,
        result.state,
        desk.accept,
        ssl_context=servers.client_context(tls_files[0]),
    )
    assert later.accepted == 1
    assert desk.stored[-1][1] == "<pgp-0001@secure-example.ru>"
    # Once the desk has a position, each commit carries the state that includes its own message.
    assert desk.stored[-1][2] == later.state == ImapState(result.state.uidvalidity, desk.stored[-1][0])


def test_each_message_comes_with_the_time_the_server_took_it_in(dovecot, tls_files, imap_folder):
    """INTERNALDATE, as an instant: what the desk counts a polled message's response time from."""
    times = [dt.datetime(2026, 11, 20, 9, 15, 7, tzinfo=dt.timezone(dt.timedelta(hours=3))),
             dt.datetime(2026, 11, 21, 23, 59, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))]
    with client(dovecot, tls_files) as connection:
        for name, when in zip(MESSAGES, times, strict=False):
            connection.append(imap_folder, (CORPUS / name).read_bytes(), msg_time=when)
    desk = Desk()
    poll_imap(settings(dovecot, imap_folder), servers.PASSWORD, ImapState(), desk.accept,
              ssl_context=servers.client_context(tls_files[0]))
    assert desk.arrived == times
    assert all(when is not None and when.utcoffset() is not None for when in desk.arrived)


def test_a_busy_store_stops_the_poll_and_leaves_the_rest_unseen(dovecot, tls_files, imap_folder):
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    context = servers.client_context(tls_files[0])
    busy = Desk(refuse_at=1)
    result = poll_imap(
        settings(dovecot, imap_folder), servers.PASSWORD, ImapState(), busy.accept, ssl_context=context
    )
    assert result.stopped and result.accepted == 1
    assert result.state == ImapState()  # a first poll cut short: still no position
    flags = seen_flags(dovecot, tls_files, imap_folder)
    assert [flags[uid] for uid in sorted(flags)] == [True, False, False]

    resumed = Desk()
    result = poll_imap(
        settings(dovecot, imap_folder), servers.PASSWORD, result.state, resumed.accept, ssl_context=context
    )
    assert [message_id for _, message_id, _ in resumed.stored] == IDS[1:]
    assert all(seen_flags(dovecot, tls_files, imap_folder).values())


def test_a_failing_callback_marks_nothing_seen(dovecot, tls_files, imap_folder):
    deliver(dovecot, tls_files, imap_folder, MESSAGES[0])

    def crash(uid: int, raw: bytes, after: ImapState, arrived: dt.datetime | None) -> bool:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        poll_imap(
            settings(dovecot, imap_folder),
            servers.PASSWORD,
            ImapState(),
            crash,
            ssl_context=servers.client_context(tls_files[0]),
        )
    assert list(seen_flags(dovecot, tls_files, imap_folder).values()) == [False]


def test_a_new_uidvalidity_starts_over(dovecot, tls_files, imap_folder):
    context = servers.client_context(tls_files[0])
    deliver(dovecot, tls_files, imap_folder, *MESSAGES[:2])
    first = poll_imap(
        settings(dovecot, imap_folder), servers.PASSWORD, ImapState(), Desk().accept, ssl_context=context
    )
    # The mailbox is rebuilt: same name, new UIDVALIDITY, UIDs counted from 1 again.
    with client(dovecot, tls_files) as connection:
        connection.delete_folder(imap_folder)
        connection.create_folder(imap_folder)
    deliver(dovecot, tls_files, imap_folder, MESSAGES[2])
    desk = Desk()
    result = poll_imap(
        settings(dovecot, imap_folder), servers.PASSWORD, first.state, desk.accept, ssl_context=context
    )
    assert result.state.uidvalidity != first.state.uidvalidity
    assert [message_id for _, message_id, _ in desk.stored] == IDS[2:]


def test_limit_takes_the_oldest_first(dovecot, tls_files, imap_folder):
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    desk = Desk()
    result = poll_imap(
        settings(dovecot, imap_folder),
        servers.PASSWORD,
        ImapState(),
        desk.accept,
        ssl_context=servers.client_context(tls_files[0]),
        limit=2,
    )
    assert result.accepted == 2
    assert [message_id for _, message_id, _ in desk.stored] == IDS[:2]


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_starttls_and_plain_imap(dovecot, tls_files, imap_folder, security):
    deliver(dovecot, tls_files, imap_folder, MESSAGES[0])
    desk = Desk()
    url = f"imap://{servers.USER}@127.0.0.1:{dovecot.imap_port}/{imap_folder}" + (
        "?starttls=1" if security == "starttls" else ""
    )
    result = poll_imap(
        parse_imap_url(url),
        servers.PASSWORD,
        ImapState(),
        desk.accept,
        ssl_context=servers.client_context(tls_files[0]),
    )
    assert result.accepted == 1 and desk.stored[0][1] == IDS[0]


def test_the_raw_bytes_survive_the_round_trip(dovecot, tls_files, imap_folder):
    deliver(dovecot, tls_files, imap_folder, "raw_8bit_koi8r_headers.eml")
    received: list[bytes] = []
    poll_imap(
        settings(dovecot, imap_folder),
        servers.PASSWORD,
        ImapState(),
        lambda uid, raw, after, arrived: received.append(raw) or True,
        ssl_context=servers.client_context(tls_files[0]),
    )
    mail = parse_message(received[0])
    assert mail.subject == "Вопрос по установке"
    assert mail.fields.license == "HC-3003"


def test_a_wrong_password_is_a_configuration_error_not_a_passing_one(dovecot, tls_files, imap_folder):
    # polling again every few minutes with the same password only locks the account
    with pytest.raises(InvalidInput, match=r"imaps://desk@127\.0\.0\.1.* refused the desk's login .*mail\.imap_password_file"):
        poll_imap(
            settings(dovecot, imap_folder),
            "wrong",
            ImapState(),
            Desk().accept,
            ssl_context=servers.client_context(tls_files[0]),
        )


def test_an_untrusted_certificate_is_a_configuration_error(dovecot, imap_folder):
    # the next poll would only repeat it (admin review)
    with pytest.raises(InvalidInput, match="not trusted"):
        poll_imap(settings(dovecot, imap_folder), servers.PASSWORD, ImapState(), Desk().accept)


def test_an_unreachable_server_is_a_server_error():
    unreachable = ServerSettings("imap", "127.0.0.1", servers.free_port(), "desk", "none", "INBOX")
    with pytest.raises(MailServerError, match="cannot reach"):
        poll_imap(unreachable, "x", ImapState(), Desk().accept, timeout=5)


def test_a_user_without_a_password_is_a_configuration_error():
    with pytest.raises(InvalidInput, match="DESK_IMAP_PASSWORD"):
        poll_imap(parse_imap_url("imaps://desk@127.0.0.1"), None, ImapState(), Desk().accept)


@pytest.mark.parametrize("answer", [b"NO [UNAVAILABLE] user database down, try later", b"NO [SERVERBUG] oops",
                                    b"NO [ALERT] Too many simultaneous connections"])
def test_a_server_unavailable_for_now_is_a_passing_failure(answer):
    """RFC 5530's [UNAVAILABLE] at login (the server's user database is down) passes by
    itself: the poll ends as a server error (mail-in's exit 75), not a configuration one."""
    with answering_login(answer) as unavailable:
        with pytest.raises(MailServerError, match=re.escape(answer[3:].decode())):
            poll_imap(unavailable, "secret", ImapState(), Desk().accept, timeout=10)


@pytest.mark.parametrize("answer", [None, b"* BYE server shutting down"])
def test_a_connection_lost_during_the_login_is_a_passing_failure(answer):
    """Admin review: a connection dropped (or a server going down) while it logged in was
    reported as "refused the desk's login" with mail-in's exit 2, sending the admin to check a
    password that was right, while cron's next poll would have gone through."""
    with answering_login(answer) as dropped:
        with pytest.raises(MailServerError) as raised:
            poll_imap(dropped, "secret", ImapState(), Desk().accept, timeout=10)
    assert "refused" not in str(raised.value) and "secret" not in str(raised.value)


@contextlib.contextmanager
def answering_login(answer: bytes | None):
    """A one-connection IMAP server that answers LOGIN with ``answer`` (None: closes the
    connection instead); the settings to reach it."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        connection, _ = listener.accept()
        with connection, connection.makefile("rwb") as stream:
            stream.write(b"* OK ready\r\n")
            stream.flush()
            for line in stream:
                tag, command = line.rstrip().split(b" ", 2)[:2]
                if command.upper() == b"CAPABILITY":
                    stream.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                elif command.upper() == b"LOGIN" and answer is None:
                    return
                elif command.upper() == b"LOGIN":
                    stream.write((answer if answer.startswith(b"*") else tag + b" " + answer) + b"\r\n")
                else:
                    stream.write(b"* BYE\r\n" + tag + b" OK done\r\n")
                stream.flush()
                if command.upper() == b"LOGOUT":
                    return

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    with listener:
        yield ServerSettings("imap", "127.0.0.1", port, "desk", "none", "INBOX")
        server.join(10)
