"""What each key does to a request, through the same services as the command line.

Each function takes the desk ``Context`` of that moment and what the agent typed, checks
the input the way the matching command does (so a mistake reads the same one-line error),
calls one service, and returns the line the status bar shows. Textual-free.
"""

from __future__ import annotations

from typing import Any

from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.services import requests
from deskcli.services.context import Context
from deskcli.store.records import json_list

KIND_DONE = {"agent": "reply recorded; answered, the clock stopped",
             "customer": "clarification recorded; back of the queue with a fresh deadline",
             "internal": "internal note added"}


def _message_body(text: str) -> str:
    # ``desk reply`` reads its body as "message" before the service checks it as "reply".
    return tickets.validate_text(text, what="message", limit=tickets.MAX_BODY_BYTES)


class Seen:
    """What the agent had seen of a request when a dialog opened: a colleague's answer or
    assignment made after it refuses the write (``ChangedMeanwhile``, kept in ``news``),
    for the screen to ask before it goes over it (review day 26: a second answer mailed)."""

    def __init__(self, ctx: Context, request_id: int) -> None:
        from deskcli.services.guards import last_change

        self.request_id = request_id
        self.change = last_change(ctx.repo, request_id)
        #: What the last write was refused for ("olga answered #2 at 09:35:55"), or "".
        self.news = ""
        self._latest = self.change

    def still_true(self, ctx: Context) -> bool:
        """In the write thread, inside the write lock."""
        from deskcli.domain.errors import ChangedMeanwhile
        from deskcli.services.guards import unchanged_since

        self.news = ""
        try:
            unchanged_since(ctx, self.request_id, self.change)
        except ChangedMeanwhile as exc:
            self.news, self._latest = str(exc), exc.latest
            raise
        return True

    def accept(self) -> None:
        """The agent read the news and goes on: only what comes after it is asked about."""
        self.change, self.news = self._latest, ""


def reply(ctx: Context, request_id: int, text: str, *, kind: str = "agent", seen: Seen | None = None) -> str:
    if kind != "customer":
        requests.reply(ctx, request_id, _message_body(text), kind=kind,
                       still_true=seen.still_true if seen is not None else None)
        return f"#{request_id}: {KIND_DONE[kind]}"
    from deskcli.services.messages import customer_message

    taken = customer_message(ctx, request_id, _message_body(text))
    if taken.outcome == "thanks":
        return (f"#{request_id}: a thank-you, not a clarification: it {taken.thanks_kept()}"
                + ("; ready to close (x)" if taken.row["ready_to_close"] else ""))
    if taken.outcome == "refused":
        why = "; ".join(f"{r.code}: {r.message}" for r in taken.reasons)
        return f"#{request_id}: message refused ({why}); the customer was told why; the request is unchanged"
    return f"#{request_id}: {KIND_DONE[kind]}"


def reopen(ctx: Context, request_id: int, note: str, category: str | None = None) -> str:
    row = requests.reopen(ctx, request_id, note or None, category=category)
    return f"#{request_id}: reopened; back in the queue, due {ctx.show_stored(row['due_at'])}"


def number(text: str, refusal: str) -> int:
    """A whole number typed into the screen ("#42" too): ASCII digits only ("²" is a digit to
    ``str.isdigit`` and not to ``int``); ``refusal`` is the error, with ``{!r}`` for the text."""
    from deskcli.domain.tickets import whole_number

    found = whole_number(text)
    if found is None:
        raise InvalidInput(refusal.format(text.strip()))
    return found


def line_number(line_text: str) -> int | None:
    """The support line typed for an escalation (empty: the next one)."""
    if not line_text.strip():
        return None
    return number(line_text, "line {!r} is not a support line number (1, 2, 3, ...)")


def not_workable(ctx: Context, request_id: int) -> str | None:
    """Why a change for a request still being worked on cannot be made to this one now (a
    closed or merged request), said as the command says it with the screen's key for the
    remedy; None when it can."""
    from deskcli.domain.errors import DeskError
    from deskcli.services.guards import open_row

    try:
        open_row(ctx, ctx.repo, request_id, allow=("open", "answered"))
    except DeskError as exc:
        return for_the_screen(f"error: {exc}")
    return None


def for_the_screen(said: str) -> str:
    """A command's words with the screen's key where they name a command the screen has one for."""
    return said.replace("(desk reopen)", "(O reopens it)")


def escalation_line(ctx: Context, request_id: int, line_text: str) -> int:
    """The line an escalation would go to, checked as ``desk escalate`` checks it."""
    return requests.escalation_line(ctx, ctx.repo.request(request_id), line_number(line_text))


