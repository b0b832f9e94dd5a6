"""What the request use cases call inside their own transaction, so the mail a change
causes is queued with it (and vanishes with it if the change is rolled back).

``services.requests`` calls one function here per change: a request opened, a message
added, a request closed or rejected by an agent. Each decides whether the change means
mail, to whom, and queues it through ``outbox``. When the change came from a customer's
mail, ``origin`` (``origin.Origin``) also records the mail's bookkeeping in the same
transaction: its Message-ID, attachments, the log line, the IMAP position.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.named import TYPE_CHECKING
from deskcli.services.context import Context
from deskcli.services.mail import outbox
from deskcli.services.mail.outbox import AUTO_GENERATED, AUTO_REPLY, Queued, Recipient
from deskcli.store import mail as mailstore
from deskcli.store.records import from_utc_text
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from typing import Any

    from deskcli.domain.reasons import Reason
    from deskcli.services.drafts import Draft
    from deskcli.services.mail.origin import Origin


def opened(ctx: Context, repo: Repository, row: dict[str, Any], draft: Draft, refusals: Sequence[Reason],
           suggestions: Sequence[dict[str, str]]) -> None:
    """A new request: the acknowledgement, or the refusal quoting the rules it broke."""
    origin = draft.origin
    queued: list[Queued] = []
    to = _recipient(ctx, repo, row, origin)
    if to is not None:
        thread = _origin_thread(origin)
        if row["status"] == "open":
            queued.append(_acknowledge(ctx, repo, row, to, suggestions, thread, _automatic(origin), origin))
        else:
            queued.append(_refuse(ctx, repo, row, to, [r.code for r in refusals], "", _automatic(origin), thread))
    if origin is not None and refusals and row["status"] != "open":
        origin.notes.append("rejected: " + ", ".join(dict.fromkeys(r.code for r in refusals)))
    first = repo.one("SELECT id FROM messages WHERE request_id = ? ORDER BY id LIMIT 1", (row["id"],))
    _finish(ctx, repo, row, first["id"] if first else None, queued, origin)


def replied(ctx: Context, repo: Repository, row: dict[str, Any], message: dict[str, Any], *,
            mail: bool = True, origin: Origin | None = None) -> None:
    """An agent's or internal message on a request: an agent's answer goes to the customer."""
    queued: list[Queued] = []
    if message["kind"] == "agent" and mail:
        to = _recipient(ctx, repo, row, None)
        if to is not None:
            ids, last = mailstore.thread_ids(repo, row["id"])
            values = {**outbox.request_values(row), "reply": message["body"], "agent": ctx.agent}
            done = outbox.queue(ctx, repo, "reply", to, values, request_id=row["id"], license=row["license"],
                                in_reply_to=last, references=ids)
            if done.message_id:
                mailstore.set_message_id(repo, message["id"], done.message_id)
            queued.append(done)
    _finish(ctx, repo, row, message["id"], queued, origin)


def customer_wrote(ctx: Context, repo: Repository, row: dict[str, Any], message_id: int,
                   refusals: Sequence[Reason], origin: Origin | None, outcome: str = "clarification") -> str | None:
    """A customer's message on an existing request: a refused one (2.8) is answered with the
    rules it broke; the request itself is not touched by the refusal. Mail whose attachments
    the size limit left out is told which. Returns the text of the refusal queued for the
    customer, if one was."""
    queued: list[Queued] = []
    dropped = origin.dropped() if origin is not None else []
    if refusals or dropped:
        to = _recipient(ctx, repo, row, origin)
        if to is not None:
            thread = _origin_thread(origin) if origin else _stored_thread(repo, row["id"])
            if refusals:
                queued.append(_refuse(ctx, repo, row, to, [r.code for r in refusals], "", _automatic(origin),
                                      thread))
            else:  # the customer is waiting on files the desk never had: said now, not at the answer
                values = {**outbox.request_values(row),
                          "attachments": _attachments_text(dropped, to.language)}
                queued.append(outbox.queue(ctx, repo, "attachments_not_kept", to, values, request_id=row["id"],
                                           license=row["license"], automatic=_automatic(origin),
                                           in_reply_to=thread[1], references=thread[0]))
    if origin is not None:
        origin.said = outcome  # what the desk made of it, as customer_message decided
        if refusals:
            origin.notes.append("refused: " + ", ".join(dict.fromkeys(r.code for r in refusals)))
    _finish(ctx, repo, row, message_id, queued, origin)
    return next((done.body for done in queued if done.id is not None), None) if refusals else None


def closed(ctx: Context, repo: Repository, row: dict[str, Any]) -> None:
    """The close message, with the reminder to delete the temporary user (2.12)."""
    to = _recipient(ctx, repo, row, None)
    if to is not None:
        values = {**outbox.request_values(row), "resolution": row.get("resolution") or ""}
        ids, last = mailstore.thread_ids(repo, row["id"])
        _notice(ctx, [outbox.queue(ctx, repo, "close", to, values, request_id=row["id"], license=row["license"],
                                   in_reply_to=last, references=ids)])


def rejected(ctx: Context, repo: Repository, row: dict[str, Any], reasons: Sequence[Reason],
             note: str | None, *, erased: str | None = None) -> str | None:
    """An agent's refusal under 2.8 / 2.10 / eligibility, quoting each rule; the letter's text
    when one was queued. ``erased``: the kind of temporary access the refusal erased, whose
    user the letter asks the customer to delete (2.12), as the close message does."""
    to = _recipient(ctx, repo, row, None)
    if to is None:
        return None
    queued = _refuse(ctx, repo, row, to, [reason.code for reason in reasons],
                     with_access_reminder(note or "", erased, to.language), 0,
                     _stored_thread(repo, row["id"]), fallback="\n\n".join(reason.message for reason in reasons))
    _notice(ctx, [queued])
    return queued.body if queued.id is not None else None


# -- the pieces ---------------------------------------------------------------------------

def _recipient(ctx: Context, repo: Repository, row: dict[str, Any], origin: Origin | None) -> Recipient | None:
    if not outbox.enabled(ctx):
        if origin is not None:
            unanswered(ctx, origin)
        return None
    if origin is not None:
        return origin.reply_to()
    return outbox.request_recipient(repo, row["id"], row["license"])


def unanswered(ctx: Context, origin: Origin) -> None:
    """Mail taken in by a desk that sends none (``mail.from`` unset): the letter its sender
    would have had is not written. Said on stderr, where cron or the MTA's log shows it, and
    in the mail log, which keeps the sender and subject to write to by hand (admin review: a
    missing-fields message was neither stored nor answered, and nothing said so)."""
    to = origin.reply_to()
    if to is None:  # automatic mail, or no sender: no letter would have been written anyway
        return
    origin.notes.append("not answered: the desk sends no mail (mail.from is not set)")
    ctx.warn(f"{to.address} was not answered: the desk sends no mail until its address is set "
             "(desk policy set mail.from ADDRESS)")


def _automatic(origin: Origin | None) -> int:
    """An answer to a customer's mail is an automatic reply (and counts against the limit per
    sender); on a request an agent typed in, the desk's own initiative."""
    return AUTO_REPLY if origin is not None else AUTO_GENERATED


