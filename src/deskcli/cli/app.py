"""The ``desk`` command line: thin commands over the domain, the store and the output layer."""

from __future__ import annotations

import errno
import re
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from deskcli import __version__
from deskcli.domain.errors import DeskError
from deskcli.cli.exits import (
    SETUP_FAILED,
    ExitStatus,
    Interrupted,
    OutputClosed,
    guarded,
    storage_failure,
)

#: The command-line parser's own usage errors (an unknown option, a bad value). Typer names
#: the class only in newer versions; every version raises BadParameter, a subclass of it.
USAGE_PROBLEM: type[Exception] = getattr(typer, "TyperException", None) or typer.BadParameter.__mro__[2]


class DeskGroup(TyperGroup):
    """Runs the command and turns every failure into one ``error:`` line and an exit code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from deskcli.cli.options import tidy_help

        tidy_help(self)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            raise Interrupted(getattr(exc, "signum", None)) from None
        except BrokenPipeError:
            # Click would end a closed pipe as exit 1, a "negative answer" in SPEC 6; the
            # reader (| head) quit, and the fast commands end that as 141, as shells do.
            raise OutputClosed() from None
        except Exception as exc:
            failure = storage_failure(getattr(ctx.obj, "db_path", None), exc)
            if failure is not None:
                raise failure from None
            raise

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        from deskcli import output
        from deskcli.cli.options import tidy_parameters

        tidy_parameters(self.params)

        arguments = [str(a) for a in (sys.argv[1:] if args is None else args)]
        poisoned = [i for i, argument in enumerate(arguments) if "\x00" in argument]
        if poisoned:
            # A real argv cannot carry NUL; a caller that passes one in-process gets a usage error.
            i = poisoned[0]
            if arguments[i].startswith("--") and "=" in arguments[i]:
                option = arguments[i].split("=")[0]
            else:
                option = arguments[i - 1] if i and arguments[i - 1].startswith("-") else f"argument {i + 1}"
            output.error(f"{option} contains a NUL byte")
            code = ExitStatus.USAGE
            if standalone_mode:
                sys.exit(code)
            return code

        def usage(exc: Any) -> int:
            _suggest_command(exc)
            _suggest_options(exc)
            message = exc.format_message()
            option = getattr(exc, "option_name", None)
            if option in _GLOBAL_OPTIONS and message.startswith("No such option"):
                # desk queue --db X: the desk's own options come before the command
                message += f"; {option} goes before the command: desk {option} ... COMMAND"
            if not message:  # a bare `desk` or `desk license` has just printed its help, on stdout
                # ... and a script that ran it learns why it failed in one line, as for any error (review)
                context = getattr(exc, "ctx", None)
                path = context.command_path if context is not None else "desk"
                message = f"missing command: {path} COMMAND ({path} --help lists them)"
            output.error(message)
            return exc.exit_code

        from deskcli.files import private_umask
        from deskcli.launcher import refuse_undecodable

        def run() -> Any:
            refuse_undecodable(arguments)
            try:
                return super(DeskGroup, self).main(arguments, prog_name or "desk", complete_var,
                                                   standalone_mode=False, **extra)
            except typer.Abort as exc:  # Ctrl-C, or end of input at a prompt: guarded says what was saved
                raise Interrupted(getattr(exc.__context__, "signum", None)) from None
            except SystemExit as exc:
                # Click ends a closed pipe under its help (desk --help | true) as exit 1, a
                # "negative answer" in SPEC 6; it is a reader gone away, as for any output (review)
                cause = exc.__context__
                if isinstance(cause, OSError) and cause.errno == errno.EPIPE:
                    raise OutputClosed() from None
                raise

        with private_umask():
            code = guarded(run, extra=((USAGE_PROBLEM, usage),))
        if standalone_mode:
            sys.exit(code)
        return code


#: The options of ``desk`` itself, which a newcomer puts after the command.
_GLOBAL_OPTIONS = ("--db", "--config", "--agent", "--no-input")

#: Commands a newcomer looks for under another word, each with the commands it may mean, the
#: first one the group has being named. Typer guesses by spelling alone: ``desk resolve``
#: got 'reopen', ``desk license new`` 'renew' and ``desk config get`` 'set' (review).
_MEANT_COMMANDS = {
    "resolve": ("close",), "solve": ("close",), "answer": ("reply",), "respond": ("reply",),
    "new": ("add", "open"), "create": ("add", "open"), "get": ("show",), "view": ("show",), "print": ("show",),
    "list": ("queue", "outbox", "show"), "ls": ("queue", "outbox", "show"),
    "delete": ("remove",), "rm": ("remove",), "del": ("remove",), "help": ("--help",),
    "history": ("log",), "versions": ("log",), "changes": ("log",),
}

#: Options a newcomer looks for under another name (``desk report sla`` takes --from and --to).
_MEANT_OPTIONS = {"--from": ("--since",), "--to": ("--until",), "--days": ("--within",),
                  "--message": ("--body", "--resolution"), "--rule": ("--reason",)}


def _suggest_command(exc: Any) -> None:
    """A command looked for under another word (`_MEANT_COMMANDS`) is answered with the
    command meant, in whichever group it was typed."""
    found = re.match(r"No such command ('[^']*'|\"[^\"]*\")", str(getattr(exc, "message", "")))
    commands = getattr(getattr(getattr(exc, "ctx", None), "command", None), "commands", None)
    if found is None or not isinstance(commands, dict):
        return
    typed = found.group(1)[1:-1]
    meant = next((name for name in _MEANT_COMMANDS.get(typed, ()) if name in commands or name == "--help"), None)
    if meant is not None:
        exc.message = f"No such command {typed!r}. Did you mean {meant!r}?"


def _suggest_options(exc: Any) -> None:
    """An unknown option that begins a real one (``--due`` for ``--due-within``), or names one
    under another word (``export --from``), is answered with that option: click's guess by
    spelling offered ``--overdue`` for ``--due``, and ``--bom`` for ``--from`` (review)."""
    typed, context = getattr(exc, "option_name", None), getattr(exc, "ctx", None)
    if not isinstance(typed, str) or not typed.startswith("--") or context is None or not hasattr(exc, "possibilities"):
        return
    names = [name for param in context.command.params if not getattr(param, "hidden", False)
             for name in (*param.opts, *param.secondary_opts) if name.startswith("--")]
    meant = [name for name in names if name.startswith(typed)] or \
        [name for name in _MEANT_OPTIONS.get(typed, ()) if name in names]
    if meant:
        exc.possibilities = meant

#: Which module registers each command, so a run can load just the one it needs.
COMMAND_MODULES = {
    **dict.fromkeys(("open", "reply", "show", "close", "reopen", "escalate", "assign", "edit"), "requests_cmd"),
    "queue": "queue_cmd",
    "tui": "tui_cmd",
    "license": "license_cmd",
    **dict.fromkeys(("renewal-quote", "check-eligibility"), "entitlement_cmd"),
    **dict.fromkeys(("calendar", "deadline"), "calendar_cmd"),
    **dict.fromkeys(("export", "import"), "export_cmd"),
    "config": "config_cmd",
    "policy": "policy_cmd",
    "demo": "demo_cmd",
    "access": "access_cmd",
    **dict.fromkeys(("backup", "doctor"), "admin_cmd"),
    "report": "report_cmd",
    **dict.fromkeys(("reject", "kb"), "intake_cmd"),
    **dict.fromkeys(("mail-in", "mail"), "mail_cmd"),
    "attachment": "attachment_cmd",
    "search": "search_cmd",
    "tag": "tag_cmd",
    "merge": "merge_cmd",
    "template": "template_cmd",
    "renewals": "renewals_cmd",
}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"desk {__version__}")
        raise typer.Exit()


def _global_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="SQLite database file (default: DESK_DB, then the user data dir).", metavar="PATH")] = None,
    config: Annotated[str | None, typer.Option("--config", help="Configuration file (default: DESK_CONFIG, then the user config dir).", metavar="PATH")] = None,
    agent: Annotated[str | None, typer.Option("--agent", help="Who is acting (default: DESK_AGENT, the configuration, the login name).")] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help="Never prompt; a command that would ask fails instead.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    from deskcli.cli.context import install

    try:
        install(ctx, {"db_option": db, "config_option": config, "agent_option": agent}, no_input=no_input)
    except DeskError as exc:
        if ctx.invoked_subcommand != "mail-in":
            raise
        # mail-in answers it once it knows where its mail comes from: an MTA's pipe keeps
        # the message on 75, a poll has nothing to keep (cli/mail_cmd.py).
        ctx.meta[SETUP_FAILED] = exc


def make_app(command: str | None = None) -> typer.Typer:
    """The application with every command, or with only ``command`` (a faster start)."""
    import importlib

    application = typer.Typer(
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
    application.callback()(_global_options)
    wanted = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else list(dict.fromkeys(COMMAND_MODULES.values()))
    for name in wanted:
        importlib.import_module(f"deskcli.cli.{name}").register(application)
    return application


def __getattr__(name: str):
    if name == "app":
        globals()["app"] = built = make_app()
        return built
    raise AttributeError(name)


def main() -> None:
    import os

    from deskcli.launcher import command_name

    command = None if os.environ.get("_DESK_COMPLETE") else command_name(sys.argv[1:])
    make_app(command)()
