"""``desk mail-in`` and ``desk mail``: customers' mail into the desk, the desk's mail out."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from deskcli import output
from deskcli.cli.choices import listed
from deskcli.cli.context import reading, writing
from deskcli.cli.exits import SETUP_FAILED, ExitStatus, drop_stdout, exit_code_for, storage_failure, trace_if_debugging
from deskcli.cli.options import (
    MAX_INT,
    FieldsOption,
    FormatOption,
    JsonOption,
    chosen_format,
)
from deskcli.domain.errors import DeskError
from deskcli.output import Format

PANEL = "Mail"
RECEIVED_FIELDS = ("outcome", "request_id", "reason", "sender", "message_id", "queued", "file", "uid")
SENT_FIELDS = ("id", "status", "kind", "request_id", "recipient", "attempts", "next_attempt_at", "detail")
REMINDER_FIELDS = ("license", "step", "support_until", "recipient", "rate", "amount", "outbox_id")

mail_app = typer.Typer(
    help="The desk's outgoing mail and the log of incoming mail (desk mail-in takes mail in).\n\n"
    "Example: desk mail outbox --status queued",
    no_args_is_help=True,
)
Newest = Annotated[int | None, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="Show the newest this many.")]


def _print(records: list[dict], columns: tuple[str, ...], fmt: Format, fields: str | None, *, shown: tuple[str, ...],
           empty: str, news_only: bool = False) -> None:
    """``news_only``: a poll's table leaves out the mail taken in before or by another run
    at the same time (admin review: two overlapping cron polls both mailed, the later one
    listing every message as a duplicate); JSON keeps every record."""
    if fmt is Format.table and fields is None:
        from deskcli.render import records_table

        if news_only:
            records = [record for record in records if record.get("outcome") != "duplicate"]

        if not records and not output.is_terminal(sys.stdout):
            return  # cron mails whatever a job prints: nothing to report is said with nothing

        output.print_rich(records_table(records, list(shown), empty=empty))
    else:
        output.emit([{name: record.get(name) for name in columns} for record in records],
                    Format.json if fmt is Format.table else fmt, fields=fields, columns=list(columns))


def mail_in(
    ctx: typer.Context,
    *,
    maildir: Annotated[Path | None, typer.Option("--maildir", help="Take every message in DIR/new, moving each to DIR/cur once stored.", metavar="DIR")] = None,
    imap: Annotated[bool, typer.Option("--imap", help="Poll the IMAP mailbox of mail.imap_url (marked seen once stored).")] = False,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="With --imap: at most this many messages.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Take customer mail into the desk: one message on standard input (an MTA pipe), a maildir, or IMAP.

    New requests are opened like desk open, replies become clarifications or notes, and
    every message is logged (desk mail log). Exit 0 when each message was stored, logged or
    knowingly ignored, malformed mail included (it is never bounced); 75 when the database
    is busy or unusable, so the MTA keeps the message and retries; 2 when a poll's setup is
    wrong (a broken personal file, a refused login, an untrusted certificate, a
    mailbox the server does not have).

    Example: desk mail-in < message.eml
    """
    from deskcli.domain.errors import InvalidInput
    from deskcli.services.mail import inbox, sources

    if maildir is not None and imap:
        raise InvalidInput("read from one place: --maildir or --imap")
    if limit is not None and not imap:
        raise InvalidInput("--limit is for --imap")
    failed = ctx.meta.get(SETUP_FAILED)
    if failed is not None:
        _setup_failed(failed, "the maildir" if maildir else "the mailbox" if imap else None)
    fmt = chosen_format(fmt, as_json, fields, RECEIVED_FIELDS)
    if maildir is None and not imap and sys.stdin.isatty():
        raise InvalidInput("pipe one message in (desk mail-in < message.eml), or give --maildir DIR or --imap")
    results: list[dict] = []
    rt = None
    try:
        rt = writing(ctx)
        rt.act_as("mail")
        if not rt.has_database:  # a mistyped path or a forgotten DESK_DB must not open a new, empty desk
            from deskcli.domain.errors import StorageError

            raise StorageError(_no_database(rt.db_path))
        if maildir is not None:
            sources.from_maildir(rt, maildir, results)
        elif imap:
            sources.from_imap(rt, results, limit=limit)
        else:
            raw, truncated = sources.read_limited(sys.stdin.buffer)
            results.append(inbox.receive(rt, raw, source="stdin", truncated=truncated).as_dict())
    except (Exception, KeyboardInterrupt) as exc:
        # Whatever went wrong, the message is not lost: the MTA (or the next poll) offers it again.
        # Stopped too (SIGTERM, postfix stopped mid-delivery): an exit of 143 is a permanent
        # failure to an MTA's pipe, which would bounce the customer's mail (review).
        if isinstance(exc, InvalidInput) and not results and (maildir or imap):
            raise
        trace_if_debugging()
        _received_shown(results, fmt, fields, empty="", news_only=bool(imap or maildir))
        damaged = storage_failure(rt.db_path, exc) if rt is not None else None  # a page damaged past opening's checks
        _not_all_stored(exc, damaged, results, polled=bool(imap or maildir))
        raise typer.Exit(ExitStatus.TEMPORARY) from None
    _received_shown(results, fmt, fields, empty="No new mail.", news_only=bool(imap or maildir))


