"""What the desk keeps of a customer's mail without the secrets in it, where nothing seals
them: an attachment's name, a text file attached, the copy of a forwarded message
(``mail.inbound`` reads the mail; ``services`` seal what the customer wrote in the text itself)."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

from deskcli.mail import fields as request_fields

if TYPE_CHECKING:
    from deskcli.domain.credentials import Credentials


def holds_password(text: str) -> bool:
    from deskcli.domain.credentials import without_passwords

    return without_passwords(text) != text


def enclosed_without_secrets(data: bytes, pin: str | None) -> bytes:
    """A forwarded message as the desk keeps it: the PIN and any password in its subject and
    its text masked (not sealed: the customer's own words are the request's access); the rest
    (its other parts) as sent. One that cannot be read as MIME again is masked as text."""
    from email import message_from_bytes, policy

    from deskcli.domain.credentials import without_passwords

    def clean(text: str) -> str:
        return without_passwords(request_fields.remove_pin(text, pin))

    try:
        message = message_from_bytes(data, policy=policy.default)
        changed = False
        for part in message.walk():
            for header in ("Subject", "Thread-Topic"):
                value = part.get(header)
                if value is not None and clean(str(value)) != str(value):
                    part.replace_header(header, clean(str(value)))
                    changed = True
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    text = part.get_content()
                except (LookupError, UnicodeError):  # a charset Python does not know: read as the desk reads mail
                    from deskcli.mail.mime import decode_text

                    payload = part.get_payload(decode=True)
                    text = decode_text(payload, None)[0] if isinstance(payload, bytes) else ""
                if isinstance(text, str) and clean(text) != text:
                    part.set_content(clean(text), subtype=part.get_content_subtype())
                    changed = True
        return message.as_bytes() if changed else data
    except Exception:  # noqa: BLE001 - a charset Python does not know, a header it cannot fold...
        # ...: the bytes as text, masked where they read as text (review: it was kept empty)
        return clean(data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


#: Attached files read as text whatever type the mail program gave them (many send a .txt
#: as application/octet-stream): a note with the site's accesses, a log, a settings file.
TEXT_NAMES = (".txt", ".log", ".csv", ".ini", ".conf", ".cfg", ".env", ".md", ".json", ".xml", ".yml", ".yaml",
              ".htaccess", ".php", ".sql")


def is_text(content_type: str, filename: str | None) -> bool:
    return content_type.startswith("text/") or (
        content_type == "application/octet-stream" and (filename or "").lower().endswith(TEXT_NAMES))


def text_without_secrets(data: bytes, charset: str | None, pin: str | None, found: Credentials) -> bytes:
    """A text file attached (a note with the site's accesses, a log) as the desk keeps it: the
    PIN masked, and every password hidden into ``found``, which the request seals as its
    temporary access like the passwords of the mail's text (review: kept in clear, and after
    the request closed too), in the charset the text is in."""
    from deskcli.domain.credentials import hide
    from deskcli.mail.mime import decode_text

    # A byte order mark says the charset, whatever the part declares (UTF-32's first: it
    # begins as UTF-16's does).
    by_mark = next((codec for mark, codec in _BOMS if data.startswith(mark)), None)
    wide = by_mark is not None or (charset or "").lower().replace("-", "").startswith(("utf16", "utf32", "ucs"))
    if b"\x00" in data[:8192] and not wide:  # a binary file, whatever its name says (UTF-16 text has NULs)
        return data
    charset = by_mark or charset
    text, _ = decode_text(data, charset)
    clean = hide(request_fields.remove_pin(text, pin), found)
    if clean == text:
        return data
    for codec in (charset, "utf-8", "cp1251", "koi8-r"):  # the one that reads the bytes as this text
        try:
            if codec and data.decode(codec) == text:
                return clean.encode(codec)  # in it, when the marks put in fit it (not in ASCII)
        except (LookupError, UnicodeError):
            continue
    return clean.encode("utf-8")


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def file_without_secrets(content_type: str, filename: str | None, charset: str | None, data: bytes,
                         pin: str | None, found: Credentials) -> bytes:
    """An attached file as the desk keeps it: a forwarded message or a text file masked (the
    passwords of a text file into ``found``), anything else as sent."""
    if content_type == "message/rfc822":
        return enclosed_without_secrets(data, pin)
    if is_text(content_type, filename):
        return text_without_secrets(data, charset, pin, found)
    return data
