"""Options shared by many commands, declared once."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from deskcli.output import Format


#: SQLite integers are 64-bit; a larger number on the command line is a usage error, not a crash.
MAX_INT = 2**63 - 1


class Category(str, enum.Enum):
    emergency = "emergency"
    usage = "usage"
    installation = "installation"
    technical = "technical"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: table for people, the rest for programs.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", help="Comma-separated fields to print, in this order (JSON, JSON Lines, CSV).", metavar="A,B,C"),
]


def chosen_format(fmt: Format, as_json: bool) -> Format:
    return Format.json if as_json else fmt
