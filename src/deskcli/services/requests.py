"""A request's life after it is opened (``services.opening``): answered, clarified, closed, rejected, escalated, assigned."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from deskcli.domain import intake, tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.domain.reasons import MAIL_BOUNCED, Reason
from deskcli.services.context import Context
from deskcli.services.guards import (
    LICENSE_FACTS,
    back_of_queue,
    category_changes,
    eligible_for,
    license_says,
    not_before_opening,
    open_row,
    without_flag,
)
from deskcli.services.mail import hooks as mail_hooks
from deskcli.store.repository import from_utc_text, utc_text

if TYPE_CHECKING:
    from typing import Any
    from collections.abc import Mapping

    from deskcli.services.mail.origin import Origin
    from deskcli.store.repository import Repository


# PINs (hashlib) and eligibility (the entitlement rules) load in the use cases that need
# them: an agent's reply, run many times an hour, needs neither.


def reply(ctx: Context, request_id: int, body: str, *, kind: str = "agent", mail: bool = True,
          origin: Origin | None = None, still_true: Callable[[Context], bool] | None = None) -> dict:
    """An agent's response, a customer's message (see ``services.messages``) or an internal note.

    ``mail=False``: the customer is not mailed the answer; ``origin``: the inbound mail
    this message came from (services.mail.inbox); ``still_true``: asked inside the write
    lock, a text made from the desk's data before it (a template) is refused if no longer
    true; it may raise the refusal itself, saying why (``guards.unchanged_since``: another
    agent answered meanwhile)."""
    if kind == "customer":
        from deskcli.services.messages import customer_message

        return customer_message(ctx, request_id, body, origin=origin).row
    body = tickets.validate_text(body, what="reply", limit=tickets.MAX_BODY_BYTES)
    written = None
    if origin is not None:  # a note mailed by someone else: their password is sealed, as a customer's
        from deskcli.services import passwords
        from deskcli.services.merge import current_request

        written, (body,) = passwords.hidden(body)
    with ctx.transaction(searchable=True) as repo:
        if origin is not None:  # a thread merged away meanwhile: the mail joins the request it went to
            request_id = current_request(repo, request_id)
        allowed = {"agent": ("open", "answered"), "internal": tickets.STATUSES}[kind]
        row = open_row(ctx, repo, request_id, allow=allowed, answering=kind == "agent")
        if still_true is not None and not still_true(ctx):
            raise InvalidInput("the template's text or the values it quotes (a price, a date) changed while the "
                               "reply was being made; nothing was recorded or sent: run the command again")
        if written is not None:
            (body,) = passwords.as_stored(row["status"], written, body)
        message: dict[str, Any] = {"request_id": request_id, "author": ctx.agent, "kind": kind, "body": body,
                                   "at": utc_text(ctx.now)}
        if kind == "agent" and row["status"] == "open":
            due = from_utc_text(row["due_at"])
            first_due = from_utc_text(row["first_due_at"]) or due
            message.update({
                "due_at": row["due_at"],
                "first_due_at": utc_text(first_due),
                "met_due": int(ctx.now <= due),
                "met_first_due": int(ctx.now <= first_due),
                "response_minutes": ctx.calendar.business_minutes_between(
                    from_utc_text(row["queued_at"]), ctx.now),
                "first_response_minutes": ctx.calendar.business_minutes_between(
                    from_utc_text(row["wait_started_at"] or row["queued_at"]), ctx.now),
            })
            # an answer after a bounce (services.mail.bounces) is what the flag asked for
            answered = {"status": "answered", "due_at": None, **without_flag(row, MAIL_BOUNCED)}
            if row["first_response_at"] is None:
                answered["first_response_at"] = utc_text(ctx.now)
            row = repo.change_request(row, answered, at=ctx.now, agent=ctx.agent, action="answered")
        message["id"] = repo.insert("messages", message)
        if written is not None:
            passwords.keep(ctx, repo, row, written)
        if message.get("due_at") is None:
            repo.record(at=ctx.now, agent=ctx.agent, action=f"{kind} message", request_id=request_id,
                        after={"message": message["id"]})
        mail_hooks.replied(ctx, repo, row, message, mail=mail, origin=origin)  # mail: same transaction
        return row


def reopen(ctx: Context, request_id: int, note: str | None = None, *, category: str | None = None) -> dict:
    """A resolved or rejected request back in the queue, its deadline starting afresh now;
    ``category``: in another category (one filed wrongly and refused for it: a free edition's
    installation question filed as usage), which the license must cover."""
    if note is not None:
        note = tickets.validate_text(note, what="note", limit=tickets.MAX_BODY_BYTES)
    if category is not None:
        category = tickets.validate_category(category)
    with ctx.transaction(searchable=True) as repo:
        row = repo.request(request_id)
        if row.get("merged_into") is not None:  # its thread lives on in the target, which reopens
            raise InvalidInput(f"request #{request_id} was merged into #{row['merged_into']}; reopen that one")
        if row["status"] not in ("resolved", "rejected"):
            raise InvalidInput(f"request #{request_id} is {row['status']}; only a resolved or rejected "
                               "request can be reopened")
        not_before_opening(ctx, row)
        # Back in the queue is support given today: the license must cover it today (a
        # request refused for expired support comes back once the license is renewed). The
        # intake rules are not asked again: reopening is the agent overruling them.
        category = category or row["category"]
        eligible_for(ctx, repo, row, category, ctx.today, f"request #{request_id} cannot be reopened")
        reopened = repo.change_request(row, {**category_changes(row, category), **back_of_queue(ctx, row, category)},
                                       at=ctx.now, agent=ctx.agent, action="reopened")
        if note:
            _internal_note(ctx, repo, request_id, note)
        return reopened


def _internal_note(ctx: Context, repo: Repository, request_id: int, note: str) -> None:
    """The agent's reason for a change, kept in the thread where the customer never sees it."""
    repo.insert("messages", {"request_id": request_id, "author": ctx.agent, "kind": "internal",
                             "body": note, "at": utc_text(ctx.now)})


