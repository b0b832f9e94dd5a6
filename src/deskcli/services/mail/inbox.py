"""One inbound message, whatever brought it (standard input, a maildir, IMAP): what it
means for the desk, and the one place that decides it.

- Received before (the same message, its trace headers aside: ``deliveries``): nothing twice.
- A bounce of the desk's own mail: a delivery failure noted on its request.
- Other automatic mail (auto-replies, lists, the desk's own): logged, never answered.
- ``[desk #N]`` in the subject, or In-Reply-To / References naming a message the desk
  sent or stored: from the request's customer a clarification (2.7, through
  ``requests.reply``), from anyone else an internal note that re-queues nothing.
- Anything else is a new request: with every field of 2.1 it goes through
  ``opening.open_request`` exactly like ``desk open``; without, the sender is told what
  is missing and nothing is opened.

Every attempt is logged, and the log line, the Message-ID, the attachments and the IMAP
position are written in the same transaction as the change the message causes. The raw
message is never stored: it holds the PIN.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from deskcli.domain.credentials import kept_nowhere, without_passwords  # a subject the log and replies quote
from deskcli.domain.errors import DeskError, EditionMismatch, InvalidInput, NotRecognised, StorageError
from deskcli.domain.reasons import CATEGORY_ASSUMED, Reason
from deskcli.mail import reading
from deskcli.services import opening, requests
from deskcli.services.context import Context
from deskcli.services.drafts import Draft
from deskcli.services.mail import bounces, deliveries, hooks, outbox
from deskcli.services.mail.origin import ImapMark, Origin, Received, ReceivedMeanwhile
from deskcli.services.mail.outbox import AUTO_REPLY
from deskcli.store import mail as mailstore
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from deskcli.mail.inbound import InboundMail

SOURCES = ("stdin", "maildir", "imap")
OUTCOMES = ("opened", "rejected", "clarified", "refused", "thanked", "noted", "bounce", "missing", "not_accepted",
            "ignored", "duplicate")
#: A message larger than this is logged and dropped: no MTA's default limit comes near it.
MAX_MESSAGE_BYTES = 100 * 1024 * 1024


def own_addresses(ctx: Context) -> list[str]:
    return [a for a in (ctx.policy.mail_from, *ctx.policy.mail_addresses.values()) if a]


def receive(ctx: Context, raw: bytes, *, source: str = "stdin", imap: ImapMark | None = None,
            truncated: bool = False, arrived: dt.datetime | None = None) -> Received:
    """Take one RFC 822 message into the desk. Never raises for what the message says;
    StorageError means nothing was stored and the same message should be offered again.
    ``arrived``: when the message's server took it in, for mail read later than it came
    (a poll); the response time counts from then (``domain.arrival``)."""
    from deskcli.mail.inbound import parse_message

    mail = parse_message(raw, attachment_limit=ctx.policy.attachment_limit, own_addresses=own_addresses(ctx))
    origin = Origin(ctx, mail, source, imap, arrived)
    if truncated:
        return _alone(ctx, origin, "ignored", f"the message is larger than {MAX_MESSAGE_BYTES} bytes; not stored")
    earlier, reused = deliveries.earlier_delivery(ctx.repo, mail)
    if earlier is not None:
        return _alone(ctx, origin, "duplicate", "received before; nothing stored twice",
                      request_id=earlier["request_id"])
    if reused:
        origin.notes.append(deliveries.REUSED_ID)
    try:
        return _taken(ctx, origin)
    except ReceivedMeanwhile:
        return _alone(ctx, Origin(ctx, mail, source, imap, arrived), "duplicate",
                      "received meanwhile by another delivery; nothing stored twice")


def _taken(ctx: Context, origin: Origin) -> Received:
    """What the message becomes, once it is known to be new."""
    mail = origin.mail
    if mail.bounce is not None:
        return _bounce(ctx, origin)
    if mail.automatic is not None:
        return _alone(ctx, origin, "ignored",
                      f"automatic mail ({mail.automatic.kind}: {mail.automatic.detail}); never answered")
    if mail.sender is None:
        from deskcli.mail.inbound import NO_SENDER

        return _alone(ctx, origin, "ignored", f"{NO_SENDER}: nobody to answer", stated=NO_SENDER)
    target = _addressed_request(ctx.repo, mail)
    if target is not None:
        return _on_request(ctx, origin, target)
    return _new_request(ctx, origin)


def _alone(ctx: Context, origin: Origin, outcome: str, reason: str, *,
           reply: tuple[str, Mapping[str, object]] | None = None, request_id: int | None = None,
           stated: str | None = None) -> Received:
    """An outcome that changes no request: logged, and perhaps answered, in one transaction.
    ``stated``: a problem of the message's that ``reason`` already states."""
    origin.notes.insert(0, reason)
    origin.stated = stated
    with ctx.transaction(searchable=True) as repo:
        queued = []
        to = None
        if reply is not None and outbox.enabled(ctx):
            to = origin.reply_to()
        elif reply is not None:
            hooks.unanswered(ctx, origin)
        if reply is not None and to is not None:
            queued.append(outbox.queue(ctx, repo, reply[0], to, reply[1], automatic=AUTO_REPLY,
                                       in_reply_to=origin.mail.message_id, references=origin.mail.references))
        origin.finish(repo, outcome, origin.bounce["request_id"] if origin.bounce else request_id, queued)
    assert origin.received is not None
    return origin.received


