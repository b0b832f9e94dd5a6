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


def setup_checks(ctx: Context, *, policy: bool) -> list[dict[str, Any]]:
    """What ``desk doctor`` says of the mail setup, without reaching a server: each server the
    personal settings name parses and has its password where the desk looks for one (a
    password file is read even when the environment's password wins: cron may not have that
    variable), and, when the desk's ``policy`` can be read, mail to send has an address to
    come from. A server not named is no problem: that side of the mail is simply not used."""
    from deskcli.mail import transport

    checks: list[dict[str, Any]] = []
    for protocol, (url_key, password_key, _, _, _, variable_name) in _SERVERS.items():
        if not ctx.settings.mail.get(url_key, ""):
            continue
        variable, password_file = getattr(transport, variable_name), ctx.settings.mail.get(password_key) or None
        try:
            if password_file and transport.server_password(variable, password_file, {}) is None:
                raise InvalidInput(f"password file {password_file} is empty")
            settings, _ = configured_server(ctx, protocol)
        except InvalidInput as exc:
            checks.append({"check": f"mail.{url_key}", "ok": False, "detail": str(exc)})
            continue
        source = ("" if not settings.user else f"; password from {variable}" if os.environ.get(variable)
                  else f"; password from {password_file}")
        checks.append({"check": f"mail.{url_key}", "ok": True, "detail": f"{settings}{source}"})
    if policy and ctx.settings.mail.get("smtp_url", "") and not ctx.policy.mail_from:
        checks.append({"check": "mail.from", "ok": False,
                       "detail": "not set, so desk mail send sends nothing: desk policy set mail.from ADDRESS"})
    return checks
