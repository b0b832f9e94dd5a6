"""The message inside an opaque-signed S/MIME part (``application/pkcs7-mime;
smime-type=signed-data``, ``smime.p7m``): RFC 5652 SignedData carries the signed MIME entity
itself, and a mail program that signs "opaquely" sends nothing else.

The ``cryptography`` package reads a PKCS #7 structure's certificates and decrypts enveloped
data, but has no reader of SignedData's content; this is a small BER walk down to it:
ContentInfo → [0] SignedData → encapContentInfo → [0] eContent OCTET STRING, which a
signer that streams (``openssl smime -sign -stream``, Outlook) writes as a constructed string
of indefinite length. The signature is not checked: the desk reads what the customer wrote,
it does not vouch for who signed it, as with a multipart/signed message.
"""

from __future__ import annotations

__all__ = ["SMIME_TYPES", "holds_signed_data", "is_smime", "signed_content"]

SMIME_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
#: 1.2.840.113549.1.7.2, id-signedData, as DER.
_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
_SEQUENCE, _CONTEXT_0, _OID, _OCTETS, _CONSTRUCTED = 0x30, 0xA0, 0x06, 0x04, 0x20
#: Deeper than any SignedData needs: a crafted part cannot make the walk recurse without end.
_MAX_DEPTH = 40


def is_smime(content_type: str, filename: str | None) -> bool:
    """An S/MIME part, or a ``.p7m`` sent as application/octet-stream."""
    return content_type in SMIME_TYPES or (
        content_type == "application/octet-stream" and (filename or "").lower().endswith(".p7m"))


def holds_signed_data(smime_type: str | None, data: bytes) -> bool:
    """Declared signed-data, or declaring nothing and SignedData (not encrypted data, which
    stays an attachment the desk cannot read)."""
    smime_type = (smime_type or "").strip().lower()
    # ContentInfo starts: SEQUENCE header (2 to 6 bytes), then the OID's tag, length, value
    return smime_type == "signed-data" or (not smime_type and _SIGNED_DATA in data[:16])


class _Ber:
    """Positions in one BER encoding; every read checks its bounds and raises ValueError."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def _byte(self, at: int) -> int:
        if at >= len(self.data):
            raise ValueError("the encoding ends early")
        return self.data[at]

    def header(self, at: int) -> tuple[int, int, int | None]:
        """The tag, where the contents start, and their length (None: indefinite)."""
        tag = self._byte(at)
        at += 1
        if tag & 0x1F == 0x1F:  # a tag number in the bytes that follow
            while self._byte(at) & 0x80:
                at += 1
            at += 1
        first = self._byte(at)
        at += 1
        if first < 0x80:
            return tag, at, first
        if first == 0x80:
            if not tag & _CONSTRUCTED:
                raise ValueError("an indefinite length on a primitive value")
            return tag, at, None
        size = first & 0x7F
        if size > 4 or at + size > len(self.data):
            raise ValueError("a length the encoding cannot hold")
        length = int.from_bytes(self.data[at:at + size], "big")
        if at + size + length > len(self.data):
            raise ValueError("a value longer than the encoding")
        return tag, at + size, length

    def end(self, at: int, depth: int = 0) -> int:
        """Where the value at ``at`` ends."""
        _, start, length = self.header(at)
        if length is not None:
            return start + length
        return self._end_of_contents(start, depth) + 2

    def _end_of_contents(self, at: int, depth: int) -> int:
        if depth > _MAX_DEPTH:
            raise ValueError("nested too deep")
        while self.data[at:at + 2] != b"\0\0":
            at = self.end(at, depth + 1)
        return at

    def children(self, at: int, depth: int = 0) -> list[int]:
        _, start, length = self.header(at)
        stop = self._end_of_contents(start, depth) if length is None else start + length
        found = []
        while start < stop:
            found.append(start)
            start = self.end(start, depth + 1)
        return found

    def tag(self, at: int) -> int:
        return self._byte(at)

    def octets(self, at: int, depth: int = 0) -> bytes:
        """An OCTET STRING's bytes, primitive or in pieces (constructed)."""
        if depth > _MAX_DEPTH:
            raise ValueError("nested too deep")
        tag, start, length = self.header(at)
        if tag & ~_CONSTRUCTED != _OCTETS:
            raise ValueError("not an octet string")
        if not tag & _CONSTRUCTED:
            assert length is not None
            return self.data[start:start + length]
        return b"".join(self.octets(piece, depth + 1) for piece in self.children(at, depth))

    def value(self, at: int) -> bytes:
        _, start, length = self.header(at)
        return self.data[start:start + (length or 0)]


def signed_content(data: bytes) -> bytes | None:
    """The signed entity a SignedData structure carries, or None: not SignedData, a detached
    signature (no content), or an encoding too damaged to walk."""
    ber = _Ber(data)
    try:
        if ber.tag(0) != _SEQUENCE:
            return None
        info = ber.children(0)
        if len(info) < 2 or ber.tag(info[0]) != _OID or ber.value(info[0]) != _SIGNED_DATA:
            return None
        if ber.tag(info[1]) != _CONTEXT_0:
            return None
        [signed, *_] = ber.children(info[1])
        fields = ber.children(signed)
        # version, digestAlgorithms, encapContentInfo, ...
        if ber.tag(signed) != _SEQUENCE or len(fields) < 3 or ber.tag(fields[2]) != _SEQUENCE:
            return None
        encapsulated = ber.children(fields[2])
        if len(encapsulated) < 2 or ber.tag(encapsulated[1]) != _CONTEXT_0:
            return None  # detached: the content travels beside the signature
        [content, *_] = ber.children(encapsulated[1])
        return ber.octets(content)
    except (ValueError, IndexError):
        return None
