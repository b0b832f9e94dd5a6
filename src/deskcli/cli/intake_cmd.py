"""``desk reject`` (policy 2.8, 2.10) and ``desk kb`` (documentation first, 2.11)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import MAX_INT, FieldsOption, FormatOption, JsonOption, RequestId, chosen_format
from deskcli.cli.context import reading, writing
from deskcli.output import Format
from deskcli.services.kb import add_article, article, remove_article
from deskcli.services import requests

KB_FIELDS = ("id", "title", "url", "keywords")


def reject(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    reason: Annotated[list[str], typer.Option("--reason", "-r", metavar="REASON", autocompletion=completion.refusal_reasons,
                                              help="Rule code (repeat it for several): out_of_scope, no_question, obscene, off_topic, already_answered, support_expired, free_edition, code_modified.")],
    note: Annotated[str | None, typer.Option("--note", help="A line added after the quoted rule.")] = None,
    no_mail: Annotated[bool, typer.Option("--no-mail", help="Do not mail the refusal to the customer (it stays in the thread).")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Refuse a request under the policy; the message to the customer quotes the rule.

    Example: desk reject 42 --reason out_of_scope --note "Moving between hostings is 2.10.1"
    """
    from deskcli.cli.request_view import print_request

    from deskcli.domain.tickets import REQUEST_FIELDS

    fmt = chosen_format(fmt, as_json, fields, REQUEST_FIELDS)
    rt = writing(ctx)
    row, erased = requests.reject(rt, request_id, reason, note, mail=not no_mail)
    print_request(rt, row, fmt, fields)
    if erased:
        from deskcli.services.access import erased_access_note

        output.note(erased_access_note(rt, row, erased, mail=not no_mail))


kb_app = typer.Typer(help="Documentation articles suggested to customers (policy 2.11).\n\n"
                     "Example: desk kb search \"очистить кеш\"", no_args_is_help=True)


def _print_articles(rows: list[dict], fmt: Format, fields: str | None, *, one: bool = False) -> None:
    """``one``: the article a command wrote, printed as one object, as every command that
    writes one record prints it (review: kb add --json printed a list of one)."""
    records = [{k: row.get(k) for k in KB_FIELDS} for row in rows]
    if fmt is Format.table:
        from deskcli.render import articles_table

        output.print_rich(articles_table(records))
    else:
        output.emit(records[0] if one else records, fmt, fields=fields, columns=list(KB_FIELDS))


@kb_app.command("add")
def kb_add(
    ctx: typer.Context,
    *,
    title: Annotated[str, typer.Option("--title", help="Article title.")],
    url: Annotated[str, typer.Option("--url", help="Link to the documentation page.")],
    keywords: Annotated[str, typer.Option("--keywords", help="Extra words to find it by.")] = "",
    body_file: Annotated[Path | None, typer.Option("--body-file", help="Article text to index.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Add a documentation article.

    Example: desk kb add --title "Очистка кеша" --url https://www.hostcms.ru/documentation/cache/ --keywords "кеш кэш cache"
    """
    from deskcli.cli.compose import read_body

    fmt = chosen_format(fmt, as_json, fields, KB_FIELDS)
    body = read_body(None, body_file, what="article") if body_file else ""
    row = add_article(writing(ctx, starts=True), title=title, url=url, keywords=keywords, body=body)
    _print_articles([row], fmt, fields, one=True)


@kb_app.command("list")
def kb_list(ctx: typer.Context, *, fmt: FormatOption = Format.table, as_json: JsonOption = False, fields: FieldsOption = None) -> None:
    """List documentation articles.

    Example: desk kb list --json
    """
    _print_articles(reading(ctx).repo.all("SELECT * FROM kb ORDER BY id"), chosen_format(fmt, as_json, fields), fields)


@kb_app.command("search")
def kb_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to look for; any word form matches.")],
    *,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many articles.")] = 10,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Search articles; Russian and English word forms meet (кэш, кеша, кешем find кеш).

    Example: desk kb search "не сбрасывается кэш"
    """
    from deskcli.services.search import searchable
    from deskcli.store.search import find_articles

    searchable(query)  # as desk search: a query of nothing to find is a mistake, not "No articles."
    rt = reading(ctx)
    ids = [a["id"] for a in find_articles(rt.repo, query, limit=limit)]
    rows = [article(rt, i) for i in ids]
    _print_articles(rows, chosen_format(fmt, as_json, fields), fields)


@kb_app.command("remove")
def kb_remove(ctx: typer.Context, article_id: Annotated[int, typer.Argument(help="Article number.", metavar="ID", min=1, max=MAX_INT)]) -> None:
    """Remove an article.

    Example: desk kb remove 3
    """
    remove_article(writing(ctx), article_id)
    output.note(f"article {article_id} removed")


def register(app: typer.Typer) -> None:
    app.command("reject", rich_help_panel="Requests")(reject)
    app.add_typer(kb_app, name="kb", rich_help_panel="Requests")