def _addressed_request(repo: Repository, mail: InboundMail) -> dict[str, Any] | None:
    """The request a reply is about: the ``[desk #N]`` tag, else a known Message-ID; a
    request merged into another (desk merge) hands its mail to that one."""
    from deskcli.services.merge import current_request

    request_id = mail.ticket_id
    if request_id is None or repo.one("SELECT 1 FROM requests WHERE id = ?", (request_id,)) is None:
        request_id = mailstore.request_for_message_ids(repo, mail.thread_ids)
    if request_id is None:
        return None
    return repo.one("SELECT * FROM requests WHERE id = ?", (current_request(repo, request_id),))


def _on_request(ctx: Context, origin: Origin, row: dict[str, Any]) -> Received:
    mail = origin.mail
    assert mail.sender is not None
    body = reading.clarification_text(mail)
    if without_passwords(mail.subject) != mail.subject:
        # a password in a reply's subject: the message carries the subject line, so the
        # services hide it there and keep it as temporary access, as one in the text
        body = f"{mail.subject}\n\n{body}".strip()
    if mail.sender.address in outbox.customer_addresses(ctx.repo, row["id"], row["license"]):
        origin.intent = "clarification"
        try:
            requests.reply(ctx, row["id"], body, kind="customer", origin=origin)
        except StorageError:
            raise
        except InvalidInput as exc:  # e.g. a reply that only quotes: an empty message, as desk reply says
            origin.intent = "note"
            origin.notes.append(f"not taken as a clarification ({exc}): kept as an internal note")
            requests.reply(ctx, row["id"], body or reading.EMPTY, kind="internal", mail=False, origin=origin)
    else:
        origin.intent = "note"
        origin.notes.append("not from the request's customer: kept as an internal note, nothing re-queued")
        requests.reply(ctx, row["id"], body or reading.EMPTY, kind="internal", mail=False, origin=origin)
    assert origin.received is not None
    return origin.received


#: Automatic mail one address gets in a day before its replies to that mail, still without
#: the fields, are logged and not answered: a person gets a second letter, a robot no third.
_ECHO_ANSWERS = 2
_ECHO_WINDOW = dt.timedelta(days=1)