def close(ctx: Context, request_id: int, resolution: str | None, *, mail: bool = True) -> tuple[dict, str | None]:
    """Resolve; returns the row and the kind of temporary access erased, if any.
    ``mail=False``: the customer is not mailed the close message. A blank resolution is
    none (null, as a close without one), from a script's empty variable or the screen."""
    if resolution is not None:
        resolution = tickets.validate_field(resolution, what="resolution", limit=tickets.MAX_BODY_BYTES, lines=True)
        resolution = resolution if resolution.strip() else None
    from deskcli.services.access import erase_access  # the access rules, loaded before the write lock

    with ctx.transaction(searchable=True) as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        erased = erase_access(ctx, repo, request_id)
        row = repo.change_request(row, {"status": "resolved", "due_at": None, "resolution": resolution,
                                        "closed_at": utc_text(ctx.now), "ready_to_close": 0},
                                  at=ctx.now, agent=ctx.agent, action="resolved")
        if mail:
            mail_hooks.closed(ctx, repo, row)  # mail: same transaction
        return row, erased


def reject(ctx: Context, request_id: int, code: str | Sequence[str], note: str | None = None, *,
           mail: bool = True) -> tuple[dict, str | None]:
    """An agent's refusal under 2.8 / 2.10 / eligibility, under one rule or several (``code``:
    each rule's code); the customer is quoted every rule (``mail=False``: in the thread, not
    by mail)."""
    codes = list(dict.fromkeys([code] if isinstance(code, str) else code))
    if not codes:
        raise InvalidInput("give the rule the request is refused under (--reason)")
    for each in codes:
        if each not in intake.RULE_TEXT:
            raise InvalidInput(f"unknown reason {each!r}; use one of {', '.join(intake.RULE_TEXT)}")
    if note is not None:
        note = tickets.validate_text(note, what="note", limit=tickets.MAX_BODY_BYTES)
    for each in codes:
        if each in LICENSE_FACTS:
            license_says(ctx, ctx.repo.request(request_id), each)
    return _reject(ctx, request_id, [Reason(each, intake.RULE_TEXT[each]) for each in codes], note, mail=mail)


def _reject(ctx: Context, request_id: int, given: list[Reason], note: str | None, *,
            mail: bool = True) -> tuple[dict, str | None]:
    from deskcli.services.access import erase_access  # the access rules, loaded before the write lock

    with ctx.transaction(searchable=True) as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        erased = erase_access(ctx, repo, request_id)
        reasons = json.loads(row["reasons"] or "[]") + [reason.as_dict() for reason in given]
        row = repo.change_request(row, {"status": "rejected", "due_at": None,
                                        "reasons": json.dumps(reasons, ensure_ascii=False),
                                        "closed_at": utc_text(ctx.now), "ready_to_close": 0},
                                  at=ctx.now, agent=ctx.agent, action="rejected")
        # The thread holds the letter itself when one was queued (the agent reads what the
        # customer reads: TUI QA found the English rule in the thread of a Russian letter),
        # else the rules as the desk states them.
        mailed = mail_hooks.rejected(ctx, repo, row, given, note, erased=erased) if mail else None  # same transaction
        text = mailed or mail_hooks.refusal_text(ctx, repo, row, [reason.code for reason in given], note or "",
                                                 fallback="\n\n".join(reason.message for reason in given),
                                                 erased=erased)
        repo.insert("messages", {"request_id": request_id, "author": ctx.agent, "kind": "rejection",
                                 "body": text, "at": utc_text(ctx.now)})
        return row, erased


