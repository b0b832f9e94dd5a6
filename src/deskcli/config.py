"""The configuration file: where it lives, what it holds, how it is read and written.

TOML, read with ``tomllib`` and written with ``tomli_w`` through an atomic replace, so a
crash mid-write leaves either the old file or the new one. Every error names the file
and the key (or line) at fault.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import namedtuple
from pathlib import Path

from deskcli.domain.calendar import DEFAULT_WEEKLY_HOURS, CalendarSettings, Interval
from deskcli.domain.errors import InvalidInput
from deskcli.domain.tickets import CATEGORIES
from deskcli.env import DESK_CONFIG

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FLAG_CODES = ("no_question", "out_of_scope", "off_topic")

DEFAULT_TARGETS = {"emergency": 120, "usage": 300, "installation": 300, "technical": 300}
DEFAULT_EDITIONS = {
    "Халява": {"free": True},
    "Мой сайт": {"free": False},
    "Малый бизнес": {"free": False},
    "Бизнес": {"free": False},
    "Корпорация": {"free": False},
}
DEFAULT_LINES = {"1": "help desk", "2": "specialists", "3": "developers", "4": "outside parties"}


def _format_intervals(intervals: tuple[Interval, ...]) -> list[str]:
    return [f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in intervals]


def defaults() -> dict[str, object]:
    """The configuration deskcli uses when the file says nothing."""
    return {
        "agent": "",
        "currency": "RUB",
        "calendar": {
            "timezone": "Europe/Moscow",
            "shorten_pre_holidays": True,
            "hours": {
                name: _format_intervals(DEFAULT_WEEKLY_HOURS[i])
                for i, name in enumerate(WEEKDAYS)
            },
            "extra_days_off": [],
            "extra_working_days": {},
        },
        "targets": dict(DEFAULT_TARGETS),
        "editions": {name: dict(v) for name, v in DEFAULT_EDITIONS.items()},
        "lines": dict(DEFAULT_LINES),
        "intake": {"refuse": []},
    }


_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_intervals(value: object, *, key: str) -> tuple[Interval, ...]:
    """``["09:00-13:00", "14:00-18:00"]`` or ``"09:00-13:00, 14:00-18:00"``; ``[]`` is closed."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise InvalidInput(f"{key}: expected a list of hours like \"09:00-18:00\"")
    intervals: list[Interval] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            if isinstance(item, str):
                continue
            raise InvalidInput(f"{key}: {item!r} is not hours like 09:00-18:00")
        m = _INTERVAL.match(item)
        if not m:
            raise InvalidInput(f"{key}: {item!r} is not hours like 09:00-18:00")
        h1, m1, h2, m2 = map(int, m.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or not 0 <= start < end <= 24 * 60:
            raise InvalidInput(f"{key}: {item!r} is not a valid span of hours")
        if intervals and start < intervals[-1][1]:
            raise InvalidInput(f"{key}: {item!r} overlaps or precedes the hours before it")
        intervals.append((start, end))
    return tuple(intervals)


def effective(raw: dict[str, object]) -> dict[str, object]:
    """The file's settings over the defaults, as ``config show`` prints them."""
    return _merge(defaults(), raw)


def _merge(base: dict[str, object], override: dict[str, object]) -> dict[str, object]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class Config(namedtuple("Config", "path raw calendar targets editions currency agent lines refuse_flags",
                        defaults=(frozenset(),))):
    """The parsed, validated configuration (``raw`` is the file as read)."""

    __slots__ = ()


def _error(path: Path, message: str) -> InvalidInput:
    return InvalidInput(f"{path}: {message}")


def _require(value: object, kind: type | tuple[type, ...], key: str) -> object:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        name = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise InvalidInput(f"{key}: expected {name}, got {value!r}")
    return value


def build(path: Path, raw: dict[str, object]) -> Config:
    """Validate ``raw`` (the file's contents) over the defaults."""
    if not isinstance(raw.get("editions", {}), dict):
        raise _error(path, f"editions: expected a table, got {raw['editions']!r}")
    try:
        return _build(path, _merge(defaults(), raw), raw)
    except InvalidInput as exc:
        raise _error(path, str(exc)) from None


KNOWN_KEYS = {
    "": {"agent", "currency", "calendar", "targets", "editions", "lines", "intake"},
    "calendar": {"timezone", "shorten_pre_holidays", "hours", "extra_days_off", "extra_working_days"},
    "intake": {"refuse"},
}


def _unknown_keys(raw: dict[str, object]) -> None:
    for section, known in KNOWN_KEYS.items():
        table = raw if not section else raw.get(section, {})
        if isinstance(table, dict):
            for key in table:
                if key not in known:
                    name = f"{section}.{key}" if section else key
                    raise InvalidInput(f"{name}: unknown key (known: {', '.join(sorted(known))})")


def _build(path: Path, data: dict[str, object], raw: dict[str, object]) -> Config:
    _unknown_keys(raw)
    cal = _require(data["calendar"], dict, "calendar")
    hours = _require(cal["hours"], dict, "calendar.hours")
    unknown = set(hours) - set(WEEKDAYS)
    if unknown:
        raise InvalidInput(f"calendar.hours.{sorted(unknown)[0]}: not a weekday (mon..sun)")
    weekly = {
        i: parse_intervals(hours.get(name, []), key=f"calendar.hours.{name}")
        for i, name in enumerate(WEEKDAYS)
    }
    days_off = frozenset(
        _date(v, "calendar.extra_days_off")
        for v in _require(cal["extra_days_off"], list, "calendar.extra_days_off")
    )
    extra = _require(cal["extra_working_days"], dict, "calendar.extra_working_days")
    extra_days = {
        _date(day, f"calendar.extra_working_days.{day}"): parse_intervals(
            value, key=f"calendar.extra_working_days.{day}"
        )
        for day, value in extra.items()
    }
    settings = CalendarSettings(
        timezone=_require(cal["timezone"], str, "calendar.timezone"),
        weekly_hours=weekly,
        extra_days_off=days_off,
        extra_working_days=extra_days,
        shorten_pre_holidays=_require(
            cal["shorten_pre_holidays"], bool, "calendar.shorten_pre_holidays"
        ),
    )
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(settings.timezone)
    except Exception:
        raise InvalidInput(f"calendar.timezone: unknown time zone {settings.timezone!r}") from None

    targets = {}
    for name, minutes in _require(data["targets"], dict, "targets").items():
        if name not in CATEGORIES:
            raise InvalidInput(f"targets.{name}: not a category ({', '.join(CATEGORIES)})")
        if _require(minutes, int, f"targets.{name}") <= 0:
            raise InvalidInput(f"targets.{name}: must be a positive number of minutes")
        targets[name] = minutes

    editions = {}
    for name, spec in _require(data["editions"], dict, "editions").items():
        spec = _require(spec, dict, f"editions.{name}")
        for key in spec:
            if key != "free":
                raise InvalidInput(f"editions.{name}.{key}: unknown key (known: free)")
        editions[name] = _require(spec.get("free", False), bool, f"editions.{name}.free")
    if not editions:
        raise InvalidInput("editions: at least one edition is needed")

    lines = {}
    for number, name in _require(data["lines"], dict, "lines").items():
        if not str(number).isdigit() or int(number) < 1:
            raise InvalidInput(f"lines.{number}: line numbers are 1, 2, 3, ...")
        lines[int(number)] = _require(name, str, f"lines.{number}")

    refuse = _require(_require(data["intake"], dict, "intake").get("refuse", []), list, "intake.refuse")
    for code in refuse:
        if code not in FLAG_CODES:
            raise InvalidInput(f"intake.refuse: {code!r} is not one of {', '.join(FLAG_CODES)}")

    currency = _require(data["currency"], str, "currency").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidInput(f"currency: {currency!r} is not a three-letter code like RUB")

    return Config(
        path=path,
        raw=raw,
        calendar=settings,
        targets=targets,
        editions=editions,
        currency=currency,
        agent=_require(data["agent"], str, "agent"),
        lines=lines,
        refuse_flags=frozenset(refuse),
    )


def _date(value: object, key: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"{key}: {value!r} is not a date like 2026-12-31") from None


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("deskcli")) / "config.toml"


