"""Each command's plain view, built from ``plain``'s grids: the renewal quote, the queue and
the license list. ``render`` draws the same cells with Rich; tests/test_plain.py holds the
two to the same bytes."""

from __future__ import annotations

from deskcli.domain.named import TYPE_CHECKING  # typing stays unloaded on the reading commands
from deskcli.plain import Column, Grid, Styled, key_values

if TYPE_CHECKING:
    from typing import Any


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
    from deskcli.queue_layout import HEADERS, RIGHT, countdown_style, layout, legend

    if not records:
        return [empty]

    cells, widths = layout(records, now, width)
    shown = [i for i in range(len(HEADERS)) if i in widths]
    columns = [Column(HEADERS[i], "right" if i in RIGHT else "left", widths[i], wrap=False) for i in shown]
    grid = Grid(columns, rows=[[row[i] for i in shown] for row in cells])
    # The styles of queue_view.queue_table, for a terminal.
    grid.header_style = "bold"
    for r, record in enumerate(records):
        if 6 in widths:
            grid.cell_styles[r, shown.index(6)] = countdown_style(record)
        if record["flags"]:
            grid.lead_styles[r, shown.index(4)] = (1, "magenta")
    return [grid, Styled(legend(records, widths), "dim")]


LICENSE_HEADERS = ("Number", "Customer", "Edition", "Price", "Support until", "Notes")


def license_cells(record: dict, today: Any) -> tuple[list[str], bool]:
    """One row of ``desk license list`` as text, and whether its paid support has ended
    (Rich shows that date in red); ``render.license_table`` draws the same cells."""
    import datetime as dt
    from decimal import Decimal

    from deskcli.domain.money import format_money
    from deskcli.output import clean_text

    notes = [note for note, on in (("free", record["free"]), ("code modified", record["code_modified"])) if on]
    expired = not record["free"] and dt.date.fromisoformat(record["support_until"]) < today
    cells = [clean_text("" if record[key] is None else str(record[key]), single_line=True)
             for key in ("number", "customer", "edition")]
    cells += [format_money(Decimal(record["retail_price"]), record["currency"]),
              clean_text(record["support_until"] or "-"), ", ".join(notes)]
    return cells, expired


def license_parts(records: list[dict], today: Any, empty: str = "No licenses.") -> list[Grid | str]:
    """``render.license_table`` from the same cells: fifty thousand licenses took Rich 26 s
    to lay out (QA at a million requests); this draws them as they come."""
    if not records:
        return [empty]
    columns = [Column(name, wrap=name == "Customer") for name in LICENSE_HEADERS]
    return [Grid(columns, rows=[license_cells(record, today)[0] for record in records])]
