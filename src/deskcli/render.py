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

from deskcli.domain.calendar import YearCalendar
from deskcli.output import clean_text

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


def month_grid(year: YearCalendar, month: int) -> Table:
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
                minutes += info.minutes
                marker = "*" if info.shortened else ("+" if info.transferred else "")
                style = "yellow" if info.shortened else ("cyan" if info.transferred else "")
                cells.append(Text(f"{day.day}{marker}", style=style))
        table.add_row(*cells)
    hours, rest = divmod(minutes, 60)
    table.caption = f"{count} days, {hours}h" + (f" {rest}m" if rest else "")
    return table


def calendar_grids(year: YearCalendar, *, month: int | None = None) -> Any:
    months = [month] if month else list(range(1, 13))
    grids = Columns([month_grid(year, m) for m in months], padding=(1, 3))
    hours, rest = divmod(sum(d.minutes for d in year.days if not month or d.date.month == month), 60)
    days = sum(1 for d in year.days if not month or d.date.month == month)
    status = " (provisional: no transfer decree known yet)" if year.provisional else ""
    summary = Text(
        f"{days} working days, {hours}h{f' {rest}m' if rest else ''} in {year.timezone}{status}\n"
        "° day off on a weekday   * shortened pre-holiday day   + weekend day worked by decree"
    )
    from rich.console import Group

    return Group(grids, summary)




def _countdown(record: dict) -> Text:
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


def _plain(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value), single_line=True))


def queue_table(records: list[dict], *, now: dt.datetime, width: int | None = None) -> Any:
    if not records:
        return Text("No open requests.")
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    rows = [_queue_row(record, now) for record in records]
    # Every column but the subject keeps its content (up to a cap); the subject takes what
    # is left of the terminal, so the table is readable at 80 columns and uses a wide one.
    caps = {0: 8, 1: 12, 2: 2, 3: 26, 5: 7, 6: 9, 7: 12}
    widths = {i: min(cap, max(len(str(row[i])) for row in rows + [QUEUE_HEADERS])) for i, cap in caps.items()}
    spare = (width or 80) - sum(widths.values()) - 2 * (len(QUEUE_HEADERS) - 1)
    for column, floor in ((3, 12), (1, 9), (7, 6)):
        if spare >= 24:
            break
        give = min(widths[column] - floor, 24 - spare)
        if give > 0:
            widths[column] -= give
            spare += give
    subject_width = max(10, min(spare, max(len(str(row[4])) for row in rows)))
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    for i, name in enumerate(QUEUE_HEADERS):
        w = subject_width if i == 4 else widths[i]
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=w,
                         justify="right" if i in (0, 2, 5, 6) else "left")
    for row in rows:
        table.add_row(*row)
    return table


QUEUE_HEADERS = ["ID", "Category", "L", "License / customer", "Subject", "Age", "SLA", "Assignee"]


def _queue_row(record: dict, now: dt.datetime) -> list:
    who = record["license"] + (f" {record['customer']}" if record["customer"] else "")
    subject = _plain(record["subject"])
    if record["flags"]:
        subject = Text("⚑ ", style="magenta") + subject
    return [
        _plain(f"#{record['id']}"), _plain(record["category"]), _plain(record["line"]), _plain(who), subject,
        _age(record, now), _countdown(record), _plain(record["assignee"] or "-"),
    ]


def request_detail(record: dict, *, now: dt.datetime) -> Any:
    from rich.console import Group

    head = {k: v for k, v in record.items() if k not in ("messages", "history", "flags", "reasons", "attachments",
                                                       "remaining_minutes", "overdue", "id")}
    parts: list[Any] = [key_values(head, title=f"Request #{record['id']}")]
    sla = Text("SLA: ") + _countdown(record)
    if record["overdue"]:
        sla += Text("  OVERDUE", style="bold red")
    parts.append(sla)
    for title, items in (("Reasons", record["reasons"]), ("Flags", record["flags"])):
        for item in items:
            parts.append(Text(f"{title[:-1].lower()}: ", style="bold") + _plain(f"{item['code']}: {item['message']}"))
    for article in record.get("suggestions") or []:
        parts.append(Text("documentation: ", style="bold") + _plain(f"{article['title']} — {article['url']}"))
    for message in record.get("messages", []):
        header = Text("\n") + _plain(f"{message['at']}  {message['kind']}  ") + _plain(message["author"])
        header.stylize("bold")
        parts.append(header)
        parts.append(Text(clean_text(message["body"])))
    for attachment in record.get("attachments") or []:
        kept = "" if attachment["kept"] else ", over the size limit, not kept"
        parts.append(Text("attachment: ", style="bold") + _plain(
            f"{attachment['name']} ({attachment['size']} bytes, {attachment['content_type']}{kept})"))
    if record.get("history"):
        history = Table(title="History", box=None, title_justify="left", header_style="bold", pad_edge=False)
        for name in ("At", "Agent", "Action", "Change"):
            history.add_column(name)
        for event in record["history"]:
            change = ", ".join(
                f"{k}: {(event['before'] or {}).get(k)} → {v}" for k, v in (event["after"] or {}).items()
            )
            history.add_row(_plain(event["at"]), _plain(event["agent"]), _plain(event["action"]), _plain(change))
        parts.append(Text(""))
        parts.append(history)
    return Group(*parts)


