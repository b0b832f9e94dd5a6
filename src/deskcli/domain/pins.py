"""PINs: kept only as salted scrypt hashes, compared in constant time, and guessed slowly.

A hash records its own cost (``scrypt$N$r$p$salt$digest``), so the cost of new hashes can
change (the test suite lowers it) while every stored hash still verifies. Only hashes at
most as costly as the desk's own are accepted: an imported hash with a huge cost would
make every check of that license take a minute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable

from deskcli.domain.errors import InvalidInput

#: scrypt cost of new hashes: about 16 MiB and tens of milliseconds per check, which makes
#: guessing a stolen hash slow while a human typing a PIN never notices. Tests lower N.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
#: The most costly hash the desk accepts (its own default), and the shape of every part.
MAX_N = 2**14
SALT_BYTES, DIGEST_BYTES = 16, 32

#: Guessing: this many wrong PINs for one license number within the window lock that number
#: (known or not, so the lock reveals nothing) for LOCK_PERIOD after the last of them.
GUESS_LIMIT = 5
GUESS_WINDOW = dt.timedelta(minutes=15)
LOCK_PERIOD = dt.timedelta(minutes=15)
#: The one answer for an unknown number, a wrong PIN and a locked number. What to do next is
#: the same for all three, so it says that too: an agent typing the right PIN on a locked
#: number was told only "not recognised" and asked the customer again (review).
NOT_RECOGNISED = ("license number or PIN not recognised; check both with the customer (5 wrong PINs lock "
                  "a number for 15 minutes: desk license show NUMBER)")


def hash_pin(pin: str) -> str:
    pin = validate_pin(pin)
    import secrets  # a new hash only: checking one (every desk open) needs no random salt

    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=DIGEST_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _parts(stored: str) -> tuple[int, int, int, bytes, str] | None:
    """(N, r, p, salt, digest hex) of a hash the desk accepts, else None."""
    if not isinstance(stored, str) or len(stored) > 200:
        return None
    try:
        scheme, n_text, r_text, p_text, salt_hex, digest = stored.split("$")
        if scheme != "scrypt" or not all(t.isascii() and t.isdigit() for t in (n_text, r_text, p_text)):
            return None
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = bytes.fromhex(salt_hex)
        bytes.fromhex(digest)
    except ValueError:
        return None
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and r == SCRYPT_R and p == SCRYPT_P):
        return None
    if len(salt) != SALT_BYTES or len(digest) != 2 * DIGEST_BYTES:
        return None
    return n, r, p, salt, digest.lower()


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; a hash outside the desk's range never matches."""
    parts = _parts(stored)
    try:
        encoded = pin.strip().encode()  # the same normalisation as hash_pin
    except UnicodeEncodeError:
        encoded = None
    if parts is None or encoded is None:
        verify_unknown(pin)  # the same work either way
        return False
    n, r, p, salt, digest = parts
    candidate = hashlib.scrypt(encoded, salt=salt, n=n, r=r, p=p, dklen=DIGEST_BYTES)
    return hmac.compare_digest(candidate.hex(), digest)


def verify_unknown(pin: str) -> bool:
    """The cost of a check, for a license number that does not exist: timing tells nothing."""
    hashlib.scrypt(pin.encode("utf-8", "replace"), salt=bytes(SALT_BYTES), n=SCRYPT_N, r=SCRYPT_R,
                   p=SCRYPT_P, dklen=DIGEST_BYTES)
    return False


def validate_pin(pin: str) -> str:
    if not isinstance(pin, str):
        raise InvalidInput("the PIN must be text")
    pin = pin.strip()
    if not pin:
        raise InvalidInput("the PIN must not be empty")
    if len(pin) > 128:
        raise InvalidInput("the PIN must be at most 128 characters")
    if any(ord(c) < 32 or c == "\x7f" for c in pin):  # never shown: it may be the PIN itself
        raise InvalidInput("the PIN holds a control character (a tab, a line break...); type it again")
    try:
        pin.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("the PIN is not valid UTF-8") from None
    return pin


def is_pin_hash(value: object) -> bool:
    """A hash this desk accepts: scrypt, its own r and p, N a power of two up to its own."""
    return isinstance(value, str) and _parts(value) is not None


def locked_until(failures: Iterable[dt.datetime], now: dt.datetime) -> dt.datetime | None:
    """When a lock on a license number ends, given its uncleared wrong PINs; None if unlocked.

    Locked while the last GUESS_LIMIT failures fall within GUESS_WINDOW of each other and
    the last of them is less than LOCK_PERIOD ago. Attempts refused during a lock are not
    checked and not counted, so a lock ends on time however hard someone keeps trying.
    """
    recent = sorted(failures, reverse=True)[:GUESS_LIMIT]
    if len(recent) < GUESS_LIMIT or recent[0] - recent[-1] > GUESS_WINDOW:
        return None
    until = recent[0] + LOCK_PERIOD
    return until if now < until else None
