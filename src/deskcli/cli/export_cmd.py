"""``desk export``: requests (and their messages) as CSV, JSON or JSON Lines."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.options import FieldsOption, JsonOption
from deskcli.cli.context import reading, writing
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

MESSAGE_FIELDS = ("request_id", "id", "at", "author", "kind", "body")


class ExportFormat(str, enum.Enum):
    """What export writes: files for programs and spreadsheets, never a table."""

    csv = "csv"
    json = "json"
    jsonl = "jsonl"


def export(
    ctx: typer.Context,
    *,
    fmt: Annotated[ExportFormat | None, typer.Option("--format", "-f", help="csv (default), json or jsonl.")] = None,
    as_json: JsonOption = False,
    output_path: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output (- is standard output).")] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a byte order mark, for spreadsheet programs that want one.")] = False,
    since: Annotated[str | None, typer.Option("--since", help="Requests created on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Requests created on or before this date.")] = None,
    status: Annotated[list[str] | None, typer.Option("--status", help="Only this status (repeatable): open, answered, resolved, rejected.")] = None,
    messages: Annotated[bool, typer.Option("--messages", help="Include messages (CSV: one row per message instead).")] = False,
    everything: Annotated[bool, typer.Option("--all", help="The whole desk in the import format (jsonl or json): licenses, renewals, requests, messages, history.")] = False,
    fields: FieldsOption = None,
) -> None:
    """Export requests for spreadsheets and programs. CSV cells never start a formula.

    Example: desk export --since 2026-11-01 --status resolved -o november.csv
    """
    if as_json and fmt not in (None, ExportFormat.json):
        raise InvalidInput(f"--json and --format {fmt.value} ask for two formats; give one")
    chosen = Format.json if as_json else Format((fmt or ExportFormat.csv).value)
    if bom and chosen is not Format.csv:
        raise InvalidInput("--bom is for CSV only")
    if output_path is not None and str(output_path) == "-":
        output_path = None
    rt = reading(ctx)
    if everything:
        if chosen is Format.csv or since or until or status or messages or fields:
            raise InvalidInput("--all writes every record as jsonl or json; it takes no filters")
        from deskcli.store.transfer import dump

        _write(list(dump(rt.repo, rt.zone)), chosen, None, None, output_path)
        return
    for s in status or []:
        if s not in tickets.STATUSES:
            raise InvalidInput(f"unknown status {s!r}; use one of {', '.join(tickets.STATUSES)}")

    since_at, until_at = rt.period(since, until, names=("--since", "--until"))
    rows = rt.repo.requests(since=since_at, until=until_at, statuses=status or [])
    records = tickets.request_records(rows, rt.calendar, rt.now)
    columns = list(tickets.REQUEST_FIELDS)
    if messages:
        grouped = rt.repo.messages_for([r["id"] for r in records])
        shown = {rid: [{"request_id": rid, "id": m["id"], "at": rt.show_stored(m["at"]),
                        "author": m["author"], "kind": m["kind"], "body": m["body"]} for m in ms]
                 for rid, ms in grouped.items()}
        if chosen is Format.csv:
            records = [m for r in records for m in shown[r["id"]]]
            columns = list(MESSAGE_FIELDS)
        else:
            for record in records:
                record["messages"] = shown[record["id"]]
            columns.append("messages")
    _write(records, chosen, columns, fields, output_path, bom=bom)


def _write(records, fmt, columns, fields, path: Path | None, *, bom: bool = False) -> None:
    """The same bytes to standard output or to ``path``; a file appears only when complete
    (written aside, then moved into place), so an interrupted export leaves nothing half done."""
    import sys

    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        output.emit(records, fmt, columns=columns, fields=fields)
        return
    from deskcli.files import atomic_output

    # Customer data: a 0600 file from the first byte, renamed into place only when complete,
    # so a full disk or Ctrl-C leaves the old file (or none), never a truncated export.
    with atomic_output(path, encoding="utf-8", create_parent=False) as handle:
        if bom:
            handle.write("\ufeff")
        output.emit(records, fmt, columns=columns, fields=fields, stream=handle)
    output.note(f"wrote {len(records)} rows to {path}")


def import_(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A file written by export --all, or - for standard input.", metavar="PATH|-")],
) -> None:
    """Load records (JSON Lines or one JSON array) in one transaction; a bad line aborts all.

    Licenses may carry pin_hash (as exported) or a plain pin, which is hashed on the way in.

    Example: desk export --all --format jsonl > desk.jsonl && desk --db new.db import desk.jsonl
    """
    import sys

    from deskcli.store.transfer import load, parse_lines

    rt = writing(ctx)
    try:
        handle = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        raise InvalidInput(f"cannot read {source}: {exc.strerror}") from None
    with handle:
        counts = load(rt.repo, parse_lines(handle), rt.zone, rt.policy)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items()) or "nothing"
    output.note(f"imported {summary}")
    from deskcli.services.search import update_index

    # Stemming is slower than loading, so the loaded requests are indexed after, not row by row.
    update_index(rt)


def register(app: typer.Typer) -> None:
    app.command("export", rich_help_panel="Reports")(export)
    app.command("import", rich_help_panel="Administration")(import_)
