"""Rich views: the table side of the output layer (``output`` decides when to use them).

Only this module and ``output`` import Rich, and only when a table is printed. Every
piece of user text reaches a Rich renderable as ``Text`` (never parsed as markup), cleaned
of control characters by ``output.clean_text``.
"""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt
from typing import Any

from rich.columns import Columns
from rich.table import Table
from rich.text import Text

from deskcli.detail_layout import AGENT_WIDTH, attachment_text, head, history_cells, message_heading
from deskcli.detail_layout import describe_change  # noqa: F401  (the history in words; importable from here too)
from deskcli.domain.calendar import YearCalendar
from deskcli.output import clean_text
from deskcli.queue_view import countdown as _countdown
from deskcli.queue_view import queue_table  # noqa: F401  (the queue's own module; importable from here too)

MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]


def key_values(data: dict[str, Any], title: str | None = None) -> Table:
    table = Table(show_header=False, box=None, title=_plain(title) if title else None, title_justify="left",
                  pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for key, value in data.items():
        table.add_row(_plain(key), Text(clean_text("" if value is None else str(value))))
    return table


def month_grid(year: YearCalendar, month: int, *, real: dict | None = None, caption: bool = True) -> Table:
    """One month; ``caption``: its own count of days and hours under it (left out where the
    month is all that is shown, and the summary says the same)."""
    worked = year.by_date
    table = Table(
        title=f"{MONTHS[month]} {year.year}",
        box=None,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        caption_justify="left",
    )
    for name in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"):
        table.add_column(name, justify="right", width=3)
    weeks = stdlib_calendar.Calendar().monthdatescalendar(year.year, month)
    minutes = 0
    count = 0
    for week in weeks:
        cells: list[Text | str] = []
        for day in week:
            if day.month != month:
                cells.append("")
                continue
            info = worked.get(day)
            if info is None:
                marker = "°" if day.weekday() < 5 else ""
                cells.append(Text(f"{day.day}{marker}", style="red"))
            else:
                count += 1
                minutes += info.minutes if real is None else real.get(day, 0)
                # a weekend day worked by decree can be a shortened pre-holiday day too (2024-11-02)
                marker = ("±" if info.transferred else "*") if info.shortened else ("+" if info.transferred else "")
                style = "yellow" if info.shortened else ("cyan" if info.transferred else "")
                cells.append(Text(f"{day.day}{marker}", style=style))
        table.add_row(*cells)
    hours, rest = divmod(minutes, 60)
    if caption:
        table.caption = f"{count} days, {hours}h" + (f" {rest}m" if rest else "")
    return table


def calendar_grids(year: YearCalendar, *, month: int | None = None, real: dict | None = None) -> Any:
    """``real``: the business minutes of each day as deadlines count them (they differ
    from the wall-clock hours on a day the clocks change)."""
    months = [month] if month else list(range(1, 13))
    grids = Columns([month_grid(year, m, real=real, caption=len(months) > 1) for m in months], padding=(1, 3))
    shown = [d for d in year.days if not month or d.date.month == month]
    hours, rest = divmod(sum(d.minutes if real is None else real.get(d.date, 0) for d in shown), 60)
    days = sum(1 for d in year.days if not month or d.date.month == month)
    status = " (provisional: no transfer decree known yet)" if year.provisional else ""
    summary = Text(
        f"{days} working days, {hours}h{f' {rest}m' if rest else ''} in {year.timezone}{status}\n"
        "° weekday off   * shortened pre-holiday   + weekend worked by decree   ± both"
    )
    from rich.console import Group

    return Group(grids, summary)




def _plain(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value), single_line=True))


