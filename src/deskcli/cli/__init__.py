"""The ``desk`` command line: thin commands over the domain, the store and the output layer."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from deskcli import __version__
from deskcli.cli import runtime as runtime_module
from deskcli.domain.errors import DeskError, InvalidInput, NotFound, NotRecognised, StorageError
from deskcli.env import DESK_DEBUG


class ExitStatus:
    """Exit codes of SPEC section 6; scripts and cron branch on them."""

    OK = 0
    #: A negative answer, not a failure: rejected, not eligible, overdue found by --check.
    NEGATIVE = 1
    #: The command line or a value on it is wrong; retrying the same input cannot help.
    USAGE = 2
    #: The request or license named does not exist.
    NOT_FOUND = 3
    #: License or PIN not recognised; one code for both so neither can be probed alone.
    NOT_RECOGNISED = 4
    #: The database cannot be used; the data is safe but an admin must look.
    STORAGE = 5


_EXIT_FOR = (
    (InvalidInput, ExitStatus.USAGE),
    (NotFound, ExitStatus.NOT_FOUND),
    (NotRecognised, ExitStatus.NOT_RECOGNISED),
    (StorageError, ExitStatus.STORAGE),
)


def exit_code_for(exc: DeskError) -> int:
    for kind, code in _EXIT_FOR:
        if isinstance(exc, kind):
            return code
    return ExitStatus.USAGE


class DeskGroup(TyperGroup):
    """Runs the command and turns every failure into one ``error:`` line and an exit code."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        from deskcli import output

        debug = os.environ.get(DESK_DEBUG) not in (None, "", "0")
        try:
            code = super().main(args, prog_name or "desk", complete_var, standalone_mode=False, **extra)
        except DeskError as exc:
            if debug:
                raise
            output.error(str(exc))
            code = exit_code_for(exc)
        except typer.TyperException as exc:
            output.error(exc.format_message())
            code = exc.exit_code
        except typer.Abort:
            output.error("aborted")
            code = 130
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            code = 130
        except BrokenPipeError:
            sys.stderr = open(os.devnull, "w")
            code = ExitStatus.NEGATIVE
        except Exception as exc:
            if debug:
                raise
            output.error(f"unexpected {type(exc).__name__}; run with {DESK_DEBUG}=1 for details")
            code = 70
        if standalone_mode:
            sys.exit(code if isinstance(code, int) else 0)
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
