"""The queue as people read it: the Rich table of ``desk queue``, ``--watch`` and ``demo``.

What goes where and how wide is ``queue_layout`` (shared with ``plain``, which prints the
same table to a pipe without Rich). A legend under the table says which clock each column
runs on and what ``⚑`` means.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from deskcli.output import clean_text

from deskcli.queue_layout import FLAG, GAP, HEADERS, SHORT_CATEGORY, SUBJECT_WANTS, legend  # noqa: F401


def plain(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value), single_line=True))


def countdown(record: dict) -> Text:
    from deskcli.queue_layout import countdown_style, countdown_text

    return Text(countdown_text(record), style=countdown_style(record))


def _layout(records: list[dict], now: dt.datetime, width: int) -> tuple[list[list[Any]], dict[int, int]]:
    """The laid-out cells (``queue_layout``) as Rich text, with their colours."""
    from deskcli.queue_layout import layout

    cells, widths = layout(records, now, width)
    rows = []
    for record, row in zip(records, cells, strict=True):
        shown = Text(row[4])
        if record["flags"]:
            shown.stylize("magenta", 0, 1)
        rows.append([plain(row[0]), plain(row[1]), plain(row[2]), plain(row[3]), shown, row[5], countdown(record),
                     plain(row[7])])
    return rows, widths


def queue_table(records: list[dict], *, now: dt.datetime, width: int | None = None,
                refreshed: str | None = None, empty: str = "No open requests.") -> Any:
    """The queue table and its legend; ``refreshed`` is a live view's last line (when it
    last updated), which also keeps the cursor off the table: a ``^C`` echoed after a
    full-width last row would wrap and shift the view by a line."""
    if not records:
        nothing = Text(empty)
        return Group(nothing, _refreshed(refreshed)) if refreshed else nothing
    rows, widths = _layout(records, now, width or 80)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False, padding=(0, GAP // 2))
    shown = [i for i in range(len(HEADERS)) if i in widths]
    for i in shown:
        name = HEADERS[i]
        # The layout leaves out whole columns before these could be cut: Rich shrinks
        # only what means something cut short (the labels and names).
        keep = widths[i] if i in (0, 2, 3, 5, 6) else min(widths[i], 6)
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=widths[i], min_width=keep,
                         justify="right" if i in (0, 2, 5, 6) else "left")
    for row in rows:
        table.add_row(*(row[i] for i in shown))
    parts: list[Any] = [table, Text(legend(records, widths), style="dim")]
    if refreshed:
        parts.append(_refreshed(refreshed))
    return Group(*parts)


def _refreshed(line: str) -> Text:
    return Text(line, style="dim")
