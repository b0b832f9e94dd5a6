"""``desk tag``: label requests (``+name``, ``-name``) and list the tags in use."""

from __future__ import annotations

from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading, writing
from deskcli.cli.options import FieldsOption, JsonOption, chosen_format
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

TAG_FIELDS = ("tag", "open", "requests")
# Only long options: ``-urgent`` must reach the command as a tag to remove, never be read
# as a cluster of short options (``-u -r -g ...``).
FormatLong = Annotated[Format, typer.Option("--format", help="Output format: table for people, the rest for programs.")]


def tag(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="A request number, or list for the tags in use.", metavar="ID|list")],
    changes: Annotated[list[str] | None, typer.Argument(help="+name adds a tag, -name removes one, a bare name adds.", metavar="[+NAME|-NAME]...")] = None,
    *,
    fmt: FormatLong = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Add and remove a request's tags, or list every tag with its open and total counts.

    Without changes, shows the request. Tags are lower-case words; filter the queue by one with desk queue --tag NAME.
    -f and -h mean --format and --help, as everywhere; a tag named f or h is removed with -F or -H.

    Example: desk tag 42 +1с-обмен -срочно
    """
    from deskcli.domain import tags as tag_rules

    if target == "-h" or "-h" in (changes or []):
        import click

        click.echo(ctx.get_help(), color=ctx.color)  # what --help itself does
        raise typer.Exit(0)
    changes, fmt = _short_format(changes or [], fmt)
    fmt = chosen_format(fmt, as_json, fields)
    if target == "list":
        if changes:
            raise InvalidInput("desk tag list takes no changes; give a request number to change its tags")
        from deskcli.services.tags import tag_counts

        rows = tag_counts(reading(ctx))
        if fmt is Format.table and fields is None:
            from deskcli.render_day import tag_counts as table

            output.print_rich(table(rows))
        else:
            output.emit(rows, fmt, fields=fields, columns=list(TAG_FIELDS))
        return
    from deskcli.cli.request_view import print_request
    from deskcli.domain.tickets import REQUEST_FIELDS, whole_number

    request_id = whole_number(target)
    if request_id is None:
        raise InvalidInput(f"{target!r} is not a request number (or list)")
    if not changes:
        desk = reading(ctx)
        print_request(desk, dict(desk.repo.request(request_id)), fmt, fields)
        return
    from deskcli.services.tags import change_tags

    output.field_names(fields, REQUEST_FIELDS)  # a wrong --fields is refused before the change
    added, removed = tag_rules.parse_changes(changes)

    desk = writing(ctx)
    print_request(desk, change_tags(desk, request_id, added, removed), fmt, fields)


def _short_format(changes: list[str], fmt: Format) -> tuple[list[str], Format]:
    """``-f VALUE`` and ``-fVALUE`` (a format's name) among the changes are ``--format VALUE``,
    as Click reads them in every other command (the options here are long only, so that
    ``-urgent`` reaches the command as a tag to remove; a tag named like ``fjson`` is removed
    with ``-Fjson``)."""
    names = ", ".join(f.value for f in Format)
    kept: list[str] = []
    asked: list[Format] = []
    tokens = iter(changes)
    for token in tokens:
        if token == "-f":
            value = next(tokens, None)
            if value is None:
                raise InvalidInput(f"-f needs a format: {names}")
        elif token.startswith("-f") and token[2:] in {f.value for f in Format}:
            value = token[2:]
        else:
            kept.append(token)
            continue
        try:
            asked.append(Format(value))
        except ValueError:
            raise InvalidInput(f"-f {value!r} is not a format: {names}") from None
    for chosen in asked:
        if fmt is not Format.table and fmt is not chosen:
            raise InvalidInput(f"--format {fmt.value} and -f {chosen.value} ask for two formats; give one")
        fmt = chosen
    return kept, fmt


def register(app: typer.Typer) -> None:
    app.command("tag", rich_help_panel="Requests",
                context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]})(tag)
