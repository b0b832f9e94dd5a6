"""``desk license``: add, list, show, edit and renew customer licenses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import (
    AskPinOption,
    OptionalPinOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    PinFileOption,
    PinOption,
    chosen_format,
)
from deskcli.cli.context import reading, writing
from deskcli.cli.pin_input import need_pin, read_pin
from deskcli.clock import parse_date
from deskcli.domain.money import amount_text, from_kopecks, parse_amount
from deskcli.output import Format
from deskcli.services import licenses

license_app = typer.Typer(
    help="Manage customer licenses.\n\nExample: desk license list",
    no_args_is_help=True,
)
Number = Annotated[str, typer.Argument(help="License number.", metavar="NUMBER", autocompletion=completion.license_numbers)]
LICENSE_FIELDS = ("number", "customer", "edition", "free", "retail_price", "currency", "purchased",
                  "support_until", "code_modified", "email", "site")


def license_record(ctx: typer.Context, row: Mapping[str, Any]) -> dict:
    """A license for people and programs: never the PIN, not even its hash."""
    config = reading(ctx).policy
    return {
        "number": row["number"],
        "customer": row["customer"],
        "edition": row["edition"],
        "free": config.editions.get(row["edition"], False),
        "retail_price": amount_text(from_kopecks(row["price_kopecks"])),
        "currency": config.currency,
        "purchased": row["purchased"],
        # the free edition bought no support year (2.4): no date that would read as its end
        "support_until": None if config.editions.get(row["edition"], False) else row["support_until"],
        "code_modified": bool(row["code_modified"]),
        # an address or site never given is none, as null, not an empty string
        "email": row["email"] or None,
        "site": row["site"] or None,
    }


def _print(record: dict, fmt: Format, fields: str | None, *, title: str) -> None:
    if fmt is Format.table:
        from deskcli.render import license_card

        output.print_rich(license_card(record, title=title))
    else:
        output.emit(record, fmt, fields=fields, columns=list(LICENSE_FIELDS))


@license_app.command("add")
def add(
    ctx: typer.Context,
    number: Number,
    *,
    pin: PinOption = None,
    pin_file: PinFileOption = None,
    edition: Annotated[str, typer.Option("--edition", "-e", help="Edition name, as configured.")],
    price: Annotated[str, typer.Option("--price", help="Retail price without discounts, e.g. 24900 or 24 900,00.")],
    purchased: Annotated[str, typer.Option("--purchased", help="Purchase date, YYYY-MM-DD.", metavar="DATE")],
    customer: Annotated[str, typer.Option("--customer", help="Customer name.")] = "",
    email: Annotated[str, typer.Option("--email", help="Customer e-mail.")] = "",
    site: Annotated[str, typer.Option("--site", help="Customer site address.")] = "",
    code_modified: Annotated[bool, typer.Option("--code-modified", help="Module code was modified outside the built-in tools (2.5).")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Add a license with its PIN, kept only as a salted scrypt hash.

    The PIN comes from --pin-file, DESK_PIN or a hidden prompt, asked twice.

    Example: desk license add HC-1001 --edition Бизнес --price 24900 --purchased 2026-03-01 --customer "ООО Ромашка"
    """
    fmt = chosen_format(fmt, as_json, fields, LICENSE_FIELDS)
    rt = writing(ctx, starts=True)
    secret = need_pin(rt, value=pin, path=pin_file, confirm=True)
    row = licenses.add_license(rt, number=number, pin=secret, edition=edition, price=parse_amount(price),
                              purchased=parse_date(purchased, what="--purchased"),
                              customer=customer, email=email, site=site, code_modified=code_modified)
    _print(license_record(ctx, row), fmt, fields, title=f"license {row['number']} added")


