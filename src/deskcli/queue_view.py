"""The queue as people read it: the Rich table of ``desk queue``, ``--watch`` and ``demo``.

At 80 columns something has to give. The order, from first to last given up: the
customer's name beside the license number, the long category labels, long agent names;
the subject takes whatever is left. Countdowns, ages and ids are never cut. A legend under
the table says which clock each column runs on and what ``⚑`` means.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from deskcli.output import clean_text

HEADERS = ["ID", "Category", "L", "License", "Subject", "Age", "SLA", "Assignee"]
#: Short labels that still read as words, for a narrow terminal.
SHORT_CATEGORY = {"emergency": "emerg.", "installation": "install.", "technical": "tech.", "usage": "usage"}
FLAG = "⚑"
#: The subject is squeezed to this before anything else gives way.
SUBJECT_WANTS = 24
GAP = 2


def plain(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value), single_line=True))


def countdown(record: dict) -> Text:
    from deskcli.domain.tickets import WARNING_MINUTES, format_countdown

    minutes = record["remaining_minutes"]
    if minutes is None:
        return Text(record["status"])
    style = "bold red" if record["overdue"] else ("yellow" if minutes < WARNING_MINUTES else "green")
    return Text(format_countdown(minutes, record["overdue"]), style=style)


def _age(record: dict, now: dt.datetime) -> str:
    from deskcli.domain.tickets import format_age

    created = dt.datetime.fromisoformat(record["created_at"])
    return format_age((now - created).total_seconds())


def _layout(records: list[dict], now: dt.datetime, width: int) -> tuple[list[list[Any]], dict[int, int]]:
    """The cells and each column's width, giving up the least useful text first."""
    def longest(values) -> int:
        return max((len(v) for v in values), default=0)

    ages = [_age(r, now) for r in records]
    clocks = [countdown(r) for r in records]
    subjects = [(FLAG + " " if r["flags"] else "") + clean_text(r["subject"], single_line=True) for r in records]
    widths = {0: longest(f"#{r['id']}" for r in records), 2: longest(str(r["line"]) for r in records),
              5: longest(ages), 6: longest(c.plain for c in clocks)}
    for column in (0, 2, 5, 6):
        widths[column] = max(widths[column], len(HEADERS[column]))
    short_categories = compact_names = False
    assignee_cap = 16

    def fitted() -> int:
        categories = [SHORT_CATEGORY[r["category"]] if short_categories else r["category"] for r in records]
        widths[1] = max(len(HEADERS[1]), longest(categories))
        licenses = [r["license"] if compact_names or not r["customer"] else f"{r['license']} {r['customer']}"
                    for r in records]
        widths[3] = max(len(HEADERS[3]), min(28, longest(clean_text(x, single_line=True) for x in licenses)))
        widths[7] = max(len(HEADERS[7]), min(assignee_cap, longest(r["assignee"] or "-" for r in records)))
        used = sum(w for column, w in widths.items() if column != 4) + GAP * (len(HEADERS) - 1)
        return width - used

    for step in ("customer", "category", "assignee"):
        if fitted() >= min(SUBJECT_WANTS, longest(subjects)):
            break
        if step == "customer":
            compact_names = True
        elif step == "category":
            short_categories = True
        else:
            assignee_cap = len(HEADERS[7])
    widths[4] = max(10, min(fitted(), max(longest(subjects), len(HEADERS[4]))))
    rows = []
    for record, age, clock, subject in zip(records, ages, clocks, subjects, strict=True):
        who = record["license"] if compact_names or not record["customer"] else \
            f"{record['license']} {record['customer']}"
        shown = Text(subject)
        if record["flags"]:
            shown.stylize("magenta", 0, 1)
        category = SHORT_CATEGORY[record["category"]] if short_categories else record["category"]
        rows.append([plain(f"#{record['id']}"), plain(category), plain(record["line"]), plain(who), shown,
                     age, clock, plain(record["assignee"] or "-")])
    return rows, widths


def queue_table(records: list[dict], *, now: dt.datetime, width: int | None = None,
                refreshed: str | None = None) -> Any:
    """The queue table and its legend; ``refreshed`` is a live view's last line (when it
    last updated), which also keeps the cursor off the table: a ``^C`` echoed after a
    full-width last row would wrap and shift the view by a line."""
    if not records:
        empty = Text("No open requests.")
        return Group(empty, _refreshed(refreshed)) if refreshed else empty
    rows, widths = _layout(records, now, width or 80)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False, padding=(0, GAP // 2))
    for i, name in enumerate(HEADERS):
        # On a terminal too narrow even for this, Rich shrinks columns: never the ids,
        # license numbers, ages or countdowns, which mean nothing cut short.
        keep = widths[i] if i in (0, 2, 3, 5, 6) else min(widths[i], 6)
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=widths[i], min_width=keep,
                         justify="right" if i in (0, 2, 5, 6) else "left")
    for row in rows:
        table.add_row(*row)
    legend = "Age: calendar time · SLA: business time left, negative when overdue"
    if any(r["flags"] for r in records):
        legend += f"\n{FLAG} intake flags: see desk show ID"
    parts: list[Any] = [table, Text(legend, style="dim")]
    if refreshed:
        parts.append(_refreshed(refreshed))
    return Group(*parts)


def _refreshed(line: str) -> Text:
    return Text(line, style="dim")
