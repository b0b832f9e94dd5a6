"""The output formats a command may be asked for, the fields it may be asked to keep, and
whether it may draw colour.

Apart from ``deskcli.output`` (which prints them) so that a command line is read, and a
wrong format or ``--fields`` refused, before anything that prints is loaded: ``desk open``
starts its PIN check sooner (issue 15).
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable

from deskcli.domain.errors import InvalidInput


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def chosen_format(fmt: Format, as_json: bool, fields: str | None, columns: Iterable[str] | None = None) -> Format:
    """The format asked for; ``--fields`` alone asks for JSON (a table has its own columns,
    and the fields were asked for by name: they are not dropped in silence).

    A command that changes the desk gives the ``columns`` it will print, and calls this
    before the change: a wrong ``--fields`` is then exit 2 with nothing done, never exit 2
    after a change a script would take as not made and repeat."""
    if as_json and fmt not in (Format.table, Format.json):
        raise InvalidInput(f"--json and --format {fmt.value} ask for two formats; give one")
    if columns is not None:
        field_names(fields, columns)
    return Format.json if as_json or fmt is Format.table and fields is not None else fmt


def field_names(fields: str | None, valid: Iterable[str]) -> list[str] | None:
    """The ``--fields a,b,c`` the user asked for, in order (None: all). Unknown, empty or
    repeated names are exit 2: a script's typo must not quietly change its columns."""
    if fields is None:
        return None
    wanted = [name.strip() for name in fields.split(",")]
    valid = list(valid)
    if not any(wanted):
        raise InvalidInput(f"--fields names no field; valid fields: {', '.join(valid)}")
    if "" in wanted:
        raise InvalidInput(f"--fields {fields!r} has an empty name between commas")
    unknown = [name for name in wanted if name not in valid]
    if unknown:
        raise InvalidInput(f"unknown field {unknown[0]!r}; valid fields: {', '.join(valid)}")
    repeated = [name for i, name in enumerate(wanted) if name in wanted[:i]]
    if repeated:
        raise InvalidInput(f"--fields names {repeated[0]} twice")
    return wanted


def use_color(setting: str) -> None:
    """The personal file's ``color`` for this command's output: ``never`` draws no colour,
    ``always`` draws it into pipes and files too, ``auto`` leaves it to the terminal."""
    global _color_setting
    _color_setting = setting


_color_setting = "auto"


def colour() -> bool | None:
    """True: colour wherever the output goes; False: none; None: as the terminal and the
    environment say (Rich reads FORCE_COLOR and TTY_COMPATIBLE itself). The environment
    speaks last, as it does for the database: with NO_COLOR or FORCE_COLOR set, the
    personal file is not asked."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return None
    return {"never": False, "always": True}.get(_color_setting)
