"""One request for people and programs: its record, messages, history and countdown.

Typer-free, so the fast path can show a request without loading the command line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from deskcli import output
from deskcli.output import Format

if TYPE_CHECKING:
    from collections.abc import Mapping

    from deskcli.services.context import Context

#: A message body longer than this is cut in the table (never in JSON) unless --full.
LONG_BODY_LINES = 40
LONG_BODY_CHARS = 4000


def print_request(rt: Context, row: Mapping[str, Any], fmt: Format, fields: str | None, *, detail: bool = False,
                  extra: dict | None = None, full: bool = False) -> None:
    record = {**rt.record(row), **(extra or {})}
    if detail:
        repo = rt.repo
        kind = repo.access_kind(row["id"])
        record["merged_into"] = row.get("merged_into")
        record["merged_from"] = [r["id"] for r in repo.all(
            "SELECT id FROM requests WHERE merged_into = ? ORDER BY id", (row["id"],))]
        record["temporary_access"] = f"{kind} (on file)" if kind else None
        record["suggestions"] = _list(row.get("suggestions"))
        record["messages"] = [_message(m, rt) for m in repo.messages(row["id"])]
        record["history"] = [_event(e, rt) for e in repo.history(row["id"])]
        from deskcli.store.mail import attachments

        record["attachments"] = [_attachment(a, rt) for a in attachments(repo, row["id"])]
    if fmt is Format.table:
        from deskcli.render import describe_change, request_detail

        line_name = rt.policy.lines.get(record["line"])
        shown = {**record, "line": f"{record['line']} ({line_name})" if line_name else record["line"],
                 "tags": ", ".join(record["tags"])}
        if "history" in shown:
            shown["history"] = [{**event, "change": describe_change(event)} for event in shown["history"]]
        if detail:
            shown["merged_into"] = f"#{record['merged_into']}" if record["merged_into"] else None
            shown["merged_from"] = ", ".join(f"#{i}" for i in record["merged_from"]) or None
            if not full:
                shown["messages"] = [_shortened(m, row["id"]) for m in record["messages"]]
            output.page(request_detail(shown, now=rt.now))
        else:
            output.print_rich(request_detail(shown, now=rt.now))
    else:
        output.emit(record, fmt, fields=fields, columns=list(record))


def _list(text: str | None) -> list:
    from deskcli.store.records import json_list

    return json_list(text)


def _shortened(message: dict, request_id: int) -> dict:
    """A long body's first lines, saying how much is left out and how to see it."""
    body = message["body"]
    lines = body.splitlines()
    if len(lines) <= LONG_BODY_LINES and len(body) <= LONG_BODY_CHARS:
        return message
    kept = "\n".join(lines[:LONG_BODY_LINES])[:LONG_BODY_CHARS]
    hidden = len(lines) - len(kept.splitlines())
    return {**message, "body": f"{kept}\n… {hidden} more line(s), {len(body) - len(kept)} more character(s): "
                               f"desk show {request_id} --full"}


def _message(m: Mapping[str, Any], rt) -> dict:
    return {"id": m["id"], "author": m["author"], "kind": m["kind"], "body": m["body"],
            "at": rt.show_stored(m["at"]), "flags": _list(m["flags"]), "reasons": _list(m["reasons"]),
            **({"met_due": bool(m["met_due"])} if m["met_due"] is not None else {})}


def _attachment(a: dict, rt) -> dict:
    return {"id": a["id"], "name": a["name"], "size": a["size"], "content_type": a["content_type"],
            "kept": bool(a["kept"]), "message": a["message_id"], "at": rt.show_stored(a["at"])}


def _event(e: dict, rt) -> dict:
    def shown(values: str | None) -> dict | None:
        if not values:
            return None
        data = json.loads(values)
        # Instants in the history are stored in UTC like every other; show them in the desk's zone.
        return {k: rt.show_stored(v) if k.endswith("_at") and isinstance(v, str) else v
                for k, v in data.items()} if isinstance(data, dict) else data

    return {"at": rt.show_stored(e["at"]), "agent": e["agent"], "action": e["action"],
            "before": shown(e["before"]), "after": shown(e["after"])}


def run_show(rt: Context, request_id: int, fmt: Format = Format.table, fields: str | None = None,
             full: bool = False) -> int:
    print_request(rt, rt.repo.request(request_id), fmt, fields, detail=True, full=full)
    return 0
