"""The one place that reads the system time.

Every other module takes ``now`` as a value. ``DESK_NOW`` fixes it for tests, what-if
questions and replays.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from deskcli.domain.errors import InvalidInput
from deskcli.env import DESK_NOW


def parse_instant(text: str, zone: ZoneInfo, *, what: str = "instant") -> dt.datetime:
    """An ISO 8601 instant; one without an offset is read in the desk's zone."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"{what} {text!r} is not an ISO 8601 date and time (e.g. 2026-11-25T14:30)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value


def parse_date(text: str, *, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a date like 2026-11-25") from None


def now(zone: ZoneInfo) -> dt.datetime:
    """The current instant in ``zone``, or the one ``DESK_NOW`` fixes."""
    fixed = os.environ.get(DESK_NOW)
    if fixed:
        return parse_instant(fixed, zone, what=DESK_NOW).astimezone(zone)
    return dt.datetime.now(zone)


def today(zone: ZoneInfo) -> dt.date:
    return now(zone).date()
