"""Tables and text for a pipe or a file, without loading Rich's console.

Printed to anything but a terminal, Rich writes no escapes: a table is plain text laid
out by its rules. Loading Rich's console costs more than the everyday commands take
to answer (25-40 ms), so ``desk queue | …``, a cron job or an agent gets the same
bytes from here. Only the cases this module is sure of are drawn here: every column at
its natural width and the whole fits the console (else Rich shrinks and wraps, and
Rich draws it). Widths are measured with ``rich.cells``, Rich's own measure (a small
module; the console stays unloaded), so wide and combining characters count alike; text
of characters one cell wide each is measured by its length, without loading Rich at all.
tests/test_plain.py holds every view drawn here to Rich's bytes over random rows,
widths and text.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

#: Text that Rich measures or splits in ways not followed here (tabs expand, these break lines).
_NOT_HERE = ("\t", "\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85")


class Column:
    def __init__(self, header: str = "", justify: str = "left", width: int | None = None, wrap: bool = True,
                 max_width: int | None = None) -> None:
        self.header = header
        self.wrap = wrap  # Rich's no_wrap=False: the text goes through its word wrapper
        self.justify = justify  # "left" or "right"
        #: Fixed (the text is cut with an ellipsis); None: as wide as its widest cell.
        self.width = width
        #: Rich's max_width: a wider cell would be folded, which is Rich's to draw.
        self.max_width = max_width


class Grid:
    """A borderless table as ``render`` builds them: ``Table(box=None, pad_edge=False)``,
    one space of padding either side of a cell, none at the table's edges. (Plain classes,
    not dataclasses: that module costs a few milliseconds to load, and this one exists to
    start quickly.)"""

    def __init__(self, columns: list[Column], rows: list[list[str]] | None = None, title: str | None = None,
                 show_header: bool = True) -> None:
        self.columns = columns
        self.rows = rows if rows is not None else []
        self.title = title
        self.show_header = show_header
        #: Rows Rich shows in bold (no difference in plain text; kept so both draw from one grid).
        self.bold_rows: list[bool] = []


def console_width() -> int | None:
    """The width Rich would lay out for when it would print plain text (stdout not a
    terminal, nothing forcing one), else None: then Rich prints, in colour or not."""
    from deskcli.output import colour

    if colour():  # colour asked for wherever the output goes: Rich draws it
        return None
    environ = os.environ
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible == "1":
        return None
    if compatible != "0":
        force = environ.get("FORCE_COLOR")
        if force is not None and force != "":
            return None
        try:
            if force is None and sys.stdout.isatty():
                return None
        except ValueError:
            pass
    width = None
    for descriptor in (0, 1, 2):  # as Rich asks: the first standard stream that is a terminal
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = environ.get("COLUMNS")
    # Rich takes a numeric COLUMNS as it is (even 0); else the terminal's, else 80.
    width = int(columns) if columns is not None and columns.isdigit() else width or 80
    return width if width >= 10 else None


#: Characters one cell wide each, as Rich measures them: printable ASCII, Latin-1, Cyrillic
#: without its combining marks, general punctuation (dashes, quotes, …) and №. Text of these
#: alone (a Russian desk's tables) is measured by its length, and Rich's cell tables stay
#: unloaded (2-3 ms of every table printed); tests/test_plain.py holds each to rich.cells.
ONE_CELL_EACH = re.compile("[ -~\u00a0-\u02ff\u0400-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2116]*")


def _cells(text: str) -> int:
    if ONE_CELL_EACH.fullmatch(text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _set_cells(text: str, width: int) -> str:
    """``text`` cut or padded with spaces to ``width`` cells, as ``rich.cells.set_cell_size``."""
    if ONE_CELL_EACH.fullmatch(text):
        return text[:width].ljust(width)
    from rich.cells import set_cell_size

    return set_cell_size(text, width)


def _fits(text: str) -> bool:
    return not any(mark in text for mark in _NOT_HERE)


def _rstrip_end(text: str, size: int) -> str:
    """Rich's word wrapper drops trailing whitespace from a line longer than ``size`` in
    code points (not cells: "é" as e + accent is two), as much as the excess."""
    excess = len(text) - size
    if excess > 0:
        spaces = len(text) - len(text.rstrip())
        text = text[:len(text) - min(spaces, excess)]
    return text


def text_lines(text: str, width: int) -> list[str] | None:
    """A paragraph as Rich prints it at ``width``, or None if it would wrap (Rich's to do)."""
    if not _fits(text):
        return None
    lines = text.split("\n")
    return [_rstrip_end(line, width) for line in lines] if all(_cells(line) <= width for line in lines) else None


def _cell(text: str, width: int, column: Column) -> str:
    if column.wrap:
        text = _rstrip_end(text, width)
    if column.justify == "right":
        text = text.rstrip()
    if _cells(text) > width:  # only a fixed width cuts (natural widths fit by construction)
        text = _set_cells(text, width - 1) + "…"
    text = _set_cells(text, width) if column.justify != "right" else text
    if column.justify == "right":
        text = " " * (width - _cells(text)) + text
    return text


def grid_lines(grid: Grid, width: int) -> list[str] | None:
    """The table's lines at console ``width``, or None where Rich would have to shrink or wrap it."""
    count = len(grid.columns)
    rows = ([[c.header for c in grid.columns]] if grid.show_header else []) + grid.rows
    if any(not _fits(cell) for row in rows for cell in row) or grid.title is not None and not _fits(grid.title):
        return None
    pads = [(0 if i == 0 else 1, 0 if i == count - 1 else 1) for i in range(count)]
    widths = []
    for i, column in enumerate(grid.columns):
        if column.width is not None:
            widths.append(column.width)
        else:
            widths.append(max((_cells(line) for row in rows for line in row[i].splitlines()), default=0))
    if any(c.max_width is not None and w > c.max_width for c, w in zip(grid.columns, widths, strict=True)):
        return None
    total = sum(w + left + right for w, (left, right) in zip(widths, pads, strict=True))
    if total > width or 0 in widths:  # an empty column: Rich lays text out at width 0 in ways not followed here
        return None
    lines: list[str] = []
    if grid.title is not None:
        title = text_lines(grid.title, total)
        if title is None:
            return None
        lines.extend(_cell(line, total, Column()) for line in title)
    for row in rows:
        cells = [row[i].split("\n") for i in range(count)]
        height = max(len(c) for c in cells)
        for n in range(height):
            lines.append("".join(
                " " * left + _cell(cells[i][n] if n < len(cells[i]) else "", widths[i], grid.columns[i]) + " " * right
                for i, (left, right) in enumerate(pads)))
    return lines


def write(parts: list[Grid | str], width: int | None = None) -> bool:
    """Print ``parts`` (tables and paragraphs, one after another, as a Rich ``Group``) if
    every one can be drawn here exactly; False (nothing written) sends them to Rich."""
    width = console_width() if width is None else width
    if width is None:
        return False
    lines: list[str] = []
    for part in parts:
        drawn = text_lines(part, width) if isinstance(part, str) else grid_lines(part, width)
        if drawn is None:
            return False
        lines.extend(drawn)
    sys.stdout.write("".join(line + "\n" for line in lines))
    return True


def key_values(data: dict, title: str | None = None) -> Grid:
    """``render.key_values`` as a grid (the same cleaning of each value)."""
    from deskcli.output import clean_text

    return Grid([Column(), Column()], show_header=False,
                title=clean_text(title, single_line=True) if title else None,
                rows=[[clean_text("" if key is None else str(key), single_line=True),
                       clean_text("" if value is None else str(value))] for key, value in data.items()])


def _timing(days_after: int) -> str:
    """Where the renewal date lies against the last covered day, in words (never "-89")."""
    if days_after == 0:
        return "on the last day of support"
    days = f"{abs(days_after)} day{'s' if abs(days_after) != 1 else ''}"
    return f"{days} before support ends" if days_after < 0 else f"{days} after support ended"


def quote_parts(quote: Any, currency: str) -> tuple[dict[str, str], Grid]:
    """A renewal quote's figures and its schedule, for ``render.quote_view`` and for here."""
    from deskcli.domain.entitlement import percent_text
    from deskcli.domain.money import format_money

    head = {
        "retail price": format_money(quote.retail_price, currency),
        "support until": quote.support_until.isoformat(),
        "renewal date": quote.on.isoformat(),
        "timing": _timing(quote.days_after),
        "share": percent_text(quote.rate),
        "amount": format_money(quote.amount, currency),
        "new support until": quote.new_support_until.isoformat(),
    }
    schedule = Grid([Column("Renew by"), Column("Share", "right"), Column("Amount", "right")], title="Schedule")
    for tier in quote.tiers:
        schedule.rows.append([tier.last_day.isoformat() if tier.last_day else "later",
                              percent_text(tier.rate), format_money(tier.amount, currency)])
        schedule.bold_rows.append(tier.rate == quote.rate)
    return head, schedule


def quote_grids(quote: Any, currency: str, *, title: str) -> list[Grid | str]:
    head, schedule = quote_parts(quote, currency)
    return [key_values(head, title=title), schedule]


def queue_parts(records: list[dict], now: Any, width: int, *, empty: str = "No open requests.") -> list[Grid | str]:
    """``queue_view.queue_table`` (without a live view's last line) from the same layout."""
    from deskcli.queue_layout import HEADERS, RIGHT, layout, legend

    if not records:
        return [empty]
    cells, widths = layout(records, now, width)
    shown = [i for i in range(len(HEADERS)) if i in widths]
    columns = [Column(HEADERS[i], "right" if i in RIGHT else "left", widths[i], wrap=False) for i in shown]
    rows = [[row[i] for i in shown] for row in cells]
    return [Grid(columns, rows=rows), legend(records, widths)]


LICENSE_HEADERS = ("Number", "Customer", "Edition", "Price", "Support until", "Notes")


def license_cells(record: dict, today: Any) -> tuple[list[str], bool]:
    """One row of ``desk license list`` as text, and whether its paid support has ended
    (Rich shows that date in red); ``render.license_table`` draws the same cells."""
    import datetime as dt
    from decimal import Decimal

    from deskcli.domain.money import format_money
    from deskcli.output import clean_text

    notes = [note for note, on in (("free", record["free"]), ("code modified", record["code_modified"])) if on]
    expired = dt.date.fromisoformat(record["support_until"]) < today and not record["free"]
    cells = [clean_text("" if record[key] is None else str(record[key]), single_line=True)
             for key in ("number", "customer", "edition")]
    cells += [format_money(Decimal(record["retail_price"]), record["currency"]),
              clean_text(record["support_until"]), ", ".join(notes)]
    return cells, expired


def license_parts(records: list[dict], today: Any) -> list[Grid | str]:
    """``render.license_table`` from the same cells: fifty thousand licenses took Rich 26 s
    to lay out (QA at a million requests); this draws them as they come."""
    if not records:
        return ["No licenses."]
    columns = [Column(name, wrap=name == "Customer") for name in LICENSE_HEADERS]
    return [Grid(columns, rows=[license_cells(record, today)[0] for record in records])]
