"""Which open requests a queue lists, as one agent asked for them: ``desk queue``'s filters
read once, and the repository's criteria at any instant (a live view asks again each
refresh, and "overdue" and "due within" move with the clock). Loaded by the fast path:
nothing heavy at import time."""

from __future__ import annotations

from deskcli.domain import tickets
from deskcli.domain.named import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import datetime as dt
    from typing import Any

    from deskcli.services.context import Context


class QueueCriteria(NamedTuple):
    line: int | None = None
    category: str | None = None
    #: The agent's name as stored ("me" read as the agent, "-" as "" for nobody's).
    assignee: str | None = None
    tag: str | None = None
    limit: int | None = None
    overdue: bool = False
    #: ``--due-within`` in business minutes.
    within: int | None = None
    #: The license's number as stored (``hc-1`` given is ``HC-1``).
    license: str | None = None

    @property
    def narrowed(self) -> bool:
        """Whether any filter is given: an empty queue is then "nothing matches", not "none"."""
        return any(value is not None for value in (self.line, self.category, self.assignee, self.tag, self.within,
                                                   self.license)) or self.overdue

    def at(self, ctx: Context, now: dt.datetime) -> dict[str, Any]:
        """The repository's queue criteria at ``now``."""
        from deskcli.store.repository import utc_text

        due_before = utc_text(ctx.calendar.add_business_minutes(now, self.within)) if self.within is not None else None
        return {"line": self.line, "category": self.category, "assignee": self.assignee, "tag": self.tag,
                "license": self.license,
                "limit": self.limit, "overdue_at": utc_text(now) if self.overdue else None, "due_before": due_before}


def criteria(ctx: Context, *, line: int | None = None, category: str | None = None, assignee: str | None = None,
             tag: str | None = None, limit: int | None = None, overdue: bool = False,
             due_within: str | None = None, license: str | None = None) -> QueueCriteria:
    """The filters as given on the command line, checked and read; a license the desk does
    not know is refused (a typo must not read as "no open requests")."""
    if tag is not None:
        from deskcli.domain.tags import validate_tag

        tag = validate_tag(tag)
    if license is not None:
        from deskcli.domain.errors import NotFound

        found = ctx.repo.find_license(tickets.validate_license_number(license))
        if found is None:
            raise NotFound(f"license {license} not found")
        license = found["number"]
    return QueueCriteria(line=line, category=category,
                         assignee=tickets.assignee_named(assignee, ctx.agent) if assignee is not None else None,
                         tag=tag, limit=limit, overdue=overdue,
                         within=tickets.parse_duration(due_within) if due_within is not None else None, license=license)