def request_detail(record: dict, *, now: dt.datetime) -> Any:
    """One request as ``detail_layout.detail_parts`` words it, with styles for a terminal."""
    from rich.console import Group

    parts: list[Any] = [key_values(head(record), title=f"Request #{record['id']}")]
    sla = Text("SLA: ") + _countdown(record)
    if record["remaining_minutes"] is not None:
        sla += Text(" business time")
    if record["overdue"]:
        sla += Text("  OVERDUE", style="bold red")
    parts.append(sla)
    if record.get("ready_to_close"):
        parts.append(Text("ready to close: the customer confirmed the fix", style="bold green"))
    for title, items in (("Reasons", record["reasons"]), ("Flags", record["flags"])):
        for item in items:
            parts.append(Text(f"{title[:-1].lower()}: ", style="bold") + _plain(f"{item['code']}: {item['message']}"))
    if record.get("suggestions"):
        parts.append(Text("Documentation:", style="bold"))
        for article in record["suggestions"]:
            parts.append(Text("  • ") + _plain(article["title"]) + Text(" — ") + _plain(article["url"]))
    for message in record.get("messages", []):
        heading, author = message_heading(message)
        header = Text("\n") + _plain(heading) + _plain(author)
        header.stylize("bold")
        parts.append(header)
        for finding in message.get("reasons") or []:
            parts.append(Text("refused: ", style="bold red") + _plain(f"{finding['code']}: {finding['message']}"))
        parts.append(Text(clean_text(message["body"])))
    for attachment in record.get("attachments") or []:
        parts.append(Text("attachment: ", style="bold") + Text(attachment_text(attachment)))
    if record.get("history"):
        parts.append(Text(""))
        parts.append(history_table(record["history"]))
    return Group(*parts)


def license_table(records: list[dict], *, today: dt.date, empty: str = "No licenses.") -> Any:
    from deskcli.plain_views import LICENSE_HEADERS, license_cells

    if not records:
        return Text(empty)
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in LICENSE_HEADERS:
        table.add_column(name, no_wrap=name != "Customer", overflow="ellipsis")
    for record in records:
        cells, expired = license_cells(record, today)
        table.add_row(*(Text(cell) for cell in cells[:4]), Text(cells[4], style="red" if expired else ""), Text(cells[5]))
    return table


def license_card(record: dict, *, title: str) -> Table:
    """One license for people: money and yes/no the way ``license list`` shows them."""
    from decimal import Decimal

    from deskcli.domain.money import format_money

    def yes_no(value: object) -> str:
        return "yes" if value else "no"

    return key_values({
        "number": record["number"],
        "customer": record["customer"],
        "edition": record["edition"],
        "free edition": yes_no(record["free"]),
        "retail price": format_money(Decimal(record["retail_price"]), record["currency"]),
        "purchased": record["purchased"],
        "support until": record["support_until"] or "- (free edition: installation questions only)",
        "code modified": yes_no(record["code_modified"]),
        "email": record["email"],
        "site": record["site"],
    }, title=title)


def license_detail(record: dict) -> Any:
    from decimal import Decimal

    from rich.console import Group

    from deskcli.domain.entitlement import percent_text
    from deskcli.domain.money import format_money

    parts: list[Any] = [license_card(record, title=f"License {record['number']}")]
    if record.get("locked_until"):  # why a right PIN is refused now, and how to let it through
        parts.append(Text(f"Locked until {record['locked_until']} after wrong PINs: "
                          f"desk license unlock {record['number']}", style="bold red"))
    if record.get("failed_checks"):
        table = Table(title="Wrong PINs (last 30 days)", box=None, title_justify="left", header_style="bold",
                      pad_edge=False)
        for name in ("At", "Agent", "Refused", "Cleared"):
            table.add_column(name)
        for f in record["failed_checks"]:
            table.add_row(_plain(f["at"]), _plain(f["agent"]), _plain(f["refused"]), "yes" if f["cleared"] else "")
        parts.append(table)
    if record["renewals"]:
        table = Table(title="Renewals", box=None, title_justify="left", header_style="bold", pad_edge=False)
        for name in ("Renewed on", "Share", "Amount", "Old support until", "New support until"):
            table.add_column(name, justify="right" if name in ("Share", "Amount") else "left")
        for r in record["renewals"]:
            table.add_row(_plain(r["renewed_on"]), percent_text(Decimal(r["rate"])),
                          format_money(Decimal(r["amount"]), record["currency"]),
                          _plain(r["old_support_until"]), _plain(r["new_support_until"]))
        parts.append(table)
    if record.get("history"):
        parts.append(history_table(record["history"]))
    return Group(*parts)


