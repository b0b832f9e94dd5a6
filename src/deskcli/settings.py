"""The personal configuration file: who the agent is, which database, editor, colour, mail.

The desk's policy (calendar, targets, editions, ...) lives in the database and is shared
by every agent (``desk policy``); this file holds only what is one person's own. Policy
keys found here (from deskcli versions that kept the policy in this file) are handed to
the database once, then ignored with a warning.

Read with ``tomllib``; ``desk config set`` edits the file with ``tomlkit`` so the user's
comments and layout survive, and replaces it atomically. Every error names the file and
the key or line at fault.
"""

from __future__ import annotations

from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import os
    from typing import Any
    from _typeshed import StrPath

#: Personal keys and their defaults; ``mail`` holds server settings, never a password.
DEFAULTS: dict[str, Any] = {
    "agent": "",
    "database": "",
    "editor": "",
    "color": "auto",
    "mail": {"imap_url": "", "smtp_url": "", "imap_password_file": "", "smtp_password_file": ""},
}
COLORS = ("auto", "always", "never")
#: Keys that belong to the desk's policy when found in a personal file.
POLICY_SECTIONS = ("currency", "calendar", "targets", "editions", "lines", "intake")
POLICY_MAIL_KEYS = ("from", "addresses", "attachment_limit")


class Settings(NamedTuple):
    #: As given (``str`` from deskcli.paths, or a ``Path``): printed in messages as is.
    path: StrPath
    raw: dict[str, Any]
    agent: str
    database: str
    editor: str
    color: str
    mail: dict[str, str]
    #: Policy keys found in the file: imported into a desk without a policy, else ignored.
    legacy_policy: dict[str, Any]

    def effective(self) -> dict[str, Any]:
        return {"agent": self.agent, "database": self.database, "editor": self.editor,
                "color": self.color, "mail": dict(self.mail)}


def _error(path: StrPath, message: str) -> InvalidInput:
    from deskcli.files import shown

    return InvalidInput(f"{shown(path)}: {message}")


