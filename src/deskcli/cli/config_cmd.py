"""``desk config``: where the configuration lives, what it says, and changing one key."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import config as config_module
from deskcli import output
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.runtime import current
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

config_app = typer.Typer(
    help="Show or change the configuration.\n\nExample: desk config set targets.emergency 90",
    no_args_is_help=True,
)


@config_app.command("path")
def path() -> None:
    """Print the configuration file's path.

    Example: desk config path
    """
    typer.echo(str(current().config_path))


@config_app.command("show")
def show(
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Print the effective configuration (the file over the defaults): TOML for people, or JSON.

    Example: desk config show --json --fields targets
    """
    rt = current()
    effective = config_module.effective(rt.config.raw)
    fmt = chosen_format(fmt, as_json)
    if fmt is Format.table:
        import tomli_w

        typer.echo(output.clean_text(tomli_w.dumps(effective)), nl=False)
    elif fmt is Format.json:
        output.emit(effective, fmt, fields=fields, columns=list(effective))
    else:
        raise InvalidInput("config show prints TOML (the default) or JSON")


@config_app.command("set")
def set_(
    key: Annotated[str, typer.Argument(help="Dotted key, e.g. calendar.hours.fri or targets.usage.")],
    value: Annotated[str, typer.Argument(help="New value; lists are comma-separated.")],
) -> None:
    """Set one key and save the file atomically; the whole file is checked first.

    Example: desk config set calendar.hours.fri "09:00-13:00,14:00-17:00"
    """
    rt = current()
    config_module.set_value(rt.config_path, key, value)
    output.note(f"set {key} in {rt.config_path}")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config", rich_help_panel="Administration")
