"""``desk merge``: fold a duplicate request into the one that stays."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import writing
from deskcli.cli.options import MAX_INT, FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.output import Format


def merge(
    ctx: typer.Context,
    source: Annotated[int, typer.Argument(help="The duplicate request, closed as merged.", metavar="SOURCE", min=1, max=MAX_INT)],
    *,
    into: Annotated[int, typer.Option("--into", help="The request that stays and receives the thread.", metavar="TARGET", min=1, max=MAX_INT)],
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Merge SOURCE into TARGET: its messages, attachments and history join the target in time order.

    SOURCE is closed as merged and points at TARGET, which lists it; a customer still waiting on SOURCE keeps the earlier deadline on TARGET, and both deadlines stay in the history. Later mail to SOURCE lands in TARGET. Only requests of the same license merge. Prints TARGET.

    Example: desk merge 57 --into 42
    """
    from deskcli.cli.request_view import print_request
    from deskcli.services.merge import merge as merge_requests

    from deskcli.domain.tickets import REQUEST_FIELDS
    from deskcli.services.views import merge_parts

    fmt = chosen_format(fmt, as_json, fields, (*REQUEST_FIELDS, *MERGE_FIELDS))
    desk = writing(ctx)
    _, target = merge_requests(desk, source, into)
    print_request(desk, target, fmt, fields, extra=merge_parts(desk, target))
    output.note(f"#{source} merged into #{into}")


#: What a merge adds to the target's record, as ``desk show`` has them.
MERGE_FIELDS = ("merged_into", "merged_from")


def register(app: typer.Typer) -> None:
    app.command("merge", rich_help_panel="Requests")(merge)
