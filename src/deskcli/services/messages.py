"""A customer's message on a request that already exists.

Three things can happen to it (SPEC 2.7, 2.8 and section 8):

- a clarification: the request goes to the back of the queue with a fresh deadline;
- a refused message, one that breaks an intake rule (obscene, or a flag the policy turns
  into a refusal): it is kept with its reasons and the customer is told why, while the
  request stays exactly as it was — a bad message does not reject a good request;
- a thank-you or a confirmed fix: kept, not re-queued, and the request is marked ready to
  close if it was answered or the customer says the problem is gone (bare thanks on a
  request still waiting for its answer leave it as it was).

Flags belong to the message that raised them; the request shows those of its latest
accepted customer message.
"""

from __future__ import annotations

import datetime as dt
import json

from dataclasses import dataclass, field
from typing import Any

from deskcli.domain import courtesy, tickets
from deskcli.domain.named import TYPE_CHECKING
from deskcli.domain.reasons import Reason, request_flags
from deskcli.services import screening
from deskcli.services.context import Context
from deskcli.store.records import json_text
from deskcli.store.repository import Repository, utc_text

if TYPE_CHECKING:
    from deskcli.services.mail.origin import Origin


@dataclass
class CustomerMessage:
    """The request after the message, the message's id, and what the desk made of it."""

    row: dict[str, Any]
    message_id: int
    outcome: str  # "clarification", "thanks" or "refused"
    reasons: list[Reason] = field(default_factory=list)
    flags: list[Reason] = field(default_factory=list)

    def thanks_kept(self) -> str:
        """What a thank-you left as it was, for a face to say: "#N keeps its place" only
        where there is a place in the queue to keep."""
        status = self.row["status"]
        return "keeps its place" if status == "open" else f"stays {status}"


def screen(ctx: Context, body: str) -> tuple[bool, list[Reason], list[Reason]]:
    """(only thanks, refusals, flags) for a customer's message; slow, so outside any lock."""
    result, refusals, flags = screening.screen(ctx, "", body, follow_up=True)
    if not result.refusals and courtesy.only_thanks(body):  # the rules' own refusals, not the policy's
        return True, [], []
    return False, refusals, flags


def customer_message(ctx: Context, request_id: int, body: str, *, origin: Origin | None = None) -> CustomerMessage:
    """``origin``: the inbound mail the message came from (services.mail.inbox), whose
    bookkeeping and any refusal mail are written in the same transaction."""
    from deskcli.services import passwords
    from deskcli.services.guards import not_before_opening
    from deskcli.services.mail import hooks as mail_hooks
    from deskcli.services.merge import current_request  # not inside the lock: 3 ms to import

    body = tickets.validate_text(body, what="reply", limit=tickets.MAX_BODY_BYTES)
    # A password the customer wrote is kept only as sealed temporary access (2.12).
    from deskcli.services.pins import unpinned

    written, (body,) = passwords.hidden(unpinned(body))  # a PIN written after its label is not kept
    thanks, refusals, flags = screen(ctx, body)
    with ctx.transaction(searchable=True) as repo:
        request_id = current_request(repo, request_id)  # a merged request's thread goes on in its target
        row: dict[str, Any] = dict(repo.request(request_id))
        # a polled message counts from its arrival, after the request's last turn (read here,
        # under the write lock, so an answer given meanwhile is not passed over)
        at = origin.counts_from(repo.last_turn_at(request_id)) if origin is not None else ctx.now
        not_before_opening(ctx, row)
        if row["status"] in ("resolved", "rejected") and not refusals and not thanks:
            refusals = _still_refused(ctx, repo, row, at.astimezone(ctx.zone).date())
        # a refusal or thanks leaves the status as it is; a clarification puts it in the queue
        (stored,) = passwords.as_stored(row["status"] if refusals or thanks else "open", written, body)
        message_id = repo.insert("messages", {
            "request_id": request_id, "author": "customer", "kind": "customer", "body": stored,
            "at": utc_text(at), "flags": _json(flags), "reasons": _json(refusals)})
        if refusals:
            passwords.keep(ctx, repo, row, written)
            mailed = mail_hooks.customer_wrote(ctx, repo, row, message_id, refusals, origin,  # mail: same transaction
                                               outcome="refused")
            _tell_why(ctx, repo, row, message_id, refusals, mailed)
            return CustomerMessage(row, message_id, "refused", reasons=refusals)
        if thanks:
            # Thanks for an answer, or word that the problem is gone, leave nothing to do;
            # bare thanks on a request still waiting (thanks in advance) leave it waiting,
            # its deadline running.
            if row["status"] == "answered" or (row["status"] == "open" and courtesy.confirms_fix(body)):
                row = repo.change_request(row, {"ready_to_close": 1},  # the question, and its flags, stay
                                          at=ctx.now, agent=ctx.agent,
                                          action="customer confirmed")
            repo.record(at=ctx.now, agent=ctx.agent, action="customer message", request_id=request_id,
                        after={"message": message_id})
            passwords.keep(ctx, repo, row, written)
            mail_hooks.customer_wrote(ctx, repo, row, message_id, [], origin, outcome="thanks")  # mail: same transaction
            return CustomerMessage(row, message_id, "thanks")
        row = _requeue(ctx, repo, row, flags, at)
        repo.record(at=ctx.now, agent=ctx.agent, action="customer message", request_id=request_id,
                    after={"message": message_id})
        passwords.keep(ctx, repo, row, written)
        mail_hooks.customer_wrote(ctx, repo, row, message_id, [], origin)  # mail: same transaction
        return CustomerMessage(row, message_id, "clarification", flags=flags)


