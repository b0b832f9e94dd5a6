"""Options shared by many commands, declared once, and how every option reads in help."""

from __future__ import annotations

import enum
import re
import typing
from pathlib import Path
from typing import Annotated, Any

import typer

from deskcli.output import Format, chosen_format  # noqa: F401  (re-exported for the commands)
from deskcli.cli import choices as choosing, completion
from deskcli.domain.tickets import CATEGORIES
from deskcli.launcher import MAX_INT  # noqa: F401  (re-exported for the commands)

#: The request categories as a choice for Typer, from the domain's one list.
Category = enum.Enum("Category", {name: name for name in CATEGORIES}, type=str)  # type: ignore[misc]  # members come from the domain list, which mypy cannot read


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: table for people, the rest for programs.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", help="Comma-separated fields to print, in this order (JSON, JSON Lines, CSV; JSON when no format is given).", metavar="A,B,C"),
]


RequestId = Annotated[
    int,
    typer.Argument(help="Request number, e.g. 42.", metavar="ID", min=1, max=MAX_INT, autocompletion=completion.request_ids),
]


# -- help text -------------------------------------------------------------------------

#: Words for what an option takes, instead of a Python type (``<str>``, ``<int range>``).
#: Choices are named (FORMAT, CATEGORY) and listed in the help text, which wraps between
#: words; the metavar column of a wide table wraps anywhere ("installat|ion", "c|sv").
METAVARS = {str: "TEXT", int: "N", float: "NUMBER", Path: "PATH"}


def _held(param: Any) -> Any:
    """The Python type a parameter holds: Typer's own descriptor, or click's type."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None:
        held = descriptor.annotation
        args = [a for a in typing.get_args(held) if a is not type(None)]
        return args[0] if args and typing.get_origin(held) is not None else held
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        return list(choices)
    name = getattr(getattr(param, "type", None), "name", "")
    return {"integer": int, "integer range": int, "float": float, "float range": float, "path": Path}.get(name, str)


def _choices(held: Any) -> list[str] | None:
    if isinstance(held, list):
        return [str(c) for c in held]
    if isinstance(held, type) and issubclass(held, enum.Enum):
        return [str(m.value) for m in held]
    return None


def _tidy_parameter(param: Any) -> None:
    flag = getattr(param, "is_flag", False)
    held = _held(param)
    choices = _choices(held)
    if param.param_type_name == "argument":
        name = param.metavar or param.name.upper()
        param.metavar = name
        usage = name if param.required else f"[{name}]"
        param.get_usage_pieces = lambda ctx, usage=usage: [usage]  # no "{ID}" braces
        if hasattr(param, "display_type_rich"):
            param.display_type_rich = lambda ctx: None  # the name says it; no "<int range>" beside it
    elif flag:
        param.metavar = ""  # a flag takes no value; no "<bool>"
    elif param.metavar is None:
        long_name = next((o for o in param.opts if o.startswith("--")), param.name)
        param.metavar = long_name.lstrip("-").upper() if choices else METAVARS.get(held, "TEXT")
    if choices and hasattr(getattr(param, "type", None), "choices"):
        _abbreviate(param.type)
    if choices and not all(re.search(rf"\b{re.escape(c)}\b", param.help or "") for c in choices):
        param.help = f"{param.help or ''} One of: {', '.join(choices)}.".strip()
    # The 64-bit ceiling is SQLite's, not something to read in help; it is still enforced.
    if getattr(param, "max", None) == MAX_INT and hasattr(param, "type_descriptor"):
        param.max = None  # Typer 0.29 shows this attribute; it checks the value elsewhere
    kind = getattr(param, "type", None)
    if getattr(kind, "max", None) == MAX_INT and hasattr(kind, "_describe_range"):
        param.type = _ceiling_unsaid(kind)
        if param.param_type_name == "argument":
            param.type.name = ""  # the argument's name (ID) says it; no "INTEGER RANGE" beside it


_ABBREVIATED: dict[type, type] = {}


def _abbreviate(kind: Any) -> None:
    """A choice read as the fast path reads it (cli/choices.py): shortened to a start no
    other choice shares, or "emerg." as the queue's table writes it."""
    if not getattr(kind, "abbreviated", False):
        kind.__class__ = _abbreviated(type(kind))


def _abbreviated(base: type) -> type:
    if base in _ABBREVIATED:
        return _ABBREVIATED[base]

    class Abbreviated(base):
        abbreviated = True

        def convert(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str):
                meant = choosing.matching(value, [str(choice) for choice in self.choices])
                if len(meant) > 1:
                    self.fail(choosing.ambiguity(value, meant), param, ctx)
                value = meant[0] if meant else value
            return super().convert(value, param, ctx)

    _ABBREVIATED[base] = Abbreviated
    return Abbreviated


