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
    import base64
    from email import message_from_bytes, policy

    from deskcli.domain.credentials import Credentials, without_passwords

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
            elif not part.is_multipart() and is_text(part.get_content_type(), part.get_filename()):
                # a settings file attached to it (application/json, x-php): masked as its text is
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    masked = text_without_secrets(payload, part.get_content_charset(), pin, Credentials())
                    if masked != payload:
                        del part["Content-Transfer-Encoding"]
                        part.set_payload(base64.encodebytes(masked).decode("ascii"))
                        part["Content-Transfer-Encoding"] = "base64"
                        changed = True
        return message.as_bytes() if changed else data
    except Exception:  # noqa: BLE001 - a charset Python does not know, a header it cannot fold...
        # ...: the bytes as text, masked where they read as text (review: it was kept empty)
        return clean(data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


#: Attached files read as text whatever type the mail program gave them (many send a .txt
#: as application/octet-stream, a settings file as application/x-php or application/json):
#: a note with the site's accesses, a log, a settings file, a script.
TEXT_NAMES = (".txt", ".log", ".csv", ".ini", ".conf", ".cfg", ".cnf", ".env", ".md", ".json", ".xml", ".yml",
              ".yaml", ".toml", ".properties", ".htaccess", ".htpasswd", ".php", ".sql", ".sh", ".bash", ".ps1",
              ".bat", ".cmd", ".py", ".rb", ".pl", ".js", ".html", ".htm", ".tpl", ".twig", ".dist", ".netrc",
              ".pgpass")
#: Types that are text though not text/*: data, settings and code.
TEXT_TYPES = frozenset({
    "application/json", "application/xml", "application/x-php", "application/x-httpd-php", "application/php",
    "application/x-sh", "application/x-shellscript", "application/x-csh", "application/yaml", "application/x-yaml",
    "application/toml", "application/sql", "application/x-sql", "application/javascript", "application/x-javascript",
    "application/ecmascript", "application/x-perl", "application/x-python", "application/x-ruby",
    "application/x-wine-extension-ini", "application/x-ini", "application/x-env", "application/x-powershell",
    "application/x-bat", "application/x-msdos-batch", "application/x-httpd-php-source", "application/x-config"})
#: Media whose name says nothing of their bytes: never read as text, whatever they are called.
_MEDIA = ("image/", "audio/", "video/", "font/", "model/")


def is_text(content_type: str, filename: str | None) -> bool:
    """Whether an attached file is read as text, for its passwords: by its type (text/*, JSON,
    XML, PHP, shell, YAML, SQL...), or by its name (``config.env``, ``.env.local``, ``wp-config.php``)
    whatever type it came as, but a picture, a sound or a film. A binary file that is called
    so is still kept as sent (``text_without_secrets`` looks at its bytes)."""
    content_type = content_type.lower()
    if content_type.startswith("text/") or content_type in TEXT_TYPES or content_type.endswith(("+json", "+xml", "+yaml")):
        return True
    name = (filename or "").lower().rsplit("/", 1)[-1]
    by_name = name.endswith(TEXT_NAMES) or name.startswith(".env") or ".env." in name
    return by_name and not content_type.startswith(_MEDIA)


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
