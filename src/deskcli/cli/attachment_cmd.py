"""``desk attachment``: the files customers attached to their mail, listed and saved."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading
from deskcli.cli.options import (
    FieldsOption,
    FormatOption,
    JsonOption,
    RequestId,
    chosen_format,
)
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

attachment_app = typer.Typer(
    help="Files customers attached to their mail.\n\nExample: desk attachment list 42",
    no_args_is_help=True,
)


@attachment_app.command("list")
def list_(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """A request's attachments (also listed by desk show).

    Example: desk attachment list 42 --json
    """
    from deskcli.services.mail import records

    fmt = chosen_format(fmt, as_json, fields)
    rows = records.attachments(reading(ctx), request_id)
    if fmt is Format.table and fields is None:
        from deskcli.render import records_table

        output.print_rich(records_table(rows, ["id", "name", "size", "content_type", "kept", "at"],
                                        empty=f"Request #{request_id} has no attachments."))
    else:
        output.emit(rows, Format.json if fmt is Format.table else fmt, fields=fields,
                    columns=list(records.ATTACHMENT_FIELDS))


def _plain_name(name: str, attachment_id: int) -> str:
    """The stored name as one file name in the current directory, never a path: the name
    was made safe when the mail came in, and is checked again here."""
    if not name or name in (".", "..") or Path(name).name != name or "/" in name or "\\" in name or "\x00" in name:
        return f"attachment-{attachment_id}"
    return name


@attachment_app.command("save")
def save(
    ctx: typer.Context,
    request_id: RequestId,
    name: Annotated[str, typer.Argument(help="The attachment's name or number (desk attachment list).")],
    *,
    to: Annotated[str | None, typer.Option("--output", "-o", help="Where to write it: a file, a directory, or - for standard output (default: its name, here).", metavar="PATH")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a file that already exists.")] = False,
) -> None:
    """Save an attachment to a file, never under a path the sender chose.

    Its name is only ever a file name in the current directory (or the directory given).

    Example: desk attachment save 42 screenshot.png -o /tmp/
    """
    from deskcli.files import refuse_own_file
    from deskcli.services.mail import records

    rt = reading(ctx)
    row, data = records.attachment(rt, request_id, name)
    if to == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    plain = _plain_name(row["name"], row["id"])
    target = Path(to) if to else Path(plain)
    if target.is_dir():
        target = target / plain
    refuse_own_file(target, rt.own_files(), "an attachment")
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | (os.O_TRUNC if force else os.O_EXCL)
    try:
        fd = os.open(target, flags, 0o644)
    except FileExistsError:
        raise InvalidInput(f"{target} exists; give --force to replace it, or -o another path") from None
    except OSError as exc:
        raise InvalidInput(f"cannot write {target}: {exc.strerror}") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    output.note(f"saved {row['name']} ({row['size']} bytes) to {target}")


def register(app: typer.Typer) -> None:
    app.add_typer(attachment_app, name="attachment", rich_help_panel="Mail")