def escalation_line(ctx: Context, row: Mapping[str, Any], line: int | None) -> int:
    """The line ``row`` goes to when escalated to ``line`` (None: the next one), refused
    unless it is one of the desk's lines and another than the one it is on."""
    new_line = line if line is not None else row["line"] + 1
    if new_line not in ctx.policy.lines:
        known = ", ".join(f"{number} {name}" for number, name in ctx.policy.lines.items())
        if line is None:
            raise InvalidInput(f"request #{row['id']} is on the last line ({row['line']}); "
                               f"the desk's lines are {known}")
        raise InvalidInput(f"line {new_line} is not one of the desk's lines: {known}")
    if new_line == row["line"]:
        raise InvalidInput(f"request #{row['id']} is already on line {new_line}")
    return new_line


def escalate(ctx: Context, request_id: int, line: int | None, note: str | None) -> dict:
    if note is not None:  # checked before the write lock, as every use case checks its text
        note = tickets.validate_text(note, what="note", limit=tickets.MAX_BODY_BYTES)
    with ctx.transaction(searchable=True) as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        new_line = escalation_line(ctx, row, line)
        row = repo.change_request(row, {"line": new_line}, at=ctx.now, agent=ctx.agent, action="escalated")
        if note:
            _internal_note(ctx, repo, request_id, note)
        return row


def assign(ctx: Context, request_id: int, assignee: str, *,
           still_true: Callable[[Context], bool] | None = None) -> dict:
    """Give a request to an agent: ``me`` is the agent running the command, ``-`` nobody.
    ``still_true``: as for ``reply``, asked inside the write lock (``guards.unchanged_since``:
    another agent took the request meanwhile)."""
    text = tickets.validate_field(assignee, what="the assignee").strip()
    named = tickets.assignee_named(text, ctx.agent) or None
    with ctx.transaction() as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        if still_true is not None and not still_true(ctx):
            raise InvalidInput(f"request #{request_id} changed while it was being assigned; nothing was recorded")
        if named is not None and named != ctx.agent:
            # one agent, one spelling: "Anna" is anna, as she runs the desk or as it already assigns her
            spelled = ctx.agent if ctx.agent.casefold() == named.casefold() else repo.assignee_spelling(named)
            if spelled is not None:
                ctx.notice(f"assigned to {spelled}, as the desk spells that name")
                named = spelled
        if row["assignee"] == named:
            raise InvalidInput(f"request #{request_id} is already "
                               + (f"assigned to {named}" if named else "unassigned"))
        if row["assignee"] and row["assignee"] != ctx.agent:  # said, so that taking it over is never silent
            ctx.notice(f"#{request_id} was assigned to {row['assignee']}")
        return repo.change_request(row, {"assignee": named}, at=ctx.now, agent=ctx.agent,
                                   action="assigned" if named else "unassigned")


def recategorise(ctx: Context, request_id: int, category: str) -> dict:
    category = tickets.validate_category(category)
    with ctx.transaction() as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        if row["category"] == category:
            raise InvalidInput(f"request #{request_id} is already {category}")
        # A new category can take the request outside what the license covers (2.4: the
        # free edition gets installation help only); judged on the day it was opened.
        opened_on = from_utc_text(row["created_at"]).astimezone(ctx.calendar.zone).date()
        eligible_for(ctx, repo, row, category, opened_on, f"request #{request_id} cannot become {category}")
        changes = {**category_changes(row, category), "clock_category": None}
        if row["status"] == "open":
            [(due, first)] = tickets.deadlines_each(ctx.calendar, ctx.policy.targets[category],
                                                    [(from_utc_text(row["queued_at"]), from_utc_text(row["wait_started_at"]))])
            changes.update({"due_at": utc_text(due), "due_calendar": ctx.basis, "first_due_at": utc_text(first)})
        return repo.change_request(row, changes, at=ctx.now, agent=ctx.agent, action="recategorised")
