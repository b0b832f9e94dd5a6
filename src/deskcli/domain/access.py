"""Temporary access a customer grants support (policy 2.12): what it must hold."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from deskcli.domain.errors import InvalidInput

KINDS = ("admin", "ftp")


@dataclass(frozen=True)
class TemporaryAccess:
    kind: str
    address: str
    login: str
    password: str
    #: The lines a customer wrote it in, when read from a message and the password alone was
    #: found: what the other values were read from (a port, which password opens what).
    written: str = ""

    def __repr__(self) -> str:
        # Keeps the password out of tracebacks, logs and debugger output.
        return f"TemporaryAccess(kind={self.kind!r}, address={self.address!r}, login=<hidden>, password=<hidden>)"

    #: The keys of ``as_dict``, in order: what ``--fields`` may name.
    FIELDS = ("kind", "address", "login", "password", "written")

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "address": self.address, "login": self.login, "password": self.password,
                "written": self.written}

    @property
    def summary(self) -> str:
        return f"temporary access: {self.kind} (on file)"


def make_access(kind: str, address: str, login: str, password: str, written: str = "") -> TemporaryAccess:
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InvalidInput(f"access kind {kind!r} is not one of {', '.join(KINDS)}")
    values = {"address": address.strip(), "login": login.strip(), "password": password}
    for name, value in values.items():
        if not value or "\x00" in value or len(value) > 1000:
            raise InvalidInput(f"temporary access needs a {name} (at most 1000 characters)")
    if "\x00" in written or len(written) > 4000:
        raise InvalidInput("the lines of temporary access are at most 4000 characters")
    return TemporaryAccess(kind, values["address"], values["login"], values["password"], written)


def joined(kept: TemporaryAccess, added: TemporaryAccess) -> TemporaryAccess:
    """Access on file with more the customer wrote: the first's kind, address and login, both
    passwords (one, when they are the same) and both sets of lines."""
    password = kept.password if added.password == kept.password else f"{kept.password}\n\n{added.password}"
    written = "\n\n".join(text for text in (kept.written, added.written) if text)
    return TemporaryAccess(kept.kind, kept.address, kept.login, password, written)


def written_access(lines: list[str], passwords: list[str], site: str | None) -> TemporaryAccess:
    """The lines a customer wrote a password in as the request's temporary access: FTP when
    they name it, else the administration centre, at the address they give or the site's;
    the password when one was found, with the lines beside it, else the lines. With several
    passwords (FTP and the administration centre in one message) which login opens what is
    in the words around them, so the login is the lines' too: one named would pair with a
    password it may not open ("ftp.example.ru admin Zx9…, админка логин manager пароль Qw3…")."""
    from deskcli.domain.credentials import pattern

    text = "\n".join(lines)
    kind = "ftp" if pattern("ftp").search(text) else "admin"
    address = pattern("address").search(text)
    distinct = list(dict.fromkeys(passwords))
    logins = ((m.group("value").rstrip(".:"), any(sign in text[m.start():m.start("value")] for sign in ":="))
              for m in pattern("login").finditer(text))
    login = written_login(logins) if len(distinct) == 1 else None
    return make_access(kind, address.group(0) if address else (site or "(see the lines)"),
                       login or "(see the lines)",
                       *((distinct[0], text) if len(distinct) == 1 else (text,)))


#: Words after "user" / "пользователь" in prose ("the user has all privileges", "the user
#: account"), not a login; a Russian word after one ("пользователь имеет права") is prose
#: too unless a sign gives it ("пользователь: иван").
_PROSE_AFTER_USER = frozenset(
    "has have had is was are were can cannot can't could should must may might will would does did doesn't didn't "
    "gets got needs account accounts name names rights privileges permissions role group who that which with the a "
    "an and or of to in on for from as by not also".split())
_RUSSIAN_WORD = re.compile(r"\(?[\u0400-\u04ff][\u0400-\u04ff-]*")


def written_login(found: Iterable[tuple[str, bool]]) -> str | None:
    """The login of the values after a login label, each with whether a sign gave it: one
    after a sign ("логин: admin") first, never a word of the prose around a "user" ("The user
    has ALL PRIVILEGES ... user deskhelp": deskhelp)."""
    unsigned = None
    for value, signed in found:
        if signed and value:
            return value
        if unsigned is None and value and value.casefold() not in _PROSE_AFTER_USER \
                and not _RUSSIAN_WORD.fullmatch(value):
            unsigned = value
    return unsigned


def closing_reminder(kind: str) -> str:
    return (
        f"Your request is closed. Please delete the temporary {kind} user you created "
        "for support now (policy 2.12)."
    )
