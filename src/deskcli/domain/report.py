"""Response-time compliance: every SLA clock of a period, how it ended, and how fast.

A clock runs from each time a request is queued (opened, re-queued by a clarification,
reopened) until an agent responds or the request is closed. Each one ends in exactly one
of these ways:

- a response by its deadline: on time; after it: late (a breach);
- closed (resolved or rejected) without a reply after its deadline: a breach, unanswered;
- still open past its deadline: a breach, unanswered and still open;
- still open before its deadline: pending, neither on time nor breached;
- closed without a reply by its deadline: nothing was owed any more, so it is not counted.

The report shows this twice: for each request's first clock ("first": the first response)
and for every clock ("every"). A request refused as it came had no clock: its first runs
from its reopening. One closed unanswered had its first: a reopening starts a later one.
Each clock is measured twice as well (policy 2.7): against the deadline in force, which
every clarification moves, and against the deadline of the first unanswered message
("original"), the anchor mainstream helpdesks use.

Responses count in the month they were given, closings in the month of the closing, and a
clock still running in the month of its deadline.

Everything here is pure: the store hands over counts already grouped by SQLite, and this
module folds them into rows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

GROUPINGS = ("category", "month", "line", "agent")
RESPONSES = ("first", "every")


def parse_grouping(text: str) -> tuple[str, ...]:
    """``category,month`` into its dimensions; raises ValueError naming a bad one."""
    dimensions = tuple(part.strip() for part in text.split(",") if part.strip())
    bad = [d for d in dimensions if d not in GROUPINGS] or ([] if dimensions else [text])
    if bad or len(set(dimensions)) != len(dimensions):
        raise ValueError(bad[0] if bad else text)
    return dimensions


def columns(by: tuple[str, ...]) -> list[str]:
    """The report's fields, in order, whether or not there were rows."""
    return ["response", *by, "responses", "on_time", "late", "unanswered", "still_open", "breached", "pending",
            "on_time_share", "median_minutes", "p90_minutes", "on_time_original", "breached_original",
            "on_time_share_original", "median_minutes_original", "p90_minutes_original"]


def months(first: dt.datetime, last: dt.datetime, zone: ZoneInfo) -> Iterator[tuple[str, dt.datetime, dt.datetime]]:
    """The desk's calendar months from the one holding ``first`` to the one holding ``last``:
    (``YYYY-MM``, its first instant, the next month's first instant), in ``zone``."""
    day = first.astimezone(zone).date().replace(day=1)
    end = last.astimezone(zone).date()
    while day <= end:
        following = (day + dt.timedelta(days=32)).replace(day=1)
        yield (f"{day:%Y-%m}", dt.datetime.combine(day, dt.time(), zone),
               dt.datetime.combine(following, dt.time(), zone))
        day = following


def utc_month(instant: dt.datetime) -> tuple[str, dt.datetime, dt.datetime]:
    """The UTC calendar month holding ``instant``: (``YYYY-MM``, its start, the next one's)."""
    day = instant.astimezone(dt.UTC).date().replace(day=1)
    following = (day + dt.timedelta(days=32)).replace(day=1)
    return (f"{day:%Y-%m}", dt.datetime.combine(day, dt.time(), dt.UTC),
            dt.datetime.combine(following, dt.time(), dt.UTC))


def percentiles(counts: Counter[int], *shares: float) -> list[int | None]:
    """Nearest-rank percentiles of values given as value → how many times it was seen:
    always observed values, defined for any number of them >= 1. Values whose count
    corrections took back to zero or below are not values."""
    seen = sorted((value, n) for value, n in counts.items() if n > 0)
    total = sum(n for _, n in seen)
    if not total:
        return [None for _ in shares]
    found: list[int | None] = []
    for share in shares:
        rank, running = max(1, math.ceil(share * total)), 0
        for value, n in seen:
            running += n
            if running >= rank:
                found.append(value)
                break
    return found


@dataclass
class Tally:
    """The clocks of one group, for one of the two readings (first or every response)."""

    responses: int = 0
    on_time: int = 0
    on_time_original: int = 0
    closed_late: int = 0
    closed_late_original: int = 0
    open_late: int = 0
    open_late_original: int = 0
    pending: int = 0
    minutes: Counter[int] = field(default_factory=Counter)
    minutes_original: Counter[int] = field(default_factory=Counter)

    def counts_nothing(self) -> bool:
        """Only clocks closed in time, or counts that corrections took back."""
        return not any((self.responses, self.closed_late, self.closed_late_original, self.open_late,
                        self.open_late_original, self.pending))

    def row(self) -> dict[str, Any]:
        late = self.responses - self.on_time
        breached = late + self.closed_late + self.open_late
        breached_original = self.responses - self.on_time_original + self.closed_late_original \
            + self.open_late_original
        median, p90 = percentiles(self.minutes, 0.5, 0.9)
        median_original, p90_original = percentiles(self.minutes_original, 0.5, 0.9)
        return {
            "responses": self.responses,
            "on_time": self.on_time,
            "late": late,
            "unanswered": self.closed_late + self.open_late,
            "still_open": self.open_late,
            "breached": breached,
            "pending": self.pending,
            "on_time_share": _share(self.on_time, self.on_time + breached),
            "median_minutes": median,
            "p90_minutes": p90,
            "on_time_original": self.on_time_original,
            "breached_original": breached_original,
            "on_time_share_original": _share(self.on_time_original, self.on_time_original + breached_original),
            "median_minutes_original": median_original,
            "p90_minutes_original": p90_original,
        }


