"""The ``desk`` entry point: the hot read-only commands skip loading the full command line.

``desk queue`` runs dozens of times an hour and from cron every few minutes, and ``desk
show`` after it; Typer costs more to load than either costs to print. A plain command
line of a form this module recognises runs straight through the same code
(``queue_core.run_queue``, ``request_view.run_show``, ``exits.guarded``); anything else —
help, an unknown or malformed option, any other command — goes to the full Typer
application, which owns every error message. tests/cli/test_fastpath.py checks that both
paths print the same.
"""

from __future__ import annotations

import os
import sys

GLOBAL_VALUE_OPTIONS = {"--db": "db_option", "--config": "config_option", "--agent": "agent_option"}
#: Kept here rather than imported so the launcher loads nothing; a test holds it equal to
#: ``deskcli.domain.tickets.CATEGORIES``.
CATEGORIES = ("emergency", "usage", "installation", "technical")
FORMATS = ("table", "json", "jsonl", "csv")
#: SQLite integers are 64-bit; a larger number on the command line is a usage error.
MAX_INT = 2**63 - 1


QUEUE_VALUES = {"--line": "line", "--category": "category", "-c": "category", "--assignee": "assignee",
                "-a": "assignee", "--due-within": "due_within", "--limit": "limit", "-n": "limit",
                "--format": "fmt", "-f": "fmt", "--fields": "fields", "--tag": "tag", "-t": "tag"}
QUEUE_FLAGS = {"--overdue": "overdue", "--check": "check", "--json": "as_json"}
TUI_VALUES = {"--line": "line", "--category": "category", "-c": "category", "--assignee": "assignee",
              "-a": "assignee", "--tag": "tag", "-t": "tag"}
TUI_FLAGS = {"--overdue": "overdue"}
SHOW_VALUES = {"--format": "fmt", "-f": "fmt", "--fields": "fields"}
SHOW_FLAGS = {"--json": "as_json", "--full": "full"}


def _options(tokens: list[str], values: dict[str, str], flags: dict[str, str]) -> dict | None:
    """``--name value``, ``--name=value`` and flags into a dict; None for anything else."""
    options: dict = {}
    tokens = list(tokens)
    while tokens:
        head = tokens.pop(0)
        name, eq, inline = head.partition("=") if head.startswith("--") else (head, "", "")
        if name in flags and not eq:
            options[flags[name]] = True
        elif name in values:
            value = inline if eq else (tokens.pop(0) if tokens else None)
            if not value or "\x00" in value or (not eq and value.startswith("-")):
                return None
            options[values[name]] = value
        else:
            return None
    return options


