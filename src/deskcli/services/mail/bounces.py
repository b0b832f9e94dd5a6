"""A letter of the desk's that came back undelivered (a permanent bounce), on its request.

The customer never got what the desk told them, and an answered request is out of every
queue: a note alone (review: "only an internal note records it") left the request waiting
on a customer who was waiting on the desk. So a bounce on a request still being worked on
(open or answered) puts it where an agent looks: in the queue, at its back with a fresh
deadline (as a clarification would; the first response stays what it was in the reports),
flagged ``mail_bounced`` with the commands that mend it. An agent's next answer clears the
flag. A resolved or rejected request keeps its status: reopening it is the agent's call,
and the note and ``desk mail outbox --status bounced`` say what was lost.
"""

from __future__ import annotations

import json

from deskcli.domain.named import TYPE_CHECKING
from deskcli.domain.reasons import MAIL_BOUNCED, Reason
from deskcli.services.context import Context
from deskcli.store.repository import utc_text

if TYPE_CHECKING:
    from typing import Any

    from deskcli.services.mail.origin import Origin

#: The statuses in which a request is still worked on, where a lost letter matters now.
_WORKED_ON = ("open", "answered")


def undelivered(ctx: Context, request_id: int, note: str, flag: str, *, origin: Origin) -> dict[str, Any]:
    """Record the bounce on ``request_id``: ``note`` as an internal message (its author the
    bounce's sender), and on a request still worked on the ``flag`` text, the request back
    in the queue. The mail's bookkeeping is written in the same transaction."""
    from deskcli.services import passwords
    from deskcli.services.guards import back_of_queue
    from deskcli.services.mail import hooks as mail_hooks
    from deskcli.services.merge import current_request

    written, (note,) = passwords.hidden(note)  # a mail server's diagnostic is quoted as it came
    with ctx.transaction(searchable=True) as repo:
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
