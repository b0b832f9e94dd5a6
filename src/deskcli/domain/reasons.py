"""Why a request was refused or flagged: a stable code and a message for people."""


from deskcli.domain.named import NamedTuple


# A named tuple, not a dataclass: the same immutability, equality and repr, without loading
# dataclasses (and inspect) on every desk reply and open (see domain/calendar/values.py).
class Reason(NamedTuple):
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


#: A flag about the request itself, not about what a message says: the category the desk
#: assumed for mail that named none. A later message keeps it; deciding the category
#: (desk edit --category) clears it.
CATEGORY_ASSUMED = "category_assumed"
#: A flag about the request itself: a letter of the desk's to its customer came back
#: undelivered (a bounce). A later message keeps it; an agent's next answer clears it.
MAIL_BOUNCED = "mail_bounced"
REQUEST_FLAGS = (CATEGORY_ASSUMED, MAIL_BOUNCED)


def request_flags(flags: list[dict[str, str]]) -> list[dict[str, str]]:
    """The flags of ``flags`` (stored dicts) that belong to the request, not to a message."""
    return [flag for flag in flags if flag.get("code") in REQUEST_FLAGS]