def license_table(records: list[dict], *, today: dt.date) -> Any:
    if not records:
        return Text("No licenses.")
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("Number", "Customer", "Edition", "Price", "Support until", "Notes"):
        table.add_column(name, no_wrap=name != "Customer", overflow="ellipsis")
    from decimal import Decimal

    from deskcli.domain.money import format_money

    for r in records:
        notes = []
        if r["free"]:
            notes.append("free")
        if r["code_modified"]:
            notes.append("code modified")
        expired = dt.date.fromisoformat(r["support_until"]) < today
        table.add_row(
            _plain(r["number"]), _plain(r["customer"]), _plain(r["edition"]),
            format_money(Decimal(r["retail_price"]), r["currency"]),
            Text(clean_text(r["support_until"]), style="red" if expired and not r["free"] else ""),
            ", ".join(notes),
        )
    return table


def license_detail(record: dict) -> Any:
    from rich.console import Group

    head = {k: v for k, v in record.items() if k != "renewals"}
    parts: list[Any] = [key_values(head, title=f"License {record['number']}")]
    if record["renewals"]:
        table = Table(title="Renewals", box=None, title_justify="left", header_style="bold", pad_edge=False)
        for name in ("Renewed on", "Rate", "Amount", "Old support until", "New support until"):
            table.add_column(name)
        for r in record["renewals"]:
            table.add_row(*(_plain(r[k]) for k in ("renewed_on", "rate", "amount", "old_support_until",
                                                    "new_support_until")))
        parts.append(table)
    return Group(*parts)


def quote_view(quote: Any, currency: str, *, title: str) -> Any:
    from rich.console import Group

    from deskcli.domain.entitlement import percent_text
    from deskcli.domain.money import format_money

    head = key_values({
        "retail price": format_money(quote.retail_price, currency),
        "support until": quote.support_until.isoformat(),
        "renewal date": quote.on.isoformat(),
        "days after": quote.days_after,
        "share": percent_text(quote.rate),
        "amount": format_money(quote.amount, currency),
        "new support until": quote.new_support_until.isoformat(),
    }, title=title)
    tiers = Table(title="Schedule", box=None, title_justify="left", header_style="bold", pad_edge=False)
    for name in ("Renew by", "Share", "Amount"):
        tiers.add_column(name, justify="right" if name != "Renew by" else "left")
    for tier in quote.tiers:
        style = "bold" if tier.rate == quote.rate else ""
        tiers.add_row(
            tier.last_day.isoformat() if tier.last_day else "later",
            percent_text(tier.rate), format_money(tier.amount, currency), style=style,
        )
    return Group(head, tiers)


def eligibility_view(data: dict) -> Any:
    from rich.console import Group

    verdict = Text("eligible", style="bold green") if data["eligible"] else Text("not eligible", style="bold red")
    parts: list[Any] = [
        Text(f"License {clean_text(data['license'])} on {data['on']}: ") + verdict,
        Text(f"support until {data['support_until']}"),
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
    if not rows:
        return Text("No responses in this period.")
    table = Table(box=None, header_style="bold", pad_edge=False,
                  caption="Share, median and P90 against the re-queued deadline (2.7); "
                          "\"1st msg\" against the first unanswered message's.",
                  caption_justify="left")
    heads = [dimension.capitalize() for dimension in by]
    for name in (*heads, "Resp.", "On time", "Late", "Share", "", "Median", "P90", "1st msg"):
        table.add_column(name, justify="left" if name in (*heads, "") else "right", no_wrap=True)
    for row in rows:
        share = float(row["on_time_share"])
        table.add_row(
            *(_plain(row[dimension]) for dimension in by), str(row["responses"]), str(row["on_time"]), str(row["breached"]),
            f"{share:.0%}", _bar(share, 8), f"{row['median_minutes']}m", f"{row['p90_minutes']}m",
            f"{float(row['on_time_share_original']):.0%}",
        )
    return table


def articles_table(records: list[dict]) -> Any:
    if not records:
        return Text("No articles.")
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("ID", "Title", "URL"):
        table.add_column(name, overflow="fold")
    for r in records:
        table.add_row(str(r["id"]), _plain(r["title"]), _plain(r["url"]))
    return table


def records_table(records: list[dict], columns: list[str], *, empty: str) -> Any:
    """Rows of plain values under their column names (the mail commands' listings)."""
    if not records:
        return Text(empty)
    table = Table(box=None, header_style="bold", pad_edge=False)
    for index, name in enumerate(columns):
        last = index == len(columns) - 1
        table.add_column(name.replace("_", " ").capitalize(), overflow="fold" if last else "ellipsis",
                         no_wrap=not last, max_width=None if last else 32)
    for record in records:
        table.add_row(*(_plain(record.get(name)) for name in columns))
    return table
