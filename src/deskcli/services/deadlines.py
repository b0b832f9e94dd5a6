"""Deadlines made under another calendar or other targets, recalculated (SPEC section 3).

A change of hours, days off or targets changes what "5 business hours" means for requests
already waiting; each recalculated deadline is kept in the request's history. It happens in
the transaction of the policy change that caused it, or, when the holidays data itself
changed (a new decree in a package upgrade), in the next command that writes.
"""

from __future__ import annotations


from deskcli.domain.named import TYPE_CHECKING
from deskcli.store.repository import Repository, from_utc_text, utc_text

if TYPE_CHECKING:
    from deskcli.domain.calendar import BusinessCalendar
    from deskcli.services.context import Context

def has_stale(repo: Repository, basis: str) -> bool:
    """Asked inside every write transaction: three index seeks however many are open
    (``Repository.has_stale_deadlines``; an OR here walked 100,000 open requests, 7 ms)."""
    return repo.has_stale_deadlines(basis)


def refresh_stale(ctx: Context, repo: Repository) -> int:
    """Inside a write transaction: bring deadlines made under another basis up to date."""
    if not has_stale(repo, ctx.basis):
        return 0
    return recalculate(ctx, repo, calendar=ctx.calendar, targets=ctx.policy.targets, basis=ctx.basis)


#: Open requests whose deadline another basis made, read to recalculate them.
_STALE = "SELECT * FROM requests WHERE status = 'open' AND due_calendar IS NOT ?"

Deadlines = dict[tuple[str, str, str | None], tuple[str, str]]


def clock_category(row) -> str:
    """The category whose response target a request's deadline runs on: its own, or the one a
    merged duplicate brought (``clock_category``)."""
    return row["clock_category"] or row["category"]


def compute(calendar: BusinessCalendar, targets: dict[str, int], rows: list[dict]) -> Deadlines:
    """(category, queued_at, wait_started_at) -> (due_at, first_due_at) for ``rows``, as stored text."""
    from deskcli.domain import tickets

    table: Deadlines = {}
    for category, target in targets.items():
        mine = [row for row in rows if clock_category(row) == category]
        deadlines = tickets.deadlines_each(
            calendar, target, [(from_utc_text(row["queued_at"]), from_utc_text(row["wait_started_at"])) for row in mine])
        for row, (due, first) in zip(mine, deadlines, strict=True):
            table[category, row["queued_at"], row["wait_started_at"]] = (utc_text(due), utc_text(first))
    return table


def ahead(ctx: Context, *, calendar: BusinessCalendar, basis: str, targets: dict[str, int]) -> Deadlines:
    """The new deadlines computed before the write lock is taken, from what is open now;
    ``recalculate`` uses them and computes only for requests that changed in between."""
    return compute(calendar, targets, ctx.repo.all(_STALE, (basis,)))


def recalculate(ctx: Context, repo: Repository, *, calendar: BusinessCalendar, targets: dict[str, int],
                basis: str, known: Deadlines | None = None) -> int:
    """Recompute every open deadline not made under ``basis``; returns how many moved."""
    stale = repo.all(_STALE, (basis,))
    known = dict(known or {})
    missing = [row for row in stale if (clock_category(row), row["queued_at"], row["wait_started_at"]) not in known]
    known.update(compute(calendar, targets, missing))
    moved = 0
    for row in stale:
        if clock_category(row) not in targets:
            continue
        due, first = known[clock_category(row), row["queued_at"], row["wait_started_at"]]
        changes = {"due_at": due, "first_due_at": first, "due_calendar": basis}
        if (row["due_at"], row["first_due_at"]) != (due, first):
            repo.change_request(row, changes, at=ctx.now, agent=ctx.agent, action="deadline recalculated")
            moved += 1
        else:
            repo.update("requests", "id", row["id"], {"due_calendar": basis})
    return moved
