"""Wall-clock working hours as real time, and instants as POSIX seconds.

A working interval is a span of wall-clock time on one date (09:00-18:00). The business
time it holds is every real instant at which the desk's clock shows a time inside it.
On most days that is one span, ``[open - offset, close - offset)``. On a day the clocks
change it may be shorter (a skipped hour holds nothing), longer, or two spans (a repeated
hour that straddles the opening or closing time counts each real minute once, and only
the minutes whose clock reading is inside the interval).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from deskcli.domain.calendar.values import Interval
from deskcli.domain.errors import InvalidInput

Span = tuple[int, int]
"""Half-open POSIX seconds."""

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()

# ZoneInfo hands out the same timedelta objects for its offsets, so a dict keyed by them
# is a cheap way to turn an offset into seconds on the hot path.
OFFSET_SECONDS: dict[dt.timedelta, int] = {}


def offset_seconds(offset: dt.timedelta) -> int | float:
    cached = OFFSET_SECONDS.get(offset)
    if cached is not None:
        return cached
    seconds = offset.total_seconds()
    if seconds == int(seconds):
        seconds = OFFSET_SECONDS[offset] = int(seconds)
    return seconds


def posix_seconds(at: dt.datetime) -> int | float:
    """``at.timestamp()``, the same number, at half its cost: read from the fields and the
    zone's offset rather than through an aware subtraction. Whole seconds stay ints."""
    zone = at.tzinfo
    offset = zone.utcoffset(at) if zone is not None else None
    if offset is None:
        raise InvalidInput("instants must carry a time zone")
    seconds: int | float = (at.toordinal() - EPOCH_ORDINAL) * 86400 + at.hour * 3600 + at.minute * 60 + at.second
    seconds -= offset_seconds(offset)
    micro = at.microsecond
    if micro:
        return (seconds * 1_000_000 + micro) / 1_000_000
    return seconds


def wall_seconds(day: dt.date, minutes: int) -> int:
    """The wall-clock reading ``minutes`` after midnight of ``day``, counted as if it were UTC."""
    return (day.toordinal() - EPOCH_ORDINAL) * 86400 + minutes * 60


class WallClock:
    """Maps one zone's wall-clock intervals to the real spans they hold."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        # A year's table asks each midnight twice (the end of one day, the start of the next)
        self._known: dict[int, tuple[int, int]] = {}

    def _offsets(self, wall: int) -> tuple[int, int]:
        """The zone's offsets at a wall reading, with fold 0 and fold 1: equal unless the
        reading is skipped or repeated."""
        known = self._known.get(wall)
        if known is not None:
            return known
        naive = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=wall)
        first = naive.replace(tzinfo=self.zone)
        offset, folded = first.utcoffset(), first.replace(fold=1).utcoffset()
        assert offset is not None and folded is not None  # a ZoneInfo always gives an offset
        known = self._known[wall] = int(offset.total_seconds()), int(folded.total_seconds())
        return known

    def _offset_at(self, ts: int) -> int:
        offset = dt.datetime.fromtimestamp(ts, self.zone).utcoffset()
        assert offset is not None  # a ZoneInfo always gives an offset
        return int(offset.total_seconds())

    def day_spans(self, day: dt.date, intervals: tuple[Interval, ...]) -> list[Span]:
        """The real spans of one day's working intervals, in the order of the intervals."""
        if not intervals:
            return []
        midnight = wall_seconds(day, 0)
        offsets = {*self._offsets(midnight), *self._offsets(midnight + 86400)}
        if len(offsets) == 1:  # no change of the clocks today: one offset for every interval
            offset = offsets.pop()
            return [(midnight + start * 60 - offset, midnight + end * 60 - offset) for start, end in intervals]
        spans: list[Span] = []
        for start, end in intervals:
            spans.extend(self.spans(midnight + start * 60, midnight + end * 60))
        return spans

    def spans(self, start: int, end: int) -> list[Span]:
        """The real instants whose wall reading lies in ``[start, end)`` (wall seconds).

        Assumes the clocks change at most once within the interval, true of every zone
        for a day's hours.
        """
        offsets = {*self._offsets(start), *self._offsets(end)}
        if len(offsets) == 1:
            offset = offsets.pop()
            return [(start - offset, end - offset)] if start < end else []
        # The change of the clocks lies in this real window; find its first second.
        low, high = start - max(offsets), end - min(offsets)
        before, after = self._offset_at(low), self._offset_at(high)
        if before == after:
            return [(start - before, end - before)] if start < end else []
        while high - low > 1:
            middle = (low + high) // 2
            if self._offset_at(middle) == before:
                low = middle
            else:
                high = middle
        change = high
        found = [(start - before, min(change, end - before)), (max(change, start - after), end - after)]
        return [(a, b) for a, b in found if a < b]


def merged(spans: list[Span]) -> list[Span]:
    """Sorted, with spans that touch joined into one."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
