"""The check every test of hidden passwords makes: each secret gone from the text, one mark
for each, each kept in the lines to be sealed, and hiding twice a no-op."""

from __future__ import annotations

from deskcli.domain.credentials import HIDDEN, Credentials, hide


def hides(text: str, secrets: list[str]) -> tuple[str, Credentials]:
    """(the text as stored, what was found) for ``text`` whose passwords are ``secrets``."""
    found = Credentials()
    hidden = hide(text, found)
    assert not any(secret in hidden for secret in secrets), hidden
    assert hidden.count(HIDDEN) == len(secrets), hidden
    assert all(secret in "\n".join(found.lines) for secret in secrets), found.lines
    again = Credentials()  # hiding twice changes nothing
    assert hide(hidden, again) == hidden and not again
    return hidden, found
