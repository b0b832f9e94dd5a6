"""PINs are kept only as salted scrypt hashes and compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from deskcli.domain.errors import InvalidInput

# scrypt cost: about 16 MiB and tens of milliseconds per check, which makes guessing a
# stolen hash slow while a human typing a PIN never notices.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    pin = validate_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    pin = pin.strip()  # the same normalisation as hash_pin
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def validate_pin(pin: str) -> str:
    pin = pin.strip()
    if not pin:
        raise InvalidInput("the PIN must not be empty")
    if len(pin) > 128 or any(ord(c) < 32 for c in pin):
        raise InvalidInput("the PIN must be at most 128 printable characters")
    return pin


def is_pin_hash(value: str) -> bool:
    parts = value.split("$")
    return len(parts) == 6 and parts[0] == "scrypt"
