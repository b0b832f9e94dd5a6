"""Why a request was refused or flagged: a stable code and a message for people."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
