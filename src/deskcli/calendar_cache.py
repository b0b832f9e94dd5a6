"""Built calendar years kept on disk, so most commands never import the holidays package.

One small JSON file per (calendar fingerprint, year) in the user cache directory. The
fingerprint covers the configuration and the holidays package's version, so changing
either simply misses the cache. A damaged file is ignored and rebuilt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from deskcli.domain.calendar import WorkingDay, YearCache, YearCalendar

FORMAT = 1


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("deskcli")) / "calendar"


class FileYearCache(YearCache):
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_dir()

    def _path(self, fingerprint: str, year: int) -> Path:
        return self.directory / f"{fingerprint}-{year}.json"

    def get(self, fingerprint: str, year: int) -> YearCalendar | None:
        try:
            data = json.loads(self._path(fingerprint, year).read_bytes())
            if data["format"] != FORMAT:
                return None
            days = tuple(
                WorkingDay(dt.date.fromordinal(o), tuple(tuple(i) for i in intervals), bool(s), bool(t))
                for o, intervals, s, t in data["days"]
            )
            return YearCalendar(
                year=data["year"], timezone=data["timezone"], days=days,
                days_off=frozenset(dt.date.fromordinal(o) for o in data["days_off"]),
                provisional=data["provisional"],
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, fingerprint: str, calendar: YearCalendar) -> None:
        data = {
            "format": FORMAT,
            "year": calendar.year,
            "timezone": calendar.timezone,
            "provisional": calendar.provisional,
            "days": [[d.date.toordinal(), [list(i) for i in d.intervals], d.shortened, d.transferred]
                     for d in calendar.days],
            "days_off": sorted(d.toordinal() for d in calendar.days_off),
        }
        path = self._path(fingerprint, calendar.year)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs speed
