"""The parts of a MIME message: its readable text, its attachments, its delivery reports.

Russian mail arrives in UTF-8, windows-1251 and KOI8-R, sometimes with no charset or the
wrong one declared. Text is decoded in the declared charset when that works, otherwise in
whichever of UTF-8, windows-1251 and KOI8-R reads as Russian (each of the two 8-bit
charsets read as the other turns most lowercase letters into capitals).
"""

from __future__ import annotations

import base64
import codecs
import itertools
import re
from dataclasses import dataclass, field
from email.errors import InvalidBase64LengthDefect
from email.message import EmailMessage, Message

from deskcli.mail import smime
from deskcli.mail.htmltext import html_to_text

__all__ = ["Parts", "decode_text", "plain_is_stub", "split_parts"]

_MAX_DEPTH = 30
_RUSSIAN_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_RUSSIAN_UPPER = frozenset(c.upper() for c in _RUSSIAN_LOWER)
_SIGNATURES = frozenset(
    {"application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature"}
)


@dataclass
class RawAttachment:
    filename: str | None
    content_type: str
    data: bytes
    inline: bool
    #: The charset a text attachment declares.
    charset: str | None = None


@dataclass
class Parts:
    """What a walk over one message found."""

    texts: list[str] = field(default_factory=list)
    #: The HTML alternatives (as text) of plain parts that were read instead: a mail program
    #: may put a stub ("this message is in HTML") in the plain part and the letter in HTML.
    html_alternatives: list[str] = field(default_factory=list)
    read_plain: bool = False
    read_html: bool = False
    attachments: list[RawAttachment] = field(default_factory=list)
    #: The fields of a report (RFC 6522): ``message/delivery-status`` blocks (RFC 3464), per message
    #: and per recipient, and a read receipt's ``message/disposition-notification`` (RFC 8098).
    reports: list[Message] = field(default_factory=list)
    #: Messages or headers a report or a forward encloses.
    enclosed: list[Message] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


#: The 8-bit Russian charsets, each the one mail mislabels as the other.
_OTHER_EIGHT_BIT = {"cp1251": "koi8-r", "koi8-r": "cp1251"}


_RUSSIAN_WORD = re.compile(r"[а-яёА-ЯЁ]{2,}")
_SAMPLE_WORDS = 200


def _known_share(text: str) -> float:
    """The share of the text's Russian words the dictionary knows (``morphology``)."""
    from deskcli.domain.intake.morphology import parses

    # The first words tell: a reading's every word is wrong or none is (review: a 360 KB
    # attachment took 33 s, word by word, past an MTA's time limit).
    words = [m.group() for m in itertools.islice(_RUSSIAN_WORD.finditer(text), _SAMPLE_WORDS)]
    return sum(any(p.known for p in parses(word.lower())) for word in words) / len(words) if words else 0.0


