"""Sealing temporary credentials at rest with a key kept outside the database.

A copy of the database file, a backup or an export never holds credentials in clear:
they are Fernet tokens (AES-128-CBC + HMAC-SHA256), and the key lives in its own
owner-only file (``DESK_KEY_FILE`` or ``access.key`` in the user config dir).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from deskcli.domain.access import TemporaryAccess
from deskcli.domain.errors import StorageError


def key_path() -> Path:
    from deskcli import paths

    return Path(paths.key_file())


def _key(create: bool) -> bytes:
    """The sealing key: read, or on first use created atomically (never left empty)."""
    from cryptography.fernet import Fernet

    from deskcli.files import describe, write_atomic

    path = key_path()
    try:
        return _valid(path, _read(path))
    except FileNotFoundError:
        if not create:
            raise StorageError(f"the access key {path} is missing; sealed credentials cannot be read") from None
    except OSError as exc:
        raise StorageError(f"cannot read the access key {path}: {describe(exc)}") from None
    key = Fernet.generate_key()
    try:
        # Linked into place complete and fsynced: a full disk leaves no key file rather
        # than an empty one, and of two agents creating it at once one wins, both use it.
        write_atomic(path, key, replace=False)
    except FileExistsError:
        try:
            return _valid(path, _read(path))
        except OSError as exc:
            raise StorageError(f"cannot read the access key {path}: {describe(exc)}") from None
    return key


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(1024)  # a key is 44 bytes; a device or a huge file is not one


def _valid(path: Path, data: bytes) -> bytes:
    """The key in ``data``, or a storage error: a damaged key must not look like bad input."""
    import base64
    import binascii

    key = data.strip()
    try:
        if len(base64.urlsafe_b64decode(key)) == 32:
            return key
    except (binascii.Error, ValueError):
        pass
    if not key:
        raise StorageError(f"the access key {path} is empty (an earlier write failed, so nothing was sealed "
                           "with it); delete it and try again")
    raise StorageError(f"the access key {path} is not a deskcli access key; restore it from a backup "
                       "(a new key cannot read what the old one sealed)")


def seal(access: TemporaryAccess) -> str:
    from cryptography.fernet import Fernet

    return Fernet(_key(create=True)).encrypt(json.dumps(access.as_dict()).encode()).decode()


def unseal(token: str) -> TemporaryAccess:
    return unsealer()(token)


def unsealer() -> Callable[[str], TemporaryAccess]:
    """What opens sealed credentials, with the key read and the cipher library loaded now,
    so that a command can do both before it takes the write lock (about 12 ms in a fresh
    process)."""
    from cryptography.fernet import Fernet, InvalidToken

    cipher = Fernet(_key(create=False))

    def open_(token: str) -> TemporaryAccess:
        try:
            data = json.loads(cipher.decrypt(token.encode()))
        except (InvalidToken, ValueError):
            raise StorageError("the temporary access on file cannot be decrypted with this access key") from None
        return TemporaryAccess(**data)

    return open_
