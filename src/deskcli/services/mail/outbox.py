"""One message of the desk: rendered from its template, built, and queued in the outbox.

Called inside the transaction of the change that causes the mail, so the change and its
mail are committed together or not at all; ``desk mail send`` delivers later, so an
agent's command never waits for a mail server. The message is stored as it will go on
the wire. It is made from the desk's templates and the request's own fields and never
quotes the customer's mail, so a PIN cannot reach it. A message that cannot be built
(the customer's address is not deliverable) is skipped with a warning: mail never undoes
an agent's work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.services.context import Context
from deskcli.store import mail as mailstore
from deskcli.store.records import utc_text
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from deskcli.mail.templates import RenderedMail
    from typing import Any

#: Automatic replies (acknowledgements, refusals, missing-field replies) one address gets
#: in an hour at most: a loop with a robot that answers every message stops here.
AUTO_REPLIES_PER_HOUR = 3
#: ``outbox.automatic``: 0 a person's mail, 1 an automatic reply, 2 mail the desk starts.
AUTO_REPLY, AUTO_GENERATED = 1, 2


class Recipient(NamedTuple):
    address: str
    name: str = ""
    language: str = "ru"


class Queued(NamedTuple):
    """What became of one message: its outbox row, or why it was not queued."""

    kind: str
    recipient: str
    id: int | None = None
    message_id: str | None = None
    skipped: str | None = None
    #: The text the recipient reads, as rendered from its template.
    body: str | None = None


def enabled(ctx: Context) -> bool:
    """The desk sends mail once its policy names its address (``mail.from``)."""
    return bool(ctx.policy.mail_from)


def request_recipient(repo: Repository, request_id: int, license: str) -> Recipient | None:
    """Where a request's mail goes: the address its mail came from, else the license's e-mail."""
    found = mailstore.contact(repo, request_id)
    if found is not None:
        return Recipient(found["address"], found["name"] or "", found["language"] or "ru")
    return license_recipient(repo, license)


def license_recipient(repo: Repository, license: str) -> Recipient | None:
    """The license's own address, where mail about the license goes."""
    row = repo.one("SELECT email, customer FROM licenses WHERE number = ?", (license,))
    if row and (row["email"] or "").strip():
        return Recipient(row["email"].strip().lower(), row["customer"] or "")
    return None


def redirect(ctx: Context, request_id: int, address: str) -> tuple[dict[str, Any], str]:
    """From now on the request's mail goes to ``address`` (its customer's mailbox bounced, or
    someone else now speaks for them); recorded in its history. Mail not sent yet goes there
    too; mail already sent stays as it was, and failed or bounced mail queued again (``desk
    mail retry``) goes to the new one. Returns the request and the address as kept."""
    from deskcli.domain.tickets import validate_email
    from deskcli.services.guards import open_row

    address = validate_email(address).lower()
    if not address:
        raise InvalidInput("--email needs an address like name@example.com")
    with ctx.transaction() as repo:
        row = open_row(ctx, repo, request_id, allow=("open", "answered", "resolved", "rejected"))
        before = request_recipient(repo, request_id, row["license"])
        if before is not None and before.address.lower() == address:
            raise InvalidInput(f"request #{request_id}'s mail already goes to {address}")
        mailstore.save_contact(repo, request_id, address, "", before.language if before else "ru")
        repo.record(at=ctx.now, agent=ctx.agent, action=MAIL_ADDRESS_CHANGED, request_id=request_id,
                    before={"mail_to": before.address if before else None}, after={"mail_to": address})
        if before is not None:
            _readdress_queued(repo, request_id, before.address, address)
        return row, address


def _readdress_queued(repo: Repository, request_id: int, old: str, new: str) -> None:
    """Mail of the request not sent yet (queued, or waiting out a back-off) goes to the new
    address too (review: it still went to the old one)."""
    from deskcli.mail.outbound import readdressed

    for row in repo.all("SELECT id, message FROM outbox WHERE request_id = ? AND status = 'queued' "
                        "AND lower(recipient) = ?", (request_id, old.lower())):
        repo.update("outbox", "id", row["id"], {"recipient": new, "message": readdressed(row["message"], new)})


def current_recipient(repo: Repository, row: Mapping[str, Any]) -> Recipient | None:
    """Where an outbox message would go if it were queued now: its request's mail, or for
    mail about a license alone (a renewal reminder) the license's address; None for mail
    that belongs to neither (a reply to a stranger's mail)."""
    if row["request_id"] is not None:
        request = repo.one("SELECT license FROM requests WHERE id = ?", (row["request_id"],))
        return request_recipient(repo, row["request_id"], request["license"]) if request else None
    return license_recipient(repo, row["license"]) if row["license"] is not None else None


#: The history's word for ``desk edit --email``; the address it replaced stays the customer's.
MAIL_ADDRESS_CHANGED = "mail address changed"