def _russian_score(text: str) -> int:
    return sum(c in _RUSSIAN_LOWER for c in text) - sum(c in _RUSSIAN_UPPER for c in text)


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return codecs.lookup(declared.strip().strip('"')).name
    except (LookupError, ValueError):
        return None


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """``(text, problem)``: ``data`` as text, and a note when the declared charset did not fit."""
    codec = _codec(declared)
    if declared and codec is None:
        text, problem = decode_text(data, None)
        # quoted for the admin, less its runs of digits: a PIN is digits, and a damaged header
        # can carry any of the message's text (Hypothesis found one holding the PIN)
        shown = re.sub(r"\d{3,}", lambda run: "#" * len(run.group()), declared[:40])
        return text, f"unknown charset {shown!r}" + (f"; {problem}" if problem else "; read as utf-8")
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            other = _OTHER_EIGHT_BIT.get(codec)
            if other is not None and _russian_score(text) < 0:
                # One 8-bit Russian charset declared for the other decodes without an error and
                # reads as capitals of other letters (review: a complete request read as missing
                # its fields). Capitals alone are no proof (a subject in capitals): the other
                # reading must also be made of words the dictionary knows.
                swapped = data.decode(other, "replace")
                if _russian_score(swapped) > 0 and _known_share(swapped) > max(_known_share(text), 0.5):
                    return swapped, f"text declared as {declared} was read as {other}"
            return text, None
    try:
        text = data.decode("utf-8")
        fits = codec in (None, "ascii") or not declared
        return text, None if fits else f"text declared as {declared} was read as utf-8"
    except UnicodeDecodeError:
        pass
    said = f"declared as {declared}" if declared else "with no charset declared"
    if codec in (None, "utf-8"):
        # UTF-8 damaged in a few places (a base64 tail cut short) is still UTF-8: an 8-bit
        # Russian charset read as UTF-8 fails on nearly every letter instead.
        text = data.decode("utf-8", "replace")
        damaged = text.count("\ufffd")
        whole = sum(1 for c in text if ord(c) > 127) - damaged  # letters that were sound UTF-8
        # Declared UTF-8, a sound letter for each damaged byte is proof enough: Russian in an
        # 8-bit charset read as UTF-8 gives about none (0-1 in 130 letters), while a short
        # message damaged in two bytes can hold only a few sound ones (security review: the
        # KOI8-R reading garbled "пароль:" and the password after it stayed in clear).
        if whole >= 10 * damaged or codec == "utf-8" and whole >= max(damaged, 3):
            return text, f"text {said} has {damaged} damaged utf-8 sequence(s), shown as \ufffd"
    candidates = [(data.decode(charset, "replace"), charset) for charset in ("cp1251", "koi8-r")]
    text, charset = max(candidates, key=lambda candidate: _russian_score(candidate[0]))
    return text, f"text {said} was read as {codecs.lookup(charset).name}"


def _payload(part: Message, parts: Parts) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as error:  # noqa: BLE001 - a broken transfer encoding must not lose the message
        parts.problems.append(
            f"a {part.get_content_type()} part could not be decoded: {type(error).__name__}"
        )
        return b""
    if isinstance(data, bytes):
        if any(isinstance(defect, InvalidBase64LengthDefect) for defect in part.defects):
            return _base64_cut_short(part, parts)
        return data
    payload = part.get_payload()
    return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""


def _base64_cut_short(part: Message, parts: Parts) -> bytes:
    """Base64 one character longer than whole groups of four: Python gives the encoded text
    back as if it were the data (review: the text and the password in it kept as base64,
    unmasked). Every whole character is data; the dangling one alone is dropped."""
    payload = part.get_payload()
    encoded = payload.encode("ascii", "ignore") if isinstance(payload, str) else b""
    letters = re.sub(rb"[^A-Za-z0-9+/]", b"", encoded)
    if len(letters) % 4 == 1:
        letters = letters[:-1]
    letters += b"=" * (-len(letters) % 4)
    parts.problems.append(
        f"a {part.get_content_type()} part's base64 was cut short: read without its dangling last character")
    return base64.b64decode(letters)


def _text_of(part: Message, parts: Parts) -> str:
    text, problem = decode_text(_payload(part, parts), part.get_content_charset())
    if problem:
        parts.problems.append(problem)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
        if name and "\ufffd" in name:
            name = _raw_8bit_filename(part) or name
    except Exception:  # noqa: BLE001 - a malformed RFC 2231 parameter
        return None
    return str(name) if name else None


def _raw_8bit_filename(part: Message) -> str | None:
    """A file name sent as raw 8-bit bytes (``filename="счёт.pdf"`` in windows-1251, not RFC
    2231), which Python reads as U+FFFD: read in its charset as raw 8-bit headers are."""
    headers = Message()
    for key, value in part.raw_items():
        if key.lower() in ("content-disposition", "content-type"):
            headers[key] = decode_text(str(value).encode("utf-8", "surrogateescape"), None)[0]
    name = headers.get_filename()
    return str(name) if name else None


