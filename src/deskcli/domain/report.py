"""Response-time compliance: how many responses met their deadline, and how fast they were.

Each response is measured twice (policy 2.7): against the deadline in force when it was
given (re-queued by every clarification) and against the first unanswered message's
deadline, the anchor mainstream helpdesks use. The gap between the two shows how much
re-queueing flatters the numbers.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

GROUPINGS = ("category", "month", "line", "agent")


@dataclass(frozen=True)
class Response:
    """One agent response that stopped an SLA clock."""

    category: str
    month: str
    line: int
    agent: str
    met_due: bool
    met_first_due: bool
    minutes: int
    first_minutes: int


def percentile(values: list[int], share: float) -> int | None:
    """Nearest-rank percentile: always one of the observed values, defined for any n >= 1."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "0.000"


def parse_grouping(text: str) -> tuple[str, ...]:
    """``category,month`` into its dimensions; raises ValueError naming a bad one."""
    dimensions = tuple(part.strip() for part in text.split(",") if part.strip())
    bad = [d for d in dimensions if d not in GROUPINGS] or ([] if dimensions else [text])
    if bad or len(set(dimensions)) != len(dimensions):
        raise ValueError(bad[0] if bad else text)
    return dimensions


def columns(by: tuple[str, ...]) -> list[str]:
    """The report's fields, in order, whether or not there were responses."""
    return [*by, "responses", "on_time", "breached", "on_time_share", "median_minutes", "p90_minutes",
            "on_time_original", "breached_original", "on_time_share_original", "median_minutes_original",
            "p90_minutes_original"]


def compliance(responses: Iterable[Response], by: tuple[str, ...]) -> list[dict[str, Any]]:
    """One row per group (a combination of the ``by`` dimensions), in order; none without responses."""
    for dimension in by:
        if dimension not in GROUPINGS:
            raise ValueError(dimension)
    key: Callable[[Response], Any] = lambda r: tuple(getattr(r, d) for d in by)
    groups: dict[Any, list[Response]] = defaultdict(list)
    for response in responses:
        groups[key(response)].append(response)
    rows = []
    for group in sorted(groups):
        items = groups[group]
        on_time = sum(r.met_due for r in items)
        on_time_first = sum(r.met_first_due for r in items)
        minutes = [r.minutes for r in items]
        first = [r.first_minutes for r in items]
        rows.append({
            **dict(zip(by, group)),
            "responses": len(items),
            "on_time": on_time,
            "breached": len(items) - on_time,
            "on_time_share": _share(on_time, len(items)),
            "median_minutes": percentile(minutes, 0.5),
            "p90_minutes": percentile(minutes, 0.9),
            "on_time_original": on_time_first,
            "breached_original": len(items) - on_time_first,
            "on_time_share_original": _share(on_time_first, len(items)),
            "median_minutes_original": percentile(first, 0.5),
            "p90_minutes_original": percentile(first, 0.9),
        })
    return rows
