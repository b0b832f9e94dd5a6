"""Temporary access (2.12): sealed at rest, shown for one request only, and recorded."""

from __future__ import annotations

from typing import Any

from deskcli.domain.access import TemporaryAccess, closing_reminder, joined
from deskcli.domain.credentials import Credentials
from deskcli.domain.errors import NotFound
from deskcli.services.context import Context
from deskcli.services.guards import not_before_opening, open_row
from deskcli.store.repository import Repository, utc_text


def add_access(ctx: Context, request_id: int, access: TemporaryAccess) -> dict:
    from deskcli.store.sealing import seal

    sealed = seal(access)
    with ctx.transaction() as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered"))
        keep_access(ctx, repo, request_id, access.kind, sealed)
        return row


def keep_access(ctx: Context, repo: Repository, request_id: int, kind: str, sealed: str,
                **recorded: str) -> None:
    """Store sealed access for a request in the caller's transaction: credentials given
    again replace the old ones. ``recorded``: more to say in the history (where it came from)."""
    repo.erase_access(request_id)
    repo.insert("access", {"request_id": request_id, "kind": kind, "sealed": sealed,
                           "added_at": utc_text(ctx.now), "added_by": ctx.agent})
    repo.record(at=ctx.now, agent=ctx.agent, action="access added", request_id=request_id,
                after={"access": kind, **recorded})


def show_access(ctx: Context, request_id: int) -> TemporaryAccess:
    """The credentials in clear, for one request, and a record that someone looked."""
    from deskcli.store.sealing import unsealer

    def on_file(repo: Repository) -> dict:
        not_before_opening(ctx, repo.request(request_id))
        found = repo.one("SELECT * FROM access WHERE request_id = ?", (request_id,))
        if found is None:
            raise NotFound(f"request #{request_id} has no temporary access on file")
        return found

    on_file(ctx.repo)
    unseal = unsealer()  # the key and the cipher before the write lock
    with ctx.transaction() as repo:
        found = on_file(repo)
        access = unseal(found["sealed"])  # a failure here records nothing
        repo.record(at=ctx.now, agent=ctx.agent, action="access shown", request_id=request_id,
                    after={"access": found["kind"]})
    return access


def keep_written_access(ctx: Context, repo: Repository, row: dict[str, Any], found: Credentials) -> None:
    """The passwords a customer wrote (hidden from the stored text: domain/credentials.py) as
    the request's temporary access, sealed, erased at close (2.12). A request that is not
    being worked on keeps none: the text says so where the password stood."""
    from deskcli.domain.errors import DeskError
    from deskcli.store.sealing import seal

    from deskcli.services.passwords import kept_on

    if not found or not kept_on(row["status"]):
        return
    try:
        access = found.access(row.get("site_url"))
        on_file = repo.one("SELECT sealed FROM access WHERE request_id = ?", (row["id"],))
        if on_file is not None:  # access an agent added stays; the customer's lines join it
            from deskcli.store.sealing import unsealer

            access = joined(unsealer()(on_file["sealed"]), access)
        keep_access(ctx, repo, row["id"], access.kind, seal(access), source="the customer's message")
    except DeskError as exc:  # no key to seal with, a line too long: hidden, and the history says why
        repo.record(at=ctx.now, agent=ctx.agent, action="access not kept", request_id=row["id"],
                    after={"why": str(exc)})
        ctx.warn(f"#{row['id']}: the password the customer wrote was hidden and not kept: {exc}")


def erased_access_note(ctx: Context, row: dict, kind: str, *, mail: bool) -> str:
    """What the agent is told when closing erased a request's temporary access (2.12): the
    customer must delete that user, and either the close mail asked them or the agent must."""
    from deskcli.services.mail import outbox

    if not mail:
        why = "--no-mail"
    elif not ctx.policy.mail_from:
        why = "the desk sends no mail: desk policy set mail.from"
    elif not outbox.customer_addresses(ctx.repo, row["id"], row["license"]):
        why = "no address for them"
    else:
        return f"temporary {kind} access erased; the customer was asked by mail to delete the temporary {kind} user"
    return f"temporary {kind} access erased; the customer was not mailed ({why}): ask them to delete the " \
           f"temporary {kind} user"


def erase_access(ctx: Context, repo: Repository, request_id: int) -> str | None:
    """Credentials live only while the request is open; closing tells the customer so.
    Runs inside the caller's transaction; the caller imports this module before taking the
    write lock, which loads the access rules (a reply, which never erases any, loads none)."""
    found = repo.one("SELECT kind FROM access WHERE request_id = ?", (request_id,))
    if found is None:
        return None
    repo.erase_access(request_id)
    repo.insert("messages", {"request_id": request_id, "author": ctx.agent, "kind": "closing",
                             "body": closing_reminder(found["kind"]), "at": utc_text(ctx.now)})
    repo.record(at=ctx.now, agent=ctx.agent, action="access erased", request_id=request_id,
                before={"access": found["kind"]}, after={"access": None})
    return found["kind"]