def _attach(part: Message, parts: Parts) -> None:
    parts.attachments.append(
        RawAttachment(
            _filename(part),
            part.get_content_type(),
            _payload(part, parts),
            inline=part.get_content_disposition() != "attachment",
            charset=part.get_content_charset(),  # application/json and the like declare one too
        )
    )


def _attach_enclosed(message: Message, parts: Parts) -> None:
    subject = str(message.get("subject", "") or "").strip() or "message"
    try:
        data = message.as_bytes()
    except Exception:  # noqa: BLE001 - an enclosed message too broken to serialise
        data = b""
    parts.attachments.append(RawAttachment(f"{subject}.eml", "message/rfc822", data, inline=False))


def _children(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [child for child in payload if isinstance(child, Message)] if isinstance(payload, list) else []


def _unsplit(body: bytes) -> Message:
    """The body of a multipart part whose declared boundary never occurs, read again: with
    the boundary its first line opens (``--WRONG``), or as one plain text part."""
    from email import message_from_bytes, policy

    first = next((line.rstrip(b"\r") for line in body.split(b"\n") if line.startswith(b"--")), b"")  # after a preamble too
    if 2 < len(first) <= 72 and b'"' not in first:
        head = b'Content-Type: multipart/mixed; boundary="' + first[2:] + b'"\n\n'
        again = message_from_bytes(head + body, policy=policy.default)
        if _children(again):
            return again
    return message_from_bytes(b"Content-Type: text/plain\n\n" + body, policy=policy.default)


def _is_body_text(part: Message) -> bool:
    return (
        part.get_content_type() in ("text/plain", "text/html")
        and part.get_content_disposition() != "attachment"
        and not _filename(part)
    )


def _walk(part: Message, parts: Parts, depth: int, *, attachments_only: bool = False) -> None:
    if depth > _MAX_DEPTH:
        parts.problems.append(f"MIME parts nested deeper than {_MAX_DEPTH} were skipped")
        return
    if part.defects:
        names = sorted({type(defect).__name__ for defect in part.defects})
        parts.problems.append(f"a {part.get_content_type()} part has defects: {', '.join(names)}")
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        for enclosed in _children(part):
            parts.enclosed.append(enclosed)
            _attach_enclosed(enclosed, parts)
        return
    if part.get_content_maintype() == "multipart":
        children = _children(part)
        raw = part.get_payload(decode=True) if not children else None  # bytes as sent, when no part was split
        if isinstance(raw, bytes) and raw.strip():
            # A boundary the body never uses: its parts, split at the boundary it does use,
            # or else the whole body as text. The customer's words are never dropped.
            _walk(_unsplit(raw), parts, depth + 1, attachments_only=attachments_only)
            parts.problems.append("the MIME boundary was not found in the body: read as it stands")
            return
        subtype = part.get_content_subtype()
        if subtype == "alternative":
            chosen = _choose_alternative(children)
            for child in children:
                _walk(child, parts, depth + 1, attachments_only=attachments_only or child is not chosen)
            if not attachments_only and chosen is not None and chosen.get_content_type() == "text/plain":
                parts.html_alternatives.extend(
                    html_to_text(_text_of(child, parts)) for child in children
                    if child.get_content_type() == "text/html" and _is_body_text(child))
        elif subtype in ("related", "signed") and children:
            _walk(children[0], parts, depth + 1, attachments_only=attachments_only)
            for child in children[1:]:
                if child.get_content_type() not in _SIGNATURES:
                    _walk(child, parts, depth + 1, attachments_only=True)
        elif subtype == "report" and children:
            _walk(children[0], parts, depth + 1, attachments_only=attachments_only)
            for child in children[1:]:
                _report_part(child, parts, depth + 1)
        elif subtype == "encrypted":
            parts.problems.append("the message is encrypted and cannot be read")
        else:
            for child in children:
                _walk(child, parts, depth + 1, attachments_only=attachments_only)
        return
    if _opaque_signed(part, parts, depth, attachments_only):
        return
    if _is_body_text(part):
        if not attachments_only:
            text = _text_of(part, parts)
            if ctype == "text/html":
                text = html_to_text(text)
                parts.read_html = True
            else:
                parts.read_plain = True
            if text.strip():
                parts.texts.append(text)
        return
    _attach(part, parts)


def _opaque_signed(part: Message, parts: Parts, depth: int, attachments_only: bool) -> bool:
    """Whether ``part`` is an opaque-signed S/MIME message (``smime.p7m``), read here as the
    message it signs. One that cannot be read is not kept either: it holds the customer's
    text, PIN and passwords in clear (review: kept as an attachment, the request re-queued
    on "(no text; attached: smime.p7m)")."""
    from email import message_from_bytes, policy

    if not smime.is_smime(part.get_content_type(), _filename(part)):
        return False
    smime_type = part.get_param("smime-type")
    smime_type = smime_type.strip().lower() if isinstance(smime_type, str) else None
    if smime_type and smime_type != "signed-data":  # encrypted: an attachment, decoded once, by _attach
        return False
    data = _payload(part, parts)
    if not smime.holds_signed_data(smime_type, data):
        return False
    inner = smime.signed_content(data)
    if inner is None:
        parts.problems.append("an S/MIME signed message could not be read: it was not kept")
    else:
        _walk(message_from_bytes(inner, policy=policy.default), parts, depth + 1, attachments_only=attachments_only)
    return True


def _choose_alternative(children: list[Message]) -> Message | None:
    """The alternative to read: plain text if it says something, else HTML, else a nested part."""
    texts = [c for c in children if _is_body_text(c)]
    for child in texts:
        if child.get_content_type() == "text/plain" and _payload(child, Parts()).strip():
            return child
    for child in texts:
        if child.get_content_type() == "text/html":
            return child
    nested = [c for c in children if c.get_content_maintype() == "multipart"]
    return next(iter(nested or texts), None)


#: What a plain part says when it only sends the reader to the HTML one: "Для просмотра этого
#: письма включите отображение HTML", "This message requires HTML", "view it in your browser".
_STUB_WORDS = re.compile(r"\bhtml\b|браузер|browser|веб-верси|web version", re.IGNORECASE)
_STUB_LENGTH = 300


def plain_is_stub(plain: str, html: str) -> bool:
    """Whether ``plain``, a plain part beside the HTML alternative read as ``html``, is a stub:
    short, about HTML or a browser, and not what the HTML one says (a person's short plain
    reply that mentions HTML is said again in its HTML part)."""
    words, html_words = " ".join(plain.split()), " ".join(html.split())
    return (len(words) <= _STUB_LENGTH and bool(_STUB_WORDS.search(words)) and len(html_words) > len(words)
            and words.casefold() not in html_words.casefold())


def _report_part(part: Message, parts: Parts, depth: int) -> None:
    ctype = part.get_content_type()
    if ctype in ("message/delivery-status", "message/global-delivery-status",
                 "message/disposition-notification", "message/global-disposition-notification"):
        parts.reports.extend(_children(part))  # a report's fields (a read receipt's too), no attachment
    elif ctype in ("message/rfc822", "message/global"):
        parts.enclosed.extend(_children(part))
    elif ctype in ("text/rfc822-headers", "text/global-headers"):
        from email import message_from_bytes, policy

        parts.enclosed.append(message_from_bytes(_payload(part, parts), policy=policy.default))
    else:
        _walk(part, parts, depth, attachments_only=True)


def split_parts(message: EmailMessage) -> Parts:
    """The text, attachments and delivery reports of ``message``, problems noted, never raising."""
    parts = Parts()
    try:
        _walk(message, parts, 0)
    except RecursionError:
        parts.problems.append("the MIME structure is too deep to read")
    return parts
