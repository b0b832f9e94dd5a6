"""The process's standard streams and environment, made safe to use before a command runs.

Every face of the desk (the fast path, the full command line, ``python -m deskcli``) starts in
``launcher.main``, which calls `prepare` first. What it guards against is the caller's doing,
not the desk's, yet a command that then failed half-way would have saved a change and said it
had not (QA: ``desk open … >&-`` opened a request and printed a traceback):

- a closed stdout or stderr (``>&-``, ``2>&-``): the descriptor is taken by ``/dev/null`` so no
  file the command opens lands on it, stderr writes nowhere, and a write to stdout fails as a
  full disk does (one ``error:`` line, exit 5);
- an output encoding that cannot hold every character (``PYTHONIOENCODING=ascii``, a KOI8-R or
  Latin-1 locale): a pipe or a file gets UTF-8, as the bulk writers always wrote; a terminal
  gets what it cannot show as an escape (``\\u0425``); nothing fails half-way through a table
  or an export;
- a closed stdin (``<&-``): read as empty;
- ``COLUMNS`` under 10, or not a number (``COLUMNS=0`` printed nothing at all): taken as unset.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys

from deskcli.domain.named import TYPE_CHECKING


if TYPE_CHECKING:
    from deskcli.services.context import Context

#: The codec error handler of `prepare`: each character a stream's encoding lacks becomes a
#: ``\\uXXXX`` escape (a surrogate pair beyond the BMP), which JSON reads back as that character.
ESCAPE = "deskcli-json-escape"


def _escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    escaped = []
    for character in error.object[error.start:error.end]:
        code = ord(character)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), error.end


codecs.register_error(ESCAPE, _escape)


class ClosedOutput:
    """Standard output the caller closed: every write fails as a write to a full disk does,
    and is reported the same way."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def writelines(self, lines: object) -> None:
        raise OSError(errno.EBADF, "standard output is closed")

    @property
    def buffer(self) -> ClosedOutput:  # bytes written through it (an attachment saved to -) fail alike
        return self

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _occupy(descriptor: int) -> None:
    """Put ``/dev/null`` under a closed standard descriptor, so a file opened later (the
    database, an export) is never given it and written by a stray ``print``."""
    try:
        os.fstat(descriptor)
    except OSError:
        null = os.open(os.devnull, os.O_RDWR)
        if null != descriptor:
            os.dup2(null, descriptor)
            os.close(null)


def _utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def prepare() -> None:
    """Make the standard streams and the environment safe (module docstring)."""
    for descriptor in (0, 1, 2):
        _occupy(descriptor)
    if sys.stdin is None:  # closed (<&-): reads as empty, as /dev/null does
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stdout = ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    for stream in (sys.stdout, sys.stderr):
        if _utf8(getattr(stream, "encoding", None)) or not isinstance(stream, io.TextIOWrapper):
            continue
        if stream is sys.stdout and not stream.isatty():
            # Data for a program or a file: UTF-8, JSON's own encoding and the bytes the bulk
            # writers (export, queue --json) always wrote, whatever the locale says; escapes
            # in a CSV would change its cells without a word (review).
            stream.reconfigure(encoding="utf-8")
            continue
        stream.reconfigure(errors=ESCAPE)
    columns = os.environ.get("COLUMNS", "").strip()
    # isdecimal alone takes "²" (and int() then fails): ASCII digits only (review)
    if columns and not (columns.isascii() and columns.isdecimal() and int(columns) >= 10):
        del os.environ["COLUMNS"]


def attend(context: Context) -> None:
    """What a command's Context takes from the person it runs for: the personal colour
    setting for the output, and, for a person at a terminal (not cron, which would mail it),
    word that a write waits for another writer's lock. Free of Typer, for the fast path too."""
    from deskcli.formats import use_color

    use_color(context.settings.color)
    if sys.stderr is not None and sys.stderr.isatty():
        context.waiting = context.notice
