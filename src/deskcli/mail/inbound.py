"""One customer message, read into a typed record (SPEC section 7, mail in).

`parse_message` takes the raw bytes an MTA pipes in (or IMAP fetches) and returns an
`InboundMail`: who wrote to which address, the threading headers, the customer's own text
with quoted earlier mail cut and kept apart, the request fields of 2.1, whether the mail is
automatic, and its attachments. It never raises for malformed mail: whatever could not be
read is listed in ``problems`` and the rest of the record is still filled, because an MTA
that gets an error bounces the customer's message, and a lost request is worse than an
odd one. The PIN is never in the kept text: only in ``fields.pin``, for verification.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import cast

from deskcli.domain.credentials import Credentials
from deskcli.domain.tickets import MAX_BODY_BYTES, MAX_SUBJECT
from deskcli.mail import automatic
from deskcli.mail import fields as request_fields
from deskcli.mail.automatic import Automatic, Bounce
from deskcli.mail.fields import RequestFields
from deskcli.mail.fingerprint import content_fingerprint
from deskcli.mail.masking import file_without_secrets, holds_password
from deskcli.mail.mime import decode_text, plain_is_stub, split_parts
from deskcli.mail.quotes import split_quoted
from deskcli.mail.safety import header_text, safe_filename

__all__ = ["DEFAULT_ATTACHMENT_LIMIT", "Address", "Attachment", "InboundMail", "parse_message"]

#: Attachments kept per message unless the desk's policy says otherwise.
DEFAULT_ATTACHMENT_LIMIT = 10 * 1024 * 1024
#: The problem a message without From or Sender is logged with.
NO_SENDER = "the message has no sender address"
_MAX_REFERENCES = 50
_TICKET_TAG = re.compile(r"\[\s*desk\s*#\s*(\d{1,9})\s*\]", re.IGNORECASE)
_REPLY_PREFIX = re.compile(
    r"^\s*((re|fwd?|aw|wg|sv|vs|отв|ответ|на|пересл|переслать)\s*(\[\d+\]|\(\d+\))?\s*:\s*)+",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@[^@\s<>()\[\],;:\"]{1,255}$")


@dataclass(frozen=True)
class Address:
    """A mailbox: the address in lower case, and the display name as one clean line."""

    address: str
    name: str = ""


@dataclass(frozen=True)
class Attachment:
    """One attached file. ``kept`` is False when the message's size limit left it out."""

    filename: str
    content_type: str
    size: int
    data: bytes = field(repr=False)
    inline: bool = False
    kept: bool = True


@dataclass(frozen=True)
class InboundMail:
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    sender: Address | None
    reply_to: Address | None
    #: To and Cc.
    to: tuple[str, ...]
    #: Delivered-To, X-Original-To, Envelope-To: where the MTA actually delivered it.
    delivered_to: tuple[str, ...]
    subject: str
    #: The subject without "Re:"/"Отв:" prefixes and the ``[desk #N]`` tag.
    topic: str
    date: dt.datetime | None
    #: The request named by ``[desk #N]`` in the subject.
    ticket_id: int | None
    #: The customer's own words: quoted earlier mail cut, the PIN taken out.
    body: str
    #: The quoted earlier mail that was cut, the PIN taken out.
    quoted: str
    html_only: bool
    fields: RequestFields
    #: The 2.1 fields a new request from this message would lack.
    missing: tuple[str, ...]
    automatic: Automatic | None
    #: Automatic, or the sender asked for no automatic replies.
    no_auto_reply: bool
    bounce: Bounce | None
    attachments: tuple[Attachment, ...]
    problems: tuple[str, ...]
    size: int
    #: SHA-256 of the message without its trace headers (``fingerprint``): which deliveries
    #: are one message, with or without a Message-ID.
    fingerprint: str
    #: Passwords found in attached text files (hidden in the files kept): the request seals
    #: them as its temporary access, as those of the text (2.12).
    attachment_access: Credentials = field(default_factory=Credentials, repr=False)

    @property
    def recipients(self) -> tuple[str, ...]:
        """Every address the message was sent or delivered to, each once."""
        return tuple(dict.fromkeys(self.to + self.delivered_to))

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this one answers: In-Reply-To first, then References, newest first."""
        return tuple(dict.fromkeys(self.in_reply_to + tuple(reversed(self.references))))

    def addressed_category(self, categories_by_address: Mapping[str, str]) -> str | None:
        """The category of the first recipient the desk's policy maps to one (``urgent@…`` → emergency)."""
        table = {address.lower(): category for address, category in categories_by_address.items()}
        return next((table[address] for address in self.recipients if address in table), None)


