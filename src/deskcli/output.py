"""The one module that knows output formats.

Commands hand over plain data (dicts and lists); this module prints it as a Rich table,
JSON, JSON Lines or CSV. Data goes to stdout; notes and errors go to stderr. User text is
data: control characters never reach a terminal, Rich markup in it is shown literally,
and CSV cells cannot start a spreadsheet formula. Rich is imported only on table paths.
"""

from __future__ import annotations

import errno
import functools
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from deskcli.csv_cells import csv_cell, csv_joined  # noqa: F401  (every CSV cell's rules, there)
from deskcli.domain.named import TYPE_CHECKING
from deskcli.domain.text import BIDI, printable
from deskcli.formats import Format, chosen_format, colour, field_names, use_color  # noqa: F401  (what is asked for, there)

if TYPE_CHECKING:
    from typing import Any


clean_text = printable


def write_json(data: object, stream=None) -> None:
    """Indented for a person at a terminal; one compact line for a program (it is much
    faster over thousands of records, and jq does not mind)."""
    stream = stream or sys.stdout
    if isinstance(data, list) and not is_terminal(stream):
        stream.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    else:
        stream.write(for_terminal(json.dumps(data, ensure_ascii=False, indent=2), stream))
    stream.write("\n")


def write_jsonl(records: Iterable[dict[str, object]], stream=None) -> None:
    stream = stream or sys.stdout
    for record in records:
        stream.write(for_terminal(json.dumps(record, ensure_ascii=False, separators=(",", ":")), stream))
        stream.write("\n")


#: What JSON leaves raw in a string and a terminal may act on: DEL, C1 controls (U+009B is a
#: CSI) and the overrides that reorder text on screen, as ``printable`` counts them for tables.
_TERMINAL_UNSAFE = re.compile(f"[\x7f-\x9f]|{BIDI.pattern}")


def for_terminal(text: str, stream) -> str:
    """JSON text for ``stream``: on a terminal, those characters as \\u escapes, which JSON reads
    back as the same characters; to a pipe or a file, unchanged."""
    if not is_terminal(stream) or not _TERMINAL_UNSAFE.search(text):
        return text
    return _TERMINAL_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _csv_writer(stream):
    """The one CSV dialect of every CSV deskcli writes (CR LF, as spreadsheets expect);
    ``csv`` is imported here, so commands that print no CSV never load it."""
    import csv

    return csv.writer(stream, lineterminator="\r\n")


def write_csv(records: Sequence[dict[str, object]], columns: Sequence[str], stream=None) -> None:
    """CSV for spreadsheets; written to a terminal, control characters are made visible too."""
    stream = stream or sys.stdout
    to_terminal = hasattr(stream, "isatty") and stream.isatty()
    writer = _csv_writer(stream)
    writer.writerow(columns)
    for record in records:
        cells = [csv_cell(record.get(name)) for name in columns]
        writer.writerow([clean_text(cell) for cell in cells] if to_terminal else cells)


