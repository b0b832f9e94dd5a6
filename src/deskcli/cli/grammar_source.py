"""Writes ``cli/grammar.py``, the fast path's copy of the command line, from the Typer app.

The Typer application is the one grammar users see. The launcher must not load it (that is
the point of the fast path), so it reads a description generated from it: every option of
the commands the fast path runs, what each holds (text, a whole number in a range, one of
some choices, a flag), the arguments in order and which options are required.
tests/cli/test_fastpath.py fails when the generated file differs from what the app
declares now; regenerate it with ``python -m deskcli.cli.grammar_source``.
"""

from __future__ import annotations

import pprint
from pathlib import Path
from typing import Any

#: The commands the launcher runs without Typer (``launcher.RUNNERS`` names their code).
FAST_COMMANDS = ("queue", "show", "tui", "calendar", "deadline", "renewal-quote", "reply", "open", "search")
#: Options left to the full command line on purpose: a live screen and indexing what an import
#: left unindexed (it writes) are not hot (commands), and
#: the version and completion installers are eager options with their own behaviour (global;
#: ``desk open --version`` is the product's version, an ordinary option).
SLOW_ONLY = {"--watch", "-w", "--interval", "--update-index"}
SLOW_ONLY_GLOBAL = {"--version", "--install-completion", "--show-completion"}
#: A path option as Typer declares one by default: any path, checked only for being readable
#: when it exists (the launcher checks the same, else the full command line explains).
PLAIN_PATH = {"exists": False, "file_okay": True, "dir_okay": True, "writable": False, "readable": True,
              "executable": False, "resolve_path": False, "allow_dash": False}
HEADER = '''"""The command line of the commands the launcher runs without Typer: GENERATED from the Typer
application by ``python -m deskcli.cli.grammar_source`` (do not edit by hand; a test holds the two
equal).

Each option: (destination, "text" | "flag" | "path" | "int", minimum, maximum | "choice", choices),
or (destination, "many", and one of those) for an option that may be given again (a list).
Arguments are in order, with whether each is required.
"""

'''


def _kind(param: Any) -> tuple:
    if param.multiple:
        return ("many", *_single_kind(param))
    return _single_kind(param)


def _single_kind(param: Any) -> tuple:
    if getattr(param, "is_flag", False):
        return ("flag",)
    kind = param.type
    choices = getattr(kind, "choices", None)
    if choices is not None:
        if not getattr(kind, "case_sensitive", True):
            raise ValueError(f"{param.name}: a case-insensitive choice is not in the fast path's grammar")
        return ("choice", tuple(str(c) for c in choices))
    name = getattr(kind, "name", "")
    if name == "path":
        if any(getattr(kind, key, False) != value for key, value in PLAIN_PATH.items()):
            raise ValueError(f"{param.name}: a checked path is not in the fast path's grammar")
        return ("path",)
    if name in ("integer", "integer range") or name == "" and hasattr(kind, "min"):
        return ("int", getattr(kind, "min", None), getattr(kind, "max", None))
    if name == "text":
        return ("text",)
    raise ValueError(f"{param.name}: {name!r} values are not in the fast path's grammar")


def _supported(param: Any) -> None:
    """Counted, paired (--x/--no-x), environment-fed or multi-valued options, and repeated
    flags or arguments, would need more than the launcher's reader knows: such a parameter
    on a fast command fails here first. (An option given again, each time one value, is a list.)"""
    if param.multiple and (getattr(param, "is_flag", False) or param.param_type_name == "argument") \
            or param.nargs != 1 or param.envvar or getattr(param, "count", False) or param.secondary_opts \
            or getattr(param, "callback", None) is not None:
        raise ValueError(f"{param.name}: this kind of parameter is not in the fast path's grammar")


def _options(params: list[Any], slow: set[str]) -> tuple[dict[str, tuple], list[tuple], list[str]]:
    options: dict[str, tuple] = {}
    arguments: list[tuple] = []
    required: list[str] = []
    for param in params:
        if set(param.opts) & slow:
            continue
        _supported(param)
        if param.param_type_name == "argument":
            arguments.append((param.name, *_kind(param), bool(param.required)))
            continue
        if param.required:
            required.append(param.name)
        for opt in param.opts:
            options[opt] = (param.name, *_kind(param))
    return options, arguments, required


def describe(app: Any) -> dict[str, Any]:
    """The grammar of ``FAST_COMMANDS`` and of the global options, read from the app."""
    import typer.main

    root: Any = typer.main.get_command(app)
    global_options, _, _ = _options(root.params, SLOW_ONLY_GLOBAL)
    commands = {}
    for name in FAST_COMMANDS:
        options, arguments, required = _options(root.commands[name].params, SLOW_ONLY)
        commands[name] = {"options": options, "arguments": tuple(arguments), "required": tuple(required)}
    return {"GLOBALS": global_options, "COMMANDS": commands}


def render(description: dict[str, Any]) -> str:
    parts = [HEADER]
    for name, value in description.items():
        kind = "dict[str, dict]" if name == "COMMANDS" else "dict[str, tuple]"
        parts.append(f"{name}: {kind} = {pprint.pformat(value, width=120, sort_dicts=False)}\n")
    return "\n".join(parts)


def target() -> Path:
    return Path(__file__).with_name("grammar.py")


def main() -> None:
    from deskcli.cli.app import make_app

    target().write_text(render(describe(make_app())), encoding="utf-8")


if __name__ == "__main__":
    main()
