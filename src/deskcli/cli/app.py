"""The ``desk`` command line: thin commands over the domain, the store and the output layer."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from deskcli import __version__
from deskcli.cli import runtime as runtime_module
from deskcli.cli.exits import ExitStatus, guarded


class DeskGroup(TyperGroup):
    """Runs the command and turns every failure into one ``error:`` line and an exit code."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        from deskcli import output

        def usage(exc: typer.TyperException) -> int:
            output.error(exc.format_message())
            return exc.exit_code

        def aborted(_: typer.Abort) -> int:
            output.error("aborted")
            return ExitStatus.INTERRUPTED

        code = guarded(
            lambda: super(DeskGroup, self).main(args, prog_name or "desk", complete_var,
                                                standalone_mode=False, **extra),
            extra=((typer.TyperException, usage), (typer.Abort, aborted)),
        )
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=DeskGroup,
    name="desk",
    help="A terminal support desk that enforces the vendor's support policy.\n\n"
    "Example: desk queue --overdue",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"desk {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    db: Annotated[str | None, typer.Option("--db", help="SQLite database file (default: DESK_DB, then the user data dir).", metavar="PATH")] = None,
    config: Annotated[str | None, typer.Option("--config", help="Configuration file (default: DESK_CONFIG, then the user config dir).", metavar="PATH")] = None,
    agent: Annotated[str | None, typer.Option("--agent", help="Who is acting (default: DESK_AGENT, the configuration, the login name).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    runtime_module.reset(db_option=db, config_option=config, agent_option=agent)


def _register() -> None:
    from deskcli.cli import (
        access_cmd,
        admin_cmd,
        calendar_cmd,
        config_cmd,
        demo_cmd,
        entitlement_cmd,
        export_cmd,
        license_cmd,
        queue_cmd,
        report_cmd,
        requests_cmd,
    )

    for module in (requests_cmd, queue_cmd, license_cmd, entitlement_cmd, calendar_cmd, export_cmd,
                   config_cmd, demo_cmd, access_cmd, admin_cmd, report_cmd):
        module.register(app)


_register()


def main() -> None:
    app()