def _still_refused(ctx: Context, repo: Repository, row: dict[str, Any], on: dt.date) -> list[Reason]:
    """Why a question on a closed request does not reopen it. A question reopens a resolved
    request, or one rejected only for what the license said (expired support, modified code,
    the free edition), when the license covers it ``on`` the day the question was written
    (as desk reopen asks of today; QA: mail reopened it past the support year; review: a renewed customer's
    "ответьте" was shelved as a note). One refused on its merits (the intake rules, an
    agent's judgment) stays refused, and the customer is told the refusal again (review: a
    customer's "почему отказ?" undid an agent's out_of_scope)."""
    from deskcli.services.guards import LICENSE_FACTS
    from deskcli.services.licenses import eligibility

    license_row = repo.license(row["license"])
    if row["status"] == "rejected":
        given = [Reason(r["code"], r["message"]) for r in json.loads(row.get("reasons") or "[]")
                 if isinstance(r, dict) and r.get("code")]
        merits = [reason for reason in given if reason.code not in LICENSE_FACTS]
        # An agent's 2.4 refusal of a category the desk only assumed as installation
        # (guards.license_says) holds while the edition is free: the category it kept is
        # one the free edition is covered in (review: "почему отказ?" reopened it).
        if not merits and ctx.policy.editions.get(license_row["edition"], False):
            merits = [reason for reason in given if reason.code == "free_edition"]
        if merits:
            return merits
    return list(eligibility(ctx, license_row, row["category"], on).reasons)


def _requeue(ctx: Context, repo: Repository, row: dict[str, Any], flags: list[Reason],
             at: dt.datetime) -> dict[str, Any]:
    """A clarification: the back of the queue and a fresh deadline from when it came (2.7)."""
    from deskcli.services.guards import back_of_queue

    changes = {**back_of_queue(ctx, row, row["category"], at),
               "flags": json_text(_kept(row) + [f.as_dict() for f in flags])}
    # An answered request goes back to the queue; a closed one is reopened by it.
    action = "reopened" if row["status"] in ("resolved", "rejected") else "re-queued"
    return repo.change_request(row, changes, at=ctx.now, agent=ctx.agent, action=action)


def _tell_why(ctx: Context, repo: Repository, row: dict[str, Any], message_id: int, refusals: list[Reason],
              mailed: str | None) -> None:
    """The answer the customer gets, in the thread: the letter itself when one was queued
    (the agent reads what the customer reads), else each rule the message broke, quoted (2.8)."""
    if mailed is None:
        from deskcli.services.mail import hooks as mail_hooks

        mailed = mail_hooks.refusal_text(ctx, repo, row, list(dict.fromkeys(r.code for r in refusals)),
                                         fallback="\n\n".join(r.message for r in refusals))
    repo.insert("messages", {"request_id": row["id"], "author": ctx.agent, "kind": "refusal",
                             "at": utc_text(ctx.now), "body": mailed})
    repo.record(at=ctx.now, agent=ctx.agent, action="message refused", request_id=row["id"],
                after={"message": message_id, "reasons": [r.code for r in refusals]})


def _json(reasons: list[Reason]) -> str:
    return json_text([r.as_dict() for r in reasons])


def _kept(row: dict[str, Any]) -> list[dict[str, str]]:
    """The request's own flags, which a new message does not replace (reasons.request_flags)."""
    return request_flags(json.loads(row.get("flags") or "[]"))
