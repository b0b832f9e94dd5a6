"""Where a command gets a license PIN: a file, ``DESK_PIN``, a hidden prompt — or, with a
warning, the command line, where every local user sees it in ``ps`` and the shell keeps it
in its history.

Typer-free (the launcher runs ``desk open`` without the command line); Typer is loaded
only to prompt. The options themselves are declared in cli/options.py.
"""

from __future__ import annotations

import os
import sys
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.env import DESK_PIN

if TYPE_CHECKING:
    from _typeshed import StrPath
    from deskcli.services.context import Context

#: A PIN is at most 128 characters; a PIN file is read no further than this.
_MAX_READ = 4096
WARNING = ("--pin shows the PIN to every user of this machine (ps) and keeps it in your shell history; "
           "use --pin-file PATH, DESK_PIN or the prompt")


def read_pin(ctx: Context, *, value: str | None, path: StrPath | None, required: bool, ask: bool = False,
             confirm: bool = False) -> str | None:
    """The PIN from ``--pin-file``, ``--pin`` (warned about), then for a command that needs
    one ``DESK_PIN``, then a hidden prompt on a terminal (twice with ``confirm``)."""
    if (value is not None) + (path is not None) + ask > 1:
        raise InvalidInput("give the PIN once: --pin-file or --pin" + (" or --ask-pin" if ask else ""))
    if path is not None:
        return _from_file(path)
    if value is not None:
        ctx.warn(WARNING if required else WARNING.replace(", DESK_PIN or the prompt", " or --ask-pin"))
        return value
    if required and os.environ.get(DESK_PIN):
        return os.environ[DESK_PIN]
    if not (required or ask):
        return None
    if ctx.no_input or not _terminal():
        if ask:
            raise InvalidInput("--ask-pin needs a terminal; give --pin-file PATH instead")
        raise InvalidInput("the PIN is missing: give --pin-file PATH (- for standard input) or set DESK_PIN; "
                           "on a terminal it is asked for")
    return _ask(confirm)


#: Prompts for a PIN before the command gives up (an empty PIN or two that differ).
_TRIES = 3


def _ask(confirm: bool) -> str:
    """The hidden prompt, saying in the desk's own words what was wrong with an answer."""
    for _ in range(_TRIES):
        pin = _hidden("PIN: ")
        if not pin.strip():
            print("the PIN is empty; type it (Ctrl-C stops)", file=sys.stderr)
            continue
        if not confirm or _hidden("Repeat the PIN: ") == pin:
            return pin
        print("the two PINs differ; type it again", file=sys.stderr)
    raise InvalidInput(f"no PIN after {_TRIES} tries; nothing was changed")


def _hidden(prompt: str) -> str:
    """One line typed without echo. Ctrl-D (end of input) is a missing PIN, exit 2; Ctrl-C
    stays an interruption (130). Click's prompt reports both as an abort, hence getpass."""
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        print(file=sys.stderr)  # the error's own line, not after the prompt
        raise InvalidInput("the PIN is missing: the input ended before one was typed; nothing was changed") from None


def need_pin(ctx: Context, *, value: str | None, path: StrPath | None, confirm: bool = False) -> str:
    """``read_pin`` for a command that cannot go on without the PIN."""
    pin = read_pin(ctx, value=value, path=path, required=True, confirm=confirm)
    if pin is None:  # read_pin raises or prompts when required; this only narrows the type
        raise InvalidInput("the PIN is missing")
    return pin


def _terminal() -> bool:
    return sys.stdin.isatty()


def _from_file(path: StrPath) -> str:
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.readline(_MAX_READ)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(_MAX_READ)
    except OSError as exc:
        raise InvalidInput(f"cannot read the PIN from {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"the PIN in {path} is not valid UTF-8") from None
    return text.removeprefix("\ufeff").split("\n", 1)[0].removesuffix("\r")
