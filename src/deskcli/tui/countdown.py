"""The screen's clock and its SLA countdowns, to the second, in business time.

``desk queue`` shows whole minutes; a screen that stays open ticks every second, so it
shows seconds too (the colours are the same: green, yellow under 30 business minutes,
red and negative when overdue). Pure: no Textual.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Literal

from deskcli.domain.tickets import WARNING_MINUTES

Urgency = Literal["ok", "warning", "overdue"]


class LiveClock:
    """"Now", moving on in real seconds from a start: the desk's clock (``DESK_NOW`` when it
    is fixed, as ``desk queue --watch`` does) for a screen that stays open."""

    def __init__(self, start: dt.datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._start = start
        self._monotonic = monotonic
        self._began = monotonic()

    def __call__(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=int(self._monotonic() - self._began))


class FixedClock:
    """A clock that does not move (tests, screenshots)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def countdown_text(seconds: float, overdue: bool) -> str:
    """``1h 25m 07s``; negative when overdue (``-0h 40m 10s``). Past 100 hours the seconds
    are dropped: nobody counts them on a request four working days late."""
    sign = "-" if seconds < 0 or overdue else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours >= 100:
        return f"{sign}{hours}h {minutes:02d}m"
    return f"{sign}{hours}h {minutes:02d}m {secs:02d}s"


def urgency(seconds: float, overdue: bool) -> Urgency:
    """The countdown's colour: the same thresholds as ``desk queue``."""
    if overdue:
        return "overdue"
    return "warning" if seconds // 60 < WARNING_MINUTES else "ok"
