"""Opening a request: a customer's first message read, judged and stored (SPEC 2.1-2.12).

The face (``desk open``, the mail gateway, the demo) hands over a ``Draft``, or one already
``submit``-ted so that its PIN's hash runs while the caller loads this module. The slow
parts run before the write lock is taken, so one agent's check never holds up another
agent's write: the PIN's hash (outside the interpreter lock) side by side with the intake
rules, the deadline arithmetic, the stemming, the articles to suggest and the search for an
earlier answer (issue 15: together they cost about the longer of the two). The write lock
covers only what the judgement needs the database for, the license and its support, and the
writes.
"""

from __future__ import annotations

import json

from deskcli.domain import tickets
from deskcli.domain.errors import EditionMismatch
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.reasons import Reason
from deskcli.services import screening
from deskcli.services.context import Context
from deskcli.services.drafts import Draft, Submitted, submit
from deskcli.services.mail import hooks as mail_hooks
from deskcli.store import search
from deskcli.store.repository import Repository, from_utc_text, utc_text

if TYPE_CHECKING:
    import datetime as dt
    from typing import Any

    from deskcli.domain import entitlement
    from deskcli.domain.credentials import Credentials
    from deskcli.domain.intake import IntakeResult
    from deskcli.store.records import LicenseRow

# PINs (hashlib) and eligibility (the entitlement rules) load in the use case, not at import.


class Opened(NamedTuple):
    row: dict
    eligibility: entitlement.Eligibility
    refusals: list[Reason]
    flags: list[Reason]
    suggestions: list[dict[str, str]]


class _Message(NamedTuple):
    """The customer's words as the desk may keep them: passwords taken out (2.12), a PIN
    written into the text not kept at all."""

    written: Credentials  # the passwords taken out, to be sealed as temporary access
    subject: str  # whole: cut to its limit only once the password's mark is chosen
    body: str
    site: str

    @property
    def text(self) -> str:
        """What the intake rules and the search read."""
        return f"{_cut_subject(self.subject)}\n{self.body}"


class _Reading(NamedTuple):
    """What is worked out before the write lock, under the policy read then."""

    screening: IntakeResult
    screened: list[Reason]  # refusals the intake rules found
    flags: list[Reason]
    came: dt.datetime  # when the request came in: a polled mail's arrival, else now
    clock: tickets.Clock
    terms: list[str]
    suggestions: list[dict[str, str]]
    unindexed: list[Any]  # answered questions of a desk imported by an older deskcli
    earlier: Reason | None  # the same question answered before


def open_request(ctx: Context, draft: Draft | Submitted) -> Opened:
    """Open a request: ``draft`` as submitted, or already `drafts.submit`-ted (its PIN's
    check under way while the caller loaded this module)."""
    from deskcli import pattern_cache
    from deskcli.services.licenses import eligibility

    submitted = draft if isinstance(draft, Submitted) else submit(ctx, draft)
    message = _without_secrets(submitted)
    check, read = submitted.check, ctx.policy
    try:
        reading = _read(ctx, submitted, message)
        pattern_cache.keep()  # the repeat search's expressions, compiled after the rules'
    except BaseException:
        check.finish()  # a wrong PIN stays the answer (and is counted), as when it was checked first
        raise
    number = check.finish()["number"]
    if reading.unindexed:
        reading = reading._replace(earlier=_index_then_search(ctx, number, message.text, reading.unindexed))
    with ctx.transaction() as repo:
        if ctx.policy is not read:
            # The policy changed while the message was read (the transaction read it again):
            # the deadline and the refusals follow the one in force, as its stamp will say.
            screened, flags = screening.split(ctx, reading.screening)
            reading = reading._replace(screened=screened, flags=flags, clock=tickets.start_clock(
                ctx.calendar, reading.came, ctx.policy.targets[submitted.category]))
        lic = _license(ctx, repo, number, submitted.draft.edition)
        # covered on the day the customer wrote
        verdict = eligibility(ctx, lic, submitted.category, reading.came.astimezone(ctx.zone).date())
        refusals = list(verdict.reasons) + reading.screened
        flags = list(reading.flags)
        if reading.earlier is not None:  # a flag unless the desk's policy refuses repeats (intake.refuse)
            (refusals if reading.earlier.code in ctx.policy.refuse_flags else flags).append(reading.earlier)
        row = _store(ctx, repo, number, submitted, message, reading, lic, refusals, flags,
                     message_refusals=[r for r in refusals if r not in verdict.reasons])
        mail_hooks.opened(ctx, repo, row, submitted.draft, refusals, reading.suggestions)  # mail: same transaction
    return Opened(row=row, eligibility=verdict, refusals=refusals, flags=flags, suggestions=reading.suggestions)


def _without_secrets(submitted: Submitted) -> _Message:
    """A password the customer wrote is kept only as sealed temporary access (2.12); a PIN
    written into the text (a web form's "PIN 7788 ...") is not kept at all."""
    from deskcli.domain.credentials import site_without_password
    from deskcli.services import passwords, pins

    written, (subject, body) = passwords.hidden(*(pins.unpinned(text, submitted.draft.pin)
                                                  for text in (submitted.subject, submitted.body)))
    site = site_without_password(submitted.site, written)  # user:password@ in the address: sealed too
    return _Message(written, subject, body, site)