def history_table(events: list[dict]) -> Table:
    """Events in words (a request's in ``desk show``, a license's in ``desk license show``):
    when, who, and what happened."""
    history = Table(title="History", box=None, title_justify="left", header_style="bold", pad_edge=False)
    history.add_column("At", no_wrap=True)
    history.add_column("Agent", overflow="fold", max_width=AGENT_WIDTH)
    history.add_column("What happened", ratio=1, overflow="fold")
    for event in events:
        at, agent, action, change = history_cells(event if "change" in event else {**event, "change": describe_change(event)})
        what = Text(action, style="bold")
        if change:
            what += Text(change)
        history.add_row(Text(at), Text(agent), what)
    return history


def quote_view(quote: Any, currency: str, *, title: str) -> Any:
    from rich.console import Group

    from deskcli.plain_views import quote_parts

    head, schedule = quote_parts(quote, currency)
    tiers = Table(title=schedule.title, box=None, title_justify="left", header_style="bold", pad_edge=False)
    for column in schedule.columns:
        tiers.add_column(column.header, justify=column.justify)  # type: ignore[arg-type]
    for cells, chosen in zip(schedule.rows, schedule.bold_rows, strict=True):
        tiers.add_row(*cells, style="bold" if chosen else "")
    return Group(key_values(head, title=title), tiers)


def eligibility_view(data: dict) -> Any:
    from rich.console import Group

    verdict = Text("eligible", style="bold green") if data["eligible"] else Text("not eligible", style="bold red")
    parts: list[Any] = [
        Text(f"License {clean_text(data['license'])} on {data['on']}: ") + verdict,
        Text(f"support until {data['support_until']}" if data["support_until"]
             else "no support period (the free edition: installation questions only)"),
    ]
    width = _terminal_width()
    for reason in data["reasons"]:
        lead = f"  {reason['code']}: "
        parts.append(Text(lead, style="bold") + _unbreakable_spaces(reason["message"], width, len(lead)))
    return Group(*parts)


def _terminal_width() -> int:
    from deskcli.output import width

    return width()


def _unbreakable_spaces(message: str, width: int, indent: int) -> Text:
    """Wrap at ordinary spaces only, so "14 940,00 ₽" (no-break spaces) never splits.

    Rich wraps at any Unicode space; the standard library's textwrap only at ASCII ones.
    """
    import textwrap

    lines = textwrap.wrap(clean_text(message, single_line=True), width=max(20, width - indent),
                          break_long_words=False, break_on_hyphens=False)
    return Text(("\n" + " " * indent).join(lines), no_wrap=True, overflow="fold")


def _bar(share: float, width: int = 10) -> Text:
    filled = round(share * width)
    style = "green" if share >= 0.9 else ("yellow" if share >= 0.7 else "red")
    return Text("█" * filled, style=style) + Text("░" * (width - filled), style="dim")


