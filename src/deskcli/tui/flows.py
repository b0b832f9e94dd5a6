"""Each action key, as a short conversation: ask what the action needs, then do it.

A flow asks through the dialogs and hands the answer to ``app.perform``, which runs the
matching function of ``tui.actions`` with the desk Context of that moment. Escape at any
question ends the flow with nothing changed. A write that fails asks the questions again,
filled in with the agent's answers and saying why: typed text is never lost to a failure.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from deskcli.domain.tickets import CATEGORIES
from deskcli.tui import actions, editing
from deskcli.tui.dialogs import AccessScreen, ChoicePrompt, Composer, TextPrompt, YesNo

if TYPE_CHECKING:
    from textual.screen import Screen

    from deskcli.tui.app import DeskApp

Flow = Callable[["DeskApp", int], Awaitable[None]]

#: What a composer's text is, as a question about it names it.
COMPOSER_WHAT = {"agent": "reply to", "customer": "clarification of", "internal": "note on"}
COMPOSER_TITLES = {"agent": "Reply to the customer", "customer": "The customer's clarification (2.7)",
                   "internal": "Internal note (the customer never sees it)"}


class _Cancelled(Exception):
    """Escape at a question: the flow ends there with nothing changed."""


class _Declined(_Cancelled):
    """No to writing over a colleague's change (``_write``); ``interrupted``: ctrl+c said it."""

    def __init__(self, interrupted: bool) -> None:
        super().__init__()
        self.interrupted = interrupted


async def _ask(app: DeskApp, question: Screen[Any]) -> Any:
    """The agent's answer to one question; escape ends the whole flow."""
    answer = await app.push_screen_wait(question)
    if answer is None:
        raise _Cancelled
    return answer


def _with_answers(act: Callable[..., str], answers: tuple[Any, ...], ctx: Any) -> str:
    return act(ctx, *answers)


def _cancellable(flow: Flow) -> Flow:
    async def run(app: DeskApp, request_id: int) -> None:
        try:
            await flow(app, request_id)
        except _Cancelled:
            app.report("cancelled; nothing changed")

    return run


Question = Callable[[Any, str], "Screen[Any]"]


async def _write(app: DeskApp, request_id: int, action: Callable[[Any], str], seen: actions.Seen | None,
                 verb: str) -> str:
    """``app.perform``; a write refused because a colleague answered or took the request since
    ``seen`` asks first ("olga answered #2 at 09:35:55; send anyway?"), and yes writes it after
    all (a change after that one is asked about again). "" when done, or the error line;
    no raises ``_Declined``."""
    while True:
        problem = await app.perform(request_id, action)
        if not problem or seen is None or not seen.news:
            return problem
        answer = await app.push_screen_wait(YesNo(f"{seen.news}; {verb} anyway?",
                                                  f"y: {verb}   n or escape: not now, and nothing is lost"))
        if not answer:
            raise _Declined(interrupted=answer is None)
        seen.accept()


async def _until_done(app: DeskApp, request_id: int, questions: Sequence[Question],
                      act: Callable[..., str], *, answers: Sequence[Any] = (), problem: str = "",
                      seen: actions.Seen | None = None, verb: str = "", keep: Callable[[Any], None] | None = None,
                      ) -> None:
    """Ask ``questions`` in turn, then act on the answers. When the write fails (another
    agent closed the request meanwhile, the database stayed locked...) the questions come
    back filled in with what the agent gave, the error on the first, until the write is
    done or the agent presses escape: nothing typed is lost to a failure.

    A question is made from its previous answer (None the first time) and the error;
    ``answers`` and ``problem`` start it as if a first try had failed. ``seen``: what the
    agent saw as the questions opened, ``verb`` saying the write in the question ``_write``
    asks; ``keep`` is given the first answer when the agent declines (the text kept)."""
    given: list[Any] = list(answers) or [None] * len(questions)
    while True:
        for index, question in enumerate(questions):
            given[index] = await _ask(app, question(given[index], problem if index == 0 else ""))
        try:
            problem = await _write(app, request_id, partial(_with_answers, act, tuple(given)), seen, verb)
        except _Declined as declined:
            if keep is not None:
                keep(given[0])
            if declined.interrupted:
                app.quit(editing.INTERRUPTED)
            raise
        if not problem:
            return