def _setup_failed(failed: DeskError, polled: str | None) -> NoReturn:
    """A personal file or server setup that failed before any mail was read; ``polled``
    names the maildir or mailbox a poll would have read (None: one message on stdin)."""
    if polled is not None:
        # A poll has nothing offered again, and the next one would only repeat it (as a
        # refused login): the admin's to mend, said as the error it is (admin review).
        output.error(f"{failed}; nothing was read from {polled}")
        raise typer.Exit(exit_code_for(failed))
    # The MTA would bounce the customer's mail on any other code (SPEC 7: never a
    # bounce); a broken personal file is the admin's to mend while the MTA keeps it.
    output.error(f"{failed}; the message was not stored and will be offered again")
    raise typer.Exit(ExitStatus.TEMPORARY)


def _not_all_stored(exc: BaseException, damaged: DeskError | None, results: list[dict], *, polled: bool) -> None:
    """The error line for mail-in stopped part way: what went wrong, and what became of the mail."""
    message = (str(exc) if isinstance(exc, DeskError) else "interrupted" if isinstance(exc, KeyboardInterrupt)
               else str(damaged) if damaged is not None else f"unexpected {type(exc).__name__}")
    if polled:  # a poll: what it stored stays stored, the rest waits for the next one
        taken = f"{len(results)} message{'' if len(results) == 1 else 's'} stored, " if results else ""
        output.error(f"{message}; {taken}the rest waits for the next poll")
    else:
        output.error(f"{message}; the message was not stored and will be offered again")


def _received_shown(results: list[dict], fmt: Format, fields: str | None, *, empty: str, news_only: bool) -> None:
    """What became of the mail, on standard output. Output that cannot be written (a full
    disk, a closed descriptor, a reader gone) changes nothing the exit code says, which is
    the mail's: an MTA bounces on 5 a message that was stored (review)."""
    try:
        _print(results, RECEIVED_FIELDS, fmt, fields, shown=("outcome", "request_id", "sender", "reason"),
               empty=empty, news_only=news_only)
        sys.stdout.flush()
    except OSError as exc:  # BrokenPipeError too
        drop_stdout()
        with contextlib.suppress(OSError):
            output.note(f"warning: what became of the mail could not be written: {exc.strerror or exc}")


