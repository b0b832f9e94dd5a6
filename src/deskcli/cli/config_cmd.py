"""``desk config``: the personal file — where it lives, what it says, changing one key."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading
from deskcli.cli.documents import FORMAT_HELP, print_document
from deskcli.cli.options import FieldsOption, JsonOption, chosen_format
from deskcli.output import Format

config_app = typer.Typer(
    help="Your personal settings: agent name, database, editor, colour, mail servers. The desk's "
    "shared policy is desk policy.\n\nExample: desk config set agent anna",
    no_args_is_help=True,
)


@config_app.command("path")
def path(ctx: typer.Context) -> None:
    """Print the personal configuration file's path.

    Example: desk config path
    """
    typer.echo(str(reading(ctx).settings.path))


@config_app.command("show")
def show(
    ctx: typer.Context,
    *,
    fmt: Annotated[Format, typer.Option("--format", "-f", help=FORMAT_HELP)] = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Print the personal settings in effect (the file over the defaults): TOML, JSON or CSV.

    Example: desk config show --json
    """
    from deskcli import settings

    effective = settings.load(reading(ctx).settings.path).effective()  # a broken file is said here
    if "@" in effective["mail"]["smtp_url"] + effective["mail"]["imap_url"]:
        from deskcli.mail.server_urls import without_password  # a password put in the file by hand

        for key in ("smtp_url", "imap_url"):
            effective["mail"][key] = without_password(effective["mail"][key])
    print_document(effective, chosen_format(fmt, as_json, fields), fields)


@config_app.command("set")
def set_(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Dotted key: agent, database, editor, color, mail.smtp_url, ...")],
    value: Annotated[str, typer.Argument(help="New value.")],
) -> None:
    """Set one personal key; the file keeps its comments and layout and is saved atomically.

    Example: desk config set mail.smtp_url smtp://desk@mail.example.ru:587?starttls=1
    """
    from deskcli import settings

    target = reading(ctx).settings.path
    still = settings.set_value(target, key, value)
    output.note(f"set {key} in {target}")
    _still(still)


@config_app.command("unset")
def unset(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Dotted key to remove: a personal one, or a policy key an older deskcli kept here.")],
) -> None:
    """Remove one key from the personal file; the rest keeps its comments and layout.

    A personal key falls back to its default; a policy key an older deskcli kept here stops
    being warned about.

    Example: desk config unset editor
    """
    from deskcli import settings

    target = reading(ctx).settings.path
    still = settings.unset_value(target, key)
    output.note(f"removed {key} from {target}")
    _still(still)


def _still(problem: str | None) -> None:
    """A mistake the file still holds (another key): saved, but every other command stops on it."""
    if problem is not None:
        output.note(f"warning: {problem}; other desk commands stop until it is mended")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config", rich_help_panel="Administration")