def _share(part: int, whole: int) -> str | None:
    """Three decimals as text, so JSON and CSV show exactly what the table rounds; None
    when no clock of the group has ended or passed its deadline."""
    return f"{part / whole:.3f}" if whole else None


class Compliance:
    """Folds the grouped counts of the store into one ``Tally`` per reading and group.

    Every ``add_*`` method takes rows whose first ``len(stored)`` values are the group's
    dimensions other than the month, in ``by`` order; the month comes with the call, since
    the store counts one month at a time. (At a million requests this folds tens of
    thousands of rows, so each row costs one key and two dictionary lookups.)
    """

    def __init__(self, by: tuple[str, ...]) -> None:
        for dimension in by:
            if dimension not in GROUPINGS:
                raise ValueError(dimension)
        self.by = by
        self.stored = tuple(d for d in by if d != "month")
        self._month_at = by.index("month") if "month" in by else None
        self.tallies: dict[tuple[str, tuple], Tally] = {}

    def _key(self, row: tuple, month: str) -> tuple:
        """The group of a store row: its dimensions, with the month put in its place."""
        at, width = self._month_at, len(self.stored)
        return row[:width] if at is None else (*row[:at], month, *row[at:width])

    def _tally(self, response: str, key: tuple) -> Tally:
        found = self.tallies.get((response, key))
        if found is None:
            found = self.tallies[(response, key)] = Tally()
        return found

    def add_counts(self, month: str, rows: Iterable[tuple], sign: int = 1) -> None:
        """Rows of (*dimensions, kind, the request's first stop, met the deadline in force,
        met the original deadline, how many), kind "response" or "closed"; ``sign`` -1
        takes them away again (a range counted with a month it does not belong to)."""
        width = len(self.stored)
        for row in rows:
            key = self._key(row, month)
            kind, first, met, met_original, n = row[width:]
            n *= sign
            for response in ("every", "first") if first else ("every",):
                tally = self._tally(response, key)
                if kind == "response":
                    tally.responses += n
                    tally.on_time += n if met else 0
                    tally.on_time_original += n if met_original else 0
                else:
                    tally.closed_late += 0 if met else n
                    tally.closed_late_original += 0 if met_original else n

    def add_minutes(self, month: str, rows: Iterable[tuple], sign: int = 1, *, original: bool = False) -> None:
        """Rows of (*dimensions, {minutes: responses that took them}, {minutes: first
        responses that took them}): minutes since the last queueing, or with ``original``
        since the first unanswered message. ``sign`` as for ``add_counts``."""
        width = len(self.stored)
        for row in rows:
            key = self._key(row, month)
            for response, histogram in zip(("every", "first"), row[width:], strict=True):
                if not any(histogram.values()):
                    continue
                tally = self._tally(response, key)
                counter = tally.minutes_original if original else tally.minutes
                if sign > 0:
                    counter.update(histogram)  # into an empty Counter (a whole month): one C call
                else:
                    counter.subtract(histogram)

    def add_open(self, month: str, rows: Iterable[tuple]) -> None:
        """Rows of (*dimensions, whether it is the first clock, past the deadline in force,
        past the original deadline, before the deadline in force) for requests still open."""
        width = len(self.stored)
        for row in rows:
            key = self._key(row, month)
            first, late, late_original, pending = row[width:]
            for response in ("every", "first") if first else ("every",):
                tally = self._tally(response, key)
                tally.open_late += late
                tally.open_late_original += late_original
                tally.pending += pending

    def rows(self) -> list[dict[str, Any]]:
        """One row per reading and group, first responses first, groups in order."""
        def order(item: tuple[tuple[str, tuple], Tally]) -> tuple:
            (response, key), _ = item
            return (RESPONSES.index(response), *((value is not None, value) for value in key))

        return [{"response": response, **dict(zip(self.by, key, strict=True)), **tally.row()}
                for (response, key), tally in sorted(self.tallies.items(), key=order) if not tally.counts_nothing()]
