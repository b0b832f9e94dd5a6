"""Where inbound mail comes from besides standard input: a maildir, an IMAP mailbox.

Each message is handed to ``inbox.receive`` and only then let go of: moved from ``new/``
to ``cur/``, or marked \\Seen on the server, after the database committed it. A crash in
between leaves it to be offered again, and the Message-ID check stores it once. When the
database is busy the run stops at that message (StorageError), leaving it and the rest
for the next run; the results so far are in ``results``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from deskcli.services.mail.servers import configured_server
from deskcli.domain.errors import InvalidInput, StorageError
from deskcli.domain.named import TYPE_CHECKING
from deskcli.services.context import Context
from deskcli.services.mail import inbox
from deskcli.services.mail.origin import ImapMark
from deskcli.store import mail as mailstore

if TYPE_CHECKING:
    import ssl


def read_limited(handle: Any) -> tuple[bytes, bool]:
    """At most ``inbox.MAX_MESSAGE_BYTES`` of a message, and whether there was more."""
    data = handle.read(inbox.MAX_MESSAGE_BYTES + 1)
    return data[: inbox.MAX_MESSAGE_BYTES], len(data) > inbox.MAX_MESSAGE_BYTES


def from_maildir(ctx: Context, directory: Path, results: list[dict[str, Any]]) -> None:
    """Every message in ``directory/new``, oldest name first, moved to ``cur`` once stored."""
    new, cur = directory / "new", directory / "cur"
    if not new.is_dir():
        raise InvalidInput(f"{directory} is not a maildir (it has no new/ directory)")
    try:
        cur.mkdir(exist_ok=True)
        entries = [entry for entry in os.scandir(new) if not entry.name.startswith(".")]
        names = sorted(entry.name for entry in entries if entry.is_file(follow_symlinks=False))
    except OSError as exc:
        raise InvalidInput(f"cannot read {new}: {exc.strerror}") from None
    for entry in entries:
        if entry.is_symlink():  # a delivery agent writes files: a link would read whatever it names
            ctx.warn(f"{new / entry.name} is a symbolic link, not delivered mail: left where it is")
    for name in names:
        try:
            # O_NOFOLLOW: not a link put in the file's place after the listing either
            with os.fdopen(os.open(new / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb") as handle:
                raw, truncated = read_limited(handle)
                # the delivery agent wrote the file as the message arrived
                arrived = dt.datetime.fromtimestamp(os.fstat(handle.fileno()).st_mtime, dt.UTC)
        except FileNotFoundError:  # another reader took it meanwhile
            continue
        except OSError as exc:
            raise InvalidInput(f"cannot read {new / name}: {exc.strerror}") from None
        received = inbox.receive(ctx, raw, source="maildir", truncated=truncated, arrived=arrived)
        # Maildir: a message in cur/ carries its flags after ":2,"; S is "seen".
        target = name if ":2," in name else f"{name}:2,S"
        try:
            os.replace(new / name, cur / target)
        except FileNotFoundError:
            pass  # another run over this maildir (cron's, overlapping) moved it; the desk has it once
        except OSError as exc:
            raise InvalidInput(f"stored, but cannot move {name} to {cur}: {exc.strerror}") from None
        results.append({**received.as_dict(), "file": name})


def from_imap(ctx: Context, results: list[dict[str, Any]], *, limit: int | None = None,
              ssl_context: ssl.SSLContext | None = None) -> None:
    """The mailbox's messages after the last UID the desk stored, oldest first."""
    from deskcli.mail.imap import ImapState, poll_imap

    settings, password = configured_server(ctx, "imap")
    mailbox = f"{settings}/{settings.mailbox}"
    uidvalidity, last_uid = mailstore.imap_position(ctx.repo, mailbox)
    busy: list[StorageError] = []

    def accept(uid: int, raw: bytes, after: ImapState, arrived: dt.datetime | None) -> bool:
        try:
            received = inbox.receive(ctx, raw, source="imap",
                                     imap=ImapMark(mailbox, after.uidvalidity, after.last_uid),
                                     truncated=len(raw) > inbox.MAX_MESSAGE_BYTES, arrived=arrived)
        except StorageError as exc:
            busy.append(exc)
            return False
        results.append({**received.as_dict(), "uid": uid})
        return True

    polled = poll_imap(settings, password, ImapState(uidvalidity, last_uid), accept, limit=limit,
                       ssl_context=ssl_context)
    if busy:
        raise busy[0]
    if polled.stopped:
        return
    with ctx.transaction() as repo:  # a first poll's end of the mailbox: what was read before it is history
        kept_validity, kept_uid = mailstore.imap_position(repo, mailbox)
        if kept_validity != polled.state.uidvalidity or kept_uid < polled.state.last_uid:  # forward only
            mailstore.save_imap_position(repo, mailbox, polled.state.uidvalidity, polled.state.last_uid, ctx.now)
