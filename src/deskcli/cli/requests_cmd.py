"""Request commands: open, reply, show, close, reopen, escalate, assign, edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import (
    MAX_INT,
    Category,
    FieldsOption,
    FormatOption,
    JsonOption,
    PinFileOption,
    PinOption,
    RequestId,
    chosen_format,
)
from deskcli.cli.request_core import run_open, run_reply
from deskcli.cli.request_view import print_request, run_show
from deskcli.cli.context import reading, writing
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.tickets import REQUEST_FIELDS
from deskcli.output import Format
from deskcli.services import requests
from deskcli.services.context import Context

PANEL = "Requests"


def _print_changed(ctx: typer.Context, fmt: Format, fields: str | None, change: Callable[[Context], dict]) -> None:
    """Run one change with the desk Context of this command and print the request after it
    (``fmt`` chosen, and ``fields`` checked, before the change)."""
    rt = writing(ctx)
    print_request(rt, change(rt), fmt, fields)


def open_(
    ctx: typer.Context,
    *,
    license: Annotated[str, typer.Option("--license", "-l", help="License number.", autocompletion=completion.license_numbers)],
    pin: PinOption = None,
    pin_file: PinFileOption = None,
    version: Annotated[str, typer.Option("--version", "-v", help="Product version, e.g. 6.9.1.")],
    category: Annotated[Category, typer.Option("--category", "-c", help="emergency, usage, installation or technical.")],
    site: Annotated[str, typer.Option("--site", help="Address of the site or page with the problem.")],
    subject: Annotated[str, typer.Option("--subject", "-s", help="One line saying what is wrong.")],
    body: Annotated[str | None, typer.Option("--body", "-b", help="The error text or the question; - reads standard input.")] = None,
    body_file: Annotated[Path | None, typer.Option("--body-file", help="Read the body from a file (- for standard input).")] = None,
    edition: Annotated[str | None, typer.Option("--edition", "-e", help="Edition the customer named; checked against the license.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Open a request: check license and PIN, eligibility and intake rules, start the SLA clock.

    The PIN comes from --pin-file, DESK_PIN or a hidden prompt. A request that the policy
    refuses is stored as rejected with its reasons (exit 1).

    Example: desk open -l HC-1001 --pin-file pin.txt -v 6.9.1 -c usage --site https://shop.example.ru -s "Cart is empty" --body "After updating, the cart shows no items. Why?"
    """
    code = run_open(writing(ctx), license=license, pin=pin, pin_file=pin_file, version=version,
                    category=category.value, site=site, subject=subject, body=body, body_file=body_file,
                    edition=edition, fmt=chosen_format(fmt, as_json, fields), fields=fields)
    if code:
        raise typer.Exit(code)


