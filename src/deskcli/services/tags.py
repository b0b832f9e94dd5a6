"""Tagging requests, and which tags the desk uses how often."""

from __future__ import annotations

import json

from deskcli.domain import tags as tag_rules
from deskcli.services.context import Context
from deskcli.store.repository import Repository


def change_tags(ctx: Context, request_id: int, added: list[str], removed: list[str]) -> dict:
    """Add and remove tags; the change is an event in the request's history."""
    with ctx.transaction() as repo:
        row: dict = dict(repo.request(request_id))
        current = json.loads(row["tags"] or "[]")
        wanted = tag_rules.apply_changes(current, added, removed)
        return store_tags(ctx, repo, row, wanted)


def store_tags(ctx: Context, repo: Repository, row: dict, wanted: list[str]) -> dict:
    """Give a request exactly ``wanted`` tags, recorded in its history as lists."""
    from deskcli.services.guards import not_before_opening

    not_before_opening(ctx, row)
    request_id = row["id"]
    current = json.loads(row["tags"] or "[]")
    if wanted == current:
        return row
    text = json.dumps(wanted, ensure_ascii=False)
    repo.update("requests", "id", request_id, {"tags": text})
    repo.record(at=ctx.now, agent=ctx.agent, action="tagged", request_id=request_id,
                before={"tags": current}, after={"tags": wanted})
    gone = [tag for tag in current if tag not in wanted]
    new = [tag for tag in wanted if tag not in current]
    repo.conn.executemany("DELETE FROM request_tags WHERE tag = ? AND request_id = ?",
                          [(tag, request_id) for tag in gone])
    repo.conn.executemany("INSERT OR IGNORE INTO request_tags (tag, request_id) VALUES (?, ?)",
                          [(tag, request_id) for tag in new])
    return {**row, "tags": text}


def tag_counts(ctx: Context) -> list[dict]:
    """Every tag in use with its number of open requests and of all requests."""
    return ctx.repo.all(
        "SELECT t.tag AS tag, sum(r.status = 'open') AS open, count(*) AS requests "
        "FROM request_tags t JOIN requests r ON r.id = t.request_id GROUP BY t.tag ORDER BY t.tag")
