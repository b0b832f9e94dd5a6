"""Fixtures for the mail tests: a TLS certificate, a real SMTP server, a real IMAP server."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.mail import servers


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return servers.make_certificate(tmp_path_factory.mktemp("tls"))


@dataclass
class SmtpServer:
    """A running aiosmtpd and what it received."""

    port: int
    received: list = field(default_factory=list)  # aiosmtpd Envelope objects
    logins: list = field(default_factory=list)


class _Collector:
    """Accepts everything except the addresses the tests use to provoke refusals."""

    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.test"):
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        if address.endswith("@big.test"):
            return "552 5.3.4 message size exceeds fixed limit"
        if address.endswith("@relay.test"):
            return f"554 5.7.1 <{address}>: Relay access denied"
        if address.endswith("@later.test"):
            return "451 4.3.0 try again later"
        if address.endswith("@closing.test"):
            return "421 4.3.2 service shutting down, closing transmission channel"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.server.received.append(envelope)
        return "250 2.0.0 queued"


@pytest.fixture
def smtp_server(tls_files: tuple[Path, Path]) -> Iterator:
    """Start an aiosmtpd on 127.0.0.1: ``start(security="none"|"starttls"|"ssl", users={...})``."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    controllers = []

    def start(security: str = "none", users: dict[str, str] | None = None) -> SmtpServer:
        server = SmtpServer(servers.free_port())

        def authenticate(smtp, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and users is not None
                and users.get(auth_data.login.decode("utf-8")) == auth_data.password.decode("utf-8")
            )
            if ok:
                server.logins.append(auth_data.login.decode("utf-8"))
            # handled=False: aiosmtpd then sends the 535 itself.
            return AuthResult(success=ok, handled=False)

        context = servers.server_context(*tls_files)
        options: dict = {"authenticator": authenticate if users else None, "auth_required": bool(users)}
        if security == "starttls":
            options.update(tls_context=context, require_starttls=True)
        elif security == "ssl":
            # aiosmtpd only counts STARTTLS as TLS; with TLS from the first byte, AUTH
            # must be allowed explicitly.
            options.update(ssl_context=context, auth_require_tls=False)
        else:
            options.update(auth_require_tls=False)
        controller = Controller(_Collector(server), hostname="127.0.0.1", port=server.port, **options)
        controller.start()
        controllers.append(controller)
        return server

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="session")
def dovecot(tls_files: tuple[Path, Path]) -> Iterator[servers.Dovecot]:
    binary = servers.dovecot_binary()
    if binary is None:
        pytest.skip("dovecot is not installed (Debian package dovecot-imapd)")
    server = servers.start_dovecot(binary, *tls_files)
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def imap_folder(dovecot: servers.Dovecot, tls_files: tuple[Path, Path]) -> Iterator[str]:
    """A fresh mailbox of the test's own, so tests never see each other's messages."""
    from imapclient import IMAPClient

    name = f"Desk{uuid.uuid4().hex[:12]}"
    with IMAPClient(
        "127.0.0.1", port=dovecot.imaps_port, ssl=True, ssl_context=servers.client_context(tls_files[0])
    ) as client:
        client.plain_login(servers.USER, servers.PASSWORD)
        client.create_folder(name)
    yield name
