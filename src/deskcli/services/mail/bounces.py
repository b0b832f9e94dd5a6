"""A letter of the desk's that came back undelivered (a permanent bounce), on its request.

The customer never got what the desk told them, and an answered request is out of every
queue: a note alone (review: "only an internal note records it") left the request waiting
on a customer who was waiting on the desk. So a bounce on a request still being worked on
(open or answered) puts it where an agent looks: in the queue, at its back with a fresh
deadline (as a clarification would; the first response stays what it was in the reports),
flagged ``mail_bounced`` with the commands that mend it. An agent's next answer clears the
flag. A resolved or rejected request keeps its status: reopening it is the agent's call,
and the note and ``desk mail outbox --status bounced`` say what was lost.

A letter the desk's own SMTP server refused for good (a 5xx reply), or gave up after days of
temporary failures, is lost the same way and is told the same way (``lost``), by
``desk mail send`` as it records the failure.
"""

from __future__ import annotations

import json

from deskcli.domain.named import TYPE_CHECKING
from deskcli.domain.reasons import MAIL_BOUNCED, Reason
from deskcli.services.context import Context
from deskcli.store.repository import Repository, utc_text

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from deskcli.services.mail.origin import Origin

#: The statuses in which a request is still worked on, where a lost letter matters now.
_WORKED_ON = ("open", "answered")


def texts(repo: Repository, letter: Mapping[str, Any], to: str, error: str, how: str = "was not delivered", *,
          own_server: bool = False) -> tuple[str, str]:
    """The note and the flag for ``letter`` (its outbox row) lost on its way to ``to``: what
    happened and the commands that mend it; ``own_server``: the desk's own SMTP server
    refused it, not the customer's."""
    from deskcli.store import mail as mailstore

    from deskcli.mail import refusals

    kind = refusals.refusal_kind(error)
    if kind == refusals.POLICY and own_server:
        kind = "own policy"  # "554 5.7.1 Relay access denied": the desk's setup, not the letter
    where = ""
    if kind == refusals.ADDRESS:
        # The command that corrects the address this request's mail goes to: its own, when its
        # mail came from an address of its own, else the license's.
        where = (f"desk edit {letter['request_id']} --email NEW-ADDRESS" if mailstore.contact(repo, letter["request_id"])
                 else f"desk license edit {letter['license']} --email NEW-ADDRESS")
    mend, answer = (text.format(where=where, retry=f"desk mail retry {letter['id']}") for text in _ADVICE[kind])
    return (f"Mail #{letter['id']} to {to} {how} ({error}). {mend}",
            f"the desk's {letter['kind']} mail to {to} {how} ({error}): {answer}")


#: What to do about a letter refused, by what the refusal says is wrong (mail/refusals.py):
#: the note's sentence and the flag's words. Only a wrong address is mended by correcting it
#: (admin review: a letter refused as spam or too large was met with "correct the address").
_ADVICE = {
    "address": ("Correct the address ({where}), then send the mail again ({retry}).",
                "correct the address ({where}) and answer again"),
    "full": ("The customer's mailbox is full: send the mail again later ({retry}).",
             "their mailbox is full: {retry} later, or reach them another way"),
    "size": ("The letter is too large for the customer's mail server: answer again more briefly.",
             "too large for their server: answer again more briefly"),
    "policy": ("The customer's mail server refused the letter as spam or by its policy: answer again in other "
               "words, or reach the customer another way.",
               "refused as spam or by their server's policy: answer again in other words, or reach them another way"),
    "own policy": ("The desk's own mail server refused it by its policy (a relay or a sender it does not allow): "
                   "see to its settings (mail.smtp_url, mail.from), then send the mail again ({retry}).",
                   "the desk's mail server refused it by its policy: mend its settings, then {retry}"),
}


def lost(ctx: Context, repo: Repository, letter: Mapping[str, Any], error: str, *, refused: bool,
         gave_up_after: str) -> None:
    """``letter`` (its outbox row, of a request) failed in ``desk mail send``: refused for good
    by the desk's SMTP server, or given up after ``gave_up_after`` of temporary failures.
    Recorded on its request as a bounce is, inside the caller's transaction ``repo``."""
    to = letter["recipient"]
    if refused:
        note, flag = texts(repo, letter, to, error, "was refused by the desk's mail server", own_server=True)
    else:  # the server, not the address: nothing to correct, the letter to send again
        note = (f"Mail #{letter['id']} to {to} could not be sent for {gave_up_after} ({error}). Once the desk's "
                f"mail server takes mail, send it again (desk mail retry {letter['id']}).")
        flag = (f"the desk's {letter['kind']} mail to {to} could not be sent for {gave_up_after} ({error}): "
                f"desk mail retry {letter['id']} once the mail server takes mail, or answer again")
    _record(ctx, repo, letter["request_id"], note, flag, origin=None)


def undelivered(ctx: Context, request_id: int, note: str, flag: str, *, origin: Origin) -> dict[str, Any]:
    """Record the bounce on ``request_id``: ``note`` as an internal message (its author the
    bounce's sender), and on a request still worked on the ``flag`` text, the request back
    in the queue. The mail's bookkeeping is written in the same transaction."""
    with ctx.transaction(searchable=True) as repo:
        return _record(ctx, repo, request_id, note, flag, origin=origin)


def _record(ctx: Context, repo: Repository, request_id: int, note: str, flag: str, *,
            origin: Origin | None) -> dict[str, Any]:
    from deskcli.services import passwords
    from deskcli.services.guards import back_of_queue
    from deskcli.services.mail import hooks as mail_hooks
    from deskcli.services.merge import current_request

    written, (note,) = passwords.hidden(note)  # a mail server's diagnostic is quoted as it came
    request_id = current_request(repo, request_id)
    row: dict[str, Any] = dict(repo.request(request_id))
    (note,) = passwords.as_stored(row["status"], written, note)
    message = {"request_id": request_id, "author": ctx.agent, "kind": "internal", "body": note,
               "at": utc_text(ctx.now)}
    message["id"] = repo.insert("messages", message)
    if written:
        passwords.keep(ctx, repo, row, written)
    if row["status"] in _WORKED_ON:
        flags = [f for f in json.loads(row.get("flags") or "[]") if f.get("code") != MAIL_BOUNCED]
        changes: dict[str, Any] = {"flags": json.dumps(flags + [Reason(MAIL_BOUNCED, flag).as_dict()],
                                                       ensure_ascii=False)}
        if row["status"] == "answered":
            changes.update(back_of_queue(ctx, row, row["category"]))
        row = repo.change_request(row, changes, at=ctx.now, agent=ctx.agent,
                                  action="re-queued: mail not delivered" if row["status"] == "answered"
                                  else "flagged")
    mail_hooks.replied(ctx, repo, row, message, mail=False, origin=origin)
    return row