class _Reader:
    """Collects problems while headers are read; one per message."""

    def __init__(self, message: EmailMessage) -> None:
        self.message = message
        self.problems: list[str] = []

    def raw(self, name: str) -> list[str]:
        """The header's values as text: RFC 2047 decoded, raw 8-bit bytes read in their charset."""
        raw_values = [value for key, value in self.message.raw_items() if key.lower() == name.lower()]
        if any(_has_raw_8bit(value) for value in raw_values):
            return [_undo_raw_8bit(value) for value in raw_values]
        try:
            return [str(value) for value in self.message.get_all(name) or []]
        except Exception as error:  # noqa: BLE001 - e.g. an encoded word that hides a line break in an address
            self.problems.append(f"the {name} header could not be read: {type(error).__name__}")
            return [_decode_words(value) for value in raw_values]

    def text(self, name: str, limit: int = MAX_SUBJECT) -> str:
        values = self.raw(name)
        return header_text(values[0], limit) if values else ""

    def addresses(self, *names: str) -> list[Address]:
        # Addresses are split before encoded words are decoded: an encoded word may only sit
        # in a display name, and decoded first, "=?utf-8?b?...?=" could hide a line break
        # and a second address that would take the sender's place.
        found: list[Address] = []
        for name in names:
            raw_values = [
                _undo_raw_8bit(value) if _has_raw_8bit(value) else value
                for key, value in self.message.raw_items()
                if key.lower() == name.lower()
            ]
            before = len(found)
            for display, address in getaddresses([" ".join(value.split()) for value in raw_values]):
                address = header_text(address, 320).lower()
                if not address:
                    continue
                if not _ADDR_SPEC.match(address):
                    self.problems.append(f"the {name} header has an address that is not valid")
                    continue
                found.append(Address(address, header_text(_decode_words(display), 200)))
            if len(found) == before and len(raw_values) == 1:
                found.extend(self._encoded_whole(name, raw_values[0]))
        return found

    def _encoded_whole(self, name: str, raw: str) -> list[Address]:
        """The one address of a header written as a single encoded word, address and all
        (``=?koi8-r?b?...?=``, as some web forms send it; RFC 2047 forbids it): taken when
        the decoded text is one valid address on one line, and nothing else."""
        decoded = _decode_words(" ".join(raw.split()))
        if decoded == raw or any(char < " " or char == "\x7f" for char in decoded):
            return []
        parsed = getaddresses([decoded])
        if len(parsed) != 1:
            return []
        display, address = parsed[0]
        address = address.lower()
        if not _ADDR_SPEC.match(address) or len(address) > 320:
            return []
        self.problems.append(f"the {name} header hides its address in an encoded word")
        return [Address(address, header_text(display, 200))]

    def message_ids(self, name: str) -> tuple[str, ...]:
        ids = _MESSAGE_ID.findall(" ".join(self.raw(name)))
        return tuple(header_text(i, 252) for i in ids if "@" in i)


