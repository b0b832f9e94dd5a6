"""The agent's editor from the screen: the terminal handed to ``$EDITOR`` and taken back,
under the same comment lines ``desk reply`` shows (``r`` then ctrl+e, and ``R``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from deskcli.domain.errors import DeskError

if TYPE_CHECKING:
    from deskcli.services.context import Context
    from deskcli.tui.app import DeskApp

#: SPEC section 6: Ctrl-C means "interrupted", as the shell reports SIGINT (the screen
#: does not import the command line's table of codes: one face never imports another).
INTERRUPTED = 130


def context_lines(desk: Context, request_id: int) -> tuple[str, ...]:
    """What the editor shows under a new message, as ``desk reply`` shows it."""
    from deskcli.services.views import reply_comments

    return tuple(reply_comments(desk, request_id, empty="sends nothing"))


def edit_in_editor(app: DeskApp, initial: str, comments: Sequence[str]) -> str | None:
    """Hand the terminal to the agent's editor; the message ("" when left empty), or
    None when no editor could run (the status line says why).

    Nothing may leave the ``suspend`` block by an exception: Textual resumes the screen
    only when the block ends normally, and an editor that exits non-zero (vim's ``:cq``)
    would leave the terminal at the shell with the screen deaf to every key but ctrl+c.
    So the outcome is caught inside and told once the screen is back."""
    from textual.app import SuspendNotSupported

    from deskcli import editor

    failure: BaseException | None = None
    text = ""
    try:
        editor.command(app.desk)  # no editor at all is said before the screen goes away
        with app.suspend():
            try:
                text = editor.edit(app.desk, initial, list(comments), what="reply") or ""
            except BaseException as exc:  # told, or raised again, once the screen is back
                failure = exc
    except SuspendNotSupported:
        app.report("error: the editor needs a terminal; r writes the message here instead", error=True)
        return None
    except DeskError as exc:
        failure = exc
    if isinstance(failure, KeyboardInterrupt):
        # Ctrl-C at the editor reached this process too: it quits, as it does anywhere.
        app.exit(return_code=INTERRUPTED)
        return None
    if isinstance(failure, DeskError):
        app.report(f"error: {failure}", error=True)
        return None
    if failure is not None:
        raise failure
    return text
