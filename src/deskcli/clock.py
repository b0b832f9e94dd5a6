"""The one place that reads the system time.

Every other module takes ``now`` as a value. ``DESK_NOW`` fixes it for tests, what-if
questions and replays.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from deskcli.domain.errors import InvalidInput
from deskcli.env import DESK_NOW

#: Dates and instants outside these years are refused as invalid input: date arithmetic
#: near year 1 or 9999 overflows, and no license or request lives there.
MIN_YEAR, MAX_YEAR = 1900, 2999


def _in_range(value, text: str, what: str):
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InvalidInput(f"{what} {text!r} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return value


def parse_instant(text: str, zone: ZoneInfo, *, what: str = "instant") -> dt.datetime:
    """An ISO 8601 instant; one without an offset is read in the desk's zone."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"{what} {text!r} is not an ISO 8601 date and time (e.g. 2026-11-25T14:30)"
        ) from None
    if value.tzinfo is None:
        # through UTC and back: a wall time the clocks skip (02:30 on a spring-forward night)
        # is the instant it names at the offset before the change, shown as the zone shows it
        # then (03:30), not an offset the zone never had at that moment (review)
        value = value.replace(tzinfo=zone)
        try:
            value = value.astimezone(dt.UTC).astimezone(zone)
        except (OverflowError, ValueError):  # at the ends of the calendar: _in_range says what is wrong
            pass
    return _in_range(value, text, what)


def parse_date(text: str, *, what: str = "date") -> dt.date:
    """A day written as the desk writes one, YYYY-MM-DD: ``date.fromisoformat`` also reads
    20261125 and 2026-W48-1 (review), which nobody means by a date here."""
    shape = text.strip()
    try:
        if not (len(shape) == 10 and shape.isascii() and shape[4] == shape[7] == "-"):
            raise ValueError(shape)
        value = dt.date.fromisoformat(shape)
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a date like 2026-11-25") from None
    return _in_range(value, text, what)


def now(zone: ZoneInfo) -> dt.datetime:
    """The current instant in ``zone``, or the one ``DESK_NOW`` fixes."""
    fixed = os.environ.get(DESK_NOW)
    if fixed:
        return parse_instant(fixed, zone, what=DESK_NOW).astimezone(zone)
    return dt.datetime.now(zone)


def running_from(start: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that reads ``start`` now (the command's own ``now``, fixed or not) and then
    advances with real time: for what a long-running command does later than it began."""
    started = time.monotonic()
    return lambda: start + dt.timedelta(seconds=time.monotonic() - started)


def today(zone: ZoneInfo) -> dt.date:
    return now(zone).date()
