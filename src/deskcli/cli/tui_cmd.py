"""``desk tui``: the agent's screen. Textual is imported here, and only when it runs."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from deskcli.cli.context import reading, writing
from deskcli.cli.options import MAX_INT, Category
from deskcli.domain.errors import InvalidInput


def tui(
    ctx: typer.Context,
    *,
    line: Annotated[int | None, typer.Option("--line", min=1, max=MAX_INT, help="Start filtered to this support line.")] = None,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Start filtered to this category.")] = None,
    assignee: Annotated[str | None, typer.Option("--assignee", "-a", help="Start filtered to this agent's requests (- for unassigned).")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Start with only the overdue requests.")] = False,
) -> None:
    """A live screen: the queue with ticking countdowns, a request at a keypress, every action by key.

    Other agents' changes show within seconds. Press ? on the screen for every key,
    / to filter as you type, q to quit.

    Example: desk tui --assignee me --overdue
    """
    _ = reading(ctx).repo  # a missing database is an error here, not a new empty desk
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InvalidInput("desk tui needs a terminal; for scripts use desk queue --json")
    desk = writing(ctx)
    # The policy (and any warning about the personal file) is read before the screen
    # takes the terminal, where a warning on stderr would be lost.
    _ = desk.calendar
    from deskcli.tui.app import run

    code = run(desk, line=line, category=category.value if category else None,
               assignee="" if assignee == "-" else assignee, overdue=overdue)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("tui", rich_help_panel="Requests")(tui)
