"""Whether a message was received before: the same message delivered again is stored once,
another message under a Message-ID already seen is a message of its own.

A message is marked received under its Message-ID with the digest of what it says (the
headers it was written with and its body, ``InboundMail.fingerprint``), or the digest alone
when it has no Message-ID. The Message-ID alone named two messages when a web form gives all
its mail one (``<123@localhost>``): the second was dropped as a duplicate of the first and
counted on its request (review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskcli.domain.credentials import without_passwords
from deskcli.store import mail as mailstore
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from deskcli.mail.inbound import InboundMail

__all__ = ["REUSED_ID", "earlier_delivery", "key"]

#: The note a message under a reused Message-ID is logged with.
REUSED_ID = "another message came before under this Message-ID: taken as a message of its own"


def key(mail: InboundMail) -> str:
    digest = f"sha256:{mail.fingerprint}"
    return f"{mail.message_id} {digest}" if mail.message_id else digest


def earlier_delivery(repo: Repository, mail: InboundMail) -> tuple[dict[str, Any] | None, bool]:
    """This message's record if it was received before, and whether its Message-ID came
    before with another message."""
    found = mailstore.received(repo, key(mail))
    if found is not None or mail.message_id is None:
        return found, False
    legacy = mailstore.received(repo, mail.message_id)
    if legacy is not None:
        # Marked by its Message-ID alone, as a desk did before (or an export from one holds):
        # the same message when the log has it from the same sender with the same subject.
        return (legacy, False) if _logged_alike(repo, mail) else (None, True)
    prefix = f"{mail.message_id} sha256:"
    return None, mailstore.received_with_prefix(repo, prefix)


def _logged_alike(repo: Repository, mail: InboundMail) -> bool:
    first = repo.one("SELECT sender, subject FROM mail_log WHERE message_id = ? AND outcome != 'duplicate' "
                     "ORDER BY id LIMIT 1", (mail.message_id,))
    if first is None:
        return True  # nothing to tell them apart by: as before, the same message
    sender = mail.sender.address if mail.sender else None
    return (first["sender"], first["subject"]) == (sender, without_passwords(mail.subject))
