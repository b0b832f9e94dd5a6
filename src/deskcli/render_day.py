"""Rich views of the agent's working day: search hits, tags, renewals, canned answers.

The table side of the output layer, like ``render`` (which holds the queue, request and
license views): user text reaches Rich only as ``Text``, cleaned of control characters.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from deskcli.output import clean_text


def _plain(value: Any) -> Text:
    return Text(clean_text("" if value is None else str(value), single_line=True))


def _table(*headers: str, right: tuple[str, ...] = (), wrap: tuple[str, ...] = ()) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in headers:
        table.add_column(name, justify="right" if name in right else "left", overflow="fold",
                         no_wrap=name not in wrap)
    return table


def search_hits(hits: list[dict]) -> Any:
    """Each request on one line, and under it the snippet with the matched words in bold."""
    if not hits:
        return Text("No requests match.")
    parts: list[Any] = []
    for hit in hits:
        who = hit["license"] + (f" {hit['customer']}" if hit["customer"] else "")
        head = Text(f"#{hit['id']}", style="bold") + Text("  ") + _plain(hit["status"]) + Text("  ")
        head += _plain(who) + Text(" — ") + _plain(hit["subject"])
        match = hit["match"]
        snippet = Text("    ") + _highlighted(match["snippet"], match["highlights"])
        where = "subject" if match["in"] == "subject" else f"{match['kind']} message of {match['at']}"
        snippet += Text(f"  ({clean_text(where, single_line=True)})", style="dim")
        parts += [head, snippet]
    return Group(*parts)


def _highlighted(snippet: str, spans: list[list[int]]) -> Text:
    """The snippet with its spans styled; cleaned piece by piece so offsets stay right."""
    text, done = Text(), 0
    for start, end in spans:
        text += _plain(snippet[done:start])
        text += Text(clean_text(snippet[start:end], single_line=True), style="bold reverse")
        done = end
    return text + _plain(snippet[done:])


def tag_counts(rows: list[dict]) -> Any:
    if not rows:
        return Text("No tags.")
    table = _table("Tag", "Open", "All", right=("Open", "All"), wrap=("Tag",))
    for row in rows:
        table.add_row(_plain(row["tag"]), str(row["open"]), str(row["requests"]))
    return table


def renewals(rows: list[dict], currency: str) -> Any:
    from decimal import Decimal

    from deskcli.domain.entitlement import percent_text
    from deskcli.domain.money import format_money

    def price(amount: str | None) -> str:
        return format_money(Decimal(amount), currency) if amount is not None else "-"

    def share(rate: str | None) -> str:
        return percent_text(Decimal(rate)) if rate is not None else ""

    # "Ends" is the last day of support, "Days" how long ago (+) or ahead (-) that is; today's
    # price holds "Until" a day, and "Then" is the price from the day after.
    table = _table("License", "Customer", "Ends", "Days", "Today", "%", "Until", "Then",
                   right=("Days", "Today", "%", "Then"), wrap=("Customer",))
    table.columns[1].min_width = 8
    for row in rows:
        days = row["days_after"]
        table.add_row(
            _plain(row["license"]), _plain(row["customer"]), _plain(row["support_until"]),
            Text(f"{days:+d}", style="red" if days > 0 else ""), price(row["amount"]), share(row["rate"]),
            _plain(row["price_until"] or "-"), price(row["next_amount"]),
        )
    return table


def templates(rows: list[dict]) -> Any:
    if not rows:
        return Text("No templates.")
    table = _table("Name", "Title", "Changed", wrap=("Title",))
    for row in rows:
        changed = f"{row['updated_at']} {row['updated_by']}" if row["updated_at"] else "shipped"
        table.add_row(_plain(row["name"]), _plain(row["title"]), _plain(changed))
    return table


def mail_templates(rows: list[dict]) -> Any:
    table = _table("Name", "Lang", "Subject", "Changed", wrap=("Subject",))
    for row in rows:
        changed = f"{row['updated_at']} {row['updated_by']}" if row["edited"] else "shipped"
        table.add_row(_plain(row["name"]), _plain(row["language"]), _plain(row["subject"]), _plain(changed))
    return table


def template_detail(record: dict) -> Any:
    head = Text(clean_text(record["name"], single_line=True), style="bold")
    if record["title"]:
        head += Text(" — ") + _plain(record["title"])
    return Group(head, Text(""), Text(clean_text(record["body"])))