def customer_addresses(repo: Repository, request_id: int, license: str) -> set[str]:
    """The addresses whose mail counts as the customer's own on this request: where its mail
    goes, those it went to before an agent changed it (review: the customer writing from
    the old one became a stranger), those of the requests merged into it, and the license's."""
    addresses = set()
    found = mailstore.contact(repo, request_id)
    if found is not None:
        addresses.add(found["address"].lower())
    for event in repo.all("SELECT json_extract(before, '$.mail_to') AS address FROM events "
                          "WHERE request_id = ? AND action = ? UNION ALL "
                          # the requests merged into this one: their customers write here now (review)
                          "SELECT address FROM mail_contacts WHERE request_id IN (WITH RECURSIVE merged(id) AS "
                          "(SELECT id FROM requests WHERE merged_into = ? UNION "
                          "SELECT r.id FROM requests r JOIN merged m ON r.merged_into = m.id) SELECT id FROM merged)",
                          (request_id, MAIL_ADDRESS_CHANGED, request_id)):
        if event["address"]:
            addresses.add(event["address"].lower())
    row = repo.one("SELECT email FROM licenses WHERE number = ?", (license,))
    if row and (row["email"] or "").strip():
        addresses.add(row["email"].strip().lower())
    return addresses


def template_overrides(repo: Repository) -> dict[str, str]:
    """The team's edited copies of the mail templates (``desk template mail edit``), keyed
    ``"ru/acknowledgement"``; a template without one is sent as packaged."""
    from deskcli.services.mail.templates import overrides

    return overrides(repo)


def render(repo: Repository, kind: str, values: Mapping[str, object], language: str,
           overrides: Mapping[str, str] | None = None) -> RenderedMail:
    """Template ``kind`` filled in as the desk sends it: the team's copy in ``language`` if it
    has one (``overrides``: ``template_overrides(repo)`` read once already), else the shipped."""
    from deskcli.mail import templates

    return templates.render(kind, values, language=language,
                            overrides=template_overrides(repo) if overrides is None else overrides)


def queue(ctx: Context, repo: Repository, kind: str, to: Recipient, values: Mapping[str, object], *,
          request_id: int | None = None, license: str | None = None, automatic: int = 0,
          in_reply_to: str | None = None, references: Sequence[str] = (), limited: bool = True) -> Queued:
    """Render template ``kind`` for ``to`` and queue it; ``automatic`` is AUTO_REPLY or AUTO_GENERATED.
    ``limited=False``: a letter in place of one withdrawn unsent, which the hourly limit on
    automatic replies already counted."""
    from deskcli.mail import outbound, templates

    if automatic == AUTO_REPLY and limited:
        since = ctx.now - dt.timedelta(hours=1)
        if mailstore.automatic_sent_since(repo, to.address, since) >= AUTO_REPLIES_PER_HOUR:
            return Queued(kind, to.address, skipped=f"automatic reply withheld: {AUTO_REPLIES_PER_HOUR} "
                                                    "already sent to this address in the last hour")
    rendered = render(repo, kind, values, to.language)
    sender = ctx.policy.mail_from
    try:
        message_id = outbound.new_message_id(sender.partition("@")[2], request_id)
        message = outbound.build_message(
            sender=sender, sender_name=templates.labels(to.language)["sender_name"], to=to.address,
            to_name=to.name, subject=rendered.subject, body=rendered.body, now=ctx.now, message_id=message_id,
            ticket_id=request_id, in_reply_to=in_reply_to, references=references, language=to.language,
            automatic={AUTO_REPLY: outbound.AUTO_REPLIED, AUTO_GENERATED: outbound.AUTO_GENERATED}.get(automatic),
        )
        wire = outbound.wire_bytes(message)
    except (InvalidInput, ValueError) as exc:
        ctx.warn(f"no mail to {to.address!r}: {exc}")
        return Queued(kind, to.address, skipped=f"not queued: {exc}")
    outbox_id = mailstore.add_to_outbox(repo, {
        "message_id": message_id, "request_id": request_id, "license": license, "kind": kind,
        "recipient": to.address, "subject": str(message["subject"]), "automatic": automatic,
        "queued_at": utc_text(ctx.now), "next_attempt_at": utc_text(ctx.now), "message": wire,
    })
    return Queued(kind, to.address, outbox_id, message_id, body=rendered.body)


def request_values(row: Mapping[str, object]) -> dict[str, object]:
    """The placeholders every request's mail has: its number and what it is about."""
    return {"ticket": row["id"], "topic": row.get("subject") or ""}


#: Stands for the customer's subject in the desk's own subject lines, to find it there again.
_TOPIC_MARK = "\u2042topic\u2042"


def customer_subject(repo: Repository, topic: str) -> str:
    """A reply to the desk's missing-fields or not-registered letter, which carries the
    customer's subject inside its own: the customer's subject, as the request's (review: a
    request opened so was called "Не хватает данных для обращения: помогите"). The letters'
    subjects are read from the templates as the team has them, in either language."""
    overrides = template_overrides(repo)
    for kind in ("missing_fields", "not_accepted"):
        for language in ("ru", "en"):
            subject = render(repo, kind, {"topic": _TOPIC_MARK}, language, overrides).subject
            head, marked, tail = subject.partition(_TOPIC_MARK)
            if marked and (head or tail) and topic.startswith(head) and topic.endswith(tail):
                own = topic[len(head):len(topic) - len(tail)].strip()
                if own:
                    return own
    return topic