def _has_raw_8bit(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


def _undo_raw_8bit(text: str) -> str:
    """A header sent as raw 8-bit bytes (not RFC 2047) arrives with escaped bytes; decode it."""
    decoded, _ = decode_text(text.encode("utf-8", "surrogateescape"), None)
    return decoded


def _decode_words(text: str) -> str:
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # noqa: BLE001 - undecodable encoded words: keep them as they came
        return text


def _without_controls(text: str) -> str:
    """Mail text without C0/C1 controls (terminal escapes, NULs); line breaks and tabs stay."""
    return _CONTROLS.sub("", text)


def _topic(subject: str) -> str:
    text = _TICKET_TAG.sub(" ", subject)
    return " ".join(_REPLY_PREFIX.sub("", text).split())


def _date(reader: _Reader) -> dt.datetime | None:
    value = reader.text("date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        reader.problems.append(f"the Date header {value[:60]!r} is not a date")
        return None
    if when.tzinfo is None:  # "-0000": the zone is unknown, RFC 5322 says read it as UTC
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


#: Where a text too long to keep was cut, said in the text itself: the agent reading it in
#: ``desk show`` sees that it does not end there.
CUT_NOTE = f"\n\n[the rest of this message was not kept: mail text is kept up to {MAX_BODY_BYTES:,} bytes]"


def _limit_text(text: str, what: str, problems: list[str]) -> str:
    data = text.encode("utf-8", "replace")
    if len(data) <= MAX_BODY_BYTES:
        return text
    problems.append(f"the {what} was cut at {MAX_BODY_BYTES} bytes")
    return data[:MAX_BODY_BYTES - len(CUT_NOTE.encode())].decode("utf-8", "ignore") + CUT_NOTE


def _attachments(raw_attachments: Iterable, limit: int, problems: list[str], pin: str | None,
                 found: Credentials) -> tuple[Attachment, ...]:
    kept: list[Attachment] = []
    used = 0
    for index, raw in enumerate(raw_attachments, start=1):
        # A file's name is text the desk keeps and shows: a PIN in it ("PIN#7788.txt") is masked
        # too, and a name that holds a password (a forwarded mail's subject) is not kept at all.
        name = request_fields.remove_pin(safe_filename(raw.filename, index, raw.content_type), pin)
        if holds_password(raw.filename or "") or holds_password(name):
            name = safe_filename(None, index, raw.content_type)
        data = file_without_secrets(raw.content_type, raw.filename, raw.charset, raw.data, pin, found)
        size = len(data)
        fits = used + size <= limit
        if fits:
            used += size
        else:
            problems.append(f"attachment {name!r} ({size} bytes) is over the {limit}-byte limit and was not kept")
        kept.append(Attachment(name, header_text(raw.content_type, 100), size, data if fits else b"",
                               inline=raw.inline, kept=fits))
    return tuple(kept)


def parse_message(
    raw: bytes | str,
    *,
    attachment_limit: int = DEFAULT_ATTACHMENT_LIMIT,
    own_addresses: Iterable[str] = (),
) -> InboundMail:
    """Read one RFC 822 message. Never raises for malformed mail; see ``problems``.

    ``own_addresses`` are the desk's addresses: mail from them is the desk's own, never
    answered automatically.
    """
    data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else bytes(raw)
    try:
        return _parse(data, attachment_limit, own_addresses)
    except Exception as error:  # noqa: BLE001 - a parser bug must not bounce a customer's mail; keep what we can
        return _unreadable(data, f"the message could not be read: {type(error).__name__}")


def _unreadable(data: bytes, problem: str) -> InboundMail:
    return InboundMail(
        message_id=None,
        in_reply_to=(),
        references=(),
        sender=None,
        reply_to=None,
        to=(),
        delivered_to=(),
        subject="",
        topic="",
        date=None,
        ticket_id=None,
        body="",
        quoted="",
        html_only=False,
        fields=RequestFields(),
        missing=request_fields.REQUIRED_FIELDS,
        automatic=None,
        no_auto_reply=True,
        bounce=None,
        attachments=(),
        problems=(problem,),
        size=len(data),
        fingerprint=content_fingerprint(data),
    )


def _parse(data: bytes, attachment_limit: int, own_addresses: Iterable[str]) -> InboundMail:
    message = cast(EmailMessage, message_from_bytes(data, policy=policy.default))
    reader = _Reader(message)
    if not data.strip():
        reader.problems.append("the message is empty")

    ids = reader.message_ids("message-id")
    if not ids:
        reader.problems.append("the message has no Message-ID")
    senders = reader.addresses("from") or reader.addresses("sender")
    if not senders:
        reader.problems.append(NO_SENDER)
    reply_to = reader.addresses("reply-to")
    subject = reader.text("subject")
    tag = _TICKET_TAG.search(subject)

    parts = split_parts(message)
    reader.problems.extend(parts.problems)
    whole = _without_controls(_limit_text("\n\n".join(parts.texts), "text", reader.problems))
    own_text, quoted = split_quoted(whole)
    found = request_fields.read_fields(own_text)
    if parts.html_alternatives:
        # The plain part may be a stub while the HTML one carries the letter: read HTML when
        # the plain part only says to read HTML (a reply too: review, a clarification was kept
        # as that sentence), or when it gives more of the fields.
        html = _without_controls(_limit_text("\n\n".join(parts.html_alternatives), "text", []))
        html_own, html_quoted = split_quoted(html)
        if plain_is_stub(own_text, html_own):
            own_text, quoted, found = html_own, html_quoted, request_fields.read_fields(html_own)
        elif request_fields.missing_fields(found):
            html_found = request_fields.read_fields(html_own)
            if len(request_fields.missing_fields(html_found)) < len(request_fields.missing_fields(found)):
                own_text, quoted, found = html_own, html_quoted, html_found
    if found.pin is None or found.license is None:
        # A subject such as "HC-1002 PIN 7788 не работает поиск": what the body lacks, and
        # the PIN then masked in the subject as everywhere else.
        titled = request_fields.read_fields(subject)
        found = dataclasses.replace(found, pin=found.pin or titled.pin, license=found.license or titled.license)
    sender = senders[0] if senders else None

    is_automatic = automatic.classify(message, sender.address if sender else None, subject, own_addresses)
    bounce = None
    if is_automatic is not None and is_automatic.kind == "bounce":
        bounce = automatic.read_bounce(message, parts.reports, parts.enclosed, parts.texts)

    access = Credentials()
    return InboundMail(
        message_id=ids[0] if ids else None,
        in_reply_to=reader.message_ids("in-reply-to"),
        references=reader.message_ids("references")[-_MAX_REFERENCES:],
        sender=sender,
        reply_to=reply_to[0] if reply_to else None,
        to=tuple(dict.fromkeys(a.address for a in reader.addresses("to", "cc"))),
        delivered_to=tuple(
            dict.fromkeys(a.address for a in reader.addresses("delivered-to", "x-original-to", "envelope-to"))
        ),
        subject=request_fields.remove_pin(subject, found.pin),
        topic=request_fields.remove_pin(_topic(subject), found.pin),
        date=_date(reader),
        ticket_id=int(tag.group(1)) if tag else None,
        body=request_fields.remove_pin(own_text, found.pin),
        quoted=request_fields.remove_pin(quoted, found.pin),
        html_only=parts.read_html and not parts.read_plain,
        fields=found,
        missing=request_fields.missing_fields(found),
        automatic=is_automatic,
        no_auto_reply=is_automatic is not None or automatic.asks_for_no_auto_reply(message),
        bounce=bounce,
        attachments=_attachments(parts.attachments, attachment_limit, reader.problems, found.pin, access),
        problems=tuple(dict.fromkeys(reader.problems)),
        size=len(data),
        fingerprint=content_fingerprint(data),
        attachment_access=access,
    )
