"""Reports for the team lead: ``desk report sla`` (SPEC 2.7, every clock counted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from deskcli.domain.report import Compliance, months, utc_month
from deskcli.store import sla
from deskcli.store.repository import from_utc_text, utc_text

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
    dims = report.stored
    # Whole months of the desk, cut only by the period asked for: nothing lies outside the
    # data's span, and a whole month is the cheap case of _by_month.
    since_at, until_at = from_utc_text(since), from_utc_text(until)
    for label, start, end in months(from_utc_text(first), from_utc_text(last), ctx.zone):
        low, high = max(start, since_at or start), min(end, until_at or end)

        def counted(rows: list[tuple], sign: int, label: str = label) -> None:
            report.add_counts(label, rows, sign)

        _by_month(low, high, counted, partial(sla.month_counts, repo, dims), partial(sla.counts, repo, dims))
        for measure, original in (("minutes", False), ("first_minutes", True)):
            def measured(rows: list[tuple], sign: int, label: str = label, original: bool = original) -> None:
                report.add_minutes(label, rows, sign, original=original)

            _by_month(low, high, measured, partial(sla.month_minutes, repo, dims, measure=measure),
                      partial(sla.minutes, repo, dims, measure=measure))
        report.add_open(label, sla.running(repo, dims, utc_text(low), utc_text(high), now))
    return report.rows()


def _by_month(low: dt.datetime, high: dt.datetime,
              add: Callable[[list[tuple], int], None], whole: Callable[[str], list[tuple]],
              ranged: Callable[[str, str], list[tuple]]) -> None:
    """Counts for ``[low, high)`` handed to ``add`` with a sign. When the range is (nearly)
    a UTC month, the counts kept of that UTC month answer (``whole``), and the hours where
    it and the range differ are added or taken away; otherwise the range is counted as it
    is, sorted by SQLite (``ranged``)."""
    name, utc_start, utc_end = utc_month(low + (high - low) / 2)
    if not (abs(low - utc_start) < _NEAR and abs(high - utc_end) < _NEAR):
        add(ranged(utc_text(low), utc_text(high)), 1)
        return
    add(whole(name), 1)
    for a, b, sign in ((low, utc_start, 1), (utc_start, low, -1), (utc_end, high, 1), (high, utc_end, -1)):
        if a < b:
            add(ranged(utc_text(a), utc_text(b)), sign)
