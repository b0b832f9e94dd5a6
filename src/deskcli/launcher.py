"""The ``desk`` entry point: the everyday commands skip loading the full command line.

``desk queue`` runs dozens of times an hour and from cron every few minutes, ``desk show``,
``desk search`` and ``desk reply`` after it, mail gateways and web forms ``desk open``, and
agents and scripts ask ``calendar``, ``deadline`` and ``renewal-quote``;
Typer costs more to load than any of them costs to answer. A command line that the Typer
application would accept as it is runs straight through the same code (``RUNNERS``, then
``exits.guarded``), read with ``cli/grammar.py``, which is generated from the Typer app
and held equal to it by a test. Anything else (an unknown or malformed option, a value
Typer would refuse, any other command, a PIN prompt or an editor) goes to the full Typer
application, which owns every usage error and every question to the person at the
terminal. Help is served from a copy of Typer's own (``cli/help_cache.py``).
tests/cli/test_fastpath.py checks that both paths print the same.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself costs --version and --help a tenth of their time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import NoReturn

#: SQLite integers are 64-bit; a larger number on the command line is a usage error.
MAX_INT = 2**63 - 1
#: The code each fast command runs: module and function, called with the desk Context and
#: the options by their Typer names (``fmt`` already a Format).
RUNNERS = {
    "queue": ("deskcli.cli.queue_core", "run_queue"),
    "show": ("deskcli.cli.request_view", "run_show"),
    "tui": ("deskcli.cli.tui_core", "run_tui"),
    "calendar": ("deskcli.cli.calendar_core", "run_calendar"),
    "deadline": ("deskcli.cli.calendar_core", "run_deadline"),
    "renewal-quote": ("deskcli.cli.entitlement_core", "run_renewal_quote"),
    "reply": ("deskcli.cli.request_core", "run_reply"),
    "open": ("deskcli.cli.request_core", "run_open"),
    "search": ("deskcli.cli.search_core", "run_search"),
}
#: The fast commands that change the desk (the others open it read-only).
WRITERS = ("reply", "open")


def _number(value: str) -> int | None:
    """A plain decimal number; ``str.isdigit`` alone also takes "²" and "١", which int() refuses."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 19 else None


def _value(text: str, kind: tuple) -> object | None:
    """A value the Typer command line would take as it is, else None (that line is the full
    command line's to read: it may be a mistake to explain)."""
    if not text or "\x00" in text:
        return None
    if kind[0] == "choice":
        if text in kind[1]:
            return text
        from deskcli.cli.choices import matching

        meant = matching(text, kind[1])  # a shortened choice, as the full command line reads it
        return meant[0] if len(meant) == 1 else None
    if kind[0] == "int":
        number = _number(text)
        low, high = kind[1], MAX_INT if kind[2] is None else kind[2]
        if number is None or number > high or low is not None and number < low:
            return None
        return number
    if kind[0] == "path":
        # As Typer's path type: any path, but one that exists must be readable.
        if os.path.lexists(text) and not os.access(text, os.R_OK):
            return None
        from deskcli.paths import plain

        return plain(text)  # spelt as pathlib.Path(text) prints, without importing pathlib
    return text


def _interactive(name: str, options: dict) -> bool:
    """Whether the command may ask the person at the terminal (the PIN prompt, the editor):
    the full command line does that, with its handling of Ctrl-C and end of input at a prompt."""
    from deskcli.env import DESK_PIN

    if name == "open" and "pin" not in options and "pin_file" not in options and not os.environ.get(DESK_PIN):
        return True
    if name in WRITERS and (options.get("edit") or not {"body", "body_file", "template", "kb"} & set(options)):
        return sys.stdin.isatty()
    return False


