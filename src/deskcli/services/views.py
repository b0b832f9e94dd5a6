"""Reading one request whole, for a face that shows it: the record, the documentation
suggested when it was opened (2.11), temporary access as "on file" only, its messages
(with the findings of refused ones), its history, merges and attachments, instants in the
desk's zone. The same record ``desk show`` prints. Read-only."""

from __future__ import annotations

import json
from typing import Any

from deskcli.services.context import Context
from deskcli.store.mail import attachments
from deskcli.store.records import json_list


def request_detail(ctx: Context, request_id: int) -> dict[str, Any]:
    repo = ctx.repo
    row = repo.request(request_id)
    record = ctx.record(dict(row))
    kind = repo.access_kind(request_id)
    record["merged_into"] = row.get("merged_into")
    record["merged_from"] = [r["id"] for r in repo.all("SELECT id FROM requests WHERE merged_into = ? ORDER BY id",
                                                       (request_id,))]
    record["temporary_access"] = f"{kind} (on file)" if kind else None
    record["suggestions"] = json_list(row.get("suggestions"))
    record["messages"] = [_message(ctx, dict(m)) for m in repo.messages(request_id)]
    record["history"] = [_event(ctx, e) for e in repo.history(request_id)]
    record["attachments"] = [{"name": a["name"], "size": a["size"], "kept": bool(a["kept"])}
                             for a in attachments(repo, request_id)]
    return record


def _message(ctx: Context, message: dict[str, Any]) -> dict[str, Any]:
    return {"id": message["id"], "author": message["author"], "kind": message["kind"], "body": message["body"],
            "at": ctx.show_stored(message["at"]), "flags": json_list(message["flags"]),
            "reasons": json_list(message["reasons"])}


def _event(ctx: Context, event: dict[str, Any]) -> dict[str, Any]:
    def shown(values: str | None) -> dict[str, Any] | None:
        if not values:
            return None
        data = json.loads(values)
        if not isinstance(data, dict):
            return None
        return {k: ctx.show_stored(v) if k.endswith("_at") and isinstance(v, str) else v for k, v in data.items()}

    return {"at": ctx.show_stored(event["at"]), "agent": event["agent"], "action": event["action"],
            "before": shown(event["before"]), "after": shown(event["after"])}