def resolve_path(option: str | Path | None = None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get(DESK_CONFIG)
    return Path(env) if env else default_path()


def read_raw(path: Path) -> dict[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise _error(path, "not valid UTF-8") from None
    except OSError as exc:
        raise _error(path, exc.strerror or "cannot be read") from None
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(path, f"not valid TOML: {exc}") from None


def load(path: Path) -> Config:
    return build(path, read_raw(path))


def set_value(path: Path, key: str, value: str) -> Config:
    """Set a dotted ``key`` to ``value`` (typed by the key's default) and save atomically."""
    raw = read_raw(path)
    parts = key.split(".")
    known = defaults()
    node: object = known
    for part in parts:
        node = node.get(part) if isinstance(node, dict) else None
        if node is None and parts[0] not in ("editions", "lines", "calendar"):
            raise _error(path, f"{key}: unknown key")
    try:
        typed = _typed(value, node, key)
    except InvalidInput as exc:
        raise _error(path, str(exc)) from None
    target = raw
    for part in parts[:-1]:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise _error(path, f"{key}: {part} is not a table")
        target = child
    target[parts[-1]] = typed
    config = build(path, raw)
    write_atomic(path, raw)
    return config


def _typed(value: str, default: object, key: str) -> object:
    if isinstance(default, bool) or key.endswith(".free") or key.endswith("pre_holidays"):
        lowered = value.strip().lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        raise InvalidInput(f"{key}: {value!r} is not true or false")
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            raise InvalidInput(f"{key}: {value!r} is not a whole number") from None
    if isinstance(default, list):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


def write_atomic(path: Path, data: dict[str, object]) -> None:
    import tempfile

    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    try:
        with os.fdopen(fd, "wb") as handle:
            tomli_w.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
