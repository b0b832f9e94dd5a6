"""Passwords a customer writes, as every use case that takes a customer's text treats them
(policy 2.12): hidden from the stored text before the write lock, then kept as the request's
sealed temporary access inside it. One place for ``desk open``, a customer's message and a
note mailed by someone else. Light to import: the access rules load only for a text that
held a password."""

from __future__ import annotations


from deskcli.domain.credentials import HIDDEN, NOT_KEPT, Credentials, hide
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from deskcli.services.context import Context
    from deskcli.store.repository import Repository


def hidden(*texts: str) -> tuple[Credentials, list[str]]:
    """(the passwords found, ``texts`` with each one hidden); the expressions that find them
    come compiled from the kept code, as the intake rules' do (``deskcli.pattern_cache``)."""
    from deskcli import pattern_cache

    pattern_cache.adopt()
    found = Credentials()
    return found, [hide(text, found) for text in texts]


def kept_on(status: str) -> bool:
    """Whether a request in ``status`` keeps the passwords written on it: only one being
    worked on (2.12 erases them at close)."""
    return status in ("open", "answered")


def as_stored(status: str, found: Credentials, *texts: str) -> list[str]:
    """``texts`` (from ``hidden``) as a request in ``status`` stores them: where it keeps no
    access, the mark says the password is kept nowhere instead of pointing at access there
    is none of."""
    if not found or kept_on(status):
        return list(texts)
    return [text.replace(HIDDEN, NOT_KEPT) for text in texts]


def keep(ctx: Context, repo: Repository, row: dict[str, Any], found: Credentials) -> None:
    """Inside the caller's transaction: what ``hidden`` found, as the request's access."""
    if found:
        from deskcli.services.access import keep_written_access

        keep_written_access(ctx, repo, row, found)
