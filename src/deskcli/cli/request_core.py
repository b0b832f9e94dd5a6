"""``desk open`` and ``desk reply``, free of Typer: the launcher runs them straight from the
command line, and the Typer commands call the same functions (cli/requests_cmd.py).

Each returns the exit code: 1 for a negative answer (a request the policy rejects, a
customer message refused, a text left empty in the editor).
"""

from __future__ import annotations

from deskcli import formats
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.formats import Format

if TYPE_CHECKING:
    from _typeshed import StrPath
    from deskcli.services.context import Context


def run_open(rt: Context, *, license: str, version: str, category: str, site: str, subject: str,
             pin: str | None = None, pin_file: StrPath | None = None, body: str | None = None,
             body_file: StrPath | None = None, edition: str | None = None, fmt: Format = Format.table,
             fields: str | None = None) -> int:
    """Check license and PIN, eligibility and intake rules; store the request and print it."""
    from deskcli.cli.compose import request_body
    from deskcli.cli.pin_input import need_pin
    from deskcli.services.drafts import Draft, submit

    if str(pin_file) == "-" and (body in (None, "-") and str(body_file) in ("None", "-")):
        raise InvalidInput("standard input can carry the PIN or the body, not both; give --body or --body-file")
    _check_fields(fields, "suggestions")
    secret = need_pin(rt, value=pin, path=pin_file)
    text = request_body(rt, body, body_file, license=license, subject=subject)
    if text is None:  # the editor was left empty (compose.aborted)
        return 0
    submitted = submit(rt, Draft(license=license, pin=secret, version=version, category=category,
                                 site=site, subject=subject, body=text, edition=edition))
    try:  # the rest of the use case loads while the PIN's hash runs
        from deskcli.cli.request_view import print_request
        from deskcli.services.opening import open_request
    except BaseException:
        submitted.check.finish()  # a wrong PIN stays the answer, and is counted
        raise
    opened = open_request(rt, submitted)
    print_request(rt, opened.row, fmt, fields, extra={"suggestions": opened.suggestions})
    return 1 if opened.row["status"] == "rejected" else 0


def run_reply(rt: Context, request_id: int, *, body: str | None = None, body_file: StrPath | None = None,
              customer: bool = False, internal: bool = False, kb: int | None = None, no_mail: bool = False,
              template: str | None = None, edit: bool = False, fmt: Format = Format.table,
              fields: str | None = None) -> int:
    """Add an agent's answer, an internal note or the customer's message; print the request."""
    from deskcli.cli.compose import reply_text
    from deskcli.cli.request_view import print_request

    if customer and internal:
        raise InvalidInput("a message is either --customer or --internal, not both")
    _check_fields(fields)
    kind = "customer" if customer else "internal" if internal else "agent"
    text, still_true = reply_text(rt, request_id, body=body, body_file=body_file, template=template, kb=kb, edit=edit)
    if text is None:  # the editor was left empty (compose.aborted)
        return 0
    if kind != "customer":
        from deskcli.services import requests

        print_request(rt, requests.reply(rt, request_id, text, kind=kind, mail=not no_mail, still_true=still_true),
                      fmt, fields)
        return 0
    from deskcli.services.messages import customer_message

    taken = customer_message(rt, request_id, text)
    print_request(rt, taken.row, fmt, fields)
    from deskcli import output

    if taken.outcome == "thanks":
        output.note(f"a thank-you, not a clarification: #{request_id} {taken.thanks_kept()}"
                    + (f" and is ready to close (desk close {request_id})"
                       if taken.row["ready_to_close"] else ""))
    elif taken.outcome == "refused":
        why = "; ".join(f"{r.code}: {r.message}" for r in taken.reasons)
        output.note(f"message refused ({why}); the customer was told why; #{request_id} is unchanged")
        return 1  # a negative answer: the message, not the request, was refused (2.8)
    return 0


def _check_fields(fields: str | None, *extra: str) -> None:
    """A wrong ``--fields`` refused before anything is recorded (it was found only when the
    request was printed, after the change had been stored and its mail queued)."""
    if fields is not None:
        from deskcli.domain.tickets import REQUEST_FIELDS

        formats.field_names(fields, [*REQUEST_FIELDS, *extra])