def _options(tokens: list[str], options: dict[str, tuple], arguments: tuple = ()) -> dict | None:
    """Options (``--name value``, ``--name=value``, flags) and arguments in any order, into
    a dict by destination; None for anything else."""
    parsed: dict = {}
    waiting = list(arguments)
    tokens = list(tokens)
    while tokens:
        head = tokens.pop(0)
        if not head.startswith("-"):
            if not waiting:
                return None
            destination, *kind = waiting.pop(0)
            parsed[destination] = _value(head, tuple(kind[:-1]))
            if parsed[destination] is None:
                return None
            continue
        name, eq, inline = head.partition("=") if head.startswith("--") else (head, "", "")
        if name not in options:
            return None
        destination, *kind = options[name]
        if kind[0] == "flag":
            if eq:
                return None
            parsed[destination] = True
            continue
        value = inline if eq else (tokens.pop(0) if tokens else "")
        if not eq and value.startswith("-"):
            return None
        if kind[0] == "many":  # given again: a list, in the order given
            item = _value(value, tuple(kind[1:]))
            if item is None:
                return None
            parsed.setdefault(destination, []).append(item)
            continue
        parsed[destination] = _value(value, tuple(kind))
        if parsed[destination] is None:
            return None
    if any(required for *_, required in waiting):
        return None
    return parsed


def refuse_undecodable(argv: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape); they
    cannot be stored, printed or compared, so the command line is refused as a whole."""
    for position, argument in enumerate(argv, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            from deskcli.domain.errors import InvalidInput

            raw = argument.encode("utf-8", "surrogateescape")
            shown = _which_argument(argv, position)
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidInput(f"argument {position} ({shown}) is not valid UTF-8") from None
            # Valid UTF-8 that Python read as ASCII (a C locale with its UTF-8 mode turned off):
            # read as UTF-8 here, a path in it would fail to open, so say how to run (review).
            raise InvalidInput(f"argument {position} ({shown}) is not ASCII, and this Python reads the command "
                               "line as ASCII (a C locale): run with LC_ALL=C.UTF-8 or PYTHONUTF8=1") from None


def _which_argument(argv: list[str], position: int) -> str:
    """How an error names argument ``position`` without quoting a value: a PIN, a password
    in a body (security review: ``--pin=Caf\\xe9PIN77`` was quoted back). An option by its
    name; a value by the option it follows."""
    argument = argv[position - 1]
    if argument.startswith("--"):
        name, equals, _ = argument.partition("=")
        return f"{_printable(name)[:40]}=…" if equals else _printable(name)[:40]
    previous = argv[position - 2] if position > 1 else ""
    if previous.startswith("-") and "=" not in previous:
        return f"the value after {_printable(previous)[:40]}"
    return "a value"


def _printable(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")


def _global_names() -> set[str]:
    from deskcli.cli.grammar import GLOBALS

    return {name for name, (_, kind) in GLOBALS.items() if kind != "flag"}


def _command_index(argv: list[str]) -> int | None:
    takes_value = _global_names()
    for i, token in enumerate(argv):
        if not token.startswith("-") and (i == 0 or argv[i - 1] not in takes_value):
            return i
    return None


def command_name(argv: list[str]) -> str | None:
    """The subcommand a command line names (``queue`` in ``desk --db x queue``), if any."""
    index = _command_index(argv)
    return None if index is None else argv[index]


def parse(argv: list[str], name: str) -> tuple[dict, dict] | None:
    """(global options, command options) for a plain ``desk [globals] NAME ...`` that the
    Typer command line would accept as it is, read with its generated grammar; else None."""
    from deskcli.cli.grammar import COMMANDS, GLOBALS

    command = _command_index(argv)
    if command is None or argv[command] != name or name not in COMMANDS:
        return None
    grammar = COMMANDS[name]
    globals_ = _options(argv[:command], GLOBALS)
    options = _options(argv[command + 1:], grammar["options"], grammar["arguments"])
    if globals_ is None or options is None or not set(grammar["required"]) <= set(options):
        return None
    if options.get("as_json") and "fmt" in options:
        return None  # two formats: the full command line explains the mistake
    return {("no_input" if key == "no_input" else f"{key}_option"): value for key, value in globals_.items()}, options


def _run(name: str, globals_: dict, options: dict, *, collect: bool = True) -> int:
    from deskcli.cli.exits import guarded
    from deskcli.files import private_umask

    def run() -> int:
        import importlib

        from deskcli.cli.exits import storage_failure
        from deskcli.services.context import Context

        context = Context.from_options(writes=name in WRITERS, **globals_)
        from deskcli.cli.streams import attend

        attend(context)
        try:
            if name != "tui":
                from deskcli.formats import Format, chosen_format

                options["fmt"] = chosen_format(Format(options.get("fmt", "table")), options.pop("as_json", False),
                                               options.get("fields"))
            module, function = RUNNERS[name]
            return getattr(importlib.import_module(module), function)(context, **options)
        except Exception as exc:
            failure = storage_failure(context.db_path, exc)
            if failure is not None:
                raise failure from None
            raise
        finally:
            context.close()

    if not collect and name != "tui" and not options.get("watch"):
        # A fast command lives a fraction of a second and frees its objects as it drops them;
        # the cycle collector ran some 30 times in the start-up of `desk open` to find a few
        # hundred objects of cyclic garbage (5-15 ms; issue 15). The screens keep it, and so
        # does a process that goes on after the command (``collect``: a test calling main).
        import gc

        gc.disable()
    with private_umask():
        return guarded(run)


def _fast(argv: list[str]) -> tuple[str, tuple[dict, dict]] | None:
    """The fast path's reading of the command line; None sends it to the full one."""
    try:
        "".join(argv).encode("utf-8")
    except UnicodeEncodeError:
        return None  # the full command line says which argument is not UTF-8
    name = command_name(argv)
    if name not in RUNNERS:
        return None
    try:
        parsed = parse(argv, name)
        if parsed is not None and _interactive(name, parsed[1]):
            parsed = None
    except Exception:  # noqa: BLE001 - anything odd is the full command line's to explain
        parsed = None
    return None if parsed is None else (name, parsed)


