"""The messages the desk sends, built as `email.message.EmailMessage`.

Every message carries its own Message-ID (the caller keeps it, so a customer's reply can be
matched to the request), In-Reply-To and References to the customer's last message, the
``[desk #42]`` tag in the subject, and on automatic mail ``Auto-Submitted`` (RFC 3834) so
that well-behaved auto-responders do not answer it. Everything that goes into a header is
made one clean line first: a subject, a name or a Message-ID taken from hostile mail cannot
start a header of its own.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Sequence
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from deskcli.domain.addresses import deliverable
from deskcli.domain.errors import InvalidInput
from deskcli.mail.safety import header_text

__all__ = [
    "AUTO_GENERATED",
    "AUTO_REPLIED",
    "build_message",
    "mail_address",
    "new_message_id",
    "readdressed",
    "tagged_subject",
    "thread_references",
    "wire_bytes",
]

#: RFC 3834 values: a reply to a customer's message, or mail on the desk's own initiative.
AUTO_REPLIED = "auto-replied"
AUTO_GENERATED = "auto-generated"
_MAX_REFERENCES = 20
_SUBJECT_LIMIT = 200
_TAG = re.compile(r"\s*\[\s*desk\s*#\s*\d{1,9}\s*\]", re.IGNORECASE)
# Printable ASCII except the angle brackets: what RFC 5322 lets a msg-id carry.
_MESSAGE_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$")
_ADDRESS_SPECIALS = re.compile(r'[()<>\[\]:;,"\\]')
#: Dots and spaces opening a name: a phrase may not begin with a dot (RFC 5322 obs-phrase),
#: and once a long header is folded without its quotes, Python's own reader fails on one
#: (a Hypothesis example: AttributeError, no mail sent).
_LEADING_DOTS = re.compile(r"^[.\s]+")
_OWN_HEADERS = frozenset(
    name.encode()
    for name in (
        "from",
        "to",
        "reply-to",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "auto-submitted",
        "x-auto-response-suppress",
        "content-language",
        "content-type",
        "content-transfer-encoding",
        "mime-version",
    )
)
_BODY_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _phrase(text: str, limit: int) -> str:
    """Text for a subject or a display name, which the email package parses as if it came off
    the wire: a literal "=?utf-8?b?DQpCY2M6IHhAeQ==?=" would be decoded there into a line
    break and a Bcc header. "= ?" is no encoded word."""
    return header_text(header_text(text, limit).replace("=?", "= ?"), limit)


def mail_address(text: str) -> str:
    """``text`` as a plain deliverable address (an IDN domain in its ASCII form), or InvalidInput."""
    candidate = header_text(text, 320)
    if candidate != text.strip():
        raise InvalidInput(f"{header_text(text, 80)!r} is not a mail address")
    return deliverable(candidate)


def new_message_id(domain: str, ticket_id: int | None = None) -> str:
    """A fresh Message-ID in the desk's domain; it names the request for people reading headers."""
    host = mail_address(f"desk@{domain}").partition("@")[2]
    stem = f"desk.{ticket_id}" if ticket_id is not None else "desk"
    return f"<{stem}.{secrets.token_hex(10)}@{host}>"


def tagged_subject(subject: str, ticket_id: int | None) -> str:
    """The subject as one clean line, with exactly one ``[desk #N]`` tag, the request's own."""
    text = _phrase(_TAG.sub("", header_text(subject, 1000)), _SUBJECT_LIMIT)
    if ticket_id is None:
        return text
    return f"{text} [desk #{ticket_id}]".strip()


def _valid_message_id(value: str) -> str | None:
    value = header_text(value, 300)
    return value if _MESSAGE_ID.match(value) else None


def thread_references(references: Sequence[str], in_reply_to: str | None) -> list[str]:
    """The References of a reply: the thread so far plus the message answered; the root and the last ones."""
    ids = [
        i for i in (_valid_message_id(r) for r in [*references, *([in_reply_to] if in_reply_to else [])]) if i
    ]
    ids = list(dict.fromkeys(ids))
    if len(ids) > _MAX_REFERENCES:
        ids = ids[:1] + ids[-(_MAX_REFERENCES - 1) :]
    return ids


