"""``desk renewal-quote`` and ``desk check-eligibility`` (policy 2.2-2.5)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import Category, FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.context import reading
from deskcli.clock import parse_date
from deskcli.domain import entitlement
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import parse_amount
from deskcli.output import Format
from deskcli.services import licenses

PANEL = "Licenses"


def print_quote(ctx: typer.Context, quote: entitlement.RenewalQuote, number: str | None, fmt: Format, *, title: str,
                fields: str | None = None) -> None:
    config = reading(ctx).policy
    data = quote.as_dict(number, config.currency)
    if fmt is Format.table:
        from deskcli.render import quote_view

        output.print_rich(quote_view(quote, config.currency, title=title))
    else:
        output.emit(data, fmt, fields=fields)


def renewal_quote(
    ctx: typer.Context,
    license: Annotated[str | None, typer.Argument(help="License number (or give --price and --support-until).", metavar="LICENSE",
                                                autocompletion=completion.license_numbers)] = None,
    *,
    price: Annotated[str | None, typer.Option("--price", help="Retail price, without discounts.")] = None,
    support_until: Annotated[str | None, typer.Option("--support-until", help="Last covered day, YYYY-MM-DD.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Renewal date (default: today).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """What renewing costs on a day: the share, the amount, the new period and all three tiers.

    Example: desk renewal-quote --price 24900 --support-until 2026-11-19 --on 2026-11-25
    """
    rt = reading(ctx)
    day = parse_date(on, what="--on") if on else rt.today
    if license is not None:
        if price is not None or support_until is not None:
            raise InvalidInput("give a license number or --price with --support-until, not both")
        row = rt.repo.license(license)
        license = row["number"]
        quote = licenses.renewal_quote(row, day)
    else:
        if price is None or support_until is None:
            raise InvalidInput("give a license number, or both --price and --support-until")
        quote = entitlement.quote_renewal(parse_amount(price), parse_date(support_until, what="--support-until"), day)
    print_quote(ctx, quote, license, chosen_format(fmt, as_json), title="renewal quote", fields=fields)


def check_eligibility(
    ctx: typer.Context,
    license: Annotated[str, typer.Argument(help="License number.", metavar="LICENSE", autocompletion=completion.license_numbers)],
    *,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="The request's category.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Date to check (default: today).")] = None,
    pin: Annotated[str | None, typer.Option("--pin", help="Also check the PIN (exit 4 if wrong).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Whether a license gets support, with every reason it does not. Exit 0 eligible, 1 not.

    Example: desk check-eligibility HC-1001 --category usage --on 2026-12-01
    """
    rt = reading(ctx)
    day: dt.date = parse_date(on, what="--on") if on else rt.today
    row = rt.repo.authenticate(license, pin) if pin is not None else rt.repo.license(license)
    verdict = licenses.eligibility(rt, row, category.value if category else None, day)
    fmt = chosen_format(fmt, as_json)
    if fmt is Format.table:
        from deskcli.render import eligibility_view

        output.print_rich(eligibility_view(verdict.as_dict()))
    else:
        output.emit(verdict.as_dict(), fmt, fields=fields)
    if not verdict.eligible:
        raise typer.Exit(1)




def register(app: typer.Typer) -> None:
    app.command("renewal-quote", rich_help_panel=PANEL)(renewal_quote)
    app.command("check-eligibility", rich_help_panel=PANEL)(check_eligibility)
