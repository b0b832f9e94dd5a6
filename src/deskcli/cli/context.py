"""The invocation's ``Context`` for a command: built once by the group callback from the
global options, kept on the root Typer context, and closed when the command ends.

A command takes Typer's context and says what it does with the desk: ``reading(ctx)``
opens the database read-only (and refuses a missing one), ``writing(ctx)`` writes (and
refuses a missing one too), ``writing(ctx, starts=True)`` may also make a new desk: only
the commands that start one (a license, the policy, an import, the team's texts).
"""

from __future__ import annotations

import typer

from deskcli.services.context import Context


def _root(click_context: typer.Context) -> Context:
    context = click_context.find_root().obj
    if not isinstance(context, Context):  # a command run without the group's callback
        raise RuntimeError("no desk context: commands run through deskcli.cli.app")
    return context


def reading(click_context: typer.Context) -> Context:
    return _root(click_context)


def writing(click_context: typer.Context, *, starts: bool = False) -> Context:
    context = _root(click_context)
    if not context.writes or starts and not context.creates:
        context.close()
        context.writes, context.creates = True, context.creates or starts
    return context


def install(click_context: typer.Context, options: dict, *, no_input: bool) -> Context:
    """Build the context for this invocation and close it when the command ends."""
    mending = click_context.invoked_subcommand == "config"  # a broken personal file is mended there
    context = Context.from_options(no_input=no_input, writes=False, mending=mending, **options)
    from deskcli.cli.streams import attend

    attend(context)
    click_context.obj = context
    click_context.call_on_close(context.close)
    return context