def emit(
    data: dict[str, Any] | list[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    fields: str | None = None,
    stream=None,
) -> None:
    """Print ``data`` (a dict or a list of dicts) as JSON, JSON Lines or CSV; commands render
    their own tables through ``render``, so ``table`` here falls back to JSON."""
    records: list[dict[str, Any]] = data if isinstance(data, list) else [data]
    if fields is not None or fmt is not Format.table:
        valid = columns or (list(records[0]) if records else [])
        if fields is not None:
            wanted = field_names(fields, valid)
            records = [{name: record.get(name) for name in wanted or valid} for record in records]
            columns = wanted
            data = records if isinstance(data, list) else records[0]
    if fmt is Format.json:
        write_json(data, stream)
    elif fmt is Format.jsonl:
        write_jsonl(records, stream)
    elif fmt is Format.csv:
        write_csv(records, columns or (list(records[0]) if records else []), stream)
    else:
        write_json(data, stream)


def is_terminal(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty()


def _batches(items: Iterable, size: int = 2000) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last shorter), taken in C: the bulk outputs pass
    a hundred thousand records through here."""
    rest = iter(items)
    while batch := list(itertools.islice(rest, size)):
        yield batch


def emit_stream(records: Iterable[dict[str, object]], fmt: Format, *, columns: Sequence[str],
                fields: str | None = None, stream=None) -> int:
    """``emit`` for records that arrive one by one: the same bytes as ``emit(list(records))``,
    written as they come, so memory stays flat however many there are. Returns the count.

    Unknown ``fields`` are refused before anything is written.
    """
    stream = stream or sys.stdout
    wanted = field_names(fields, columns)
    if wanted is not None:
        records = ({name: record.get(name) for name in wanted} for record in records)
        columns = wanted
    if fmt is Format.csv:
        return _write_csv_stream(records, columns, stream)
    if fmt is Format.jsonl or not is_terminal(stream):
        return write_encoded((json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() for r in records),
                             fmt, stream)
    # Indented as json.dumps(list, indent=2) would: each item one level deeper. JSON text
    # has no raw newline inside a string, so indenting every line is exact.
    count = 0
    for batch in _batches(records):
        items = ["  " + for_terminal(json.dumps(r, ensure_ascii=False, indent=2), stream).replace("\n", "\n  ")
                 for r in batch]
        stream.write(("[\n" if not count else ",\n") + ",\n".join(items))
        count += len(batch)
    stream.write("\n]\n" if count else "[]\n")
    return count


def write_encoded(lines: Iterable[bytes], fmt: Format, stream=None) -> int:
    """Records already encoded as compact JSON in UTF-8, written as one JSON array or as JSON
    Lines (the bytes ``write_json``/``write_jsonl`` give a program); returns the count."""
    stream = stream or sys.stdout
    write = _bytes_writer(stream, written=False)
    count = 0
    separator = b"\n" if fmt is Format.jsonl else b","
    if is_terminal(stream):  # JSON Lines to a person: nothing in it may act on the terminal
        lines = (for_terminal(line.decode(), stream).encode() for line in lines)
    for batch in _batches(lines):
        if fmt is Format.jsonl:
            write(separator.join(batch) + b"\n")
        else:
            write((b"[" if not count else b",") + separator.join(batch))
        count += len(batch)
    if fmt is not Format.jsonl:
        write(b"]\n" if count else b"[]\n")
    return count


def _bytes_writer(stream, *, written: bool):
    """Where UTF-8 bytes go: straight into a UTF-8 stream's buffer, behind whatever its text
    layer holds (a BOM goes out with the first text, so ``utf-8-sig`` only once ``written``),
    or else decoded through the text layer."""
    buffer = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if buffer is not None and (encoding in ("utf-8", "utf8") or written and encoding == "utf-8-sig"):
        stream.flush()
        return buffer.write
    return lambda data: stream.write(data.decode())


def _write_csv_stream(records: Iterable[dict[str, object]], columns: Sequence[str], stream) -> int:
    to_terminal = is_terminal(stream)
    writer = _csv_writer(stream)
    writer.writerow(columns)
    count = 0
    for batch in _batches(records):
        rows = [[csv_cell(record.get(name)) for name in columns] for record in batch]
        if to_terminal:
            rows = [[clean_text(cell) for cell in row] for row in rows]
        writer.writerows(rows)
        count += len(batch)
    return count


def write_csv_lines(lines: Iterable[bytes], columns: Sequence[str], stream=None) -> int:
    """CSV from finished UTF-8 lines (each ending CR LF, checked with ``csv_joined`` or made by
    ``csv_line``), for a file or a pipe: a terminal needs ``emit_stream``. Returns the count."""
    stream = stream or sys.stdout
    _csv_writer(stream).writerow(columns)
    write = _bytes_writer(stream, written=True)
    count = 0
    for batch in _batches(lines):
        write(b"".join(batch))
        count += len(batch)
    return count


def csv_line(cells: Sequence[object]) -> str:
    """One CSV line as ``write_csv`` writes it (``csv_cell`` on every cell)."""
    buffer = io.StringIO()
    _csv_writer(buffer).writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def console(stderr: bool = False):
    wanted = colour()
    return _console_class()(stderr=stderr, no_color=wanted is False, force_terminal=True if wanted else None,
                            highlight=False, emoji=False)


@functools.cache
def _console_class() -> type:
    """Rich's Console, except that a reader gone away ends the command as it ends every
    other: Rich's own answer is exit 1, which SPEC section 6 gives a negative answer, and it
    says nothing of a change already saved (QA: ``desk show 3`` into a closed pipe)."""
    from rich.console import Console

    class DeskConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, "nothing reads the output")

    return DeskConsole


def width() -> int:
    return console().width


def print_rich(*renderables: object) -> None:
    out = console()
    for renderable in renderables:
        out.print(renderable)


def page(*renderables: object) -> None:
    """Print through the pager (``PAGER``, else ``less``) when stdout is a terminal and the
    text is taller than it, as git does; otherwise print straight to stdout."""
    import shlex
    import shutil
    import subprocess

    from deskcli.env import PAGER

    out = console()
    command = os.environ.get(PAGER, "less").strip() if out.is_terminal else ""
    if command in ("", "cat"):
        print_rich(*renderables)
        return
    with out.capture() as captured:
        for renderable in renderables:
            out.print(renderable)
    text = captured.get()
    try:
        program = shlex.split(command)
    except ValueError:
        program = []
    if text.count("\n") < out.height or not program or shutil.which(program[0]) is None:
        sys.stdout.write(text)
        return
    # less: quit if one screen, keep colours, leave the text on screen (git's LESS=FRX).
    env = {"LESS": "FRX", "LV": "-c", **os.environ}
    try:
        with subprocess.Popen(program, stdin=subprocess.PIPE, env=env) as pager:
            assert pager.stdin is not None  # stdin=PIPE always gives one
            try:
                pager.stdin.write(text.encode("utf-8", "replace"))
                pager.stdin.close()
            except BrokenPipeError:  # the reader quit the pager before the end: that is fine
                pass
    except OSError:
        sys.stdout.write(text)


def note(message: str) -> None:
    """A remark for the person at the terminal, on stderr so pipelines stay clean."""
    sys.stderr.write(clean_text(message) + "\n")


#: The most of an error line kept: a value the user gave is quoted back, and one of
#: thousands of characters would bury what the line says about it.
ERROR_LIMIT = 1000


def error(message: str) -> None:
    text = clean_text(message, single_line=True)
    if len(text) > ERROR_LIMIT:
        cut = len(text) - ERROR_LIMIT
        text = f"{text[:ERROR_LIMIT * 3 // 4]} … ({cut:,} characters left out) … {text[-ERROR_LIMIT // 4:]}"
    sys.stderr.write("error: " + text + "\n")
