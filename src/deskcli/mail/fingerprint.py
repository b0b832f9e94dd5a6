"""What makes two deliveries one message: the headers its author's mail program wrote and its
body, not the trace each hop adds on the way (Received, Return-Path, Delivered-To,
X-Original-To, spam and signature stamps), which differ between two copies of one message
(delivered to two addresses of the desk, or fetched again by IMAP and from a maildir).
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["content_fingerprint"]

#: The headers a message is written with. Anything else is added in transit, and a copy of the
#: same message may carry other values of it, or none (review: one message without a
#: Message-ID delivered to support@ and urgent@ opened two requests).
_AUTHOR_HEADERS = frozenset({
    "from", "sender", "reply-to", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
    "mime-version", "content-type", "content-transfer-encoding", "content-disposition",
})
_HEADER = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$", re.DOTALL)


def content_fingerprint(data: bytes) -> str:
    """SHA-256 of the message's own headers and its body. Line ends are read alike (an MTA's
    pipe, a maildir and IMAP each have their own); a line of the head that is no header
    (mail too broken to tell) counts as the message's own."""
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if text.startswith(b"\n"):
        head, body = b"", text[1:]
    else:
        head, _, body = text.partition(b"\n\n")
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b" " + line.strip()
        else:
            fields.append(line)
    digest = hashlib.sha256()
    for line in fields:
        header = _HEADER.match(line)
        if header is not None:
            name = header.group(1).lower()
            if name.decode("ascii") not in _AUTHOR_HEADERS:
                continue
            line = name + b": " + b" ".join(header.group(2).split())
        digest.update(line + b"\n")
    digest.update(b"\n" + body)
    return digest.hexdigest()
