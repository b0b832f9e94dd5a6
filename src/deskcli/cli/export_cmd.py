"""``desk export``: requests (and their messages) as CSV, JSON or JSON Lines."""

from __future__ import annotations

import contextlib
import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import request_lines
from deskcli.cli.context import reading, writing
from deskcli.cli.choices import listed
from deskcli.cli.options import JsonOption
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

MESSAGE_FIELDS = request_lines.MESSAGE_FIELDS


class ExportFormat(str, enum.Enum):
    """What export writes: files for programs and spreadsheets, never a table."""

    csv = "csv"
    json = "json"
    jsonl = "jsonl"


def export(
    ctx: typer.Context,
    *,
    fmt: Annotated[ExportFormat | None, typer.Option("--format", "-f", help="csv (default, unless -o names a .json or .jsonl file), json or jsonl.")] = None,
    as_json: JsonOption = False,
    output_path: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output (- is standard output).")] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a byte order mark, for spreadsheet programs that want one.")] = False,
    since: Annotated[str | None, typer.Option("--since", help="Requests created on or after this date.", metavar="DATE")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Requests created on or before this date.", metavar="DATE")] = None,
    status: Annotated[list[str] | None, typer.Option("--status", help="Only these statuses (repeat it, or separate with commas): open, answered, resolved, rejected.")] = None,
    messages: Annotated[bool, typer.Option("--messages", help="Include messages (CSV: one row per message instead).")] = False,
    everything: Annotated[bool, typer.Option("--all", help="The whole desk in the import format (jsonl or json): licenses, renewals, requests, messages, history.")] = False,
    fields: Annotated[str | None, typer.Option("--fields", help="Comma-separated fields to print, in this order (in CSV unless a format is given, as always here).", metavar="A,B,C")] = None,
) -> None:
    """Export requests for spreadsheets and programs. CSV cells never start a formula.

    Example: desk export --since 2026-11-01 --status resolved -o november.csv
    """
    if as_json and fmt not in (None, ExportFormat.json):
        raise InvalidInput(f"--json and --format {fmt.value} ask for two formats; give one")
    chosen = Format.json if as_json else Format((fmt or ExportFormat.csv).value)
    if fmt is None and not as_json:  # none given: as -o's name says, else CSV (--all: JSON Lines)
        chosen = _named_format(output_path) or (Format.jsonl if everything else Format.csv)
    if bom and chosen is not Format.csv:
        raise InvalidInput("--bom is for CSV only")
    if output_path is not None and str(output_path) == "-":
        output_path = None
    rt = reading(ctx)
    if output_path is not None:
        from deskcli.files import refuse_own_file

        refuse_own_file(output_path, rt.own_files(), "an export")
    if everything:
        if chosen is Format.csv:
            raise InvalidInput("--all writes the import format, jsonl or json, not csv")
        if since or until or status or messages or fields is not None:
            raise InvalidInput("--all writes every record; it takes no filters "
                               "(--since, --until, --status, --messages, --fields)")
        from deskcli.store.dump import dump, left_behind

        with _target(output_path, bom=False) as stream, rt.repo.snapshot():
            count = output.emit_stream(dump(rt.repo, rt.zone, rt.policy.document), chosen, columns=(), stream=stream)
            missing = {what: n for what, n in left_behind(rt.repo).items() if n}
        _wrote(count, output_path)
        if missing:  # said, so nobody finds them gone after the move (data-safety QA)
            output.note("note: not in the file: " + ", ".join(f"{what} ({n})" for what, n in missing.items())
                        + "; desk backup copies everything")
        return
    statuses = listed(status, tickets.STATUSES)
    since_at, until_at = rt.period(since, until, names=("--since", "--until"))
    if messages and chosen is Format.csv:
        columns = list(MESSAGE_FIELDS)
    else:
        columns = [*tickets.REQUEST_FIELDS, *(["messages"] if messages else [])]
    output.field_names(fields, columns)  # an unknown name is refused before anything is written
    period = {"since": since_at, "until": until_at, "statuses": list(statuses)}
    with _target(output_path, bom=bom) as stream, rt.repo.snapshot():
        if fields is None and (chosen is Format.jsonl or not output.is_terminal(stream)):
            count = request_lines.export_encoded(rt, chosen, stream, period, messages=messages)
        else:
            records = request_lines.export_records(rt, period, messages=messages,
                                                   message_rows=chosen is Format.csv)
            count = output.emit_stream(records, chosen, columns=columns, fields=fields, stream=stream)
    _wrote(count, output_path)


def _named_format(path: Path | None) -> Format | None:
    """The format an ``-o`` file's name asks for (november.json, desk.jsonl), if any: a file
    named .json must not get CSV because --format was left out."""
    suffix = "" if path is None else path.suffix.lower()
    return {".json": Format.json, ".jsonl": Format.jsonl, ".ndjson": Format.jsonl}.get(suffix)


@contextlib.contextmanager
def _target(path: Path | None, *, bom: bool):
    """Standard output, or ``path``, which appears only when complete (written aside, then
    moved into place), so an interrupted export leaves nothing half done. The same bytes
    either way."""
    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    from deskcli.files import atomic_output

    # Customer data: a 0600 file from the first byte, renamed into place only when complete,
    # so a full disk or Ctrl-C leaves the old file (or none), never a truncated export.
    with atomic_output(path, encoding="utf-8", create_parent=False) as handle:
        if bom:
            handle.write("\ufeff")
        yield handle


def _wrote(count: int, path: Path | None) -> None:
    if path is not None:
        output.note(f"wrote {count} rows to {path}")


def import_(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A file written by export --all, or - for standard input.", metavar="PATH|-")],
) -> None:
    """Load records (JSON Lines or one JSON array) in one transaction; a bad line aborts all.

    Licenses may carry pin_hash (as exported) or a plain pin, which is hashed on the way in.

    Example: desk export --all --format jsonl > desk.jsonl && desk --db new.db import desk.jsonl
    """
    from deskcli.services.transfer import counted, import_records
    from deskcli.store.incoming import parse_lines

    rt = writing(ctx, starts=True)
    try:
        handle = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        raise InvalidInput(f"cannot read {source}: {exc.strerror}") from None
    with handle:
        counts = import_records(rt, parse_lines(handle))
    output.note(f"imported {counted(counts)}")


def register(app: typer.Typer) -> None:
    app.command("export", rich_help_panel="Reports")(export)
    app.command("import", rich_help_panel="Administration")(import_)
