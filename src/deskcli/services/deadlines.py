"""Deadlines made under another calendar or other targets, recalculated (SPEC section 3).

A change of hours, days off or targets changes what "5 business hours" means for requests
already waiting; each recalculated deadline is kept in the request's history. It happens in
the transaction of the policy change that caused it, or, when the holidays data itself
changed (a new decree in a package upgrade), in the next command that writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskcli.store.repository import Repository, from_utc_text, utc_text

if TYPE_CHECKING:
    from deskcli.domain.calendar import BusinessCalendar
    from deskcli.services.context import Context

#: Three seeks on the (status, due_calendar) index, whatever the number of open requests.
_STALE_PROBE = ("SELECT 1 FROM requests WHERE status = 'open' AND (due_calendar IS NULL OR due_calendar < ?) "
                "LIMIT 1", "SELECT 1 FROM requests WHERE status = 'open' AND due_calendar > ? LIMIT 1")


def has_stale(repo: Repository, basis: str) -> bool:
    return any(repo.one(sql, (basis,)) for sql in _STALE_PROBE)


def refresh_stale(ctx: Context, repo: Repository) -> int:
    """Inside a write transaction: bring deadlines made under another basis up to date."""
    if not has_stale(repo, ctx.basis):
        return 0
    return recalculate(ctx, repo, calendar=ctx.calendar, targets=ctx.policy.targets, basis=ctx.basis)


def recalculate(ctx: Context, repo: Repository, *, calendar: BusinessCalendar, targets: dict[str, int],
                basis: str) -> int:
    """Recompute every open deadline not made under ``basis``; returns how many moved."""
    stale = repo.all("SELECT * FROM requests WHERE status = 'open' AND due_calendar IS NOT ?", (basis,))
    moved = 0
    for category, target in targets.items():
        rows = [row for row in stale if row["category"] == category]
        dues = calendar.add_business_minutes_each([from_utc_text(row["queued_at"]) for row in rows], target)
        firsts = calendar.add_business_minutes_each(
            [from_utc_text(row["wait_started_at"] or row["queued_at"]) for row in rows], target)
        for row, due, first in zip(rows, dues, firsts, strict=True):
            changes = {"due_at": utc_text(due), "first_due_at": utc_text(first), "due_calendar": basis}
            if (row["due_at"], row["first_due_at"]) != (changes["due_at"], changes["first_due_at"]):
                repo.change_request(row, changes, at=ctx.now, agent=ctx.agent, action="deadline recalculated")
                moved += 1
            else:
                repo.update("requests", "id", row["id"], {"due_calendar": basis})
    return moved
