"""Writing a message in the agent's own editor, git-style.

The editor comes from the personal file (``editor``), then ``VISUAL``, then ``EDITOR``,
then the system's. It opens a private temporary file whose ``#`` lines show the request;
they are dropped on save, and an empty message means "send nothing".
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Sequence

from deskcli.domain.errors import InvalidInput

FALLBACKS = ("sensible-editor", "editor", "nano", "vi")


def editor_command(configured: str | None) -> list[str]:
    for candidate in (configured, os.environ.get("VISUAL"), os.environ.get("EDITOR")):
        if candidate and candidate.strip():
            try:
                return shlex.split(candidate)
            except ValueError:
                raise InvalidInput(f"the editor command {candidate!r} cannot be parsed") from None
    for name in FALLBACKS:
        if shutil.which(name):
            return [name]
    raise InvalidInput("no editor found: set editor (desk config set editor ...), VISUAL or EDITOR")


def draft_text(initial: str, context_lines: Sequence[str]) -> str:
    comments = "".join(f"# {line}".rstrip() + "\n" for line in context_lines)
    return (initial.rstrip("\n") + "\n" if initial else "\n") + comments


def strip_comments(text: str) -> str:
    """The message without git-style ``#`` lines and trailing blank lines."""
    kept = [line for line in text.splitlines() if not line.startswith("#")]
    return "\n".join(kept).strip("\n")


def edit(command: list[str], initial: str, context_lines: Sequence[str]) -> str:
    """Run the editor on a private temporary file; the message it leaves ("" for none)."""
    handle, path = tempfile.mkstemp(prefix="desk-reply-", suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as draft:
            draft.write(draft_text(initial, context_lines))
        try:
            finished = subprocess.run([*command, path], check=False)
        except OSError as exc:
            raise InvalidInput(f"cannot run the editor {command[0]!r}: {exc.strerror}") from None
        if finished.returncode != 0:
            raise InvalidInput(f"the editor {command[0]!r} exited with {finished.returncode}; nothing was sent")
        with open(path, encoding="utf-8", errors="replace") as draft:
            return strip_comments(draft.read())
    finally:
        os.unlink(path)
