"""What may be done to a request now, shared by every use case that changes one: it must be
the request being worked on (not merged away), in a status the change accepts, the clock
past its opening, and its license covering the category it would be in."""

from __future__ import annotations

import json

from deskcli.domain.errors import ChangedMeanwhile, InvalidInput, Refused
from deskcli.domain.named import TYPE_CHECKING, cast
from deskcli.domain.reasons import CATEGORY_ASSUMED
from deskcli.domain import tickets
from deskcli.store.repository import from_utc_text, utc_text

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping
    from typing import Any

    from deskcli.services.context import Context
    from deskcli.store.repository import Repository


def open_row(ctx: Context, repo: Repository, request_id: int, *, allow: tuple[str, ...],
             answering: bool = False) -> dict:
    """The request, refused unless it is worked on itself and its status is one of ``allow``;
    ``answering``: the change is an agent's answer."""
    row = repo.request(request_id)
    if row.get("merged_into") is not None:
        raise InvalidInput(f"request #{request_id} was merged into #{row['merged_into']}; work on that one")
    if row["status"] not in allow:
        # A closed request is answered again once reopened; a note for the team needs no reopening.
        hint = ""
        if row["status"] in ("resolved", "rejected") and "open" in allow:
            hint = ": reopen it to answer, or add an internal note" if answering else ": reopen it first (desk reopen)"
        raise InvalidInput(f"request #{request_id} is {row['status']}{hint}")
    not_before_opening(ctx, row)
    return cast("dict[str, Any]", row)  # a typed row is a plain dict to the use cases that change it


def last_change(repo: Repository, request_id: int) -> int:
    """The request's latest recorded change (0: none): what an agent has seen of it as a
    dialog opens, for ``unchanged_since`` to compare with when the change is written."""
    return int(repo.last_event(request_id))


#: What another agent does to a request that an answer or an assignment begun before it
#: would go over unasked (a second answer mailed within seconds, a request taken back).
TAKEN_OVER = ("answered", "agent message", "assigned", "unassigned")


def unchanged_since(ctx: Context, request_id: int, seen: int) -> None:
    """Refuse (``ChangedMeanwhile``) when, after change ``seen``, another agent answered the
    request or changed its assignee, saying who, what and when ("olga answered #2 at
    09:35:55"). Asked inside the write lock (the ``still_true`` of the use case), as the
    close or merge made meanwhile is refused there (``open_row``)."""
    since = ctx.repo.history(request_id, after=seen)
    said = [_taken_over(ctx, event) for event in since
            if event["agent"] != ctx.agent and event["action"] in TAKEN_OVER]
    if said:
        raise ChangedMeanwhile("; ".join(dict.fromkeys(said)), latest=int(since[-1]["id"]))


def _taken_over(ctx: Context, event: Mapping[str, Any]) -> str:
    at = from_utc_text(event["at"]).astimezone(ctx.zone)
    when = at.strftime("%H:%M:%S") if at.date() == ctx.now.astimezone(ctx.zone).date() else at.strftime("%Y-%m-%d %H:%M")
    who, request = event["agent"], f"#{event['request_id']}"
    if event["action"] in ("answered", "agent message"):
        return f"{who} answered {request} at {when}"
    if event["action"] == "unassigned":
        return f"{who} unassigned {request} at {when}"
    assignee = json.loads(event["after"] or "{}").get("assignee")
    return (f"{who} took {request} at {when}" if assignee == who
            else f"{who} assigned {request} to {assignee} at {when}")


def not_before_opening(ctx: Context, row: Mapping[str, Any]) -> None:
    """Nothing happens to a request before it was opened: a clock set back (DESK_NOW, a
    replay) would record a reply before its question, a negative response time (QA)."""
    opened = from_utc_text(row["created_at"])
    if opened is not None and ctx.now < opened:
        raise InvalidInput(f"request #{row['id']} was opened at {ctx.show_stored(row['created_at'])}; "
                           f"nothing can be recorded on it at {ctx.now.astimezone(ctx.zone).isoformat(timespec='seconds')}, "
                           "before that")