def _new_request(ctx: Context, origin: Origin) -> Received:
    from deskcli.mail import templates

    mail, found = origin.mail, origin.mail.fields
    topic = reading.topic(mail)
    if mailstore.answers_automatic_mail(ctx.repo, mail.thread_ids):
        topic = outbox.customer_subject(ctx.repo, topic)
    if mail.missing:
        why = f"no request: missing {', '.join(mail.missing)}"
        if (mail.sender is not None and mailstore.answers_automatic_mail(ctx.repo, mail.thread_ids)
                and mailstore.automatic_sent_since(ctx.repo, mail.sender.address, ctx.now - _ECHO_WINDOW)
                >= _ECHO_ANSWERS):
            # Another robot answering our automatic answer, which would answer it again: a
            # loop only the hourly limit slowed. A person who answers the missing-fields mail
            # with only what it asked for (review: silently dropped) is told once more what is
            # still missing; whoever has the fields still gets the request opened.
            return _alone(ctx, origin, "missing", f"{why}; not answered again: it replies to the desk's own "
                                                  f"automatic mail, {_ECHO_ANSWERS} of which went to this address "
                                                  "in the last day")
        values = {"topic": kept_nowhere(topic), "missing": templates.missing_text(mail.missing, origin.language)}
        return _alone(ctx, origin, "missing", why, reply=("missing_fields", values))
    assert found.license and found.pin and found.version and found.site and found.edition
    try:
        edition = _edition(ctx, found.edition)
    except InvalidInput as exc:
        return _not_accepted(ctx, origin, topic, "unknown_edition", str(exc), edition=found.edition)
    by_address = {address: category for category, address in ctx.policy.mail_addresses.items()}
    category = mail.addressed_category(by_address) or found.category
    if category is None:
        unknown = f" (\"{found.unknown_category}\" is no category the desk knows)" if found.unknown_category else ""
        # The free edition is helped with installation only (2.4): assuming usage would refuse
        # every such mail unseen, its one exception included (review). The agent checks it.
        category = "installation" if ctx.policy.editions.get(edition, False) else "usage"
        origin.flag = Reason(CATEGORY_ASSUMED, f"the mail named no category{unknown}; {category} assumed: "
                                                 "check it (desk edit ID --category ...)")
    draft = Draft(license=found.license, pin=found.pin, version=found.version, category=category,
                           site=found.site, subject=topic, body=found.description, edition=edition,
                           origin=origin)
    try:
        opening.open_request(ctx, draft)
    except StorageError:
        raise
    except NotRecognised as exc:
        return _not_accepted(ctx, origin, topic, "not_recognised", str(exc))
    except DeskError as exc:
        # An edition that contradicts the license has a letter of its own; anything else it
        # refuses (a malformed version or address) is quoted as it says it.
        code = "edition_mismatch" if isinstance(exc, EditionMismatch) else "invalid"
        return _not_accepted(ctx, origin, topic, code, str(exc), edition=edition, detail=str(exc))
    assert origin.received is not None
    return origin.received


def _not_accepted(ctx: Context, origin: Origin, topic: str, code: str, why: str, **values: str) -> Received:
    from deskcli.mail import templates

    problem = reading.masked(templates.problem_text(code, origin.language, **values), origin.mail)
    return _alone(ctx, origin, "not_accepted", reading.masked(f"no request: {why}", origin.mail),
                  reply=("not_accepted", {"topic": kept_nowhere(topic), "problem": problem}))


def _bounce(ctx: Context, origin: Origin) -> Received:
    bounce = origin.mail.bounce
    assert bounce is not None
    found = mailstore.outbox_by_message_id(ctx.repo, bounce.original_message_id) if bounce.original_message_id else None
    if found is None:
        return _alone(ctx, origin, "ignored", "a delivery report about mail the desk did not send")
    to = ", ".join(bounce.recipients) or found["recipient"]
    if bounce.recipients and {r.casefold() for r in bounce.recipients} <= mailstore.earlier_recipients(ctx.repo, found):
        # about the letter as it went before its address was corrected and it was sent again:
        # a late report must not undo the retry (a forwarded address is none of these)
        return _alone(ctx, origin, "ignored", f"a delivery report about mail #{found['id']} to {to}, "
                                              f"which goes to {found['recipient']} now")
    error = " ".join(part for part in (bounce.status, bounce.diagnostic) if part) or "no reason given"
    if not bounce.permanent:
        return _alone(ctx, origin, "ignored", f"delivery to {to} delayed ({error}); the mail server keeps trying")
    origin.intent = "bounce"
    origin.bounce = {**found, "error": error}
    if found["request_id"] is None:
        return _alone(ctx, origin, "bounce", f"mail to {to} not delivered ({error})")
    origin.notes.append(f"mail to {to} not delivered ({error})")
    text, flag = bounces.texts(ctx.repo, found, to, error)
    bounces.undelivered(ctx, found["request_id"], text, flag, origin=origin)
    assert origin.received is not None
    return origin.received


# -- reading the message ----------------------------------------------------------------

def _edition(ctx: Context, named: str) -> str:
    """The policy's name of the edition the customer named, English names included."""
    from deskcli.mail import templates

    try:
        return ctx.policy.edition(named)
    except InvalidInput:
        alias = templates.labels("en").get("editions", {}).get(" ".join(named.casefold().split()))
        if alias is None:
            raise
        return ctx.policy.edition(alias)
