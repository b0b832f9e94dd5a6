"""``desk tui`` without Typer, so the launcher can start the screen without loading the
command line (a third of a second on a busy machine); the Typer command runs it too."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from deskcli.domain.errors import InvalidInput

if TYPE_CHECKING:
    from deskcli.services.context import Context


def run_tui(context: Context, *, line: int | None = None, category: str | None = None,
            assignee: str | None = None, tag: str | None = None, overdue: bool = False) -> int:
    """Run the screen; the exit code. ``assignee="-"`` asks for the unassigned requests."""
    _ = context.repo  # a missing database is an error here, not a new empty desk
    if tag is not None:
        from deskcli.domain.tags import validate_tag

        tag = validate_tag(tag)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InvalidInput("desk tui needs a terminal; for scripts use desk queue --json")
    if not context.writes:  # the screen's actions write: reopen the desk for writing
        context.close()
        context.writes = True
    # The policy (and any warning about the personal file) is read before the screen takes
    # the terminal, where a warning on stderr would be lost.
    _ = context.calendar
    from deskcli.formats import colour
    from deskcli.tui.app import run

    code = run(context, line=line, category=category, assignee=assignee, tag=tag,
               overdue=overdue, no_color=colour() is False)
    from deskcli.cli.exits import STOPPING, interrupted

    if code - 128 in STOPPING:  # the screen closed on SIGTERM or SIGHUP: said as any command says it
        return interrupted(signum=code - 128)
    return code
