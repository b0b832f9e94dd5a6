"""Options shared by many commands, declared once."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from deskcli.output import Format


from deskcli.cli import completion
from deskcli.domain.tickets import CATEGORIES
from deskcli.launcher import MAX_INT  # noqa: F401  (re-exported for the commands)

#: The request categories as a choice for Typer, from the domain's one list.
Category = enum.Enum("Category", {name: name for name in CATEGORIES}, type=str)


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: table for people, the rest for programs.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", help="Comma-separated fields to print, in this order (JSON, JSON Lines, CSV).", metavar="A,B,C"),
]


def chosen_format(fmt: Format, as_json: bool) -> Format:
    if as_json and fmt not in (Format.table, Format.json):
        from deskcli.domain.errors import InvalidInput

        raise InvalidInput(f"--json and --format {fmt.value} ask for two formats; give one")
    return Format.json if as_json else fmt

RequestId = Annotated[
    int,
    typer.Argument(help="Request number, e.g. 42.", metavar="ID", max=MAX_INT, autocompletion=completion.request_ids),
]
