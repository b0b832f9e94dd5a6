"""``desk search``: find requests by their subjects and messages, in any word form."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli.cli.context import reading, writing
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.search_core import run_search
from deskcli.output import Format


def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find; every one must occur, in any form (кэш finds кеша).")],
    *,
    status: Annotated[list[str] | None, typer.Option("--status", help="Only these statuses (repeat it, or separate with commas): open, answered, resolved, rejected.")] = None,
    license: Annotated[str | None, typer.Option("--license", "-l", help="Only this license's requests.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only requests created on or after this date.", metavar="DATE")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many requests.")] = 20,
    update_index: Annotated[bool, typer.Option("--update-index", help="First index requests an upgrade or an import left unindexed (writes the database).")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Full-text search over every request's subject and messages, best match first.

    Words are matched in any form, quotes and FTS operators in the query are plain text, and the table shows where each request matched. When a word is very common, the newest 1,000 matching requests are ranked.

    Example: desk search "обмен 1С" --since 2026-10-01
    """
    fmt = chosen_format(fmt, as_json, fields)
    run_search(writing(ctx) if update_index else reading(ctx), query=query, status=status, license=license,
               since=since, limit=limit, update_index=update_index, fmt=fmt, fields=fields)


def register(app: typer.Typer) -> None:
    app.command("search", rich_help_panel="Requests")(search)
