"""What the mail commands list: the outbox, the log of inbound mail, a request's attachments."""

from __future__ import annotations

from typing import Any

from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.services.context import Context
from deskcli.store import mail as mailstore

OUTBOX_FIELDS = mailstore.OUTBOX_COLUMNS
LOG_FIELDS = mailstore.LOG_COLUMNS
ATTACHMENT_FIELDS = ("id", "request_id", "message_id", "name", "content_type", "size", "kept", "at")
_INSTANTS = ("at", "queued_at", "next_attempt_at", "sent_at")


def _shown(ctx: Context, row: dict[str, Any]) -> dict[str, Any]:
    shown = {key: ctx.show_stored(value) if key in _INSTANTS else value for key, value in row.items()}
    for key in ("automatic", "kept"):
        if key in shown:
            shown[key] = bool(shown[key])
    return shown


def outbox(ctx: Context, *, statuses: tuple[str, ...] = (), request_id: int | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    unknown = [s for s in statuses if s not in mailstore.OUTBOX_STATUSES]
    if unknown:
        raise InvalidInput(f"unknown status {unknown[0]!r}; use {', '.join(mailstore.OUTBOX_STATUSES)}")
    return [_shown(ctx, row) for row in mailstore.outbox(ctx.repo, statuses=statuses, request_id=request_id,
                                                          limit=limit)]


def outbox_message(ctx: Context, outbox_id: int) -> dict[str, Any]:
    """One outbox message: its record, its headers as a mail client shows them, its text."""
    from email import message_from_bytes, policy
    from email.header import decode_header, make_header

    row = mailstore.outbox_message(ctx.repo, outbox_id)
    if row is None:
        raise NotFound(f"outbox message {outbox_id} not found")
    data = bytes(row["message"])
    # Decoded here rather than by the email package's address parser, which puts a space
    # between two encoded words of one folded display name.
    raw = message_from_bytes(data)
    headers = [f"{name}: {make_header(decode_header(' '.join(str(value).split())))}" for name, value in raw.items()
               if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version")]
    body = message_from_bytes(data, policy=policy.default).get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return {**_shown(ctx, {k: row[k] for k in OUTBOX_FIELDS}), "headers": "\n".join(headers),
            "body": text.replace("\r\n", "\n")}


def log(ctx: Context, *, since: str | None = None, outcomes: tuple[str, ...] = (),
        limit: int | None = None) -> list[dict[str, Any]]:
    from deskcli.services.mail.inbox import OUTCOMES

    unknown = [o for o in outcomes if o not in OUTCOMES]
    if unknown:
        raise InvalidInput(f"unknown outcome {unknown[0]!r}; use {', '.join(OUTCOMES)}")
    start, _ = ctx.period(since, None, names=("--since", "--until"))
    return [_shown(ctx, row) for row in mailstore.mail_log(ctx.repo, since=start, outcomes=outcomes, limit=limit)]


def attachments(ctx: Context, request_id: int) -> list[dict[str, Any]]:
    ctx.repo.request(request_id)  # NotFound for a request that does not exist
    return [_shown(ctx, row) for row in mailstore.attachments(ctx.repo, request_id)]


def attachment(ctx: Context, request_id: int, name: str) -> tuple[dict[str, Any], bytes]:
    """The attachment of a request by its name (the newest of that name) or its number."""
    rows = attachments(ctx, request_id)
    chosen = [row for row in rows if row["name"] == name] or [row for row in rows if str(row["id"]) == name]
    if not chosen:
        names = ", ".join(row["name"] for row in rows) or "none"
        raise NotFound(f"request #{request_id} has no attachment {name!r} (it has: {names})")
    row = chosen[-1]
    data = mailstore.attachment_data(ctx.repo, row["id"])
    if data is None:
        raise InvalidInput(f"attachment {row['name']!r} ({row['size']} bytes) was over the desk's size limit "
                           "and was not kept")
    return row, data
