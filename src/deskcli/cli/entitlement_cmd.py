"""``desk renewal-quote`` and ``desk check-eligibility`` (policy 2.2-2.5)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import (
    AskPinOption,
    Category,
    FieldsOption,
    FormatOption,
    JsonOption,
    PinFileOption,
    OptionalPinOption,
    chosen_format,
)
from deskcli.cli.context import reading, writing
from deskcli.cli.entitlement_core import run_renewal_quote
from deskcli.clock import parse_date
from deskcli.output import Format
from deskcli.services import licenses

PANEL = "Licenses"


def renewal_quote(
    ctx: typer.Context,
    license: Annotated[str | None, typer.Argument(help="License number (or give --price and --support-until).", metavar="LICENSE",
                                                autocompletion=completion.license_numbers)] = None,
    *,
    price: Annotated[str | None, typer.Option("--price", help="Retail price, without discounts.")] = None,
    support_until: Annotated[str | None, typer.Option("--support-until", help="Last covered day, YYYY-MM-DD.", metavar="DATE")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Renewal date (default: today).", metavar="DATE")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """What renewing costs on a day: the share, the amount, the new period and all three tiers.

    Example: desk renewal-quote --price 24900 --support-until 2026-11-19 --on 2026-11-25
    """
    run_renewal_quote(reading(ctx), license=license, price=price, support_until=support_until, on=on,
                      fmt=chosen_format(fmt, as_json, fields), fields=fields)


def check_eligibility(
    ctx: typer.Context,
    license: Annotated[str, typer.Argument(help="License number.", metavar="LICENSE", autocompletion=completion.license_numbers)],
    *,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="The request's category.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Date to check (default: today).", metavar="DATE")] = None,
    pin: OptionalPinOption = None,
    pin_file: PinFileOption = None,
    ask_pin: AskPinOption = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Whether a license gets support, with every reason it does not. Exit 0 eligible, 1 not.

    With --pin-file or --ask-pin the PIN is checked too (exit 4 if not recognised).

    Example: desk check-eligibility HC-1001 --category usage --on 2026-12-01
    """
    from deskcli.cli.pin_input import read_pin

    from deskcli.domain.entitlement import ELIGIBILITY_FIELDS

    fmt = chosen_format(fmt, as_json, fields, ELIGIBILITY_FIELDS)  # before a wrong PIN is recorded
    rt = reading(ctx)
    day: dt.date = parse_date(on, what="--on") if on is not None else rt.today
    secret = read_pin(rt, value=pin, path=pin_file, required=False, ask=ask_pin)
    if secret is not None:
        from deskcli.services import pins

        row = pins.authenticate(writing(ctx), license, secret)  # a wrong PIN is recorded
    else:
        row = rt.repo.license(license)
    verdict = licenses.eligibility(rt, row, category.value if category else None, day)
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