_QUIET_RANGES: dict[type, type] = {}
#: Options that name a request (or a mail) by its number: "#42" is taken for 42 there, as in
#: every number argument (``desk show '#42'``, ``desk merge 57 --into '#42'``).
_NUMBERED_OPTIONS = ("into", "request")


def _quiet_range(base: type) -> type:
    if base in _QUIET_RANGES:
        return _QUIET_RANGES[base]

    class WithinSQLite(base):
        """The same range check; help describes it by its lower bound only, while an error
        still names the whole range."""

        converting = False

        def convert(self, value: Any, param: Any, ctx: Any) -> Any:
            # ASCII digits only, as the fast path reads them: int() would take "２" and "١";
            # and an argument's type has no name to put in the parser's own message.
            if isinstance(value, str) and getattr(self, "_number_class", None) is int:
                given = value  # quoted back as written: '#' is not a number, not ''
                if value.startswith("#") and (getattr(param, "param_type_name", "") == "argument"
                                              or getattr(param, "name", "") in _NUMBERED_OPTIONS):
                    value = value[1:]  # "#42", as the desk writes a request's number (SPEC 1)
                digits = value.strip().removeprefix("-").removeprefix("+")
                if not (digits.isascii() and digits.isdigit()):
                    self.fail(f"{given!r} is not a whole number (digits 0-9)", param, ctx)
                # Said as the help says it (review: "0 is not in the range 1<=x<=9223372036854775807"
                # under a help of "x>=1"); the ceiling named only when it is what was crossed.
                number = int(value)
                if self.min is not None and (number < self.min or self.min_open and number == self.min):
                    self.fail(f"{given} is not in the range {self._describe_range()}", param, ctx)
                if self.max == MAX_INT and number > MAX_INT:
                    self.fail(f"{given} is larger than the largest number the desk stores ({MAX_INT})", param, ctx)
            self.converting = True
            try:
                return super().convert(value, param, ctx)
            finally:
                self.converting = False

        def _describe_range(self) -> str:
            if self.converting:
                return super()._describe_range()
            if self.min is None:
                return ""
            return f"x{'>' if self.min_open else '>='}{self.min}"

    _QUIET_RANGES[base] = WithinSQLite
    return WithinSQLite


def _ceiling_unsaid(kind: Any) -> Any:
    return _quiet_range(type(kind))(min=kind.min, max=kind.max, min_open=kind.min_open,
                                    max_open=kind.max_open, clamp=kind.clamp)


def _example_last(command: Any) -> None:
    """Move the help's closing "Example: ..." paragraph after the options, as the last thing
    help prints (the docstring keeps it where a reader of the source expects it), and let
    every paragraph wrap to the terminal: Typer keeps a docstring's line breaks after the
    first paragraph, so an 80-column help broke a sentence after one word (TUI QA)."""
    paragraphs = re.split(r"\n[ \t]*\n", (command.help or "").strip())
    text = "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)
    command.help = text
    head, sep, example = text.rpartition("\n\nExample: ")
    if sep and not command.epilog:
        command.help = head
        command.epilog = "Example: " + " ".join(example.split())


def tidy_parameters(params: list[Any]) -> None:
    """Options added after the group was built (Typer's completion installers)."""
    for param in params:
        if param.metavar is None or getattr(param, "is_flag", False):
            _tidy_parameter(param)


def tidy_help(command: Any) -> None:
    """Every command and option under ``command``: plain metavars, the example last."""
    _example_last(command)
    for param in command.params:
        _tidy_parameter(param)
    built = command.get_help_option  # --help is made on first use, so it is tidied then

    def help_option(ctx: Any, built: Any = built) -> Any:
        option = built(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub)


PinOption = Annotated[str | None, typer.Option(
    "--pin", metavar="PIN",
    help="The PIN itself; visible to other users in ps and kept in shell history, so prefer --pin-file, "
    "DESK_PIN or the prompt.")]
#: ``--pin`` where a PIN is optional (checked only when given): DESK_PIN is not read there, so
#: that a PIN kept in the environment for ``desk open`` never turns a look into a PIN check.
OptionalPinOption = Annotated[str | None, typer.Option(
    "--pin", metavar="PIN",
    help="The PIN itself; visible to other users in ps and kept in shell history, so prefer --pin-file "
    "or --ask-pin.")]
PinFileOption = Annotated[Path | None, typer.Option(
    "--pin-file", metavar="PATH", help="Read the PIN from the first line of this file; - reads standard input.")]
AskPinOption = Annotated[bool, typer.Option("--ask-pin", help="Ask for the PIN with a hidden prompt.")]
