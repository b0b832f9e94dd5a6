"""Documentation articles (2.11), suggested when a request or reply matches them."""

from __future__ import annotations

from typing import Any

from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.services.context import Context
from deskcli.store import search
from deskcli.store.repository import utc_text


def add_article(ctx: Context, *, title: str, url: str, keywords: str = "", body: str = "") -> dict:
    row: dict[str, Any] = {"title": tickets.validate_text(title, what="title", limit=1000, single_line=True).strip(),
           "url": tickets.validate_url(url, what="url"),
           "keywords": tickets.validate_field(keywords, what="keywords").strip(),
           "body": tickets.validate_field(body, what="body", limit=tickets.MAX_BODY_BYTES, lines=True),
           "added_at": utc_text(ctx.now), "added_by": ctx.agent}
    with ctx.transaction(searchable=True) as repo:
        same = repo.one("SELECT id FROM kb WHERE url = ?", (row["url"],))
        if same is not None:  # a second copy would be suggested, and mailed, twice
            raise InvalidInput(f"article {same['id']} already links {row['url']} (desk kb remove {same['id']} first "
                               "to replace it)")
        row["id"] = search.add_article(repo, row)
    return row


def remove_article(ctx: Context, article_id: int) -> None:
    with ctx.transaction(searchable=True) as repo:
        if not search.remove_article(repo, article_id):
            raise NotFound(f"article {article_id} not found")


def article(ctx: Context, article_id: int) -> dict:
    row = ctx.repo.one("SELECT * FROM kb WHERE id = ?", (article_id,))
    if row is None:
        raise NotFound(f"article {article_id} not found")
    return row