def main(*, leave: Callable[[int], NoReturn] = sys.exit, collect: bool = True) -> None:
    """The command line; ``leave`` ends the process after a fast command (``tui`` aside).
    ``collect=False``: the process ends with the command, so a fast one may run without the
    cycle collector."""
    from deskcli.cli.streams import prepare

    prepare()
    argv = sys.argv[1:]
    if argv == ["--version"]:  # asked by scripts and bug reports; needs no command line at all
        from deskcli import __version__

        try:  # not through exits.guarded: its output module would cost the version 3 ms
            sys.stdout.write(f"desk {__version__}\n")
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away (desk --version | true): 141, as every command
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())  # the exit's own flush then fails no more
            sys.exit(141)
        except OSError as exc:
            sys.stderr.write(f"error: cannot write the output: {exc.strerror}\n")
            sys.exit(5)
        sys.exit(0)
    if argv and argv[-1] in ("--help", "-h") and "_DESK_COMPLETE" not in os.environ:
        from deskcli.cli import help_cache

        if help_cache.wanted(argv):
            help_cache.serve(argv, _full)
    fast = _fast(argv)
    if fast is not None:
        code = _run(fast[0], *fast[1], collect=collect)
        (sys.exit if fast[0] == "tui" else leave)(code)
    _full()


def console() -> None:
    """The ``desk`` console script: `main`, leaving after a fast command without the
    interpreter's teardown (`leave_now`) and running it without the cycle collector."""
    main(leave=leave_now, collect=False)


def leave_now(code: int) -> NoReturn:
    """End the process as ``sys.exit(code)`` would, less the interpreter's teardown: freeing
    every module and object one by one costs 5-15 ms, more than some commands' own work
    (issue 15). What a normal exit does that anyone could see is still done: wait for
    threads that are not daemons (if any run, it is the normal exit), run the ``atexit``
    handlers (logging's flush among them), flush stdout and stderr. The database is closed
    by then (``Context.close``), so SQLite has checkpointed; a failing flush takes the
    normal exit, which reports it as it always did."""
    import atexit

    threading = sys.modules.get("threading")
    if threading is not None and any(t.is_alive() and not t.daemon for t in threading.enumerate()
                                     if t is not threading.main_thread()):
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def _full() -> None:
    from deskcli.cli.app import main as full

    full()


if __name__ == "__main__":
    main()
