"""Each action key, as a short conversation: ask what the action needs, then do it.

A flow asks through the dialogs and hands the answer to ``app.perform``, which runs the
matching function of ``tui.actions`` with the desk Context of that moment. Escape at any
question ends the flow with nothing changed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from deskcli.domain.tickets import CATEGORIES
from deskcli.tui import actions
from deskcli.tui.dialogs import AccessScreen, ChoicePrompt, Composer, TextPrompt

if TYPE_CHECKING:
    from textual.screen import Screen

    from deskcli.tui.app import DeskApp

Flow = Callable[["DeskApp", int], Awaitable[None]]

COMPOSER_TITLES = {"agent": "Reply to the customer", "customer": "The customer's clarification (2.7)",
                   "internal": "Internal note (the customer never sees it)"}


class _Cancelled(Exception):
    """Escape at a question: the flow ends there with nothing changed."""


async def _ask(app: DeskApp, question: Screen[Any]) -> Any:
    """The agent's answer to one question; escape ends the whole flow."""
    answer = await app.push_screen_wait(question)
    if answer is None:
        raise _Cancelled
    return answer


def _cancellable(flow: Flow) -> Flow:
    async def run(app: DeskApp, request_id: int) -> None:
        try:
            await flow(app, request_id)
        except _Cancelled:
            app.report("cancelled; nothing changed")

    return run


async def _compose(app: DeskApp, request_id: int, kind: str, *, draft: str = "") -> None:
    text = await _ask(app, Composer(f"{COMPOSER_TITLES[kind]} - #{request_id}", text=draft,
                                    context_lines=app.context_lines(request_id)))
    app.perform(request_id, lambda ctx: actions.reply(ctx, request_id, text, kind=kind))


async def reply(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "agent")


async def clarification(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "customer")


async def note(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "internal")


async def reply_in_editor(app: DeskApp, request_id: int) -> None:
    text = app.edit_in_editor("", app.context_lines(request_id))
    if text is None:
        return
    if not text.strip():
        app.report("nothing sent: the editor left an empty message")
        return
    app.perform(request_id, lambda ctx: actions.reply(ctx, request_id, text, kind="agent"))


async def canned(app: DeskApp, request_id: int) -> None:
    """A canned answer filled in for the request, read over (and edited) before it is sent."""
    name = await _ask(app, ChoicePrompt(f"Answer #{request_id} with", actions.template_choices(app.desk)))
    draft = actions.canned(app.acting_context(), request_id, name)
    await _compose(app, request_id, "agent", draft=draft)


async def tag(app: DeskApp, request_id: int) -> None:
    from deskcli.store.records import json_list

    now = json_list(app.desk.repo.request(request_id)["tags"])
    changes = await _ask(app, TextPrompt(
        f"Tags of #{request_id} (now: {', '.join(now) if now else 'none'})", placeholder="+vip -old",
        hint="+name adds, -name removes, a bare name adds; enter: ok   escape: cancel"))
    app.perform(request_id, lambda ctx: actions.tag(ctx, request_id, changes))


async def escalate(app: DeskApp, request_id: int) -> None:
    row = app.desk.repo.request(request_id)
    lines = " · ".join(f"{number} {name}" for number, name in sorted(app.desk.policy.lines.items()))
    line = await _ask(app, TextPrompt(f"Escalate #{request_id} (now on line {row['line']}) to line",
                                      value=str(row["line"] + 1), hint=lines))
    note_text = await _ask(app, TextPrompt("Why? An internal note (optional)"))
    app.perform(request_id, lambda ctx: actions.escalate(ctx, request_id, line, note_text))


async def assign(app: DeskApp, request_id: int) -> None:
    agent = await _ask(app, TextPrompt(f"Assign #{request_id} to", value=app.desk.agent))
    app.perform(request_id, lambda ctx: actions.assign(ctx, request_id, agent))


async def close(app: DeskApp, request_id: int) -> None:
    resolution = await _ask(app, TextPrompt(f"Close #{request_id}: how was it resolved? (optional)"))
    app.perform(request_id, lambda ctx: actions.close(ctx, request_id, resolution))


async def reject(app: DeskApp, request_id: int) -> None:
    choices = [(code, f"{code}: {text}") for code, text in actions.reason_choices()]
    code = await _ask(app, ChoicePrompt(f"Reject #{request_id}: which rule?", choices))
    note_text = await _ask(app, TextPrompt("A line after the quoted rule (optional)"))
    app.perform(request_id, lambda ctx: actions.reject(ctx, request_id, code, note_text))


async def recategorise(app: DeskApp, request_id: int) -> None:
    row = app.desk.repo.request(request_id)
    category = await _ask(app, ChoicePrompt(
        f"#{request_id} is {row['category']}; its category becomes", [(c, c) for c in CATEGORIES],
        current=str(row["category"])))
    app.perform(request_id, lambda ctx: actions.recategorise(ctx, request_id, category))


async def reopen(app: DeskApp, request_id: int) -> None:
    note_text = await _ask(app, TextPrompt(f"Reopen #{request_id}: why? An internal note (optional)"))
    app.perform(request_id, lambda ctx: actions.reopen(ctx, request_id, note_text))


async def access(app: DeskApp, request_id: int) -> None:
    shown: dict[str, Any] = {}

    def reveal(ctx) -> str:
        shown.update(actions.show_access(ctx, request_id))
        return f"#{request_id}: temporary access shown; the history records it"

    if app.perform(request_id, reveal):
        await app.push_screen_wait(AccessScreen(request_id, shown))
        shown.clear()


FLOWS: dict[str, Flow] = {name: _cancellable(flow) for name, flow in {
    "reply": reply, "reply_in_editor": reply_in_editor, "clarification": clarification, "note": note,
    "escalate": escalate, "assign": assign, "close": close, "reject": reject, "recategorise": recategorise,
    "access": access, "canned": canned, "tag": tag, "reopen": reopen,
}.items()}
