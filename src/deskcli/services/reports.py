"""Reports for the team lead: ``desk report sla`` (SPEC 2.7, every clock counted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskcli.domain.report import Compliance, months
from deskcli.store import sla
from deskcli.store.repository import from_utc_text, utc_text

if TYPE_CHECKING:
    from deskcli.services.context import Context


def sla_compliance(ctx: Context, by: tuple[str, ...], since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
    """One row per reading (first response, every response) and group of ``by``, for the
    clocks that stopped, or are due, in ``[since, until)`` (stored UTC instants)."""
    report = Compliance(by)
    repo = ctx.repo
    first, last = sla.span(repo)
    if first is None or last is None:
        return []
    if since is not None:
        first = max(first, since)
    if until is not None:
        last = min(last, until)
    if first > last:
        return []
    now = utc_text(ctx.now)
    stored = report.stored
    # One month at a time: each is one range of the stops' index, sorted on its own.
    for label, start, end in months(from_utc_text(first), from_utc_text(last), ctx.zone):
        low, high = utc_text(start), utc_text(end)
        if since is not None:
            low = max(low, since)
        if until is not None:
            high = min(high, until)
        report.add_stops(label, sla.stops(repo, stored, low, high))
        report.add_original_minutes(label, sla.original_minutes(repo, stored, low, high))
        report.add_open(label, sla.running(repo, stored, low, high, now))
    return report.rows()
