"""Writing a message in the agent's editor, the way ``git commit`` does (the command line
and the terminal screen both use it).

The file opens with the text so far and, below it, ``#`` comment lines that show the
context (the request's latest messages); every line starting with ``#`` is dropped on
save, and a message left empty aborts with nothing changed. The editor is the personal
setting ``editor``, then ``VISUAL``, then ``EDITOR``, then the system's ``editor``,
``nano`` or ``vi``; it runs through ``sh`` so a setting like ``code --wait`` works, as in
git. Only a terminal gets an editor: ``--no-input``, pipes and cron never do.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from deskcli.domain.errors import InvalidInput
from deskcli.env import EDITOR, VISUAL

if TYPE_CHECKING:
    from deskcli.services.context import Context

COMMENT = "#"
_FALLBACKS = ("editor", "nano", "vi")


def available(ctx: Context) -> bool:
    """An editor may open: someone is at a terminal and did not say --no-input."""
    return not ctx.no_input and sys.stdin.isatty()


def command(ctx: Context) -> str:
    for candidate in (ctx.settings.editor, os.environ.get(VISUAL), os.environ.get(EDITOR)):
        if candidate and candidate.strip():
            return candidate.strip()
    for name in _FALLBACKS:
        if shutil.which(name):
            return name
    raise InvalidInput("no editor found: set EDITOR, or desk config set editor nano")


#: The line that starts a mail signature.
SIGNATURE = "-- "


def strip_comments(text: str) -> str:
    """git's ``--cleanup=strip``: comment lines and trailing spaces go, runs of blank lines
    become one, and blank lines at either end go. A mail signature's separator keeps its
    space ("-- ", RFC 3676): without it, mail readers no longer see where the signature starts."""
    lines = [line if line == SIGNATURE else line.rstrip() for line in text.splitlines() if not line.startswith(COMMENT)]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return cleaned.strip("\n")


def comment_block(lines: list[str]) -> str:
    from deskcli.output import clean_text

    return "\n".join((f"{COMMENT} {clean_text(line)}" if line else COMMENT) for line in lines)


def edit(ctx: Context, initial: str, comments: list[str], *, what: str) -> str | None:
    """The text the agent saved, comments stripped; None when they left it empty."""
    editor = command(ctx)
    fd, name = tempfile.mkstemp(prefix=f"desk-{what}-", suffix=".txt")  # 0600: it holds customer text
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{initial.rstrip()}\n\n{comment_block(comments)}\n" if initial.strip()
                         else f"\n{comment_block(comments)}\n")
        _run(editor, path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(f"the {what} is not valid UTF-8; nothing was changed") from None
    finally:
        path.unlink(missing_ok=True)
    text = strip_comments(text)
    return text if text.strip() else None


def _run(editor: str, path: Path) -> None:
    # The editor draws on the terminal even when our output goes to a pipe (desk reply ... --json | jq).
    screen = None
    if not sys.stdout.isatty():
        try:
            screen = open(os.ttyname(sys.stdin.fileno()), "w")
        except OSError:
            screen = None
    try:
        result = subprocess.run(["sh", "-c", f'{editor} "$@"', editor, str(path)],
                                stdout=screen if screen is not None else None)
    except OSError as exc:
        raise InvalidInput(f"cannot run the editor {editor!r}: {exc.strerror}") from None
    finally:
        if screen is not None:
            screen.close()
    if result.returncode != 0:
        raise InvalidInput(f"the editor {editor!r} exited with status {result.returncode}; nothing was changed")
