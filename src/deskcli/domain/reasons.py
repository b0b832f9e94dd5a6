"""Why a request was refused or flagged: a stable code and a message for people."""

from typing import NamedTuple


# A named tuple, not a dataclass: the same immutability, equality and repr, without loading
# dataclasses (and inspect) on every desk reply and open (see domain/calendar/values.py).
class Reason(NamedTuple):
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
