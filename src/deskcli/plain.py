"""Tables and text for a pipe or a file, without loading Rich's console.

Printed to anything but a terminal, Rich writes no escapes: a table is plain text laid
out by its rules. Loading Rich's console costs more than the everyday commands take
to answer (25-40 ms), so ``desk queue | …``, a cron job or an agent gets the same
bytes from here. Only the cases this module is sure of are drawn here: every column at
its natural width and the whole fits the console (else Rich shrinks and wraps, and
Rich draws it). Widths are measured with ``rich.cells``, Rich's own measure (a small
module; the console stays unloaded), so wide and combining characters count alike; text
of characters one cell wide each is measured by its length, without loading Rich at all.
The commands' views are built from these grids in ``plain_views``; tests/test_plain.py
holds every one to Rich's bytes over random rows, widths and text.

On a terminal the queue is drawn here too, with the escapes Rich would write for its few
styles (bold, dim and the basic colours, the same codes in every colour system Rich knows):
``desk queue`` is what an agent runs all day, and loading Rich's console doubled its time.
A view drawn here on a terminal says which styles its cells carry (``Grid.header_style``,
``Grid.cell_styles``, ``Grid.lead_styles``, ``Styled``); views that do not are left to Rich.
"""

from __future__ import annotations

import os
import re
import sys

#: Text that Rich measures or splits in ways not followed here (tabs expand, these break lines).
_NOT_HERE = ("\t", "\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85")


class Styled(str):
    """A paragraph as a Rich ``Text``: a base ``style`` over all of it and ``spans`` (start,
    end, style) over parts, each span's style added to the base where it lies. Rich joins
    ``Text("a", style="bold") + Text("b")`` into base bold with no span: the first part's
    style is the whole text's (render does that; so does this, built the same way)."""

    style = ""
    spans: tuple[tuple[int, int, str], ...] = ()

    def __new__(cls, text: str, style: str = "", spans: tuple[tuple[int, int, str], ...] = ()) -> Styled:
        made = super().__new__(cls, text)
        made.style = style
        made.spans = spans
        return made

    @classmethod
    def joined(cls, *parts: tuple[str, str]) -> Styled:
        """``Text(a, style=x) + Text(b, style=y) + ...`` as Rich joins them."""
        base = parts[0][1] if parts else ""
        spans, at = [], len(parts[0][0]) if parts else 0
        for text, style in parts[1:]:
            if style and text:
                spans.append((at, at + len(text), style))
            at += len(text)
        return cls("".join(text for text, _ in parts), base, tuple(spans))

    def line_runs(self) -> list[list[tuple[str, str]]]:
        """Each line's (text, style) segments, cut where a span starts or ends, as Rich cuts them."""
        lines, start = [], 0
        for line in str(self).split("\n"):
            end = start + len(line)
            cuts = sorted({start, end, *(max(start, min(end, x)) for a, b, _ in self.spans for x in (a, b))})
            runs = []
            for a, b in zip(cuts, cuts[1:], strict=False):
                styles = [self.style, *(style for x, y, style in self.spans if x <= a and b <= y)]
                runs.append((str(self)[a:b], " ".join(style for style in styles if style)))
            lines.append(runs)
            start = end + 1
        return lines


#: Rich's SGR codes for the styles drawn here: attributes first, then the colour.
_ATTRIBUTES = {"bold": "1", "dim": "2", "italic": "3"}
_COLOURS = {"red": "31", "green": "32", "yellow": "33", "magenta": "35", "cyan": "36"}


def sgr(style: str, colours: bool) -> str | None:
    """The escape parameters Rich writes for ``style`` ("bold red" -> "1;31"), without its
    colour when colour is off (NO_COLOR: Rich keeps bold and dim); None for a style not
    known here (the view then goes to Rich)."""
    words = style.split()
    if any(word not in _ATTRIBUTES and word not in _COLOURS for word in words) or \
            len({word for word in words if word in _COLOURS}) > 1:
        return None  # two colours: the later wins in Rich; not followed here
    codes = [_ATTRIBUTES[name] for name in _ATTRIBUTES if name in words]
    if colours:
        codes += [_COLOURS[word] for word in words if word in _COLOURS]
    return ";".join(codes)


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
        #: On a terminal: the header row's style (its padding too, as Rich draws it), the
        #: style of a whole cell by (row, column), and of a cell's first characters.
        self.header_style = ""
        self.title_style = ""  # Rich's "table.title" (italic) for a title given as a str
        self.column_styles: dict[int, str] = {}  # a column's cells and their padding
        self.cell_styles: dict[tuple[int, int], str] = {}
        self.lead_styles: dict[tuple[int, int], tuple[int, str]] = {}


def console_width() -> int | None:
    """The width Rich would lay out for when it would print plain text (stdout not a
    terminal, nothing forcing one), else None: then Rich prints, in colour or not."""
    from deskcli.formats import colour

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
    return _rich_width()


def terminal() -> tuple[int, bool] | None:
    """(Rich's width, whether it writes colours) when standard output is a terminal that
    Rich would draw on with escapes detected from the terminal alone; None where anything
    forces its hand (FORCE_COLOR, TTY_COMPATIBLE, a dumb terminal): then Rich draws."""
    from deskcli.formats import colour

    environ = os.environ
    if "FORCE_COLOR" in environ or "TTY_COMPATIBLE" in environ:
        return None
    if environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return None
    try:
        if not sys.stdout.isatty():
            return None
    except ValueError:
        return None
    width = _rich_width()
    return None if width is None else (width, colour() is not False)


