"""Sealing temporary credentials at rest with a key kept outside the database.

A copy of the database file, a backup or an export never holds credentials in clear:
they are Fernet tokens (AES-128-CBC + HMAC-SHA256), and the key lives in its own
owner-only file (``DESK_KEY_FILE`` or ``access.key`` in the user config dir).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from deskcli.domain.access import TemporaryAccess
from deskcli.domain.errors import StorageError


def key_path() -> Path:
    from deskcli import paths

    return paths.key_file()


def _key(create: bool) -> bytes:
    from cryptography.fernet import Fernet

    path = key_path()
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        if not create:
            raise StorageError(f"the access key {path} is missing; sealed credentials cannot be read") from None
    except OSError as exc:
        raise StorageError(f"cannot read the access key {path}: {exc.strerror}") from None
    key = Fernet.generate_key()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
    except FileExistsError:
        return path.read_bytes().strip()
    except OSError as exc:
        raise StorageError(f"cannot create the access key {path}: {exc.strerror}") from None
    return key


def seal(access: TemporaryAccess) -> str:
    from cryptography.fernet import Fernet

    return Fernet(_key(create=True)).encrypt(json.dumps(access.as_dict()).encode()).decode()


def unseal(token: str) -> TemporaryAccess:
    from cryptography.fernet import Fernet, InvalidToken

    try:
        data = json.loads(Fernet(_key(create=False)).decrypt(token.encode()))
    except (InvalidToken, ValueError):
        raise StorageError("the temporary access on file cannot be decrypted with this access key") from None
    return TemporaryAccess(**data)
