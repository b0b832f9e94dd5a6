"""Mail is hostile input: text bound for a header, and names bound for a file system.

A CR or LF that reaches a header starts a new header (``Bcc:`` injection); other control
characters confuse terminals and mail clients; a bidirectional override (U+202E) makes
"invoice<U+202E>gpj.exe" look like a picture. An attachment's name is the sender's choice:
"../../etc/passwd", "C:\\Windows\\win.ini", "CON" or a name of a thousand characters must
come out as one harmless file name.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata

from deskcli.domain.text import CONTROL

__all__ = ["header_text", "safe_filename"]

_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)]
)
_UNSAFE_IN_NAME = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
MAX_FILENAME = 120


def _is_control(char: str) -> bool:
    # Cc: C0/C1 controls, CR and LF among them; Cf: bidi overrides, zero-width marks;
    # Zl/Zp: the Unicode line and paragraph separators some clients treat as line breaks.
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or 0xD800 <= ord(char) <= 0xDFFF


def header_text(value: object, limit: int = 300) -> str:
    """``value`` as one line fit for a mail header: a terminal escape sequence goes whole (not
    just its ESC, which would leave "[31m" for the customer to read), other controls become
    spaces, runs of space one."""
    text = "".join(" " if _is_control(char) else char for char in CONTROL.sub(" ", str(value)))
    text = " ".join(text.split())
    return text[:limit].rstrip()


def safe_filename(name: str | None, index: int, content_type: str = "application/octet-stream") -> str:
    """A plain file name for attachment number ``index`` (from 1): no directory, no control, no dots first."""
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(char for char in text if not _is_control(char))
    # Both separators: a name from a Windows client carries backslashes.
    text = re.split(r"[/\\]", text)[-1]
    text = _UNSAFE_IN_NAME.sub("_", text).strip().lstrip(".").strip()
    stem, dot, extension = text.rpartition(".")
    if not dot:
        stem, extension = text, ""
    if stem.lower().rstrip(" .") in _WINDOWS_RESERVED or text.lower() in _WINDOWS_RESERVED:
        text = f"_{text}"
    if len(text) > MAX_FILENAME:
        extension = extension[:16]
        text = (
            f"{stem[: MAX_FILENAME - len(extension) - 1]}.{extension}" if extension else text[:MAX_FILENAME]
        )
    text = text.rstrip(" .")
    if not text:
        guessed = mimetypes.guess_extension(content_type, strict=False) or ".bin"
        text = f"attachment-{index}{guessed}"
    return text