def rich_height() -> int:
    """The height Rich gives a terminal: its rows, LINES when numeric, else 25."""
    height = None
    for descriptor in (0, 1, 2):
        try:
            height = os.get_terminal_size(descriptor).lines
        except (AttributeError, ValueError, OSError):
            continue
        break
    lines = os.environ.get("LINES")
    return (int(lines) if lines is not None and lines.isascii() and lines.isdigit() else height) or 25


def _rich_width() -> int | None:
    """The width Rich lays out for, or None under 10 columns (Rich's to deal with)."""
    environ = os.environ
    width = None
    for descriptor in (0, 1, 2):  # as Rich asks: the first standard stream that is a terminal
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = environ.get("COLUMNS")
    # Rich takes a numeric COLUMNS as it is (even 0); else the terminal's, else 80.
    width = int(columns) if columns is not None and columns.isascii() and columns.isdigit() else width or 80
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


def _styled(text: str, style: str, colours: bool | None) -> str | None:
    """``text`` as Rich writes it in ``style`` (``colours`` None: no escapes at all)."""
    if colours is None or not style or not text:
        return text
    codes = sgr(style, colours)
    if codes is None:
        return None
    return f"\x1b[{codes}m{text}\x1b[0m" if codes else text


def grid_lines(grid: Grid, width: int, colours: bool | None = None) -> list[str] | None:
    """The table's lines at console ``width``, or None where Rich would have to shrink or wrap it;
    with the escapes of its styles unless ``colours`` is None (not a terminal)."""
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
        for line in title:
            styled = _cell(line, total, Column())
            drawn = styled if colours is None else _styled(styled, grid.title_style, colours)
            if drawn is None:
                return None
            lines.append(drawn)
    header = 1 if grid.show_header else 0
    for r, row in enumerate(rows):
        cells = [row[i].split("\n") for i in range(count)]
        height = max(len(c) for c in cells)
        if colours is not None and height > 1 and (r < header and grid.header_style or grid.column_styles or any(
                (r - header, i) in grid.cell_styles or (r - header, i) in grid.lead_styles for i in range(count))):
            return None  # how Rich styles the lines of a multi-line cell is not followed here
        for n in range(height):
            pieces: list[str | None] = []
            for i, (left, right) in enumerate(pads):
                text = _cell(cells[i][n] if n < len(cells[i]) else "", widths[i], grid.columns[i])
                if colours is None:
                    pieces += [" " * left, text, " " * right]
                elif r < header:
                    if i in grid.column_styles:
                        return None  # a column style under a header style: not followed here
                    pieces += [_styled(" " * left, grid.header_style, colours),
                               _styled(text, grid.header_style, colours),
                               _styled(" " * right, grid.header_style, colours)]
                elif i in grid.column_styles:
                    if (r - header, i) in grid.cell_styles or (r - header, i) in grid.lead_styles:
                        return None
                    style = grid.column_styles[i]
                    pieces += [_styled(" " * left, style, colours), _styled(text, style, colours),
                               _styled(" " * right, style, colours)]
                else:
                    pieces += [" " * left, _cell_styled(text, grid, (r - header, i), colours), " " * right]
            if None in pieces:
                return None
            lines.append("".join(pieces))  # type: ignore[arg-type]
    return lines


def _cell_styled(text: str, grid: Grid, at: tuple[int, int], colours: bool) -> str | None:
    """A laid-out cell with its style on a terminal: a whole cell's style covers its
    justification spaces (Rich pads the styled text); a lead style only its first characters."""
    if at in grid.cell_styles:
        return _styled(text, grid.cell_styles[at], colours)
    if at in grid.lead_styles:
        size, style = grid.lead_styles[at]
        lead = _styled(text[:size], style, colours)
        return None if lead is None else lead + text[size:]
    return text


def write(parts: list[Grid | str], width: int | None = None, colours: bool | None = None) -> bool:
    """Print ``parts`` (tables and paragraphs, one after another, as a Rich ``Group``) if
    every one can be drawn here exactly; False (nothing written) sends them to Rich.
    ``colours`` not None: to a terminal (``terminal()``), with the parts' styles."""
    width = console_width() if width is None else width
    drawn = None if width is None else drawn_lines(parts, width, colours)
    if drawn is None:
        return False
    sys.stdout.write("".join(line + "\n" for line in drawn))
    return True


def drawn_lines(parts: list[Grid | str], width: int, colours: bool | None = None) -> list[str] | None:
    """The lines ``write`` prints, or None where the parts are Rich's to draw."""
    lines: list[str] = []
    for part in parts:
        if isinstance(part, str):
            drawn = text_lines(part, width)
            if drawn is not None and colours is not None and isinstance(part, Styled):
                drawn = _paragraph_styled(part, drawn, colours)
        else:
            drawn = grid_lines(part, width, colours)
        if drawn is None:
            return None
        lines.extend(drawn)
    return lines


def _paragraph_styled(part: Styled, drawn: list[str], colours: bool) -> list[str] | None:
    runs = part.line_runs()
    if [text for text in drawn] != ["".join(t for t, _ in line) for line in runs]:
        return None  # Rich trimmed a line (its spaces past the width): not followed with styles
    styled = ["".join(piece for piece in (_styled(t, style, colours) for t, style in line) if piece is not None)
              for line in runs]
    if any(_styled(t, style, colours) is None for line in runs for t, style in line):
        return None
    return styled


def key_values(data: dict, title: str | None = None) -> Grid:
    """``render.key_values`` as a grid (the same cleaning of each value)."""
    from deskcli.output import clean_text

    grid = Grid([Column(), Column()], show_header=False,
                title=clean_text(title, single_line=True) if title else None,
                rows=[[clean_text("" if key is None else str(key), single_line=True),
                       clean_text("" if value is None else str(value))] for key, value in data.items()])
    grid.column_styles[0] = "bold"
    return grid