@license_app.command("list")
def list_(
    ctx: typer.Context,
    words: Annotated[list[str] | None, typer.Argument(
        help="Only licenses whose number, customer, e-mail or site holds every word (any case; е finds ё).",
        metavar="WORD...")] = None,
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """List licenses, or find a customer's: every word given must appear in the number, the customer's name, the e-mail or the site.

    Example: desk license list ромашка
    """
    rt = reading(ctx)
    folded = [word.casefold().replace("ё", "е") for given in words or () for word in given.split()]
    records = [license_record(ctx, row) for row in rt.repo.licenses(folded)]
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table:
        from deskcli import plain, plain_views

        # To a pipe or a file: one line per license at its natural width, as `ls -l` keeps
        # its lines, instead of Rich wrapping customer names at 80 columns (fifty thousand
        # licenses took it 100 s: QA at a million requests). A terminal gets Rich's table.
        empty = "No licenses match." if folded else "No licenses."
        if plain.console_width() is not None and plain.write(plain_views.license_parts(records, rt.today, empty),
                                                             1_000_000):
            return
        from deskcli.render import license_table

        output.print_rich(license_table(records, today=rt.today, empty=empty))
    else:
        output.emit(records, fmt, fields=fields, columns=list(LICENSE_FIELDS))


@license_app.command("show")
def show(
    ctx: typer.Context,
    number: Number,
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """One license with its renewals, its recent wrong PINs and its history: who added, edited or renewed it, and when.

    Example: desk license show HC-1001
    """
    rt = reading(ctx)
    record = license_record(ctx, rt.repo.license(number))
    record["renewals"] = [
        {"renewed_on": r["renewed_on"], "rate": r["rate"], "amount": amount_text(from_kopecks(r["amount_kopecks"])),
         "old_support_until": r["old_support_until"], "new_support_until": r["new_support_until"]}
        for r in rt.repo.renewals(record["number"])
    ]
    from deskcli.services import pins

    record.update(pins.status(rt, record["number"]))
    record["history"] = licenses.history(rt, record["number"])
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table:
        from deskcli.render import license_detail

        output.print_rich(license_detail(record))
    else:
        output.emit(record, fmt, fields=fields, columns=[*LICENSE_FIELDS, "renewals", *pins.STATUS_FIELDS, "history"])


@license_app.command("edit")
def edit(
    ctx: typer.Context,
    number: Number,
    *,
    pin: OptionalPinOption = None,
    pin_file: PinFileOption = None,
    ask_pin: AskPinOption = False,
    edition: Annotated[str | None, typer.Option("--edition", "-e", help="New edition.")] = None,
    price: Annotated[str | None, typer.Option("--price", help="New retail price.")] = None,
    purchased: Annotated[str | None, typer.Option("--purchased", help="Corrected purchase date; resets support_until.", metavar="DATE")] = None,
    customer: Annotated[str | None, typer.Option("--customer", help="Customer name.")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Customer e-mail.")] = None,
    site: Annotated[str | None, typer.Option("--site", help="Customer site address.")] = None,
    code_modified: Annotated[bool | None, typer.Option("--code-modified/--code-intact", help="Whether module code was modified (2.5).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Change a license; every change is kept in the history.

    A new PIN comes from --pin-file or --ask-pin (a hidden prompt, asked twice).

    Example: desk license edit HC-1001 --code-modified
    """
    fmt = chosen_format(fmt, as_json, fields, LICENSE_FIELDS)
    rt = writing(ctx)
    changes = {
        "pin": read_pin(rt, value=pin, path=pin_file, required=False, ask=ask_pin, confirm=True),
        "edition": edition, "site": site,
        "customer": customer, "email": email,
        "code_modified": code_modified,
        "price": parse_amount(price) if price is not None else None,
        "purchased": parse_date(purchased, what="--purchased") if purchased is not None else None,
    }
    ended = licenses.support_taken_away(rt, number, changes)
    row = licenses.edit_license(rt, number, changes)
    _print(license_record(ctx, row), fmt, fields, title=f"license {row['number']} updated")
    if ended is not None and ended[1]:
        why, open_ids = ended
        listed = ", ".join(f"#{i}" for i in open_ids[:10]) + (f" and {len(open_ids) - 10} more" if len(open_ids) > 10 else "")
        output.note(f"note: license {row['number']} gets no support now ({why}); its open requests {listed} keep "
                    f"their deadlines: desk reject ID --reason {why} refuses one")


@license_app.command("renew")
def renew(
    ctx: typer.Context,
    number: Number,
    *,
    on: Annotated[str | None, typer.Option("--on", help="Renewal date (default: today).", metavar="DATE")] = None,
    force: Annotated[bool, typer.Option("--force", help="Record a second renewal in the same support year.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; record nothing.")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Record a renewal at the quoted price and extend support by a year.

    A second renewal in the same support year is refused unless --force is given.

    Example: desk license renew HC-1001 --on 2026-11-25 --dry-run
    """
    from deskcli.cli.entitlement_core import print_quote
    from deskcli.domain.entitlement import QUOTE_FIELDS

    fmt = chosen_format(fmt, as_json, fields, QUOTE_FIELDS)
    if dry_run:
        rt = reading(ctx)
        plan = licenses.plan_renewal(rt.repo, number, parse_date(on, what="--on") if on is not None else rt.today,
                                     rt.policy.editions)
        print_quote(reading(ctx), plan.quote, plan.row["number"], fmt, title=f"license {plan.row['number']} would be renewed",
                    fields=fields)
        if plan.earlier is not None:
            output.note(f"note: {plan.repeat_warning()}; recording it needs --force")
        output.note("dry run: nothing was recorded")
        return
    rt = writing(ctx)
    day = parse_date(on, what="--on") if on is not None else rt.today
    row, quote = licenses.renew_license(rt, number, day, force=force)
    print_quote(reading(ctx), quote, row["number"], fmt, title=f"license {row['number']} renewed", fields=fields)


@license_app.command("unlock")
def unlock(ctx: typer.Context, number: Number) -> None:
    """Clear a license's wrong PINs, ending a lock (5 wrong PINs in 15 minutes lock it for 15).

    Example: desk license unlock HC-1001
    """
    from deskcli.services import pins

    cleared = pins.unlock(writing(ctx), number)
    if not cleared:
        output.note(f"license {number} has no wrong PINs to clear; it is not locked")
        return
    output.note(f"license {number} unlocked: {cleared} refused PIN attempt{'s' if cleared != 1 else ''} cleared")


def register(app: typer.Typer) -> None:
    app.add_typer(license_app, name="license", rich_help_panel="Licenses")