def split_legacy(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(personal keys, policy keys) of a file's contents."""
    personal: dict[str, Any] = {}
    policy: dict[str, Any] = {}
    for key, value in raw.items():
        if key in POLICY_SECTIONS:
            policy[key] = value
        elif key == "mail" and isinstance(value, dict):
            mail_policy = {k: v for k, v in value.items() if k in POLICY_MAIL_KEYS}
            if mail_policy:
                policy["mail"] = mail_policy
            personal["mail"] = {k: v for k, v in value.items() if k not in POLICY_MAIL_KEYS}
        else:
            personal[key] = value
    return personal, policy


def legacy_keys(policy: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of the policy keys in a personal file, for the warning that names them."""
    names: list[str] = []
    for key, value in policy.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and not prefix.startswith("editions."):
            names.extend(legacy_keys(value, name + "."))
        else:
            names.append(name)
    return names


def build(path: StrPath, raw: dict[str, Any]) -> Settings:
    personal, policy = split_legacy(raw)
    for key in personal:
        if key not in DEFAULTS:
            raise _error(path, f"{key}: unknown key (known: {', '.join(sorted(DEFAULTS))}; "
                               "the desk's policy is set with desk policy set)")
    mail = personal.get("mail", {})
    if not isinstance(mail, dict):
        raise _error(path, f"mail: expected a table, got {mail!r}")
    for key, value in mail.items():
        if key not in DEFAULTS["mail"]:
            raise _error(path, f"mail.{key}: unknown key (known: {', '.join(sorted(DEFAULTS['mail']))})")
        if not isinstance(value, str):
            raise _error(path, f"mail.{key}: expected str, got {value!r}")
    values = {}
    for key in ("agent", "database", "editor", "color"):
        value = personal.get(key, DEFAULTS[key])
        if not isinstance(value, str):
            raise _error(path, f"{key}: expected str, got {value!r}")
        values[key] = value.strip()
    if values["color"] not in COLORS:
        raise _error(path, f"color: {values['color']!r} is not one of {', '.join(COLORS)}")
    return Settings(path=path, raw=raw, mail={**DEFAULTS["mail"], **mail}, legacy_policy=policy, **values)


def _read_text(path: StrPath) -> str:
    import os

    with open(path, encoding="utf-8") as handle:
        _trusted(path, os.fstat(handle.fileno()))
        return handle.read()


def _trusted(path: StrPath, info: os.stat_result) -> None:
    """The file names the editor the desk runs through sh, the database and the servers the
    mail password goes to: one another user owns or could write is not the agent's own to
    act on (ssh refuses such a config too), and is refused until its owner has looked."""
    import os
    import stat

    from deskcli.cache_files import others_may_write
    from deskcli.files import shown

    if not stat.S_ISREG(info.st_mode):  # DESK_CONFIG=/dev/null: no settings at all
        return
    if hasattr(os, "getuid") and info.st_uid not in (os.getuid(), 0):
        raise _error(path, f"belongs to another user (uid {info.st_uid}), and the desk runs its editor "
                           "as you: use a file of your own")
    if others_may_write(info):
        raise _error(path, f"other users can write it (mode {stat.S_IMODE(info.st_mode):04o}), and the desk runs "
                           f"its editor as you: check what it says, then run: chmod 600 {shown(path)}")


def read_raw(path: StrPath) -> dict[str, Any]:
    try:
        text = _read_text(path)
    except (FileNotFoundError, NotADirectoryError):
        return {}  # no file there (yet): the defaults
    except IsADirectoryError:
        raise _error(path, "is a directory, not a configuration file") from None
    except UnicodeDecodeError:
        raise _error(path, "not valid UTF-8") from None
    except OSError as exc:
        raise _error(path, exc.strerror or "cannot be read") from None
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(path, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise _error(path, "nested too deeply") from None


def load(path: StrPath) -> Settings:
    return build(path, read_raw(path))


def set_value(path: StrPath, key: str, value: str) -> str | None:
    """Set one personal key, keeping the file's comments and layout, and save atomically.
    Returns what is still wrong with the file (another key), or None."""
    parts = key.split(".")
    if parts[0] in POLICY_SECTIONS or (parts[0] == "mail" and len(parts) > 1 and parts[1] in POLICY_MAIL_KEYS):
        raise _error(path, f"{key} is the desk's policy, shared by every agent: use desk policy set {key} ...")
    node: Any = DEFAULTS
    for part in parts:
        node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            raise _error(path, f"{key}: unknown key (personal keys: agent, database, editor, color, "
                               "mail.imap_url, mail.smtp_url, mail.imap_password_file, mail.smtp_password_file)")
    if isinstance(node, dict):
        raise _error(path, f"{key} is a table; set one of its keys")
    if "\x00" in value:
        raise _error(path, f"{key}: the value contains a NUL byte")
    if key in ("mail.smtp_url", "mail.imap_url") and value.strip():
        # Checked as the mail commands will read it, before it is saved: a password in the
        # URL never reaches the file, and a wrong scheme is said now, not at the first send.
        from deskcli.mail import server_urls

        (server_urls.parse_smtp_url if key == "mail.smtp_url" else server_urls.parse_imap_url)(value)
    def assign(document: Any) -> None:
        table: Any = document
        for depth, part in enumerate(parts[:-1], 1):
            if part not in table:
                import tomlkit

                table[part] = tomlkit.table()
            elif not isinstance(table[part], dict):  # tomlkit's tables are dicts; "mail = 'x'" is not
                raise _error(path, f"{'.'.join(parts[:depth])}: expected a table, got {table[part]!r} "
                                   f"(desk config unset {'.'.join(parts[:depth])} removes it)")
            table = table[part]
        table[parts[-1]] = value.strip()

    alone: dict[str, Any] = {}
    table = alone
    for part in parts[:-1]:
        table = table.setdefault(part, {})
    table[parts[-1]] = value.strip()
    build(path, alone)  # the new value on its own: a wrong one is refused whatever else the file says
    return _edit(path, assign)


def unset_value(path: StrPath, key: str) -> str | None:
    """Remove one key (or a whole table) from the file, personal or a policy key an older
    deskcli kept there, leaving the rest of the file as it was."""
    parts = key.split(".")

    def remove(document: Any) -> None:
        table: Any = document
        chain = [document]  # the tables from the document down to the key's own
        for part in parts[:-1]:
            table = table.get(part) if hasattr(table, "get") else None
            if table is None:
                break
            chain.append(table)
        if table is None or not hasattr(table, "get") or parts[-1] not in table:
            raise _error(path, f"{key} is not set in this file")
        del table[parts[-1]]
        # A table the key leaves empty goes too: an empty [targets] is still "targets" in
        # the file, and warned about on every command (review).
        for depth in range(len(chain) - 1, 0, -1):
            if len(chain[depth]):
                break
            del chain[depth - 1][parts[depth - 1]]

    return _edit(path, remove)


def _edit(path: StrPath, change: Any) -> str | None:
    """Read the file with tomlkit (comments and layout kept), apply ``change`` to the
    document, check the result as a reading would and save it atomically.

    Returns what is still wrong with the file, or None. The change itself was checked by
    the caller, so a problem left is one the file already had: the file is saved anyway,
    or a file with two mistakes could never be mended one key at a time."""
    import tomlkit

    try:
        text = _read_text(path)
    except (FileNotFoundError, NotADirectoryError):
        text = ""  # a new file; a directory that cannot exist is the write's error (exit 5)
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, getattr(exc, "strerror", None) or "cannot be read") from None
    try:
        document = tomlkit.parse(text)
    except Exception as exc:  # tomlkit's parse errors share no base class with a message
        raise _error(path, f"not valid TOML: {exc}") from None
    change(document)
    rendered = tomlkit.dumps(document)
    import tomllib

    try:
        build(path, tomllib.loads(rendered))
        still = None
    except InvalidInput as exc:
        still = str(exc)
    write_atomic(path, rendered.encode("utf-8"))
    return still


def write_atomic(path: StrPath, data: bytes) -> None:
    """Temp file created 0600 beside the target, fsync, rename: the old file or the new one."""
    from deskcli import files

    files.write_atomic(path, data)