def body_text(body: str) -> str:
    """A body as the desk sends it: line ends as \\n, no control characters, one final line end."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    text = _BODY_CONTROLS.sub("", text)
    return text.rstrip("\n") + "\n"


def _transfer_encoding(text: str) -> str:
    if text.isascii():
        return "7bit" if all(len(line) <= 78 for line in text.split("\n")) else "quoted-printable"
    # Cyrillic in quoted-printable triples in size; base64 costs a third.
    wide = sum(not char.isascii() for char in text)
    return "base64" if wide * 3 > len(text) else "quoted-printable"


def _mailbox(address: str, name: str) -> Address:
    local, _, domain = mail_address(address).partition("@")
    return Address(display_name=_display_name(name), username=local, domain=domain)


def _display_name(name: str) -> str:
    """A display name with nothing that means something in an address header.

    Python's header folding can drop the quotes around a display name, and an unquoted
    'Bcc: victim@evil.test' then reads as a group of recipients. A name that looks like an
    address is left out: it is either redundant or a spoof."""
    text = _phrase(name, 100)
    if "@" in text:
        return ""
    return _LEADING_DOTS.sub("", " ".join(_ADDRESS_SPECIALS.sub(" ", text).split()))


def build_message(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    now: dt.datetime,
    message_id: str,
    sender_name: str = "",
    to_name: str = "",
    ticket_id: int | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    automatic: str | None = None,
    reply_to: str | None = None,
    language: str = "ru",
) -> EmailMessage:
    """One plain-text UTF-8 message from the desk; ``automatic`` is AUTO_REPLIED, AUTO_GENERATED or None."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    own_id = _valid_message_id(message_id)
    if own_id is None:
        raise InvalidInput(f"{header_text(message_id, 80)!r} is not a Message-ID")
    if automatic not in (None, AUTO_REPLIED, AUTO_GENERATED):
        raise ValueError(f"unknown Auto-Submitted value {automatic!r}")
    message = EmailMessage(policy=policy.default)
    message["From"] = _mailbox(sender, sender_name)
    message["To"] = _mailbox(to, to_name)
    if reply_to:
        message["Reply-To"] = _mailbox(reply_to, sender_name)
    # Encoded and folded here: the email package's own folder drops the space where it splits
    # the subject between two encoded words ("Не работает" arrived as "Неработает": review).
    message.set_raw("Subject", Header(tagged_subject(subject, ticket_id), "utf-8", header_name="Subject").encode())
    message["Date"] = format_datetime(now)
    message["Message-ID"] = own_id
    answered = _valid_message_id(in_reply_to) if in_reply_to else None
    if answered:
        message["In-Reply-To"] = answered
    thread = thread_references(references, answered)
    if thread:
        message["References"] = " ".join(thread)
    if automatic:
        message["Auto-Submitted"] = automatic
        # Exchange's own switch: no out-of-office or read receipts back to the desk.
        message["X-Auto-Response-Suppress"] = "All"
    text = body_text(body)
    message.set_content(text, subtype="plain", charset="utf-8", cte=_transfer_encoding(text))
    # After set_content, which clears every Content-* header.
    message["Content-Language"] = "en" if language == "en" else "ru"
    return message


def wire_bytes(message: EmailMessage) -> bytes:
    """The message as an SMTP server receives it: CRLF line ends, long headers folded.

    The header block is checked once more: whatever a future bug lets through, the desk
    never sends a header it did not set itself.
    """
    wire = message.as_bytes(policy=policy.SMTP)
    head = wire.split(b"\r\n\r\n", 1)[0]
    names = {
        line.split(b":", 1)[0].strip().lower()
        for line in head.split(b"\r\n")
        if line[:1] not in (b" ", b"\t")
    }
    unexpected = names - _OWN_HEADERS
    if unexpected or b"\r" in head.replace(b"\r\n", b"") or b"\n" in head.replace(b"\r\n", b""):
        raise ValueError(f"refusing to send a message with unexpected headers: {sorted(unexpected)}")
    reread = message_from_bytes(head + b"\r\n\r\n", policy=policy.default)
    for name in ("from", "to", "reply-to"):
        try:
            same = _addresses(reread, name) == _addresses(message, name)
        except Exception:  # the email package's own reader failing on what its writer wrote
            same = False
        if not same:
            raise ValueError(f"refusing to send a message whose {name} header does not read back as built")
    return wire


def readdressed(wire: bytes, to: str, to_name: str = "") -> bytes:
    """A message of the desk as it left, now to ``to``: its To header replaced, every other
    byte kept (the subject as it was folded, the Message-ID its thread knows)."""
    head, separator, body = wire.partition(b"\r\n\r\n")
    if not separator:
        raise ValueError("not a message of the desk: no end to its header")
    one = EmailMessage(policy=policy.default)
    one["To"] = _mailbox(to, to_name)
    new_to = one.as_bytes(policy=policy.SMTP).partition(b"\r\n\r\n")[0]
    kept: list[bytes] = []
    in_to = found = False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            if not in_to:
                kept.append(line)
            continue
        in_to = line.split(b":", 1)[0].strip().lower() == b"to"
        found = found or in_to
        kept.append(new_to if in_to else line)
    if not found:
        raise ValueError("not a message of the desk: no To header")
    return b"\r\n".join(kept) + separator + body


def _addresses(message: EmailMessage, name: str) -> list[str]:
    header = message[name]
    return [address.addr_spec for address in header.addresses] if header is not None else []
