"""Stored instants as the desk shows them, for paths that show millions (the bulk
export, the queue's JSON, ``export --all``): ``tickets.shown_instant``'s answer, worked
out once per UTC hour and copied for each instant in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from deskcli.domain import tickets

_HOUR = dt.timedelta(seconds=3599)
_DAY = dt.timedelta(seconds=86399)


def hours_shown(zone, *, quoted: bool) -> tuple[dict, Callable[[bytes], tuple[bytes, bytes, float] | None]]:
    """(found, hour): the shown parts of stored UTC hours (``b"2026-11-25T07"``), worked out
    once each by ``hour(key)`` and kept in ``found`` (the hot loops look there first): the
    shown date and hour, the shown offset (each quoted when ``quoted``) and the hour's POSIX
    time; None for an hour this shortcut does not hold for (see ``localizer``).

    An hour of a UTC day whose first and last second have the same whole-hour offset is
    worked out from that day's dates by arithmetic (the zone is asked twice a day, not
    twice an hour: a queue's instants spread over thousands of hours). That assumes the
    clocks change at most once a day, as the calendar does (``walltime.WallClock``); a day
    they change on goes hour by hour."""
    quote = b'"' if quoted else b""
    found: dict[bytes, tuple[bytes, bytes, float] | None] = {}
    # Per UTC day: (POSIX time of its midnight, offset in hours, shown offset, and the
    # quoted shown dates of the day before, the day and the day after), or None.
    days: dict[bytes, tuple[float, int, bytes, tuple[bytes, bytes, bytes]] | None] = {}

    def by_hour(key: bytes) -> tuple[bytes, bytes, float] | None:
        try:
            start = dt.datetime.fromisoformat(key.decode() + ":00:00+00:00")
            first, last = start.astimezone(zone), (start + _HOUR).astimezone(zone)
        except (ValueError, OverflowError):
            return None
        offset = first.utcoffset()
        if offset != last.utcoffset() or offset is None or offset.total_seconds() % 3600:
            return None
        text = first.isoformat().encode()
        return quote + text[:13], text[19:] + quote, start.timestamp()

    def day_of(key: bytes) -> tuple[float, int, bytes, tuple[bytes, bytes, bytes]] | None:
        try:
            start = dt.datetime.fromisoformat(key.decode() + "T00:00:00+00:00")
            first, last = start.astimezone(zone), (start + _DAY).astimezone(zone)
            before, day, after = (quote + (start.date() + dt.timedelta(days=shift)).isoformat().encode()
                                  for shift in (-1, 0, 1))
        except (ValueError, OverflowError):
            return None
        offset = first.utcoffset()
        if offset != last.utcoffset() or offset is None or offset.total_seconds() % 3600:
            return None
        return start.timestamp(), int(offset.total_seconds()) // 3600, first.isoformat().encode()[19:] + quote, (before, day, after)

    def hour(key: bytes) -> tuple[bytes, bytes, float] | None:
        day_key, number = key[:10], key[11:]
        try:
            day = days[day_key]
        except KeyError:
            day = days[day_key] = day_of(day_key)
        if day is None or key[10:11] != b"T" or len(number) != 2 or not number.isdigit() or number > b"23":
            parts = by_hour(key)
        else:
            midnight, offset, shown_offset, dates = day
            local = int(number) + offset
            shift = (local >= 24) - (local < 0)
            parts = dates[1 + shift] + b"T%02d" % (local - 24 * shift), shown_offset, midnight + int(number) * 3600
        found[key] = parts
        return parts

    return found, hour


def localizer(zone, *, quoted: bool, hours: tuple | None = None) -> Callable[[bytes | None], bytes | None]:
    """Stored UTC text as bytes (``2026-11-25T07:00:00+00:00``) to ``tickets.shown_instant``'s
    text as bytes, quoted as a JSON string when ``quoted`` (None becomes ``null``).

    Most instants of a desk fall in a few thousand hours, so the shown date, hour and offset
    are worked out once per UTC hour and the minutes and seconds copied. That holds for an
    hour whose offset is whole hours and the same at its first and last second, which a
    daylight-saving change on the hour keeps; any other hour, and any other text, goes
    through ``tickets.shown_instant`` itself. ``hours``: a ``hours_shown`` cache to share.
    """
    quote = b'"' if quoted else b""
    null = b"null" if quoted else None
    found, hour = hours or hours_shown(zone, quoted=quoted)

    def local(text: bytes | None) -> bytes | None:
        if text is None:
            return null
        if len(text) == 25 and text.endswith(b"+00:00"):
            key = text[:13]
            try:
                parts = found[key]
            except KeyError:
                parts = hour(key)
            if parts is not None:
                return parts[0] + text[13:19] + parts[1]
        return quote + tickets.shown_instant(text.decode(), zone).encode() + quote

    return local
