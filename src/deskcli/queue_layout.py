"""The queue table's layout, free of Rich: which text goes in which column and how wide
each column is (``queue_view`` draws it with Rich, ``plain`` for a pipe).

At 80 columns something has to give. The order, from first to last given up: the
customer's name beside the license number, the long category labels, long agent names;
the subject takes whatever is left. Countdowns, ages and ids are never cut: on a terminal
too narrow even then, whole columns go (the assignee, the license, the line, the age, the
category, in that order), so that what is left is whole.
"""

from __future__ import annotations

import datetime as dt

from deskcli.domain.named import TYPE_CHECKING
from deskcli.output import clean_text

if TYPE_CHECKING:
    from typing import Any

HEADERS = ["ID", "Category", "L", "License", "Subject", "Age", "SLA", "Assignee"]
#: Columns read right to left (numbers and clocks).
RIGHT = (0, 2, 5, 6)
#: Short labels that still read as words, for a narrow terminal.
SHORT_CATEGORY = {"emergency": "emerg.", "installation": "install.", "technical": "tech.", "usage": "usage"}
FLAG = "⚑"
#: The customer confirmed the fix (``ready_to_close``): the request waits only to be closed,
#: and its clock runs on until it is.
READY = "✓"
#: The subject is squeezed to this before anything else gives way.
SUBJECT_WANTS = 24
#: The least a subject is given; to keep it, these columns go, first to last.
SUBJECT_LEAST = 10
DROPPED_FIRST = (7, 3, 2, 5, 1)
GAP = 2


def countdown_text(record: dict) -> str:
    from deskcli.domain.tickets import format_countdown

    minutes = record["remaining_minutes"]
    return record["status"] if minutes is None else format_countdown(minutes, record["overdue"])


def countdown_style(record: dict) -> str:
    from deskcli.domain.tickets import WARNING_MINUTES

    minutes = record["remaining_minutes"]
    if minutes is None:
        return ""
    return "bold red" if record["overdue"] else ("yellow" if minutes < WARNING_MINUTES else "green")


def legend(records: list[dict], shown: dict[int, int] | None = None) -> str:
    """The line below the table, for the columns ``shown`` (the layout's widths)."""
    text = "SLA: business time left, negative when overdue"
    if shown is None or 5 in shown:
        text = "Age: calendar time · " + text
    if any(r["flags"] for r in records):
        text += f"\n{FLAG} flags (intake findings, mail not delivered): see desk show ID"
    if any(r.get("ready_to_close") for r in records):
        text += f"\n{READY} the customer confirmed the fix: desk close ID"
    return text


def _age(record: dict, now: dt.datetime) -> str:
    from deskcli.domain.tickets import format_age

    created = dt.datetime.fromisoformat(record["created_at"])
    return format_age((now - created).total_seconds())


def _single(value: Any) -> str:
    return clean_text("" if value is None else str(value), single_line=True)


def layout(records: list[dict], now: dt.datetime, width: int) -> tuple[list[list[str]], dict[int, int]]:
    """The cells (cleaned text, one list per request, every column) and the width of each
    column shown (a column left out has none), giving up the least useful text first."""
    def longest(values) -> int:
        return max((len(v) for v in values), default=0)

    ages = [_age(r, now) for r in records]
    clocks = [countdown_text(r) for r in records]
    subjects = [(FLAG + " " if r["flags"] else "") + (READY + " " if r.get("ready_to_close") else "")
                + clean_text(r["subject"], single_line=True) for r in records]
    widths = {0: longest(f"#{r['id']}" for r in records), 2: longest(str(r["line"]) for r in records),
              5: longest(ages), 6: longest(clocks)}
    for column in (0, 2, 5, 6):
        widths[column] = max(widths[column], len(HEADERS[column]))
    short_categories = compact_names = False
    assignee_cap = 16
    dropped: list[int] = []

    def fitted() -> int:
        categories = [SHORT_CATEGORY[r["category"]] if short_categories else r["category"] for r in records]
        widths[1] = max(len(HEADERS[1]), longest(categories))
        licenses = [r["license"] if compact_names or not r["customer"] else f"{r['license']} {r['customer']}"
                    for r in records]
        widths[3] = max(len(HEADERS[3]), min(28, longest(clean_text(x, single_line=True) for x in licenses)))
        widths[7] = max(len(HEADERS[7]), min(assignee_cap, longest(r["assignee"] or "-" for r in records)))
        shown = [column for column in widths if column != 4 and column not in dropped]
        return width - sum(widths[column] for column in shown) - GAP * len(shown)

    for step in ("customer", "category", "assignee"):
        if fitted() >= min(SUBJECT_WANTS, longest(subjects)):
            break
        if step == "customer":
            compact_names = True
        elif step == "category":
            short_categories = True
        else:
            assignee_cap = len(HEADERS[7])
    for column in DROPPED_FIRST:
        if fitted() >= SUBJECT_LEAST:
            break
        dropped.append(column)
    least = max(4, min(SUBJECT_LEAST, fitted()))  # narrower still: the subject gives way, not the clock
    widths[4] = max(least, min(fitted(), max(longest(subjects), len(HEADERS[4]))))
    for column in dropped:
        del widths[column]
    rows = []
    for record, age, clock, subject in zip(records, ages, clocks, subjects, strict=True):
        who = record["license"] if compact_names or not record["customer"] else \
            f"{record['license']} {record['customer']}"
        category = SHORT_CATEGORY[record["category"]] if short_categories else record["category"]
        rows.append([_single(f"#{record['id']}"), _single(category), _single(record["line"]), _single(who), subject,
                     age, clock, _single(record["assignee"] or "-")])
    return rows, widths
