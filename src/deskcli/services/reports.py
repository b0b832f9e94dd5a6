"""Reports for the team lead: ``desk report sla`` (SPEC 2.7, every clock counted)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from deskcli.domain.report import Compliance, months, utc_month
from deskcli.store import sla
from deskcli.store.repository import Repository, from_utc_text, utc_text

if TYPE_CHECKING:
    from deskcli.services.context import Context

#: The most a month of the desk and a UTC month can differ at either end (UTC-14 to +14).
_NEAR = dt.timedelta(days=1)


def sla_compliance(ctx: Context, by: tuple[str, ...], since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
    """One row per reading (first response, every response) and group of ``by``, for the
    clocks that stopped, or are due, in ``[since, until)`` (stored UTC instants)."""
    report = Compliance(by)
    repo = ctx.repo
    first, last = sla.span(repo)
    if first is None or last is None:
        return []
    first, last = max(first, since or first), min(last, until or last)
    if first > last:
        return []
    now = utc_text(ctx.now)
    # Whole months of the desk, cut only by the period asked for: nothing lies outside the
    # data's span, and a whole month is the cheap case of _stopped.
    since_at, until_at = from_utc_text(since), from_utc_text(until)
    for label, start, end in months(from_utc_text(first), from_utc_text(last), ctx.zone):
        low, high = max(start, since_at or start), min(end, until_at or end)
        _stopped(repo, report, label, low, high)
        report.add_requeued(label, sla.requeued(repo, report.stored, utc_text(low), utc_text(high)))
        report.add_open(label, sla.running(repo, report.stored, utc_text(low), utc_text(high), now))
    return report.rows()


def _stopped(repo: Repository, report: Compliance, label: str, low: dt.datetime, high: dt.datetime) -> None:
    """The clocks stopped in ``[low, high)``. When the range is (nearly) a UTC month and the
    grouping allows, SQLite counts that UTC month without sorting, and the hours where it and
    the range differ are added or taken away; otherwise the range is counted as it is."""
    name, utc_start, utc_end = utc_month(low + (high - low) / 2)
    if not (sla.streams(report.stored) and abs(low - utc_start) < _NEAR and abs(high - utc_end) < _NEAR):
        report.add_stops(label, sla.stops(repo, report.stored, utc_text(low), utc_text(high)))
        return
    report.add_stops(label, sla.utc_month(repo, report.stored, name))
    for a, b, sign in ((low, utc_start, 1), (utc_start, low, -1), (utc_end, high, 1), (high, utc_end, -1)):
        if a < b:
            report.add_stops(label, sla.stops(repo, report.stored, utc_text(a), utc_text(b)), sign)
