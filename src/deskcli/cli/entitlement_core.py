"""``desk renewal-quote`` without Typer, so the launcher can answer it without loading the
command line; the Typer command runs the same function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskcli import output
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

if TYPE_CHECKING:
    from deskcli.domain.entitlement import RenewalQuote
    from deskcli.services.context import Context


def print_quote(rt: Context, quote: RenewalQuote, number: str | None, fmt: Format, *, title: str,
                fields: str | None = None) -> None:
    currency = rt.policy.currency
    data = quote.as_dict(number, currency)
    if fmt is Format.table:
        from deskcli import plain, plain_views

        if plain.write(plain_views.quote_grids(quote, currency, title=title)):
            return
        from deskcli.render import quote_view

        output.print_rich(quote_view(quote, currency, title=title))
    else:
        output.emit(data, fmt, fields=fields)


def run_renewal_quote(rt: Context, *, license: str | None = None, price: str | None = None,
                      support_until: str | None = None, on: str | None = None, fmt: Format = Format.table,
                      fields: str | None = None) -> int:
    from deskcli.clock import parse_date
    from deskcli.domain import entitlement

    day = parse_date(on, what="--on") if on is not None else rt.today
    if license is not None:
        if price is not None or support_until is not None:
            raise InvalidInput("give a license number or --price with --support-until, not both")
        from deskcli.services import licenses

        row = rt.repo.license(license)
        license = row["number"]
        licenses.renewable(row, rt.policy.editions)
        quote = licenses.renewal_quote(licenses.in_force(rt.repo, row, day), day)
    else:
        if price is None or support_until is None:
            raise InvalidInput("give a license number, or both --price and --support-until")
        from deskcli.domain.money import parse_amount

        quote = entitlement.quote_renewal(parse_amount(price), parse_date(support_until, what="--support-until"), day)
    print_quote(rt, quote, license, fmt, title="renewal quote", fields=fields)
    return 0