def sla_table(rows: list[dict], by: tuple[str, ...]) -> Any:
    """Two tables: each request's first response, then every response (``domain.report``)."""
    if not rows:
        return Text("No response deadlines in this period.")
    from rich.console import Group

    parts: list[Any] = []
    bar = _terminal_width() >= 100  # at 80 columns the numbers matter more than the bar
    for response, title in (("first", "First response"), ("every", "Every response")):
        chosen = [row for row in rows if row["response"] == response]
        if not chosen:
            continue
        table = Table(box=None, header_style="bold", pad_edge=False, padding=(0, 1, 0, 0), title=title,
                      title_justify="left")
        heads = [dimension.capitalize() for dimension in by]
        for name in (*heads, "Resp.", "On time", "Breached", "Pending", "Share", *([""] if bar else []),
                     "Median", "P90", "Orig."):
            table.add_column(name, justify="left" if name in (*heads, "") else "right", no_wrap=True)
        for row in chosen:
            share = row["on_time_share"]
            original = row["on_time_share_original"]
            breached = str(row["breached"]) + (f" ({row['still_open']} open)" if row["still_open"] else "")
            table.add_row(
                *(_group_cell(dimension, row[dimension]) for dimension in by), str(row["responses"]),
                str(row["on_time"]), breached, str(row["pending"]), "–" if share is None else f"{float(share):.0%}",
                *([_bar(float(share), 5) if share is not None else ""] if bar else []),
                _minutes(row["median_minutes"]), _minutes(row["p90_minutes"]),
                "–" if original is None else f"{float(original):.0%}",
            )
        parts.append(table)
    parts.append(Text("Breached: answered late, or unanswered past the deadline (\"open\": still open). "
                      "Pending: not yet due. Share = on time / (on time + breached). Median, P90: business "
                      "minutes to respond. Orig.: the share against the first unanswered message's deadline."))
    return Group(*parts)


def _group_cell(dimension: str, value: Any) -> Text:
    if dimension == "agent" and value is None:
        return Text("unassigned", style="dim")  # a request still open that nobody has taken
    return _plain(value)


def _minutes(value: int | None) -> str:
    return "–" if value is None else f"{value}m"


def articles_table(records: list[dict]) -> Any:
    if not records:
        return Text("No articles.")
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("ID", "Title", "URL"):
        table.add_column(name, overflow="fold")
    for r in records:
        table.add_row(str(r["id"]), _plain(r["title"]), _plain(r["url"]))
    return table


#: A listing's last column (a reason, a subject) folds and keeps at least ``_LAST_AT_LEAST``
#: columns; the others give way to it with an ellipsis, first down to ``_AT_MOST`` so that
#: the last is read whole when it can be, then down to ``_NARROWEST``.
_AT_MOST, _LAST_AT_LEAST, _NARROWEST = 32, 20, 6
#: Columns that are never cut to make room: a time cut to "2026-12-04 1…" says nothing.
_WHOLE = frozenset({"at"})


def records_table(records: list[dict], columns: list[str], *, empty: str) -> Any:
    """Rows of plain values under their column names (the mail commands' listings), as wide
    as the terminal: nothing is cut when it all fits (admin review: at 80 columns ``desk mail
    log`` folded its reason two letters wide, a word per line)."""
    if not records:
        return Text(empty)
    cells = [[_plain(record.get(name)) for name in columns] for record in records]
    headers = [name.replace("_", " ").capitalize() for name in columns]
    natural = [max(len(headers[i]), *(row[i].cell_len for row in cells)) for i in range(len(columns))]
    whole = [name in _WHOLE for name in columns[:-1]]
    room = _terminal_width() - 2 * (len(columns) - 1)
    widths = _give_way(natural[:-1], whole, room=room - natural[-1], narrowest=_AT_MOST)
    widths = _give_way(widths, whole, room=room - min(natural[-1], _LAST_AT_LEAST), narrowest=_NARROWEST)
    table = Table(box=None, header_style="bold", pad_edge=False)
    for index, header in enumerate(headers):
        if index < len(widths):
            table.add_column(header, overflow="ellipsis", no_wrap=True, max_width=widths[index])
        else:
            table.add_column(header, overflow="fold", min_width=min(natural[-1], _LAST_AT_LEAST))
    for row in cells:
        table.add_row(*row)
    return table


def _give_way(widths: list[int], whole: list[bool], *, room: int, narrowest: int) -> list[int]:
    """``widths`` narrowed until they fit in ``room``: the widest first (of equals, the one
    further right), none below ``narrowest`` nor any ``whole`` one."""
    widths = list(widths)
    cut = [i for i in range(len(widths)) if not whole[i]]
    while sum(widths) > room and cut:
        widest = max(cut, key=lambda i: (widths[i], i))
        if widths[widest] <= narrowest:
            break
        widths[widest] -= 1
    return widths
