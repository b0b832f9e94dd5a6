"""``desk export``: requests (and their messages) as CSV, JSON or JSON Lines."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import request_lines
from deskcli.cli.options import FieldsOption
from deskcli.cli.runtime import current
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

MESSAGE_FIELDS = request_lines.MESSAGE_FIELDS


def export(
    *,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="csv (default), json or jsonl.")] = Format.csv,
    output_path: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
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
    rt = current()
    if fmt is Format.table:
        raise InvalidInput("export writes csv, json or jsonl")
    if everything:
        if fmt is Format.csv or since or until or status or messages or fields:
            raise InvalidInput("--all writes every record as jsonl or json; it takes no filters")
        from deskcli.store.transfer import dump

        repo = rt.reader
        with _target(output_path, fmt) as stream, repo.snapshot():
            count = output.emit_stream(dump(repo, rt.zone), fmt, columns=(), stream=stream)
        _wrote(count, output_path)
        return
    for s in status or []:
        if s not in tickets.STATUSES:
            raise InvalidInput(f"unknown status {s!r}; use one of {', '.join(tickets.STATUSES)}")
    since_at, until_at = rt.period(since, until, names=("--since", "--until"))
    if messages and fmt is Format.csv:
        columns = list(MESSAGE_FIELDS)
    else:
        columns = [*tickets.REQUEST_FIELDS, *(["messages"] if messages else [])]
    output.field_names(fields, columns)  # an unknown name is refused before a file is created
    repo = rt.reader
    period = {"since": since_at, "until": until_at, "statuses": status or []}
    with _target(output_path, fmt) as stream, repo.snapshot():
        if fields is None and (fmt is Format.jsonl or not output.is_terminal(stream)):
            count = request_lines.export_encoded(rt, fmt, stream, period, messages=messages)
        else:
            records = request_lines.export_records(rt, period, messages=messages, message_rows=fmt is Format.csv)
            count = output.emit_stream(records, fmt, columns=columns, fields=fields, stream=stream)
    _wrote(count, output_path)


@contextlib.contextmanager
def _target(path: Path | None, fmt: Format):
    """Standard output, or a new owner-only file (it holds customers' data)."""
    if path is None:
        yield sys.stdout
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8-sig" if fmt is Format.csv else "utf-8", newline="") as handle:
            os.chmod(path, 0o600)
            yield handle
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror}") from None


def _wrote(count: int, path: Path | None) -> None:
    if path is not None:
        output.note(f"wrote {count} rows to {path}")


def import_(
    source: Annotated[str, typer.Argument(help="A file written by export --all, or - for standard input.", metavar="PATH|-")],
) -> None:
    """Load records (JSON Lines or one JSON array) in one transaction; a bad line aborts all.

    Licenses may carry pin_hash (as exported) or a plain pin, which is hashed on the way in.

    Example: desk export --all --format jsonl > desk.jsonl && desk --db new.db import desk.jsonl
    """
    from deskcli.store.incoming import parse_lines
    from deskcli.store.transfer import Deadlines, load

    rt = current()
    try:
        handle = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        raise InvalidInput(f"cannot read {source}: {exc.strerror}") from None
    targets = rt.config.targets
    deadlines = Deadlines(rt.calendar, targets, tickets.deadline_basis(rt.calendar.fingerprint, targets))
    with handle:
        counts = load(rt.repo, parse_lines(handle), rt.zone, deadlines=deadlines)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items()) or "nothing"
    output.note(f"imported {summary}")


def register(app: typer.Typer) -> None:
    app.command("export", rich_help_panel="Reports")(export)
    app.command("import", rich_help_panel="Administration")(import_)