def escalate(ctx: Context, request_id: int, line_text: str, note: str) -> str:
    row = requests.escalate(ctx, request_id, line_number(line_text), note or None)
    name = ctx.policy.lines.get(row["line"])
    return f"#{request_id}: escalated to line {row['line']}" + (f" ({name})" if name else "")


def assign(ctx: Context, request_id: int, agent: str, seen: Seen | None = None) -> str:
    row = requests.assign(ctx, request_id, agent, still_true=seen.still_true if seen is not None else None)
    return f"#{request_id}: assigned to {row['assignee']}" if row["assignee"] else f"#{request_id}: unassigned"


def close(ctx: Context, request_id: int, resolution: str) -> str:
    row, erased = requests.close(ctx, request_id, resolution)  # an empty answer is no resolution
    done = f"#{request_id}: resolved"
    if erased:
        from deskcli.services.access import erased_access_note

        done += "; " + erased_access_note(ctx, row, erased, mail=True)
    return done


def reject(ctx: Context, request_id: int, code: str, note: str) -> str:
    row, erased = requests.reject(ctx, request_id, code, note or None)
    done = f"#{request_id}: rejected ({code}); the customer is quoted the rule"
    if erased:
        from deskcli.services.access import erased_access_note

        done += "; " + erased_access_note(ctx, row, erased, mail=True)
    return done


def merge(ctx: Context, request_id: int, target_text: str) -> str:
    """``desk merge ID --into TARGET``: this request's thread joins TARGET's."""
    from deskcli.services.merge import merge as merge_requests

    target = number(target_text, "{!r} is not a request number")
    merge_requests(ctx, request_id, target)
    return f"#{request_id}: merged into #{target}, which now holds its messages and history"


def search(ctx: Context, query: str, limit: int) -> list[tuple[str, str]]:
    """``desk search QUERY`` over every request, best first: (id, a line to choose it by)."""
    from deskcli.services.search import search as find

    return [(str(hit["id"]), f"#{hit['id']} {hit['status']} · {hit['subject']}"
             + (f" — {hit['match']['snippet']}" if hit["match"]["in"] == "message" else ""))  # where it was found
            for hit in find(ctx, query, limit=limit)]


def recategorise(ctx: Context, request_id: int, category: str) -> str:
    row = requests.recategorise(ctx, request_id, category)
    return f"#{request_id}: now {row['category']}" + (" - the deadline follows" if row["status"] == "open" else "")


def mail_address(ctx: Context, request_id: int) -> str | None:
    """Where the request's mail goes now."""
    from deskcli.services.mail.outbox import request_recipient

    to = request_recipient(ctx.repo, request_id, ctx.repo.request(request_id)["license"])
    return to.address if to else None


def mail_to(ctx: Context, request_id: int, address: str) -> str:
    """``desk edit ID --email``."""
    from deskcli.services.mail.outbox import redirect

    _, kept = redirect(ctx, request_id, address)
    return f"#{request_id}: its mail now goes to {kept}"


def tag(ctx: Context, request_id: int, changes: str) -> str:
    """``+name -name name`` as ``desk tag`` reads them."""
    from deskcli.domain.tags import parse_changes
    from deskcli.services.tags import change_tags

    if not changes.split():
        raise InvalidInput("no tag changes given: +name adds a tag, -name removes one")
    added, removed = parse_changes(changes.split())
    row = change_tags(ctx, request_id, added, removed)
    now = json_list(row["tags"])
    return f"#{request_id}: tags {', '.join(now) if now else 'none'}"


def canned(ctx: Context, request_id: int, name: str) -> str:
    """The canned answer filled in for the request, as ``desk reply --template`` fills it."""
    from deskcli.services import templates

    return templates.for_request(ctx, name, request_id)


def template_choices(ctx: Context) -> list[tuple[str, str]]:
    from deskcli.services import templates

    return [(t["name"], f"{t['name']}: {t['title']}") for t in templates.all_templates(ctx)]


def show_access(ctx: Context, request_id: int) -> dict[str, Any]:
    """The credentials in clear; the service records that this agent looked."""
    from deskcli.services.access import show_access as reveal

    return reveal(ctx, request_id).as_dict()


def reason_choices() -> list[tuple[str, str]]:
    """(code, rule quoted to the customer) for a rejection, as ``desk reject`` knows them."""
    from deskcli.domain.intake import RULE_TEXT

    return list(RULE_TEXT.items())
