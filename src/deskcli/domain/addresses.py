"""Mail addresses as the desk can deliver to them: one plain ``local@domain`` (no display
name, no list, no comment), its domain a host name (an international one in its ASCII
form). One rule for the address an agent records (a license's, a contact's) and the one a
letter goes to, so an address the desk accepted is one its mail can reach (review: a
license's "a@b.ru,c@d.ru" was taken, and its renewal reminders silently dropped)."""

from __future__ import annotations

import re

from deskcli.domain.errors import InvalidInput

_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_DOMAIN = re.compile(
    r"^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"
)


def deliverable(text: str) -> str:
    """``text`` (one line, already free of control characters) as a plain deliverable
    address, its domain in ASCII and lower case; InvalidInput when it is none."""
    local, at, domain = text.rpartition("@")
    if not at:
        raise InvalidInput(f"{text!r} is not a mail address")
    try:
        domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise InvalidInput(f"{text!r} is not a mail address (bad domain)") from None
    if not _LOCAL_PART.match(local) or ".." in local or local.startswith(".") or not _DOMAIN.match(domain):
        raise InvalidInput(f"{text!r} is not a mail address")
    return f"{local}@{domain}"