def _number(value: str) -> int | None:
    """A plain decimal number; ``str.isdigit`` alone also takes "²" and "١", which int() refuses."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 19 else None


def _positive(value: str) -> int | None:
    number = _number(value)
    return number if number is not None and 1 <= number <= MAX_INT else None


def refuse_undecodable(argv: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape); they
    cannot be stored, printed or compared, so the command line is refused as a whole."""
    for position, argument in enumerate(argv, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            from deskcli.domain.errors import InvalidInput

            shown = argument.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
            raise InvalidInput(f"argument {position} ({shown[:60]}) is not valid UTF-8") from None


def _command_index(argv: list[str]) -> int | None:
    for i, token in enumerate(argv):
        if not token.startswith("-") and (i == 0 or argv[i - 1] not in GLOBAL_VALUE_OPTIONS):
            return i
    return None


def command_name(argv: list[str]) -> str | None:
    """The subcommand a command line names (``queue`` in ``desk --db x queue``), if any."""
    index = _command_index(argv)
    return None if index is None else argv[index]


def _parse(argv: list[str], command_name: str, values: dict[str, str], flags: dict[str, str],
           positional: str | None = None) -> tuple[dict, dict] | None:
    command = _command_index(argv)
    if command is None or argv[command] != command_name:
        return None
    globals_ = _options(argv[:command], GLOBAL_VALUE_OPTIONS, {})
    rest = argv[command + 1:]
    options: dict = {}
    if positional is not None:
        number = _number(rest[0]) if rest else None
        if number is None or number > MAX_INT:
            return None
        options[positional] = number
        rest = rest[1:]
    parsed = _options(rest, values, flags)
    if globals_ is None or parsed is None:
        return None
    options.update(parsed)
    for name in ("line", "limit"):
        if name in options:
            options[name] = _positive(options[name])
            if options[name] is None:
                return None
    if options.get("category", CATEGORIES[0]) not in CATEGORIES or options.get("fmt", "table") not in FORMATS:
        return None
    if options.get("as_json") and "fmt" in options:
        return None  # conflicting formats: the full command line explains the mistake
    return globals_, options


def parse_queue(argv: list[str]) -> tuple[dict, dict] | None:
    """(global options, queue options) for a plain ``desk [globals] queue ...``, else None."""
    return _parse(argv, "queue", QUEUE_VALUES, QUEUE_FLAGS)


def parse_show(argv: list[str]) -> tuple[dict, dict] | None:
    """(global options, show options) for a plain ``desk [globals] show ID ...``, else None."""
    return _parse(argv, "show", SHOW_VALUES, SHOW_FLAGS, positional="request_id")


def parse_tui(argv: list[str]) -> tuple[dict, dict] | None:
    """(global options, tui options) for a plain ``desk [globals] tui ...``, else None."""
    return _parse(argv, "tui", TUI_VALUES, TUI_FLAGS)


def _run(runner_name: str, globals_: dict, options: dict) -> int:
    from deskcli.cli.exits import guarded
    from deskcli.files import private_umask

    def run() -> int:
        from deskcli.cli.exits import storage_failure
        from deskcli.output import Format
        from deskcli.services.context import Context

        context = Context.from_options(writes=False, **globals_)
        try:
            fmt = Format.json if options.pop("as_json", False) else Format(options.pop("fmt", "table"))
            if runner_name == "tui":
                from deskcli.cli.tui_core import run_tui

                return run_tui(context, **options)
            if runner_name == "queue":
                from deskcli.cli.queue_core import run_queue

                return run_queue(context, fmt=fmt, **options)
            from deskcli.cli.request_view import run_show

            return run_show(context, fmt=fmt, **options)
        except Exception as exc:
            failure = storage_failure(context.db_path, exc)
            if failure is not None:
                raise failure from None
            raise
        finally:
            context.close()

    with private_umask():
        return guarded(run)


def _fast(argv: list[str]) -> tuple[str, tuple[dict, dict]] | None:
    """The fast path's reading of the command line; None sends it to the full one."""
    try:
        "".join(argv).encode("utf-8")
    except UnicodeEncodeError:
        return None  # the full command line says which argument is not UTF-8
    for name, parse in (("queue", parse_queue), ("show", parse_show), ("tui", parse_tui)):
        try:
            parsed = parse(argv)
        except Exception:  # noqa: BLE001 - anything odd is the full command line's to explain
            parsed = None
        if parsed is not None:
            return name, parsed
    return None


def main() -> None:
    argv = sys.argv[1:]
    if argv == ["--version"]:  # asked by scripts and bug reports; needs no command line at all
        from deskcli import __version__

        sys.stdout.write(f"desk {__version__}\n")
        sys.exit(0)
    fast = _fast(argv)
    if fast is not None:
        sys.exit(_run(fast[0], *fast[1]))
    if argv and argv[-1] in ("--help", "-h") and "_DESK_COMPLETE" not in os.environ:
        from deskcli.cli import help_cache

        if help_cache.wanted(argv):
            help_cache.serve(argv, _full)
    _full()


def _full() -> None:
    from deskcli.cli.app import main as full

    full()


if __name__ == "__main__":
    main()