def _no_database(path: str | os.PathLike[str]) -> str:
    """Why there is no desk to take mail into: none there, or one this user cannot reach
    (admin review: a user who may not read the directory was told there was no database)."""
    from deskcli.files import describe

    try:
        os.stat(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        try:
            import pwd

            user = pwd.getpwuid(os.geteuid()).pw_name
        except (ImportError, KeyError):
            user = f"uid {os.geteuid()}"
        return f"{path} cannot be reached: {describe(exc)} (mail-in runs as {user}: give that user the database)"
    return f"no desk database at {path}"


@mail_app.command("send")
def send(
    ctx: typer.Context,
    *,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="At most this many messages.")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Deliver the queued mail over SMTP (mail.smtp_url); failures are retried later with back-off.

    Exit 1 when a message could not be sent this time: it stays queued and is tried again
    for five days, or is failed at once by a permanent refusal (desk mail retry queues it again, or sends waiting mail at the next run).
    Mail that is no longer true (a close message for a request reopened since, a renewal
    reminder whose price has changed) is withdrawn, not sent.

    Example: desk mail send
    """
    from deskcli.services.mail import sending

    fmt = chosen_format(fmt, as_json, fields, SENT_FIELDS)
    report = sending.send_due(writing(ctx), limit=limit)
    _print(report, SENT_FIELDS, fmt, fields, shown=("id", "status", "kind", "request_id", "recipient", "detail"),
           empty="Nothing to send.")
    waiting = sum(row["status"] == "queued" for row in report)
    failed = sum(row["status"] not in ("sent", "withdrawn", "queued") for row in report)
    if waiting or failed:
        # cron mails stderr: one line says what the table's rows mean for the admin
        said = [f"{waiting} queued to be tried again"] * bool(waiting) + [f"{failed} failed"] * bool(failed)
        output.error(f"{waiting + failed} of {len(report)} messages not sent: {', '.join(said)}"
                     " (desk mail outbox --status queued,failed says why)")
        raise typer.Exit(1)


@mail_app.command("retry")
def retry(
    ctx: typer.Context,
    outbox_ids: Annotated[list[int], typer.Argument(help="Outbox numbers (desk mail outbox --status failed,queued).", metavar="ID...", min=1, max=MAX_INT)],
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Queue failed or bounced mail again, or make mail waiting out a back-off due now: sent at the next desk mail send.

    Example: desk mail retry 7 9
    """
    from deskcli.services.mail import sending

    fmt = chosen_format(fmt, as_json, fields, SENT_FIELDS)
    report = sending.requeue(writing(ctx), outbox_ids)
    _print(report, SENT_FIELDS, fmt, fields, shown=("id", "status", "kind", "request_id", "recipient", "detail"),
           empty="")


@mail_app.command("outbox")
def outbox(
    ctx: typer.Context,
    *,
    status: Annotated[list[str] | None, typer.Option("--status", "-s", help="Only these statuses (repeat it, or separate with commas): queued, sent, failed, bounced, withdrawn.")] = None,
    request: Annotated[int | None, typer.Option("--request", "-r", help="Only this request's mail.", min=1, max=MAX_INT)] = None,
    limit: Newest = 50,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """The desk's outgoing mail, newest first: what is queued, sent, failed, bounced or withdrawn.

    Example: desk mail outbox --status failed --json
    """
    from deskcli.services.mail import records

    fmt = chosen_format(fmt, as_json, fields)
    from deskcli.store.mail import OUTBOX_STATUSES

    statuses = listed(status, OUTBOX_STATUSES)
    rows = records.outbox(reading(ctx), statuses=statuses, request_id=request, limit=limit)
    # Why mail failed, bounced or waits to be tried again, where any listed did (admin
    # review: desk mail outbox --status failed named the letters, never the server's reason).
    why = ("last_error",) if any(row["last_error"] for row in rows) else ()
    _print(rows, records.OUTBOX_FIELDS, fmt, fields,
           shown=("id", "status", "kind", "request_id", "recipient", "subject", *why),
           empty="The outbox is empty.")


@mail_app.command("show")
def show(
    ctx: typer.Context,
    outbox_id: Annotated[int, typer.Argument(help="The outbox number (desk mail outbox).", metavar="ID", min=1, max=MAX_INT)],
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """One message of the outbox: its record, headers and text as the customer gets it.

    Example: desk mail show 7
    """
    from deskcli.services.mail import records

    fmt = chosen_format(fmt, as_json, fields)
    record = records.outbox_message(reading(ctx), outbox_id)
    if fmt is Format.table and fields is None:
        from deskcli.render import key_values

        output.print_rich(key_values({k: v for k, v in record.items() if k != "body"}, title=f"Mail {outbox_id}"))
        output.print_rich(key_values({"": record["body"]}))
    else:
        output.emit(record, Format.json if fmt is Format.table else fmt, fields=fields, columns=list(record))


@mail_app.command("log")
def log(
    ctx: typer.Context,
    *,
    since: Annotated[str | None, typer.Option("--since", help="From this day on (YYYY-MM-DD).", metavar="DATE")] = None,
    outcome: Annotated[list[str] | None, typer.Option("--outcome", help="Only these outcomes (repeat it, or separate with commas): opened, rejected, clarified, refused, thanked, noted, bounce, missing, not_accepted, ignored, duplicate.")] = None,
    limit: Newest = 50,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Every message that came in, newest first, with what the desk made of it.

    Example: desk mail log --outcome missing,not_accepted
    """
    from deskcli.services.mail import records

    fmt = chosen_format(fmt, as_json, fields)
    from deskcli.cli.choices import listed
    from deskcli.services.mail.inbox import OUTCOMES

    outcomes = listed(outcome, OUTCOMES, what="outcome")
    rows = records.log(reading(ctx), since=since, outcomes=outcomes, limit=limit)
    _print(rows, records.LOG_FIELDS, fmt, fields, shown=("at", "outcome", "request_id", "sender", "reason"),
           empty="No mail in the log.")


@mail_app.command("remind-renewals")
def remind_renewals(
    ctx: typer.Context,
    *,
    days: Annotated[int, typer.Option("--days", min=0, max=365, help="Remind this many days before each boundary.")] = 14,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Queue renewal reminders: before support ends, and before each price step 20 → 40 → 60 %.

    Each license is reminded once per step; run it daily from cron.

    Example: desk mail remind-renewals --days 14
    """
    from deskcli.services.mail import reminders

    fmt = chosen_format(fmt, as_json, fields, REMINDER_FIELDS)
    rows = reminders.remind_renewals(writing(ctx), days=days)
    _print(rows, REMINDER_FIELDS, fmt, fields, shown=REMINDER_FIELDS, empty="No reminders due today.")


def register(app: typer.Typer) -> None:
    app.command("mail-in", rich_help_panel=PANEL)(mail_in)
    app.add_typer(mail_app, name="mail", rich_help_panel=PANEL)
