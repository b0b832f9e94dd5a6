"""Folding a duplicate request into another: one thread, one clock, pointers both ways."""

from __future__ import annotations

import json

from deskcli.domain.errors import InvalidInput
from deskcli.services.access import erase_access
from deskcli.services.context import Context
from deskcli.services.deadlines import clock_category
from deskcli.services.guards import not_before_opening
from deskcli.services.tags import store_tags
from deskcli.store.repository import Repository, utc_text

#: The clock columns a waiting source hands to the target.
_CLOCK = ("queued_at", "due_at", "first_due_at", "wait_started_at", "due_calendar")


def merge(ctx: Context, source_id: int, target_id: int) -> tuple[dict, dict]:
    """Move the source's messages, attachments and history into the target and close the source.

    Only one license's requests merge, a request never into itself, and never into one
    that was itself merged away or rejected. When the customer is still waiting on the
    source, the target waits too, with the earlier deadline; both deadlines stay in the
    target's history. The target's flags stay its own (``_target_changes``). Returns
    (source, target) as stored afterwards.
    """
    if source_id == target_id:
        raise InvalidInput(f"request #{source_id} cannot be merged into itself")
    with ctx.transaction(searchable=True) as repo:
        source: dict = dict(repo.request(source_id))
        target: dict = dict(repo.request(target_id))
        for row in (source, target):
            if row["merged_into"] is not None:
                raise InvalidInput(f"request #{row['id']} was already merged into #{row['merged_into']}")
            not_before_opening(ctx, row)
        if source["license"] != target["license"]:
            raise InvalidInput(f"#{source_id} (license {source['license']}) and #{target_id} (license "
                               f"{target['license']}) belong to different licenses; only one license's "
                               "requests merge")
        if target["status"] == "rejected":
            raise InvalidInput(f"request #{target_id} is rejected; merge it into #{source_id} instead")
        source_due = source["due_at"] or _last_due(repo, source_id)
        before = {"due_at": target["due_at"] or _last_due(repo, target_id), "status": target["status"]}
        target_changes = _target_changes(source, target)
        _move_access(ctx, repo, source_id, target_id,
                     closed=target_changes.get("status", target["status"]) not in ("open", "answered"))
        for table in ("messages", "attachments", "events"):
            repo.conn.execute(f"UPDATE {table} SET request_id = ? WHERE request_id = ?", (target_id, source_id))
        # The target answers by mail where the source did when it has no address of its own.
        repo.conn.execute("INSERT OR IGNORE INTO mail_contacts (request_id, address, name, language) "
                          "SELECT ?, address, name, language FROM mail_contacts WHERE request_id = ?",
                          (target_id, source_id))
        both = set(json.loads(source["tags"])) | set(json.loads(target["tags"]))
        target = store_tags(ctx, repo, target, sorted(both))
        source = repo.change_request(
            source, {"status": "resolved", "due_at": None, "closed_at": utc_text(ctx.now),
                     "resolution": f"merged into #{target_id}", "merged_into": target_id,
                     "reasons": "[]"},  # reasons are a rejected request's (SPEC 6); its history keeps them
            at=ctx.now, agent=ctx.agent, action="merged away")
        target = repo.change_request(target, target_changes, at=ctx.now, agent=ctx.agent, action="merged")
        # Both deadlines, for the SLA report: the target's own and the one its duplicate had.
        repo.record(at=ctx.now, agent=ctx.agent, action="merged deadlines", request_id=target_id,
                    before=before, after={"due_at": target["due_at"], "status": target["status"],
                                          "merged_from": source_id, "merged_due_at": source_due})
        return source, target


def _target_changes(source: dict, target: dict) -> dict:
    """What the merge changes on the target: the clock of a source still waiting.

    Never the target's flags (review day 26: a duplicate's ``category_assumed`` claimed
    that the category an agent chose was assumed, its ``no_question`` put a false ⚑ on a
    clear question). A flag describes what it was raised on: the request's own fields
    (``category_assumed``, ``mail_bounced``: the source's category and mail) or its latest
    customer message, whose findings a clarification takes over (services.messages). A
    duplicate is no clarification: the target's question is still the one answered, so
    its flags stay its own, and the source's findings stay on the source's messages (their
    ``flags``, which move with them) and on the source's own row. (A bounce's note moves
    with the thread too, and a letter that bounces later flags the target: bounces follow
    merges.)"""
    changes: dict = {}
    if source["status"] != "open":
        return changes
    if target["status"] != "open":
        # The target's own wait is over: the customer's current wait is the source's.
        changes.update({column: source[column] for column in _CLOCK})
        changes.update({"status": "open", "closed_at": None, "resolution": None, "ready_to_close": 0,
                        "clock_category": _clock_for(source, target)})
        return changes
    if source["due_at"] and (target["due_at"] is None or source["due_at"] < target["due_at"]):
        # The target runs on the source's clock, every part of it: a deadline recalculated
        # later (a policy change) is the wait's start plus the clock's target, so a start of
        # one request and the category of the other would make a deadline neither had (QA).
        # The target's own deadlines stay in the "merged deadlines" event.
        changes.update({column: source[column] for column in _CLOCK})
        changes["clock_category"] = _clock_for(source, target)
    return changes


def _clock_for(source: dict, target: dict) -> str | None:
    """The target's ``clock_category`` once it runs on the source's clock (None: its own)."""
    category = clock_category(source)
    return None if category == target["category"] else category


def _last_due(repo: Repository, request_id: int) -> str | None:
    """A closed source's deadline as its history last recorded it (it is None on the row)."""
    for event in reversed(repo.history(request_id)):
        for side in ("before", "after"):
            values = json.loads(event[side] or "{}")
            if isinstance(values, dict) and values.get("due_at"):
                return values["due_at"]
    return None


def _move_access(ctx: Context, repo: Repository, source_id: int, target_id: int, *, closed: bool) -> None:
    """The source's temporary access goes with its thread, unless the target has its own or
    stays closed (credentials live only while a request is open: a resolved target would keep
    them for good): then the source's is erased, and the customer is asked to delete that
    user (2.12)."""
    found = repo.one("SELECT kind FROM access WHERE request_id = ?", (source_id,))
    if found is None:
        return
    if not closed and repo.one("SELECT 1 FROM access WHERE request_id = ?", (target_id,)) is None:
        repo.conn.execute("UPDATE access SET request_id = ? WHERE request_id = ?", (target_id, source_id))
        repo.record(at=ctx.now, agent=ctx.agent, action="access moved", request_id=target_id,
                    before={"access": None}, after={"access": found["kind"], "from": source_id})
        return
    kind = erase_access(ctx, repo, source_id)
    if kind:  # the only copy of that login is gone: the customer must delete the user (2.12)
        why = f"#{target_id} is closed" if closed else f"#{target_id} keeps its own"
        ctx.notice(f"#{source_id}'s temporary {kind} access erased ({why}); ask the customer to delete that "
                   f"temporary {kind} user")

def current_request(repo: Repository, request_id: int) -> int:
    """The request a message for ``request_id`` belongs to now, following merges
    (mail that answers a merged request's thread lands in the request it joined)."""
    seen = {request_id}
    row: dict = dict(repo.request(request_id))
    while row["merged_into"] is not None and row["merged_into"] not in seen:
        seen.add(row["merged_into"])
        row = dict(repo.request(row["merged_into"]))
    return int(row["id"])
