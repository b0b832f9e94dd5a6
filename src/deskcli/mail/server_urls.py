"""Mail servers as personal configuration: ``smtp://user@host:port``, ``smtps://…`` (TLS
from the first byte), ``smtp://…?starttls=1``; ``imap://user@host:port/INBOX``, ``imaps://…``.

A password is never part of a URL or a command line, where it would land in shell history
and process lists: it comes from ``DESK_SMTP_PASSWORD`` / ``DESK_IMAP_PASSWORD`` or from a
file only its owner can read. A login over a connection without TLS is refused, except to
this machine or with ``?cleartext=1``. Reading a setting loads no network code
(``mail.transport`` talks to the servers).
"""

from __future__ import annotations

import ipaddress
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from deskcli.domain.errors import InvalidInput
from deskcli.domain.tickets import shown_url

DESK_SMTP_PASSWORD = "DESK_SMTP_PASSWORD"
DESK_IMAP_PASSWORD = "DESK_IMAP_PASSWORD"
_DEFAULT_PORTS = {
    ("smtp", "none"): 25,
    ("smtp", "starttls"): 587,
    ("smtp", "ssl"): 465,
    ("imap", "none"): 143,
    ("imap", "starttls"): 143,
    ("imap", "ssl"): 993,
}

@dataclass(frozen=True)
class ServerSettings:
    protocol: str  # "smtp" or "imap"
    host: str
    port: int
    user: str | None
    security: str  # "ssl", "starttls" or "none"
    mailbox: str = "INBOX"

    def __str__(self) -> str:
        scheme = self.protocol + ("s" if self.security == "ssl" else "")
        user = f"{self.user}@" if self.user else ""
        return f"{scheme}://{user}{self.host}:{self.port}"


def _loopback(host: str) -> bool:
    """A server on this machine: a password sent to it in clear never crosses a network."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_url(url: str, protocol: str, key: str) -> ServerSettings:
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError as error:
        if "@" in url:  # urllib quotes what it took for a port: a piece of the password (security review)
            raise InvalidInput(f"{key}: the URL cannot be read (a password in it? give none: use "
                               f"{_password_variable(protocol)} or mail.{protocol}_password_file)") from None
        raise InvalidInput(f"{key}: {error}") from None
    if parts.scheme not in (protocol, protocol + "s"):
        raise InvalidInput(f"{key}: use {protocol}:// or {protocol}s://, not {parts.scheme or 'no scheme'}")
    if parts.password is not None or "@" in parts.path + parts.query + parts.fragment:
        # "user:pa#ss@host" reads as the host "user" on the port "pa", the rest a fragment
        # (review: doctor said "ok" and showed the start of the password as the port)
        raise InvalidInput(f"{key}: no password in the URL; use {_password_variable(protocol)} or "
                           f"mail.{protocol}_password_file (an @ in a mailbox's name is written %40)")
    if not host:
        raise InvalidInput(f"{key}: the URL names no host")
    query = parse_qs(parts.query, keep_blank_values=True)
    for name in query:
        if name not in ("starttls", "cleartext"):
            raise InvalidInput(f"{key}: unknown option {name!r} (known: starttls, cleartext)")
    starttls, cleartext = (query.get(name, ["0"])[-1].lower() in ("1", "yes", "true", "on")
                           for name in ("starttls", "cleartext"))
    if parts.scheme.endswith("s") and starttls:
        raise InvalidInput(f"{key}: {parts.scheme}:// is TLS already; starttls is for {protocol}://")
    security = "ssl" if parts.scheme.endswith("s") else "starttls" if starttls else "none"
    if security == "none" and parts.username and not cleartext and not _loopback(host):
        raise InvalidInput(f"{key}: a login over an unencrypted connection to {host} sends the password in clear; "
                           f"use {protocol}s:// or ?starttls=1 (or ?cleartext=1 on a network you trust)")
    mailbox = unquote(parts.path.lstrip("/")) or "INBOX"
    if protocol == "smtp" and parts.path.strip("/"):
        raise InvalidInput(f"{key}: an SMTP URL has no path")
    if any(ord(c) < 32 for c in mailbox + host):
        raise InvalidInput(f"{key}: control characters in the URL")
    return ServerSettings(
        protocol,
        host,
        port or _DEFAULT_PORTS[protocol, security],
        unquote(parts.username) if parts.username else None,
        security,
        mailbox,
    )


def _password_variable(protocol: str) -> str:
    return DESK_SMTP_PASSWORD if protocol == "smtp" else DESK_IMAP_PASSWORD


def without_password(url: str) -> str:
    """``url`` with any password in it replaced by ``***``, for showing a hand-edited setting;
    in one too broken to read (a "[" never closed, a "/" in the password), everything between
    the user's name and the last "@"."""
    try:
        parts = urlsplit(url)
        if parts.password is not None:
            netloc = parts.netloc.rpartition("@")
            user = netloc[0].partition(":")[0]
            return parts._replace(netloc=f"{user}:***@{netloc[2]}").geturl()
        if "@" not in parts.path + parts.query + parts.fragment:  # a "/", "?" or "#" in the password
            return url
    except ValueError:
        pass
    return shown_url(url)


def parse_smtp_url(url: str) -> ServerSettings:
    """``mail.smtp_url``: ``smtp://user@host:port``, ``smtps://…``, ``smtp://…?starttls=1``."""
    return _parse_url(url, "smtp", "mail.smtp_url")


def parse_imap_url(url: str) -> ServerSettings:
    """``mail.imap_url``: ``imap://user@host:port/INBOX``, ``imaps://…``, ``imap://…?starttls=1``."""
    return _parse_url(url, "imap", "mail.imap_url")


def server_password(
    env_var: str, password_file: str | os.PathLike[str] | None, environ: Mapping[str, str]
) -> str | None:
    """The server password from ``env_var``, else from ``password_file``; None if neither is set.

    A password file others can read is refused, as ssh refuses such a key.
    """
    value = environ.get(env_var)
    if value:
        return value
    if not password_file:
        return None
    try:
        path = Path(password_file).expanduser()
    except RuntimeError:  # ~nosuchuser/...: exit 70 before (review)
        raise InvalidInput(f"password file {password_file}: no such user's home directory") from None
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InvalidInput(f"password file {path} is a directory")
        if mode & 0o077:
            raise InvalidInput(f"password file {path} can be read by others; run: chmod 600 {path}")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidInput(f"password file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:  # exit 70 before (security review); its bytes are not shown
        raise InvalidInput(f"password file {path} is not UTF-8 text") from None
    return text.rstrip("\r\n") or None
