"""A request as the customer submitted it, and the first step of opening one: every field
checked, and the PIN's check started.

Kept apart from ``services.requests`` so that the hash (scrypt, slow on purpose, outside the
interpreter lock) starts before the rest of the use case loads: ``desk open`` imports the
intake rules, the search and the mail hooks while it runs (issue 15).
"""

from __future__ import annotations

from deskcli.domain import tickets
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.services.context import Context
from deskcli.services.pins import PinCheck

if TYPE_CHECKING:
    from deskcli.services.mail.origin import Origin


# Named tuples, not dataclasses: a reply need not load dataclasses and inspect (domain/reasons.py).
class Draft(NamedTuple):
    """A request as the customer submitted it, before any check."""

    license: str
    pin: str
    version: str
    category: str
    site: str
    subject: str
    body: str
    edition: str | None = None
    #: The inbound mail it came from, for the mail hooks.
    origin: Origin | None = None


class Submitted(NamedTuple):
    """A draft whose fields are valid, as they will be stored, with its PIN being checked."""

    draft: Draft
    number: str
    version: str
    category: str
    site: str
    subject: str
    body: str
    check: PinCheck


def submit(ctx: Context, draft: Draft) -> Submitted:
    """Start the PIN's check and check every other field meanwhile (a bad one is the
    answer, before a lock or a wrong PIN, and counts no wrong PIN). The caller finishes the
    check (``check.finish()``), also when it gives up: a wrong PIN stays the answer, and is
    counted."""
    from deskcli.services import pins

    fields: list[str] = []

    def checked() -> None:  # while the hash runs: with a second core free, the checks cost nothing
        fields.extend((tickets.validate_category(draft.category), tickets.validate_version(draft.version),
                       tickets.validate_url(draft.site, password=True), tickets.validate_subject(draft.subject),
                       tickets.validate_text(draft.body, what="body", limit=tickets.MAX_BODY_BYTES)))

    check = pins.start_authenticating(ctx, draft.license, draft.pin, meanwhile=checked)
    category, version, site, subject, body = fields
    number = tickets.validate_license_number(draft.license)  # as typed: start_authenticating took it
    return Submitted(draft, number, version, category, site, subject, body, check)
