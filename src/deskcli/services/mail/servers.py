"""The mail servers an agent's personal settings name: the SMTP server the outbox is sent
through and the IMAP mailbox mail comes in from, each with its password (from the
environment or a password file, never from the settings themselves)."""

from __future__ import annotations

import os
from typing import Any

from deskcli.domain.errors import InvalidInput
from deskcli.services.context import Context

# protocol: (settings key, password file key, example URL, what the server is called, the
# mail.transport parser and the environment variable holding the password, by name: transport
# is imported only when a server is used)
_SERVERS = {
    "smtp": ("smtp_url", "smtp_password_file", "smtp://user@host:587?starttls=1", "SMTP server",
             "parse_smtp_url", "DESK_SMTP_PASSWORD"),
    "imap": ("imap_url", "imap_password_file", "imaps://user@host/INBOX", "IMAP mailbox",
             "parse_imap_url", "DESK_IMAP_PASSWORD"),
}


def configured_server(ctx: Context, protocol: str) -> tuple[Any, str | None]:
    """The parsed server settings and password for ``protocol`` (smtp or imap), or
    InvalidInput naming what is missing."""
    from deskcli.mail import transport

    url_key, password_key, example, name, parser, password_variable = _SERVERS[protocol]
    url = ctx.settings.mail.get(url_key, "")
    if not url:
        raise InvalidInput(f"no {name}: desk config set mail.{url_key} {example}")
    settings = getattr(transport, parser)(url)
    variable = getattr(transport, password_variable)
    password = transport.server_password(variable, ctx.settings.mail.get(password_key) or None, os.environ)
    if settings.user and not password:
        raise InvalidInput(f"no {protocol.upper()} password for {settings.user}: set {variable} "
                           f"or mail.{password_key}")
    return settings, password