async def _compose(app: DeskApp, request_id: int, kind: str, *, draft: str = "", problem: str = "",
                   seen: actions.Seen | None = None) -> None:
    """Write a message; escape keeps what was written, which the next message of this kind
    to this request starts from (TUI QA: a paragraph was dropped by one key, unasked)."""
    title = f"{COMPOSER_TITLES[kind]} - #{request_id}"
    context_lines = editing.context_lines(app.desk, request_id)
    drafts = app.drafts
    kept = drafts.pop((request_id, kind), "")  # a text given here (a failed editor's) replaces it
    draft = draft or kept

    def keep(text: str) -> None:
        drafts[request_id, kind] = text

    def composer(kept: str | None, problem: str) -> Composer:
        return Composer(title, text=draft if kept is None else kept, context_lines=context_lines, problem=problem,
                        keep=keep, what=f"{COMPOSER_WHAT[kind]} #{request_id}")

    # the answer goes over no colleague's answer unasked (review day 26); a note or the
    # customer's words go in whatever was said meanwhile
    seen = seen or (actions.Seen(app.desk, request_id) if kind == "agent" else None)
    try:
        await _until_done(app, request_id, [composer],
                          lambda ctx, text: actions.reply(ctx, request_id, text, kind=kind, seen=seen),
                          answers=[draft] if problem else [], problem=problem, seen=seen, verb="send", keep=keep)
    except _Cancelled:
        if (request_id, kind) not in drafts:
            raise
        app.report(f"#{request_id}: nothing sent; what you wrote is kept and comes back with the same key")


async def reply(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "agent")


async def clarification(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "customer")


async def note(app: DeskApp, request_id: int) -> None:
    await _compose(app, request_id, "internal")


async def reply_in_editor(app: DeskApp, request_id: int) -> None:
    seen = actions.Seen(app.desk, request_id)
    text = editing.edit_in_editor(app, "", editing.context_lines(app.desk, request_id))
    if text is None:
        return
    if not text.strip():
        app.report("nothing sent: the editor left an empty message")
        return
    try:
        problem = await _write(app, request_id, lambda ctx: actions.reply(ctx, request_id, text, kind="agent",
                                                                           seen=seen), seen, "send")
    except _Declined as declined:
        app.drafts[request_id, "agent"] = text  # r brings it back
        if declined.interrupted:
            app.quit(editing.INTERRUPTED)
            raise
        app.report(f"#{request_id}: nothing sent; what you wrote is kept and comes back with r")
        return
    if problem:
        # What was written in the editor is not lost either: it comes back in place, to send again.
        await _compose(app, request_id, "agent", draft=text, problem=problem, seen=seen)


async def canned(app: DeskApp, request_id: int) -> None:
    """A canned answer filled in for the request, read over (and edited) before it is sent."""
    name = await _ask(app, ChoicePrompt(f"Answer #{request_id} with", actions.template_choices(app.desk)))
    draft = actions.canned(app.acting_context(), request_id, name)
    await _compose(app, request_id, "agent", draft=draft)


async def tag(app: DeskApp, request_id: int) -> None:
    from deskcli.store.records import json_list

    now = json_list(app.desk.repo.request(request_id)["tags"])

    def changes(kept: str | None, problem: str) -> TextPrompt:
        return TextPrompt(f"Tags of #{request_id} (now: {', '.join(now) if now else 'none'})", value=kept or "",
                          placeholder="+vip -old", problem=problem,
                          hint="+name adds, -name removes, a bare name adds; enter: ok   escape: cancel")

    await _until_done(app, request_id, [changes], lambda ctx, text: actions.tag(ctx, request_id, text))


async def escalate(app: DeskApp, request_id: int) -> None:
    row = app.desk.repo.request(request_id)
    lines = " · ".join(f"{number} {name}" for number, name in sorted(app.desk.policy.lines.items()))

    def line(kept: str | None, problem: str) -> TextPrompt:
        return TextPrompt(f"Escalate #{request_id} (now on line {row['line']}) to line",
                          value=str(row["line"] + 1) if kept is None else kept, suggested=kept is None,
                          hint=lines, problem=problem,
                          check=lambda text: actions.escalation_line(app.desk, request_id, text))  # said here, not after the note

    await _until_done(app, request_id, [line, _prompt("Why? An internal note (optional)")],
                      lambda ctx, to, why: actions.escalate(ctx, request_id, to, why))


async def assign(app: DeskApp, request_id: int) -> None:
    def agent(kept: str | None, problem: str) -> TextPrompt:
        return TextPrompt(f"Assign #{request_id} to", value=app.desk.agent if kept is None else kept,
                          suggested=kept is None, problem=problem)

    seen = actions.Seen(app.desk, request_id)  # a colleague taking it meanwhile is asked about
    await _until_done(app, request_id, [agent], lambda ctx, name: actions.assign(ctx, request_id, name, seen),
                      seen=seen, verb="assign")


async def close(app: DeskApp, request_id: int) -> None:
    await _until_done(app, request_id, [_prompt(f"Close #{request_id}: how was it resolved? (optional)")],
                      lambda ctx, resolution: actions.close(ctx, request_id, resolution))


async def reject(app: DeskApp, request_id: int) -> None:
    choices = [(code, f"{code}: {text}") for code, text in actions.reason_choices()]

    def rule(kept: str | None, problem: str) -> ChoicePrompt:
        return ChoicePrompt(f"Reject #{request_id}: which rule?", choices, current=kept, problem=problem)

    await _until_done(app, request_id, [rule, _prompt("A line after the quoted rule (optional)")],
                      lambda ctx, code, why: actions.reject(ctx, request_id, code, why))