def _read(ctx: Context, submitted: Submitted, message: _Message) -> _Reading:
    """Everything that needs no write lock, while the PIN's hash runs."""
    result, screened, flags = screening.screen(ctx, _cut_subject(message.subject), message.body)
    origin = submitted.draft.origin  # a polled mail's (mail.origin.Origin)
    came = origin.counts_from() if origin is not None else ctx.now
    clock = tickets.start_clock(ctx.calendar, came, ctx.policy.targets[submitted.category])
    text = message.text
    terms = search.question_entry(0, submitted.number, text)[2]
    # One line per link, whatever the knowledge base holds twice (imported desks may).
    linked: dict[str, dict[str, str]] = {}
    for article in search.find_articles(ctx.repo, text):
        linked.setdefault(article["url"], {"title": article["title"], "url": article["url"]})
    # The search reads only: an unknown number is searched as typed and finds nothing, so
    # neither its answer nor its time tells that the number exists. The indexing that a desk
    # imported by an older deskcli still needs writes, and waits for the PIN's answer.
    searched = submitted.check.number or submitted.number
    repeats = not any(r.code == "obscene" for r in screened)
    unindexed = search.unindexed_questions(ctx.repo, searched) if repeats else []
    earlier = _already_answered(ctx, ctx.repo, searched, text) if repeats and not unindexed else None
    return _Reading(result, screened, flags, came, clock, terms, list(linked.values()), unindexed, earlier)


def _index_then_search(ctx: Context, number: str, text: str, unindexed: list[Any]) -> Reason | None:
    """Index the license's answered questions an older deskcli left out, a chunk per
    transaction, then search them."""
    for start in range(0, len(unindexed), search.INDEX_CHUNK):
        with ctx.transaction() as repo:
            search.index_missing(repo, unindexed[start:start + search.INDEX_CHUNK])
    return _already_answered(ctx, ctx.repo, number, text)


def _already_answered(ctx: Context, repo: Repository, number: str, text: str) -> Reason | None:
    from deskcli.domain import intake

    text = intake.readable(text)  # the question's words, as is_repeat reads them: not a pasted log
    rarity = search.term_rarity(repo, text)
    for candidate in search.answered_candidates(repo, number, text):
        if intake.is_repeat(text, f"{candidate['subject']}\n{candidate['body'] or ''}", rarity):
            day = from_utc_text(candidate["created_at"]).astimezone(ctx.calendar.zone).date()
            return Reason("already_answered",
                          f"the same question was answered in #{candidate['id']} of {day.isoformat()}")
    return None


def _license(ctx: Context, repo: Repository, number: str, edition: str | None) -> LicenseRow:
    """The license the PIN opened, unless it is locked or another edition was named."""
    from deskcli.services import pins

    pins.confirm_unlocked(ctx, repo, number)
    lic = repo.license(number)
    if edition is not None and ctx.policy.edition(edition) != lic["edition"]:
        raise EditionMismatch(f"edition {edition!r} does not match license {number} ({lic['edition']})")
    return lic


def _store(ctx: Context, repo: Repository, number: str, submitted: Submitted, message: _Message,
           reading: _Reading, lic: LicenseRow, refusals: list[Reason], flags: list[Reason], *, message_refusals: list[Reason]) -> dict:
    """The request, its first message (with its own findings), its index entry, its sealed
    access and its history; the request's row as stored."""
    from deskcli.services import passwords

    status = "rejected" if refusals else "open"
    came, clock = reading.came, reading.clock
    subject, body = passwords.as_stored(status, message.written, message.subject, message.body)
    row = {
        "license": number,
        "customer": lic["customer"],
        "edition": lic["edition"],
        "version": submitted.version,
        "category": submitted.category,
        "subject": _cut_subject(subject),  # after the mark is chosen: a cut mark would be neither
        "site_url": message.site,
        "status": status,
        "line": 1,
        "assignee": None,
        "created_at": utc_text(came),
        "queued_at": utc_text(clock.queued_at),
        "wait_started_at": utc_text(clock.queued_at),
        "due_at": utc_text(clock.due_at) if status == "open" else None,
        "first_due_at": utc_text(clock.due_at) if status == "open" else None,
        "due_calendar": ctx.basis,
        "flags": _json([f.as_dict() for f in flags]),
        "reasons": _json([r.as_dict() for r in refusals]),
        "first_response_at": None,
        "ready_to_close": 0,
        "resolution": None,
        "closed_at": utc_text(came) if status == "rejected" else None,  # refused as it came
    }
    row["id"] = repo.insert("requests", row)
    repo.insert("messages", {"request_id": row["id"], "author": "customer", "kind": "customer",
                             "body": body, "at": utc_text(came), "flags": row["flags"],
                             "reasons": _json([r.as_dict() for r in message_refusals])})
    search.index_question(repo, row["id"], message.text, terms=reading.terms)
    passwords.keep(ctx, repo, row, message.written)
    if reading.suggestions:
        repo.update("requests", "id", row["id"], {"suggestions": _json(reading.suggestions)})
    repo.record(at=ctx.now, agent=ctx.agent, action="opened" if status == "open" else "rejected",
                request_id=row["id"], after={"status": status, "due_at": row["due_at"],
                                              "reasons": [r.code for r in refusals],
                                              "flags": [f.code for f in flags]})
    return row


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _cut_subject(subject: str) -> str:
    """A subject within its limit: a password's mark may be longer than the password."""
    return subject if len(subject) <= tickets.MAX_SUBJECT else subject[: tickets.MAX_SUBJECT - 1] + "…"
