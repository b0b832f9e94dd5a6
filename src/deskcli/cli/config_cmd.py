"""``desk config``: where the configuration lives, what it says, and changing one key."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import config as config_module
from deskcli import output
from deskcli.cli.runtime import current

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
def show() -> None:
    """Print the effective configuration (the file over the defaults) as TOML.

    Example: desk config show
    """
    import tomli_w

    rt = current()
    effective = config_module.effective(rt.config.raw)
    typer.echo(output.clean_text(tomli_w.dumps(effective)), nl=False)


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
