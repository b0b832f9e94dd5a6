"""Reading one request whole, for a face that shows it: the record, the documentation
suggested when it was opened (2.11), temporary access as "on file" only, its messages
(with the findings of refused ones), its history, merges and attachments, instants in the
desk's zone. ``desk show`` and the screen's request view both print this record, and the
editor's comment lines under a new reply come from here for ``desk reply`` and the screen
alike. Read-only; the fast path imports it, so it loads nothing heavy at import time."""

from __future__ import annotations

import json
from collections.abc import Mapping

from deskcli.domain.named import TYPE_CHECKING
from deskcli.services.context import Context
from deskcli.store.records import json_list

if TYPE_CHECKING:
    from typing import Any

#: Messages quoted as comments above a reply: enough to answer without another window.
QUOTED_MESSAGES = 3
QUOTED_LINES = 15


def request_detail(ctx: Context, request_id: int) -> dict[str, Any]:
    """The request as ``desk show --json`` prints it."""
    row = ctx.repo.request(request_id)
    return {**ctx.record(row), **detail_parts(ctx, row)}


def merge_parts(ctx: Context, row: Mapping[str, Any]) -> dict[str, Any]:
    """The request this one was merged into, and the ones merged into it."""
    merged_from = ctx.repo.all("SELECT id FROM requests WHERE merged_into = ? ORDER BY id", (row["id"],))
    return {"merged_into": row.get("merged_into"), "merged_from": [r["id"] for r in merged_from]}


def detail_parts(ctx: Context, row: Mapping[str, Any]) -> dict[str, Any]:
    """What a whole request adds to its queue record."""
    from deskcli.services.mail.outbox import request_recipient
    from deskcli.store.mail import attachments

    repo = ctx.repo
    request_id = row["id"]
    kind = repo.access_kind(request_id)
    mail_to = request_recipient(repo, request_id, row["license"])
    return {
        **merge_parts(ctx, row),
        "temporary_access": f"{kind} (on file)" if kind else None,
        # where the desk's mail about it goes (desk edit --email changes it)
        "mail_to": mail_to.address if mail_to else None,
        "suggestions": json_list(row.get("suggestions")),
        "messages": [_message(ctx, m) for m in repo.messages(request_id)],
        "history": [_event(ctx, e) for e in repo.history(request_id)],
        "attachments": [_attachment(ctx, a) for a in attachments(repo, request_id)],
    }


def reply_comments(ctx: Context, request_id: int, *, empty: str) -> list[str]:
    """The lines the editor shows (as comments) under a new reply: the request and its
    latest messages. ``empty`` says what an empty message does on that face."""
    repo = ctx.repo
    record = ctx.record(dict(repo.request(request_id)))
    due = f", due {record['due_at']}" if record["due_at"] else ""
    who = record["customer"] or record["license"]
    lines = [f"Reply to #{request_id} ({record['status']}{due}) — {who}: {record['subject']}",
             f"Lines starting with '#' are ignored; an empty message {empty}.", ""]
    for message in repo.messages(request_id)[-QUOTED_MESSAGES:]:
        kind, author = message["kind"], message["author"]
        who = kind if author == kind else f"{kind} by {author}"  # not "customer customer"
        lines.append(f"--- {who}, {ctx.show_stored(message['at'])} ---")
        body = message["body"].splitlines()
        left = len(body) - QUOTED_LINES
        lines += body[:QUOTED_LINES] + ([f"... {left} more {'line' if left == 1 else 'lines'}"] if left > 0 else [])
    return lines


def _message(ctx: Context, m: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": m["id"], "author": m["author"], "kind": m["kind"], "body": m["body"],
            "at": ctx.show_stored(m["at"]), "flags": json_list(m["flags"]), "reasons": json_list(m["reasons"]),
            # every message has the key (one shape in an array, for jq): null where no deadline was met or missed
            "met_due": None if m["met_due"] is None else bool(m["met_due"])}


def _attachment(ctx: Context, a: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": a["id"], "name": a["name"], "size": a["size"], "content_type": a["content_type"],
            "kept": bool(a["kept"]), "message": a["message_id"], "at": ctx.show_stored(a["at"])}


def _event(ctx: Context, e: Mapping[str, Any]) -> dict[str, Any]:
    def shown(values: str | None) -> Any:
        if not values:
            return None
        data = json.loads(values)
        # Instants in the history are stored in UTC like every other; show them in the desk's zone.
        return {k: ctx.show_stored(v) if k.endswith("_at") and isinstance(v, str) else v
                for k, v in data.items()} if isinstance(data, dict) else data

    return {"at": ctx.show_stored(e["at"]), "agent": e["agent"], "action": e["action"],
            "before": shown(e["before"]), "after": shown(e["after"])}
