"""The mail a change comes from, as ``services.requests`` and ``services.mail.hooks`` see
it: who to answer, when the message counts as received (``domain.arrival``), and the
bookkeeping (its Message-ID, attachments, the log line, the IMAP position) written in the
same transaction as the change it causes. ``inbox`` decides what a message is."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deskcli.domain import arrival
from deskcli.domain.credentials import without_passwords  # a subject the log and replies quote
from deskcli.domain.reasons import Reason
from deskcli.mail import reading
from deskcli.services.context import Context
from deskcli.services.mail import deliveries
from deskcli.services.mail.outbox import Queued, Recipient
from deskcli.store import mail as mailstore
from deskcli.store.records import utc_text
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from deskcli.mail.inbound import InboundMail


@dataclass(frozen=True)
class ImapMark:
    """Where this message sits in a polled mailbox; saved with what the message caused."""

    mailbox: str
    uidvalidity: int | None
    uid: int


@dataclass
class Received:
    """What became of one message, for the command that fed it in."""

    outcome: str
    reason: str
    request_id: int | None
    sender: str | None
    message_id: str | None
    queued: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "request_id": self.request_id, "reason": self.reason,
                "sender": self.sender, "message_id": self.message_id, "queued": self.queued}


class Origin:
    """The mail a change comes from. ``requests`` hands it to ``hooks``, which call
    ``reply_to`` and ``keep`` inside the change's transaction."""

    def __init__(self, ctx: Context, mail: InboundMail, source: str, imap: ImapMark | None,
                 arrived: dt.datetime | None = None) -> None:
        self.ctx = ctx
        self.mail = mail
        self.source = source
        self.imap = imap
        #: When its server took the message in (None: read as it arrived); see ``counts_from``.
        self.arrived = arrived
        self._counted = False
        self.key = deliveries.key(mail)
        self.language = reading.language(mail)
        #: "new", "clarification", "note" or "bounce": what the caller asked the desk to do.
        self.intent = "new"
        self.flag: Reason | None = None
        self.bounce: dict[str, Any] | None = None
        self.notes: list[str] = []
        #: A problem of the message's that a note already states (not logged twice).
        self.stated: str | None = None
        #: What the services made of a customer's message: "clarification", "thanks" or "refused".
        self.said = "clarification"
        self.received: Received | None = None

    def counts_from(self, floor: dt.datetime | None = None) -> dt.datetime:
        """When the customer's message counts as received (2.6, 2.7): when its server took it
        in, for mail a poll read later, but never before ``floor``, the request's last turn
        (``Repository.last_turn_at``, read inside the write that uses the answer). Everything
        else the message causes (history, mail, the log) happens when it is read."""
        received = arrival.received_at(self.arrived, self.ctx.now, floor=floor)
        if received.note is not None and not self._counted:
            self.notes.append(received.note)
        self._counted = True
        return received.at

    def dropped(self) -> list[tuple[str, int]]:
        """The attachments the size limit left out of this message: name and size each."""
        return [(a.filename, a.size) for a in self.mail.attachments if not a.kept]

    def reply_to(self) -> Recipient | None:
        sender = self.mail.sender
        if sender is None:
            return None
        if self.mail.no_auto_reply:
            self.notes.append("no automatic reply: the mail is automatic or asked for none")
            return None
        return Recipient(sender.address, sender.name, self.language)

    def keep(self, repo: Repository, row: dict[str, Any], message_row_id: int | None,
             queued: list[Queued]) -> None:
        """Everything the message leaves behind, beside the change it caused."""
        ctx, mail, request_id = self.ctx, self.mail, row["id"]
        if self.intent == "new" and mail.sender is not None:
            mailstore.save_contact(repo, request_id, mail.sender.address, mail.sender.name, self.language)
        if message_row_id is not None:
            changes: dict[str, Any] = {"message_id": mail.message_id} if mail.message_id else {}
            if self.intent in ("note", "bounce") and mail.sender is not None:
                changes["author"] = mail.sender.address  # the note is theirs, not the mail process's
            if changes:
                repo.update("messages", "id", message_row_id, changes)
            for attachment in mail.attachments:
                mailstore.add_attachment(repo, {
                    "request_id": request_id, "message_id": message_row_id, "name": attachment.filename,
                    "content_type": attachment.content_type, "size": attachment.size,
                    "kept": int(attachment.kept), "data": attachment.data if attachment.kept else None,
                    "at": utc_text(ctx.now)})
            if mail.attachments and mail.attachment_access:
                from deskcli.services import passwords

                passwords.keep(ctx, repo, row, mail.attachment_access)
        if self.flag is not None and row["status"] == "open":
            flags = json.loads(row.get("flags") or "[]") + [self.flag.as_dict()]
            repo.change_request(row, {"flags": json.dumps(flags, ensure_ascii=False)}, at=ctx.now,
                                agent=ctx.agent, action="flagged")
        outcome = {"new": "opened" if row["status"] == "open" else "rejected",
                   "clarification": self._clarified(),
                   "note": "noted", "bounce": "bounce"}[self.intent]
        self.finish(repo, outcome, request_id, queued)

    def _clarified(self) -> str:
        """What a customer's message on a request came to, as ``customer_message`` decided it:
        refused under 2.8 (the request untouched), thanks, or a clarification (2.7)."""
        return {"refused": "refused", "thanks": "thanked"}.get(self.said, "clarified")

    def finish(self, repo: Repository, outcome: str, request_id: int | None, queued: list[Queued]) -> None:
        """The log line, the Message-ID as received, the IMAP position."""
        ctx, mail = self.ctx, self.mail
        self.notes += [done.skipped for done in queued if done.skipped]
        if self.bounce is not None:
            repo.update("outbox", "id", self.bounce["id"], {"status": "bounced", "last_error": self.bounce["error"]})
            repo.record(at=ctx.now, agent=ctx.agent, action="mail not delivered", request_id=request_id,
                        license=self.bounce["license"], after={"outbox": self.bounce["id"],
                                                               "error": self.bounce["error"]})
        problems = [problem for problem in mail.problems if problem != self.stated]
        reason = reading.masked("; ".join(dict.fromkeys(note for note in self.notes + problems if note)), mail)
        if outcome != "duplicate":
            # Asked again inside the write lock: two deliveries of one message at once (an
            # alias and a Cc, two polls) both passed the first look; the later one undoes itself.
            if deliveries.earlier_delivery(repo, mail)[0] is not None:
                raise ReceivedMeanwhile
            mailstore.mark_received(repo, self.key, at=ctx.now, outcome=outcome, request_id=request_id)
        mailstore.log_mail(repo, {
            "at": utc_text(ctx.now), "source": self.source, "message_id": mail.message_id,
            "sender": mail.sender.address if mail.sender else None, "subject": without_passwords(mail.subject),
            "outcome": outcome, "reason": reason, "request_id": request_id, "size": mail.size})
        if self.imap is not None:
            mailstore.save_imap_position(repo, self.imap.mailbox, self.imap.uidvalidity, self.imap.uid, ctx.now)
        self.received = Received(outcome, reason, request_id, mail.sender.address if mail.sender else None,
                                 mail.message_id, [done.id for done in queued if done.id is not None])


class ReceivedMeanwhile(Exception):
    """The same message was stored by another delivery while this one was read."""