def eligible_for(ctx: Context, repo: Repository, row: Mapping[str, Any], category: str, on: dt.date,
                 refused: str) -> None:
    """Refuse (with every reason) unless the request's license covers ``category`` on ``on``."""
    from deskcli.services.licenses import eligibility

    verdict = eligibility(ctx, repo.license(row["license"]), category, on)
    if not verdict.eligible:
        raise Refused(f"{refused}: " + "; ".join(f"{r.code}: {r.message}" for r in verdict.reasons))


#: Refusal codes that state a fact of the license (SPEC 6): the license record decides them.
LICENSE_FACTS = ("support_expired", "free_edition", "code_modified")


def license_says(ctx: Context, row: Mapping[str, Any], code: str,
                 otherwise: str = "or refuse the request under another rule") -> None:
    """Refuse an agent's ``code`` of ``LICENSE_FACTS`` that the request's license contradicts
    today (policy QA: ``reject --reason support_expired`` told a covered customer his support
    had ended): the record is corrected first, so the refusal, the queue and the reports agree."""
    from deskcli.services.licenses import eligibility

    license_row = ctx.repo.license(row["license"])
    verdict = eligibility(ctx, license_row, row["category"], ctx.today)
    if code in {reason.code for reason in verdict.reasons}:
        return
    if code == "free_edition" and ctx.policy.editions.get(license_row["edition"], False) and any(
            flag.get("code") == CATEGORY_ASSUMED for flag in json.loads(row.get("flags") or "[]")):
        # installation was only assumed for the free edition's mail (no category named): the
        # agent who reads it as another question refuses it under 2.4 (review: no way did)
        return
    number = license_row["number"]
    if code == "support_expired":
        fact = (f"its support runs through {verdict.support_until.isoformat()} (desk license show {number})"
                if verdict.support_until else "the free edition has no support period to run out")
    elif code == "free_edition":
        fact = (f"its edition {license_row['edition']} is not the free one (desk license edit {number} --edition ...)"
                if not ctx.policy.editions.get(license_row["edition"], False)
                else "the free edition is supported in installation questions, and this request is one")
    else:
        fact = f"it is not marked as modified (desk license edit {number} --code-modified)"
    raise InvalidInput(f"license {number} does not say {code}: {fact}; {otherwise}")


def category_changes(row: Mapping[str, Any], category: str) -> dict[str, Any]:
    """The columns a category an agent decides changes (desk edit --category, desk reopen
    --category): the category, and a category the desk had only assumed is assumed no more."""
    changes: dict[str, Any] = {"category": category}
    flags = json.loads(row["flags"] or "[]")
    if category != row["category"] and any(flag.get("code") == CATEGORY_ASSUMED for flag in flags):
        changes["flags"] = json.dumps([f for f in flags if f.get("code") != CATEGORY_ASSUMED], ensure_ascii=False)
    return changes


def without_flag(row: Mapping[str, Any], code: str) -> dict[str, Any]:
    """The change that drops the request's flag ``code``, or none when it has none."""
    flags = json.loads(row.get("flags") or "[]")
    if not any(flag.get("code") == code for flag in flags):
        return {}
    return {"flags": json.dumps([f for f in flags if f.get("code") != code], ensure_ascii=False)}


def back_of_queue(ctx: Context, row: Mapping[str, Any], category: str, at: dt.datetime | None = None) -> dict[str, Any]:
    """The columns that put a request at the back of the queue with a fresh deadline from
    now, or from when a polled message ``at`` came in (2.7), shared by a customer's
    clarification and a reopening: an answered or closed request's wait starts afresh with
    its first deadline, and a closed one leaves its resolution and reasons behind."""
    clock = tickets.start_clock(ctx.calendar, ctx.now if at is None else at, ctx.policy.targets[category])
    changes: dict[str, Any] = {"status": "open", "queued_at": utc_text(clock.queued_at), "due_at": utc_text(clock.due_at),
                               "due_calendar": ctx.basis, "ready_to_close": 0, "clock_category": None}
    if row["status"] != "open":
        changes.update({"first_due_at": utc_text(clock.due_at), "wait_started_at": utc_text(clock.queued_at),
                        "closed_at": None})
    if row["status"] in ("resolved", "rejected"):
        changes.update({"resolution": None, "reasons": "[]"})
    return changes
