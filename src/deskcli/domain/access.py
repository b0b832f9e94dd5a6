"""Temporary access a customer grants support (policy 2.12): what it must hold."""

from __future__ import annotations

from dataclasses import dataclass

from deskcli.domain.errors import InvalidInput

KINDS = ("admin", "ftp")


@dataclass(frozen=True)
class TemporaryAccess:
    kind: str
    address: str
    login: str
    password: str

    def __repr__(self) -> str:
        # Keeps the password out of tracebacks, logs and debugger output.
        return f"TemporaryAccess(kind={self.kind!r}, address={self.address!r}, login=<hidden>, password=<hidden>)"

    #: The keys of ``as_dict``, in order: what ``--fields`` may name.
    FIELDS = ("kind", "address", "login", "password")

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "address": self.address, "login": self.login, "password": self.password}

    @property
    def summary(self) -> str:
        return f"temporary access: {self.kind} (on file)"


def make_access(kind: str, address: str, login: str, password: str) -> TemporaryAccess:
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InvalidInput(f"access kind {kind!r} is not one of {', '.join(KINDS)}")
    values = {"address": address.strip(), "login": login.strip(), "password": password}
    for name, value in values.items():
        if not value or "\x00" in value or len(value) > 1000:
            raise InvalidInput(f"temporary access needs a {name} (at most 1000 characters)")
    return TemporaryAccess(kind, values["address"], values["login"], values["password"])


def closing_reminder(kind: str) -> str:
    return (
        f"Your request is resolved. Please delete the temporary {kind} user you created "
        "for support now (policy 2.12)."
    )
