"""Delivering the outbox over SMTP: what is due, sent in one session, results recorded.

No transaction is held while the mail server talks: the due messages are claimed (their
next attempt pushed a little into the future, so a second ``desk mail send`` started
meanwhile leaves them alone), and each is recorded as sent as soon as the server took it,
before the next one goes. Before each message the run checks that its claim still holds
and renews it, so a batch that outlasts the claim is not sent twice by a run started
later. A run killed mid-batch sends again at most the one message the server had taken
but the desk had not yet recorded: at least once, never lost. A temporary failure (a 4xx reply, the desk's own server down or refusing
the login) is tried again later, the wait doubling each time up to six hours, until the message
has waited ``MAX_AGE`` as a mail server's queue would: a weekend's outage of the desk's server
costs delay, not mail. A permanent failure (a 5xx reply to the message) is recorded as failed
at once. ``requeue`` puts failed or bounced mail back in the queue.
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
from collections.abc import Iterator

from deskcli import clock as clocks
from deskcli.held_signals import signals_held
from deskcli.services.mail.servers import configured_server
from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.services.context import Context
from deskcli.store import mail as mailstore
from deskcli.store.repository import Repository
from deskcli.store.records import from_utc_text, utc_text

#: How long claimed messages are left alone by other senders.
CLAIM = dt.timedelta(minutes=15)
#: How long a message keeps being tried after temporary failures (Postfix's default
#: maximal_queue_lifetime), counted from when it was queued.
MAX_AGE = dt.timedelta(days=5)


def send_due(ctx: Context, *, limit: int | None = None, ssl_context: ssl.SSLContext | None = None) -> list[dict]:
    """Send every queued message whose time has come; one result row per message tried."""
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    from deskcli.mail.transport import sending

    _ = ctx.repo  # a mistyped desk path is "no desk database", not advice that would start one there
    if not ctx.policy.mail_from:
        raise InvalidInput("the desk has no mail address: desk policy set mail.from support@example.ru")
    server, password = configured_server(ctx, "smtp")
    report = []
    with ctx.transaction() as repo:
        due = []
        for row in mailstore.due_mail(repo, ctx.now, limit):
            why = _no_longer_true(ctx, repo, row)
            if why is None:
                row["claim"] = utc_text(ctx.now + CLAIM)
                repo.update("outbox", "id", row["id"], {"next_attempt_at": row["claim"]})
                due.append(row)
                continue
            repo.update("outbox", "id", row["id"], {"status": "withdrawn", "next_attempt_at": None, "last_error": why})
            if row["request_id"] is not None:
                repo.record(at=ctx.now, agent=ctx.agent, request_id=row["request_id"], action="mail withdrawn",
                            after={"outbox": row["id"], "kind": row["kind"], "why": why})
            report.append({"id": row["id"], "status": "withdrawn", "kind": row["kind"], "request_id": row["request_id"],
                           "recipient": row["recipient"], "attempts": row["attempts"], "next_attempt_at": None,
                           "detail": why})
            if row["kind"] == "acknowledgement":  # the customer still gets one: as it reads now
                from deskcli.services.mail import hooks

                again = hooks.acknowledge_again(ctx, repo, dict(repo.request(row["request_id"])), row["automatic"])
                fresh = mailstore.outbox_message(repo, again.id) if again is not None and again.id else None
                if fresh is not None:
                    fresh["claim"] = utc_text(ctx.now + CLAIM)
                    repo.update("outbox", "id", fresh["id"], {"next_attempt_at": fresh["claim"]})
                    due.append(fresh)
    if not due:
        return report
    clock = clocks.running_from(ctx.now)
    handed: list[dict] = []  # the rows given to the server, in order: the last is the one just tried

    def still_ours() -> Iterator[EmailMessage]:
        """Each claimed message as the session is ready for it, if this run's claim on it
        still holds (renewed from the time that has passed); else it is left to whoever took it."""
        for row in due:
            renewed = utc_text(clock() + CLAIM)
            with ctx.transaction() as repo:
                if not mailstore.renew_claim(repo, row["id"], row["claim"], renewed):
                    continue
            row["claim"] = renewed
            handed.append(row)
            yield message_from_bytes(bytes(row["message"]), policy=policy.default)

    results = sending(server, password, still_ours(), envelope_from=ctx.policy.mail_from, ssl_context=ssl_context)
    while True:
        # One message's exchange with the server and its record are one step: a SIGTERM (a
        # `timeout` in the cron line) after the server took a message but before the desk
        # wrote it down had the next run send it again (admin's review). Each step is bounded
        # by the connection's timeout; the signal is delivered as soon as the step is done.
        with signals_held():
            result = next(results, None)
            if result is None:
                break
            with ctx.transaction() as repo:
                report.append(_record(ctx, repo, handed[-1], result))
    return report


def _record(ctx: Context, repo: Repository, row: dict, result) -> dict:
    """One message's try, recorded (sent, failed, or queued for a later try); its report row."""
    from deskcli.mail.transport import retry_delay

    attempts = row["attempts"] + 1
    if result.sent:
        changes = {"status": "sent", "sent_at": utc_text(ctx.now), "next_attempt_at": None,
                   "last_error": None if result.detail.startswith("250") else result.detail}
    elif result.permanent or ctx.now - from_utc_text(row["queued_at"]) >= MAX_AGE:
        changes = {"status": "failed", "next_attempt_at": None, "last_error": result.detail}
    else:
        changes = {"status": "queued", "last_error": result.detail,
                   "next_attempt_at": utc_text(ctx.now + retry_delay(attempts))}
    repo.update("outbox", "id", row["id"], {"attempts": attempts, **changes})
    if changes["status"] != "queued" and row["request_id"] is not None:
        repo.record(at=ctx.now, agent=ctx.agent, request_id=row["request_id"],
                    action="mail sent" if result.sent else "mail failed",
                    after={"outbox": row["id"], "kind": row["kind"], "to": row["recipient"],
                           **({} if result.sent else {"error": result.detail})})
    if changes["status"] == "failed" and row["request_id"] is not None:
        # Lost as surely as a bounced letter, and told the same way: an answered request
        # back in the queue, flagged (review: a reply refused with 550 left the request
        # answered, in no queue, while the customer waited for an answer never delivered).
        from deskcli.services.mail import bounces

        bounces.lost(ctx, repo, row, result.detail, refused=result.permanent, gave_up_after=f"{MAX_AGE.days} days")
    return {"id": row["id"], "status": changes["status"], "kind": row["kind"], "request_id": row["request_id"],
            "recipient": row["recipient"], "attempts": attempts,
            "next_attempt_at": ctx.show_stored(changes["next_attempt_at"]), "detail": result.detail}


