"""Request commands: open, reply, show, close, reopen, escalate, assign, edit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli import completion
from deskcli.cli.options import MAX_INT, Category, FieldsOption, FormatOption, JsonOption, RequestId, chosen_format
from deskcli.cli.request_view import print_request, run_show
from deskcli.cli.context import reading, writing
from deskcli.cli.pin_input import PinFileOption, PinOption
from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format
from deskcli.services import requests
from deskcli.services.context import Context

PANEL = "Requests"


def read_body(text: str | None, path: Path | None, *, what: str = "body") -> str:
    """``--body TEXT``, ``--body-file PATH`` or standard input (``-`` or a pipe)."""
    if text is not None and path is not None:
        raise InvalidInput(f"give the {what} once: --body or --body-file")
    if text is not None and text != "-":
        return tickets.validate_text(text, what=what, limit=tickets.MAX_BODY_BYTES)
    if path is not None and str(path) != "-":
        try:
            with path.open("rb") as handle:
                raw = handle.read(tickets.MAX_BODY_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
        return tickets.decode_body(raw, what=what)
    if text is None and path is None and sys.stdin.isatty():
        raise InvalidInput(f"the {what} is missing: give --body, --body-file or pipe it in")
    return tickets.decode_body(sys.stdin.buffer.read(tickets.MAX_BODY_BYTES + 1), what=what)


def _print_changed(ctx: typer.Context, fmt: Format, fields: str | None, change: Callable[[Context], dict]) -> None:
    """Run one change with the desk Context of this command and print the request after it."""
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
    from deskcli.cli.pin_input import need_pin
    from deskcli.services.requests import Draft, open_request

    from deskcli.cli.compose import request_body

    rt = writing(ctx)
    if str(pin_file) == "-" and (body in (None, "-") and str(body_file) in ("None", "-")):
        raise InvalidInput("standard input can carry the PIN or the body, not both; give --body or --body-file")
    secret = need_pin(rt, value=pin, path=pin_file)
    text = request_body(rt, body, body_file, license=license, subject=subject)
    opened = open_request(rt, Draft(license=license, pin=secret, version=version, category=category.value,
                                        site=site, subject=subject, body=text, edition=edition))
    fmt = chosen_format(fmt, as_json)
    print_request(rt, opened.row, fmt, fields, extra={"suggestions": opened.suggestions})
    if opened.row["status"] == "rejected":
        raise typer.Exit(1)


def reply(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    body: Annotated[str | None, typer.Option("--body", "-b", help="The message; - reads standard input.")] = None,
    body_file: Annotated[Path | None, typer.Option("--body-file", help="Read the message from a file.")] = None,
    customer: Annotated[bool, typer.Option("--customer", help="A clarification from the customer: back of the queue, fresh deadline.")] = False,
    internal: Annotated[bool, typer.Option("--internal", help="A note the customer never sees; no status change.")] = False,
    kb: Annotated[int | None, typer.Option("--kb", help="Add the link to this documentation article (see desk kb).", metavar="ARTICLE", max=MAX_INT)] = None,
    no_mail: Annotated[bool, typer.Option("--no-mail", help="Do not mail the answer to the customer.")] = False,
    template: Annotated[str | None, typer.Option("--template", "-t", help="Answer with this canned answer filled in for the request (desk template list).", metavar="NAME")] = None,
    edit: Annotated[bool, typer.Option("--edit", help="Open the editor on the message before it is sent.")] = False,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Add a message; by default the agent's response, which stops the clock.

    The request becomes answered, and the response is mailed to the customer when the
    request has an address (--no-mail: not).

    Without a body on a terminal, the editor opens with the latest messages as # comments.

    Example: desk reply 42 --body "Clear the cache in System > Cache and reload the page."
    """
    from deskcli.cli.compose import reply_text

    if customer and internal:
        raise InvalidInput("a message is either --customer or --internal, not both")
    kind = "customer" if customer else "internal" if internal else "agent"
    rt = writing(ctx)
    text = reply_text(rt, request_id, body=body, body_file=body_file, template=template, kb=kb, edit=edit)
    fmt = chosen_format(fmt, as_json)
    if kind != "customer":
        print_request(rt, requests.reply(rt, request_id, text, kind=kind, mail=not no_mail), fmt, fields)
        return
    from deskcli.services.messages import customer_message

    taken = customer_message(rt, request_id, text)
    print_request(rt, taken.row, fmt, fields)
    if taken.outcome == "thanks":
        output.note(f"a thank-you, not a clarification: #{request_id} keeps its place"
                    + (f" and is ready to close (desk close {request_id})"
                       if taken.row["status"] in ("open", "answered") else ""))
    elif taken.outcome == "refused":
        why = "; ".join(f"{r.code}: {r.message}" for r in taken.reasons)
        output.note(f"message refused ({why}); the customer was told why; #{request_id} is unchanged")
        raise typer.Exit(1)  # a negative answer: the message, not the request, was refused (2.8)


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
    run_show(reading(ctx), request_id, chosen_format(fmt, as_json), fields, full=full)


def close(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    resolution: Annotated[str | None, typer.Option("--resolution", "-r", help="How it was resolved.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Resolve a request.

    Example: desk close 42 --resolution "Cache cleared; cart works again."
    """
    rt = writing(ctx)
    row, erased = requests.close(rt, request_id, resolution)
    print_request(rt, row, chosen_format(fmt, as_json), fields)
    if erased:
        output.note(f"temporary {erased} access erased; the customer was asked to delete the "
                    f"temporary {erased} user now - remind them if you talk to them")


def reopen(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    note: Annotated[str | None, typer.Option("--note", help="An internal note saying why.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Reopen a resolved or rejected request; its deadline starts afresh from now.

    Example: desk reopen 42 --note "The customer renewed; rejected by mistake"
    """
    _print_changed(ctx, chosen_format(fmt, as_json), fields, lambda rt: requests.reopen(rt, request_id, note))


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
    _print_changed(ctx, chosen_format(fmt, as_json), fields, lambda rt: requests.escalate(rt, request_id, line, note))


def assign(
    ctx: typer.Context,
    request_id: RequestId,
    agent: Annotated[str, typer.Argument(help="Who takes the request.")],
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Assign a request to an agent.

    Example: desk assign 42 anna
    """
    _print_changed(ctx, chosen_format(fmt, as_json), fields, lambda rt: requests.assign(rt, request_id, agent))


def edit(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    category: Annotated[Category, typer.Option("--category", "-c", help="New category; the deadline is recomputed from queued_at.")],
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Change a request's category; an open request's deadline follows the new target.

    Example: desk edit 42 --category emergency
    """
    _print_changed(ctx, chosen_format(fmt, as_json), fields, lambda rt: requests.recategorise(rt, request_id, category.value))


def register(app: typer.Typer) -> None:
    app.command("open", rich_help_panel=PANEL)(open_)
    app.command("reply", rich_help_panel=PANEL)(reply)
    app.command("show", rich_help_panel=PANEL)(show)
    app.command("close", rich_help_panel=PANEL)(close)
    app.command("reopen", rich_help_panel=PANEL)(reopen)
    app.command("escalate", rich_help_panel=PANEL)(escalate)
    app.command("assign", rich_help_panel=PANEL)(assign)
    app.command("edit", rich_help_panel=PANEL)(edit)
