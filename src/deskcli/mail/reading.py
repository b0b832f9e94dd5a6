"""What the desk reads off one customer's mail for the request and the answer: its topic,
a clarification's text, the language to answer in, and a reason to log without the PIN."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.mail.inbound import InboundMail

#: The longest reason the mail log keeps.
REASON_LIMIT = 1000
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def topic(mail: InboundMail) -> str:
    if mail.topic.strip():
        return mail.topic.strip()
    first = next((line.strip() for line in mail.fields.description.splitlines() if line.strip()), "")
    return first[:100] or "(no subject)"


#: What a message that holds neither words of its own nor a file is kept as: a note.
EMPTY = "(an empty message)"


def clarification_text(mail: InboundMail) -> str:
    """The customer's own words, else the files they sent; "" when the message holds neither
    (a reply that only quotes the desk's letter): no face hands the services an empty
    message, and a clarification that says nothing re-queues nothing (2.7)."""
    if mail.body.strip():
        return mail.body.strip()
    names = ", ".join(attachment.filename for attachment in mail.attachments)
    return f"(no text; attached: {names})" if names else ""


def language(mail: InboundMail) -> str:
    """Russian unless the customer wrote in Latin letters only: the subject and their own
    words, not the request's fields, whose values are the product's names (an English letter
    with "Edition: Бизнес" was answered in Russian: review); the fields too when that is all
    the message holds."""
    own = f"{mail.subject}\n{mail.fields.description}"
    text = own if _LATIN.search(own) or _CYRILLIC.search(own) else f"{mail.subject}\n{mail.body}"
    text = text.replace("1С", "1C").replace("1с", "1c")  # the accounting product's name, as often typed in Cyrillic
    return "en" if _LATIN.search(text) and not _CYRILLIC.search(text) else "ru"


def masked(text: str, mail: InboundMail) -> str:
    from deskcli.mail.fields import remove_pin

    return remove_pin(text, mail.fields.pin)[:REASON_LIMIT]