#: The license fields a renewal reminder's quote is worked out from.
_QUOTED = {"price_kopecks", "purchased", "support_until", "edition", "code_modified"}


def _changed_quoted(edit: dict) -> bool:
    before, after = json.loads(edit["before"] or "{}"), json.loads(edit["after"] or "{}")
    return any(before.get(key) != value for key, value in after.items() if key in _QUOTED)


def _no_longer_true(ctx: Context, repo: Repository, row: dict) -> str | None:
    """Why a queued message would tell the customer what is no longer so, if it would: mail
    waits for the next ``desk mail send`` (or days of retries), and meanwhile a request can be
    reopened or a renewal's price change step (QA)."""
    if row["kind"] == "close" and row["request_id"] is not None:
        status = repo.scalar("SELECT status FROM requests WHERE id = ?", (row["request_id"],))
        if status != "resolved":
            return f"the request was {status} again before the close message went out"
        if repo.scalar("SELECT 1 FROM outbox WHERE request_id = ? AND kind = 'close' AND id > ? AND status != "
                       "'withdrawn'", (row["request_id"], row["id"])):
            return "the request was closed again since: the later close message says it"
    if row["kind"] == "acknowledgement" and row["request_id"] is not None:
        why = _acknowledgement_changed(ctx, repo, row)
        if why is not None:
            return why
    if row["kind"] == "refusal" and row["request_id"] is not None:
        # A refused clarification's letter leaves its request open, as it was; a rejected
        # request's letter stops being true once an agent reopens it (review).
        status = repo.scalar("SELECT status FROM requests WHERE id = ?", (row["request_id"],))
        if status != "rejected" and repo.scalar("SELECT 1 FROM events WHERE request_id = ? AND action = 'reopened' "
                                                "AND at >= ?", (row["request_id"], row["queued_at"])):
            return f"the request was reopened before the refusal went out; it is {status}"
    if row["kind"].startswith("renewal") and row["license"]:
        from deskcli.services.licenses import renewal_quote

        queued = from_utc_text(row["queued_at"])
        if any(from_utc_text(r["at"]) > queued for r in repo.renewals(row["license"])):
            return "the license was renewed after the reminder was queued"
        # At or after the second it was queued (an edit in that same second may be the later one;
        # withdrawn wrongly, the next run queues it again), and only an edit that changed a value.
        edits = mailstore.license_edits_since(repo, row["license"], row["queued_at"])
        if any(_changed_quoted(edit) for edit in edits):
            # The quote was worked out from the license as it was: the rate alone, compared
            # below, misses a corrected price or purchase date (QA).
            return "the license's price, dates or edition were corrected after the reminder was queued"
        license_row = repo.license(row["license"])
        try:
            then = renewal_quote(license_row, queued.astimezone(ctx.zone).date())
            now = renewal_quote(license_row, ctx.today)
        except InvalidInput:
            return None
        if then.rate != now.rate:
            return "the renewal price it quoted no longer holds"
    return None