def _origin_thread(origin: Origin | None) -> tuple[list[str], str | None]:
    if origin is None or origin.mail.message_id is None:
        return [], None
    return list(origin.mail.references), origin.mail.message_id


def _stored_thread(repo: Repository, request_id: int) -> tuple[list[str], str | None]:
    return mailstore.thread_ids(repo, request_id)


def _acknowledge(ctx: Context, repo: Repository, row: dict[str, Any], to: Recipient,
                 suggestions: Sequence[dict[str, str]], thread: tuple[list[str], str | None], automatic: int,
                 origin: Origin | None) -> Queued:
    # the opening mail's attachments are stored after this letter is queued (_finish), so they
    # are read from the mail itself here, and from the store when the letter is checked again
    dropped = origin.dropped() if origin is not None else _dropped(repo, row)
    values = _acknowledgement_values(ctx, row, to, suggestions, dropped)
    return outbox.queue(ctx, repo, "acknowledgement", to, values, request_id=row["id"], license=row["license"],
                        automatic=automatic, in_reply_to=thread[1], references=thread[0])


def _dropped(repo: Repository, row: dict[str, Any]) -> list[tuple[str, int]]:
    """The attachments the size limit left out of the mail that opened the request (or one
    merged into it, whose own acknowledgement is withdrawn if it had not gone). A later
    message's are told in a letter of their own (review: files listed twice), so the messages
    its history records as a customer's later word are left out."""
    return [(found["name"], found["size"]) for found in repo.all(
        "SELECT a.name, a.size FROM attachments a WHERE a.request_id = ?1 AND a.kept = 0 AND NOT EXISTS ("
        "SELECT 1 FROM events e WHERE e.request_id = ?1 AND e.action IN ('customer message', 'message refused') "
        "AND json_valid(e.after) AND json_extract(e.after, '$.message') = a.message_id) ORDER BY a.id",
        (row["id"],))]


