"""Temporary access (2.12): sealed at rest, shown for one request only, and recorded."""

from __future__ import annotations

from deskcli.domain.access import TemporaryAccess
from deskcli.domain.errors import NotFound
from deskcli.services.context import Context
from deskcli.services.requests import _open_row
from deskcli.store.repository import Repository, utc_text


def add_access(ctx: Context, request_id: int, access: TemporaryAccess) -> dict:
    from deskcli.store.sealing import seal

    sealed = seal(access)
    with ctx.transaction() as repo:
        row = _open_row(ctx, repo, request_id, allow=("open", "answered"))
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
        repo.request(request_id)
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