def _acknowledgement_changed(ctx: Context, repo: Repository, row: dict) -> str | None:
    """An acknowledgement of a request still waiting whose text now reads otherwise: its
    deadline moved (a clarification, a policy change) or its category was changed (review:
    it promised a deadline that no longer held); or of a request merged away or rejected
    since. Once the request is answered or resolved, the mail that says so follows it, and
    it goes as it is."""
    from email import message_from_bytes, policy

    from deskcli.mail.outbound import body_text
    from deskcli.services.mail import hooks, outbox

    request = dict(repo.request(row["request_id"]))
    if request.get("merged_into") is not None:  # its thread goes on in the target, with the target's deadline
        return f"the request was merged into #{request['merged_into']} before it went out"
    if request["status"] == "rejected":  # "accepted, we answer by ..." and then the refusal (review)
        return "the request was rejected before it went out; the refusal says so"
    if request["status"] != "open":
        return None
    now = hooks.acknowledgement_now(ctx, repo, request)
    if now is None:
        return None
    to, values = now
    rendered = outbox.render(repo, "acknowledgement", values, to.language)
    sent = message_from_bytes(bytes(row["message"]), policy=policy.default)
    part = sent.get_body(preferencelist=("plain",))
    if part is None or body_text(rendered.body) == part.get_content().replace("\r\n", "\n"):
        return None
    return "what it says changed before it went out (the request's deadline or category); a new one replaces it"


def requeue(ctx: Context, outbox_ids: list[int]) -> list[dict]:
    """Mail due again at the next ``desk mail send``, recorded on its request: failed or
    bounced mail back in the queue, its tries and its age counted afresh (the address was
    corrected, or the server's trouble is over); queued mail waiting out a back-off due now
    (the settings were mended), its tries and its age kept."""
    now = utc_text(ctx.now)
    with ctx.transaction() as repo:
        rows = []
        for outbox_id in dict.fromkeys(outbox_ids):
            row = mailstore.outbox_message(repo, outbox_id)
            if row is None:
                raise NotFound(f"outbox message {outbox_id} not found")
            waiting = row["status"] == "queued" and (row["next_attempt_at"] or now) > now
            if row["status"] not in ("failed", "bounced") and not waiting:
                state = "already due at the next desk mail send" if row["status"] == "queued" else row["status"]
                raise InvalidInput(f"outbox message {outbox_id} is {state}; only failed or bounced mail, or "
                                   "mail waiting to be tried again, is queued again")
            rows.append(row)
        report = []
        for row in rows:
            changes: dict[str, object]
            if row["status"] == "queued":
                changes = {"next_attempt_at": now, **_readdressed(repo, row)}
                detail = f"was waiting until {ctx.show_stored(row['next_attempt_at'])}: {row['last_error'] or ''}"
            else:
                changes = {"status": "queued", "attempts": 0, "queued_at": now, "next_attempt_at": now,
                           **_readdressed(repo, row)}
                detail = f"was {row['status']}: {row['last_error'] or ''}"
            if "recipient" in changes:
                detail = f"now to {changes['recipient']}, {detail}"
            repo.update("outbox", "id", row["id"], changes)
            to = changes.get("recipient", row["recipient"])
            if row["request_id"] is not None:
                repo.record(at=ctx.now, agent=ctx.agent, request_id=row["request_id"], action="mail queued again",
                            after={"outbox": row["id"], "kind": row["kind"], "to": to})
            report.append({"id": row["id"], "status": "queued", "kind": row["kind"], "request_id": row["request_id"],
                           "recipient": to, "attempts": changes.get("attempts", row["attempts"]),
                           "next_attempt_at": ctx.show_stored(now), "detail": detail.rstrip(": ")})
        return report


def _readdressed(repo: Repository, row: dict) -> dict[str, object]:
    """Failed or bounced mail goes where its request's (or its license's) mail goes now: the
    address an agent corrected after the bounce (desk edit --email, desk license edit
    --email), not the one that failed."""
    from deskcli.mail.outbound import readdressed
    from deskcli.services.mail.outbox import current_recipient

    to = current_recipient(repo, row)
    if to is None or to.address.lower() == row["recipient"].lower():
        return {}
    return {"recipient": to.address, "message": readdressed(row["message"], to.address, to.name)}