def _acknowledgement_values(ctx: Context, row: dict[str, Any], to: Recipient,
                            suggestions: Sequence[dict[str, str]], dropped: Sequence[tuple[str, int]]) -> dict[str, object]:
    from deskcli.mail import templates

    due = from_utc_text(row["due_at"])
    return {
        **outbox.request_values(row),
        "category": templates.labels(to.language)["categories"][row["category"]],
        "target": templates.business_time_text(ctx.policy.targets[row["category"]], to.language),
        "due_at": templates.instant_text(due.astimezone(ctx.zone), to.language) if due else "",
        "documentation": templates.documentation_text([(a["title"], a["url"]) for a in suggestions], to.language),
        "attachments": _attachments_text(dropped, to.language),
    }


def _attachments_text(dropped: Sequence[tuple[str, int]], language: str) -> str:
    from deskcli.mail import templates

    return templates.attachments_text(dropped, language)


def acknowledgement_now(ctx: Context, repo: Repository, row: dict[str, Any]) -> tuple[Recipient, dict[str, object]] | None:
    """What the acknowledgement of an open request would say if written now (to whom, and its
    values), or None when it would go to nobody: ``desk mail send`` compares it with the one
    waiting in the outbox, which a clarification or a new category may have made untrue."""
    import json

    to = _recipient(ctx, repo, row, None)
    if to is None:
        return None
    return to, _acknowledgement_values(ctx, row, to, json.loads(row.get("suggestions") or "[]"), _dropped(repo, row))


def acknowledge_again(ctx: Context, repo: Repository, row: dict[str, Any], automatic: int) -> Queued | None:
    """An open request's acknowledgement written afresh, in place of one withdrawn unsent; not
    held back by the hourly limit, which counted the one it replaces (review: it was, and the
    customer got none)."""
    if row["status"] != "open" or row.get("merged_into") is not None:
        return None
    now = acknowledgement_now(ctx, repo, row)
    if now is None:
        return None
    to, values = now
    ids, last = mailstore.thread_ids(repo, row["id"])
    return outbox.queue(ctx, repo, "acknowledgement", to, values, request_id=row["id"], license=row["license"],
                        automatic=automatic, in_reply_to=last, references=ids, limited=False)


def _refuse(ctx: Context, repo: Repository, row: dict[str, Any], to: Recipient, codes: Sequence[str], note: str,
            automatic: int, thread: tuple[list[str], str | None], *, fallback: str = "") -> Queued:
    values = _refusal_values(ctx, row, to.language, codes, note, fallback)
    return outbox.queue(ctx, repo, "refusal", to, values, request_id=row["id"], license=row["license"],
                        automatic=automatic, in_reply_to=thread[1], references=thread[0])


def _refusal_values(ctx: Context, row: dict[str, Any], language: str, codes: Sequence[str], note: str,
                    fallback: str = "") -> dict[str, object]:
    from deskcli.mail import templates

    rules = templates.rules_text(codes, language) or fallback
    return {**outbox.request_values(row), "rules": rules, "note": note}


def with_access_reminder(note: str, erased: str | None, language: str) -> str:
    """An agent's note on a refusal, followed by the request to delete the temporary user
    when the refusal erased the access it was for (2.12)."""
    if erased is None:
        return note
    from deskcli.mail import templates

    return "\n\n".join(part for part in (note, templates.labels(language)["access_reminder"]) if part)


def refusal_text(ctx: Context, repo: Repository, row: dict[str, Any], codes: Sequence[str], note: str = "",
                 fallback: str = "", *, erased: str | None = None) -> str:
    """The refusal letter's text where none is mailed (no address, ``--no-mail``, a desk that
    sends no mail): the thread keeps what the customer is to be told, in their language (the
    desk's, Russian, unless they wrote in English), for the agent to pass on (review: it kept
    the rules' English summaries)."""
    found = outbox.request_recipient(repo, row["id"], row["license"])
    language = found.language if found is not None else "ru"
    note = with_access_reminder(note, erased, language)
    return outbox.render(repo, "refusal", _refusal_values(ctx, row, language, codes, note, fallback), language).body


def _finish(ctx: Context, repo: Repository, row: dict[str, Any], message_row_id: int | None,
            queued: list[Queued], origin: Origin | None) -> None:
    if origin is not None:
        origin.keep(repo, row, message_row_id, queued)
    else:
        _notice(ctx, queued)


def _notice(ctx: Context, queued: list[Queued]) -> None:
    for done in queued:
        if done.id is not None:
            ctx.notice(f"mail to {done.recipient} queued (desk mail send delivers it)")
        elif done.skipped:
            ctx.notice(f"no mail to {done.recipient}: {done.skipped}")
