"""``desk tui``: the agent's screen (the Typer face of ``tui_core``, which the launcher also runs)."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli.cli.context import reading
from deskcli.cli.options import MAX_INT, Category
from deskcli.cli.tui_core import run_tui


def tui(
    ctx: typer.Context,
    *,
    line: Annotated[int | None, typer.Option("--line", min=1, max=MAX_INT, help="Start filtered to this support line.")] = None,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Start filtered to this category.")] = None,
    assignee: Annotated[str | None, typer.Option("--assignee", "-a", help="Start filtered to this agent's requests (me: you; -: nobody).")] = None,
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Start filtered to requests carrying this tag.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Start with only the overdue requests.")] = False,
) -> None:
    """A live screen: the queue with ticking countdowns, a request at a keypress, every action by key.

    Other agents' changes show within seconds. Press ? on the screen for every key,
    / to filter as you type, q to quit.

    Example: desk tui --assignee me --overdue
    """
    code = run_tui(reading(ctx), line=line, category=category.value if category else None, assignee=assignee,
                   tag=tag, overdue=overdue)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("tui", rich_help_panel="Requests")(tui)