def reply(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    body: Annotated[str | None, typer.Option("--body", "-b", help="The message; - reads standard input.")] = None,
    body_file: Annotated[Path | None, typer.Option("--body-file", help="Read the message from a file (- for standard input).")] = None,
    customer: Annotated[bool, typer.Option("--customer", help="A clarification from the customer: back of the queue, fresh deadline.")] = False,
    internal: Annotated[bool, typer.Option("--internal", help="A note the customer never sees; no status change.")] = False,
    kb: Annotated[int | None, typer.Option("--kb", help="Add the link to this documentation article (see desk kb).", metavar="ARTICLE", min=1, max=MAX_INT)] = None,
    no_mail: Annotated[bool, typer.Option("--no-mail", help="Do not mail the answer to the customer.")] = False,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Answer with this canned answer filled in for the request (desk template list).", metavar="NAME")] = None,
    edit: Annotated[bool, typer.Option("--edit", help="Open the editor on the message before it is sent.")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Add a message; by default the agent's response, which stops the clock.

    The request becomes answered, and the response is mailed to the customer when the
    request has an address, unless --no-mail.

    Without a body on a terminal, the editor opens with the latest messages as # comments.

    Example: desk reply 42 --body "Clear the cache in System > Cache and reload the page."
    """
    code = run_reply(writing(ctx), request_id, body=body, body_file=body_file, customer=customer,
                     internal=internal, kb=kb, no_mail=no_mail, template=template, edit=edit,
                     fmt=chosen_format(fmt, as_json, fields), fields=fields)
    if code:
        raise typer.Exit(code)


def show(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    full: Annotated[bool, typer.Option("--full", help="Show long messages in full (the table cuts them).")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """One request with its messages, history and countdown; long output goes through PAGER on a terminal.

    Example: desk show 42 --json
    """
    run_show(reading(ctx), request_id, chosen_format(fmt, as_json, fields), fields, full=full)


def close(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    resolution: Annotated[str | None, typer.Option("--resolution", "-r", help="How it was resolved.")] = None,
    no_mail: Annotated[bool, typer.Option("--no-mail", help="Do not mail the close message to the customer.")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Resolve a request.

    Example: desk close 42 --resolution "Cache cleared; cart works again."
    """
    fmt = chosen_format(fmt, as_json, fields, REQUEST_FIELDS)
    rt = writing(ctx)
    row, erased = requests.close(rt, request_id, resolution, mail=not no_mail)
    print_request(rt, row, fmt, fields)
    if erased:
        from deskcli.services.access import erased_access_note

        output.note(erased_access_note(rt, row, erased, mail=not no_mail))


def reopen(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    note: Annotated[str | None, typer.Option("--note", help="An internal note saying why.")] = None,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="Reopen it in this category (a request filed in the wrong one; the license is asked for this one).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Reopen a resolved or rejected request; its deadline starts afresh from now.

    Example: desk reopen 42 --note "The customer renewed; rejected by mistake"
    """
    _print_changed(ctx, chosen_format(fmt, as_json, fields, REQUEST_FIELDS), fields,
                   lambda rt: requests.reopen(rt, request_id, note, category=category.value if category else None))


def escalate(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    line: Annotated[int | None, typer.Option("--line", min=1, max=tickets.MAX_LINE, help="Move to this line (default: the next one).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="An internal note saying why.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Move a request to another support line (1 help desk, 2 specialists, 3 developers, 4+ outside).

    Example: desk escalate 42 --note "Looks like a defect in the cart module"
    """
    _print_changed(ctx, chosen_format(fmt, as_json, fields, REQUEST_FIELDS), fields, lambda rt: requests.escalate(rt, request_id, line, note))


def assign(
    ctx: typer.Context,
    request_id: RequestId,
    agent: Annotated[str, typer.Argument(help="Who takes the request: an agent's name, me (you), or - (nobody).")],
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Assign a request to an agent, or with - take it from whoever has it.

    Example: desk assign 42 me
    """
    _print_changed(ctx, chosen_format(fmt, as_json, fields, REQUEST_FIELDS), fields, lambda rt: requests.assign(rt, request_id, agent))


def edit(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    category: Annotated[Category | None, typer.Option("--category", "-c", help="New category; the deadline is recomputed from queued_at.")] = None,
    email: Annotated[str | None, typer.Option("--email", metavar="ADDRESS", help="Where the request's mail goes from now on (its customer's address bounced, or someone else speaks for them).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Change a request's category (an open request's deadline follows the new target) or the address its mail goes to.

    Example: desk edit 42 --category emergency; desk edit 42 --email anna@example.ru
    """
    if (category is None) == (email is None):
        raise InvalidInput("give exactly one of --category and --email")
    if email is not None:
        from deskcli.services.mail import outbox

        def redirect(rt: Context) -> dict:
            row, kept = outbox.redirect(rt, request_id, email)
            rt.notice(f"#{request_id}: its mail goes to {kept} from now on")
            return row

        _print_changed(ctx, chosen_format(fmt, as_json, fields, REQUEST_FIELDS), fields, redirect)
    else:
        assert category is not None
        _print_changed(ctx, chosen_format(fmt, as_json, fields, REQUEST_FIELDS), fields,
                       lambda rt: requests.recategorise(rt, request_id, category.value))


def register(app: typer.Typer) -> None:
    app.command("open", rich_help_panel=PANEL)(open_)
    app.command("reply", rich_help_panel=PANEL)(reply)
    app.command("show", rich_help_panel=PANEL)(show)
    app.command("close", rich_help_panel=PANEL)(close)
    app.command("reopen", rich_help_panel=PANEL)(reopen)
    app.command("escalate", rich_help_panel=PANEL)(escalate)
    app.command("assign", rich_help_panel=PANEL)(assign)
    app.command("edit", rich_help_panel=PANEL)(edit)