async def recategorise(app: DeskApp, request_id: int) -> None:
    # Nothing typed to keep: a failure is said on the status line, as for the other keys.
    row = app.desk.repo.request(request_id)
    category = await _ask(app, ChoicePrompt(
        f"#{request_id} is {row['category']}; its category becomes", [(c, c) for c in CATEGORIES],
        current=str(row["category"])))
    await app.perform(request_id, lambda ctx: actions.recategorise(ctx, request_id, category))


async def mail_to(app: DeskApp, request_id: int) -> None:
    title = f"#{request_id}: its mail goes to {actions.mail_address(app.desk, request_id) or 'no address'}; from now on to"
    await _until_done(app, request_id, [_prompt(title)], lambda ctx, address: actions.mail_to(ctx, request_id, address))


async def reopen(app: DeskApp, request_id: int) -> None:
    filed = str(app.desk.repo.request(request_id)["category"])

    def category(kept: str | None, problem: str) -> ChoicePrompt:  # desk reopen --category
        return ChoicePrompt(f"Reopen #{request_id} in which category? (filed as {filed})",
                            [(c, c) for c in CATEGORIES], current=kept or filed, problem=problem)

    await _until_done(app, request_id, [_prompt(f"Reopen #{request_id}: why? An internal note (optional)"), category],
                      lambda ctx, why, chosen: actions.reopen(ctx, request_id, why, chosen))


async def merge(app: DeskApp, request_id: int) -> None:
    def target(kept: str | None, problem: str) -> TextPrompt:
        return TextPrompt(f"Merge #{request_id} into request number", value=kept or "", placeholder="42",
                          problem=problem, hint=f"#{request_id} is closed as merged; its thread joins that request "
                                                "(same license)   enter: ok   escape: cancel")

    await _until_done(app, request_id, [target], lambda ctx, text: actions.merge(ctx, request_id, text))


def _prompt(title: str) -> Question:
    """A question of one line of free text, empty at first."""
    return lambda kept, problem: TextPrompt(title, value=kept or "", problem=problem)


async def access(app: DeskApp, request_id: int) -> None:
    shown: dict[str, Any] = {}

    def reveal(ctx) -> str:
        shown.update(actions.show_access(ctx, request_id))
        return f"#{request_id}: temporary access shown; the history records it"

    if not await app.perform(request_id, reveal):
        await app.push_screen_wait(AccessScreen(request_id, shown))
        shown.clear()


async def go_to(app: DeskApp) -> None:
    """``#``: any request by its number, resolved and rejected ones too."""
    from deskcli.domain.errors import DeskError

    number = await app.push_screen_wait(TextPrompt("Open request number", placeholder="42"))
    if number is None:
        return
    try:
        app.open_request(actions.number(number, "{!r} is not a request number"))
    except DeskError as exc:
        app.report(f"error: {exc}", error=True)


#: Hits the screen's search lists: ``desk search``'s default limit.
SEARCH_SHOWN = 20


async def search(app: DeskApp) -> None:
    """``desk search`` from the screen: the query, then the requests found, best first; the
    one chosen opens (like ``go_to``, no request needed: not one of ``FLOWS``)."""
    from deskcli.domain.errors import DeskError

    query = await app.push_screen_wait(TextPrompt("Search every message (closed requests too)",
                                                  placeholder="кеш корзина"))
    if query is None:
        return
    try:
        found = actions.search(app.acting_context(), query, limit=SEARCH_SHOWN + 1)  # one more: are there more?
    except DeskError as exc:
        app.report(f"error: {exc}", error=True)
        return
    if not found:
        app.report(f"nothing found for {query.strip()!r}")
        return
    # as many as desk search shows by default; a query that finds more says so
    title = (f"the best {SEARCH_SHOWN} for {query.strip()!r} (a longer query narrows them)"
             if len(found) > SEARCH_SHOWN else f"{len(found)} found for {query.strip()!r}, best first")
    found = found[:SEARCH_SHOWN]
    chosen = await app.push_screen_wait(ChoicePrompt(title, found))
    if chosen is not None:
        app.open_request(int(chosen))


#: The keys that change what only a request still being worked on has: on a closed one they
#: say so before asking anything (review: the resolution was typed, then refused).
_WHILE_OPEN = {"close", "reject", "escalate", "assign", "recategorise"}


def _open_first(flow: Flow) -> Flow:
    async def run(app: DeskApp, request_id: int) -> None:
        problem = actions.not_workable(app.desk, request_id)
        if problem:
            app.report(problem, error=True)
            return
        await flow(app, request_id)

    return run


FLOWS: dict[str, Flow] = {name: _cancellable(_open_first(flow) if name in _WHILE_OPEN else flow) for name, flow in {
    "reply": reply, "reply_in_editor": reply_in_editor, "clarification": clarification, "note": note,
    "escalate": escalate, "assign": assign, "close": close, "reject": reject, "recategorise": recategorise,
    "mail_to": mail_to,
    "access": access, "canned": canned, "tag": tag, "reopen": reopen, "merge": merge,
}.items()}
