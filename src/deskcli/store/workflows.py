"""The desk's operations: each validates, applies the policy and writes, in one transaction.

Commands call these with plain values; these call the domain for every rule and the
repository for every read and write, and return plain rows for the output layer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from deskcli.domain import entitlement, intake, tickets
from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.access import TemporaryAccess, closing_reminder
from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.domain.money import from_kopecks, to_kopecks
from deskcli.domain.pins import hash_pin
from deskcli.domain.reasons import Reason
from deskcli.store import search
from deskcli.store.repository import Repository, from_utc_text, utc_text

if TYPE_CHECKING:  # the store takes the parsed configuration as a value; it never loads one
    from deskcli.config import Config


@dataclass
class Desk:
    """What every operation needs: the repository, the policy settings, the clock, the actor."""

    repo: Repository
    config: Config
    calendar: BusinessCalendar
    now: dt.datetime
    agent: str

    @property
    def basis(self) -> str:
        return tickets.deadline_basis(self.calendar.fingerprint, self.config.targets)

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.calendar.zone).date()

    # -- licenses -----------------------------------------------------------------

    def edition(self, name: str) -> str:
        if name not in self.config.editions:
            raise InvalidInput(f"unknown edition {name!r}; configured: {', '.join(self.config.editions)}")
        return name

    def add_license(self, *, number: str, pin: str, edition: str, price: Decimal, purchased: dt.date,
                    customer: str = "", email: str = "", site: str = "", code_modified: bool = False) -> dict:
        number = tickets.validate_license_number(number)
        row = {
            "number": number,
            "pin_hash": hash_pin(pin),
            "edition": self.edition(edition),
            "price_kopecks": to_kopecks(price),
            "purchased": purchased.isoformat(),
            "support_until": entitlement.support_until(purchased).isoformat(),
            "customer": customer.strip(),
            "email": _email(email),
            "site": tickets.validate_url(site) if site else "",
            "code_modified": int(code_modified),
            "created_at": utc_text(self.now),
        }
        with self.repo.transaction() as repo:
            if repo.one("SELECT 1 FROM licenses WHERE number = ?", (number,)):
                raise InvalidInput(f"license {number} already exists")
            repo.insert("licenses", row)
            shown = {k: v for k, v in row.items() if k != "pin_hash"}
            repo.record(at=self.now, agent=self.agent, action="license added", license=number, after=shown)
        return row

    def edit_license(self, number: str, changes: dict[str, Any]) -> dict:
        number = tickets.validate_license_number(number)
        with self.repo.transaction() as repo:
            row = repo.license(number)
            updates: dict[str, Any] = {}
            for key, value in changes.items():
                if value is None:
                    continue
                if key == "pin":
                    updates["pin_hash"] = hash_pin(value)
                elif key == "edition":
                    updates["edition"] = self.edition(value)
                elif key == "price":
                    updates["price_kopecks"] = to_kopecks(value)
                elif key == "purchased":
                    if repo.renewals(number):
                        raise InvalidInput(f"license {number} has renewals; its purchase date can no "
                                           "longer be corrected without losing them")
                    updates["purchased"] = value.isoformat()
                    updates["support_until"] = entitlement.support_until(value).isoformat()
                elif key == "email":
                    updates["email"] = _email(value)
                elif key == "site":
                    updates["site"] = tickets.validate_url(value) if value else ""
                elif key == "code_modified":
                    updates["code_modified"] = int(value)
                else:
                    updates[key] = value
            if not updates:
                raise InvalidInput("nothing to change; give at least one option")
            repo.update("licenses", "number", number, updates)
            secret = {"pin_hash"}
            repo.record(
                at=self.now, agent=self.agent, action="license edited", license=number,
                before={k: ("(hidden)" if k in secret else row[k]) for k in updates},
                after={k: ("(changed)" if k in secret else v) for k, v in updates.items()},
            )
            return {**row, **updates}

    def quote(self, license_row: dict, on: dt.date) -> entitlement.RenewalQuote:
        return entitlement.quote_renewal(
            from_kopecks(license_row["price_kopecks"]),
            dt.date.fromisoformat(license_row["support_until"]),
            on,
        )

    def renew_license(self, number: str, on: dt.date) -> tuple[dict, entitlement.RenewalQuote]:
        """Record a renewal on ``on``; it cannot predate the purchase or an earlier renewal."""
        number = tickets.validate_license_number(number)
        with self.repo.transaction() as repo:
            row = repo.license(number)
            purchased = dt.date.fromisoformat(row["purchased"])
            if on < purchased:
                raise InvalidInput(f"--on {on.isoformat()} is before license {number} was purchased "
                                   f"({purchased.isoformat()})")
            previous = repo.renewals(number)
            if previous and on < dt.date.fromisoformat(previous[-1]["renewed_on"]):
                raise InvalidInput(f"--on {on.isoformat()} is before the last renewal of license {number} "
                                   f"({previous[-1]['renewed_on']})")
            quote = self.quote(row, on)
            repo.insert("renewals", {
                "license": number,
                "renewed_on": on.isoformat(),
                "rate": entitlement.rate_text(quote.rate),
                "amount_kopecks": to_kopecks(quote.amount),
                "old_support_until": row["support_until"],
                "new_support_until": quote.new_support_until.isoformat(),
                "at": utc_text(self.now),
                "agent": self.agent,
            })
            repo.update("licenses", "number", number, {"support_until": quote.new_support_until.isoformat()})
            repo.record(at=self.now, agent=self.agent, action="license renewed", license=number,
                        before={"support_until": row["support_until"]},
                        after={"support_until": quote.new_support_until.isoformat(),
                               "rate": entitlement.rate_text(quote.rate),
                               "amount": str(quote.amount)})
            return {**row, "support_until": quote.new_support_until.isoformat()}, quote

    def eligibility(self, license_row: dict, category: str | None, on: dt.date) -> entitlement.Eligibility:
        return entitlement.check_eligibility(
            license_number=license_row["number"],
            edition_free=self.config.editions.get(license_row["edition"], False),
            code_modified=bool(license_row["code_modified"]),
            support_until=dt.date.fromisoformat(license_row["support_until"]),
            retail_price=from_kopecks(license_row["price_kopecks"]),
            category=category,
            on=on,
            currency=self.config.currency,
        )

    # -- requests -----------------------------------------------------------------

    def open_request(self, draft: "Draft") -> "Opened":
        category = tickets.validate_category(draft.category)
        version = tickets.validate_version(draft.version)
        site = tickets.validate_url(draft.site)
        subject = tickets.validate_subject(draft.subject)
        body = tickets.validate_text(draft.body, what="body", limit=tickets.MAX_BODY_BYTES)
        number = tickets.validate_license_number(draft.license)
        with self.repo.transaction() as repo:
            lic = repo.authenticate(number, draft.pin)
            if draft.edition is not None and draft.edition != lic["edition"]:
                raise InvalidInput(
                    f"edition {draft.edition!r} does not match license {number} ({lic['edition']})"
                )
            verdict = self.eligibility(lic, category, self.today)
            screened, flags = self._screen(subject, body)
            refusals = list(verdict.reasons) + screened
            text = f"{subject}\n{body}"
            if not any(r.code == "obscene" for r in refusals):
                earlier = self._already_answered(repo, number, text)
                if earlier is not None:
                    refusals.append(earlier)
            status = "rejected" if refusals else "open"
            clock = tickets.start_clock(self.calendar, self.now, self.config.targets[category])
            row = {
                "license": number,
                "customer": lic["customer"],
                "edition": lic["edition"],
                "version": version,
                "category": category,
                "subject": subject,
                "site_url": site,
                "status": status,
                "line": 1,
                "assignee": None,
                "created_at": utc_text(self.now),
                "queued_at": utc_text(clock.queued_at),
                "wait_started_at": utc_text(clock.queued_at),
                "due_at": utc_text(clock.due_at) if status == "open" else None,
                "first_due_at": utc_text(clock.due_at) if status == "open" else None,
                "due_calendar": self.basis,
                "flags": json.dumps([f.as_dict() for f in flags], ensure_ascii=False),
                "reasons": json.dumps([r.as_dict() for r in refusals], ensure_ascii=False),
            }
            row["id"] = repo.insert("requests", row)
            repo.insert("messages", {"request_id": row["id"], "author": "customer", "kind": "customer",
                                     "body": body, "at": utc_text(self.now)})
            search.index_question(repo, row["id"], text)
            suggestions = [{"title": a["title"], "url": a["url"]} for a in search.find_articles(repo, text)]
            repo.record(at=self.now, agent=self.agent, action="opened" if status == "open" else "rejected",
                        request_id=row["id"], after={"status": status, "due_at": row["due_at"],
                                                      "reasons": [r.code for r in refusals],
                                                      "flags": [f.code for f in flags]})
        return Opened(row=row, eligibility=verdict, refusals=refusals, flags=flags, suggestions=suggestions)

    def recalculate_deadlines(self) -> int:
        """Recompute open requests' deadlines made under another calendar configuration.

        A change of hours, days off or targets changes what "5 business hours" means for
        requests already waiting (SPEC section 3); each change is kept in the history.
        """
        fingerprint = self.basis
        changed = 0
        with self.repo.transaction() as repo:
            stale = repo.all("SELECT * FROM requests WHERE status = 'open' AND due_calendar IS NOT ?",
                             (fingerprint,))
            for category, target in self.config.targets.items():
                rows = [row for row in stale if row["category"] == category]
                dues = self.calendar.add_business_minutes_each(
                    [from_utc_text(row["queued_at"]) for row in rows], target)
                firsts = self.calendar.add_business_minutes_each(
                    [from_utc_text(row["wait_started_at"] or row["queued_at"]) for row in rows], target)
                for row, due, first in zip(rows, dues, firsts):
                    repo.change_request(row, {"due_at": utc_text(due), "first_due_at": utc_text(first),
                                              "due_calendar": fingerprint},
                                        at=self.now, agent=self.agent, action="deadline recalculated")
                    changed += 1
        return changed

    def _already_answered(self, repo: Repository, number: str, text: str) -> Reason | None:
        for candidate in search.answered_candidates(repo, number, text):
            if intake.is_repeat(text, f"{candidate['subject']}\n{candidate['body'] or ''}"):
                day = from_utc_text(candidate["created_at"]).astimezone(self.calendar.zone).date()
                return Reason("already_answered",
                              f"the same question was answered in #{candidate['id']} of {day.isoformat()}")
        return None

    def _screen(self, subject: str, body: str) -> tuple[list[Reason], list[Reason]]:
        """Intake rules (2.8, 2.10) on a message: hard refusals, and flags for the agent.

        The configuration can turn any flag into a refusal (``intake.refuse``).
        """
        result = intake.check_intake(subject, body)
        refusals, flags = list(result.refusals), []
        for flag in result.flags:
            (refusals if flag.code in self.config.refuse_flags else flags).append(flag)
        return refusals, flags

    def _open_row(self, repo: Repository, request_id: int, *, allow: tuple[str, ...]) -> dict:
        row = repo.request(request_id)
        if row["status"] not in allow:
            raise InvalidInput(f"request #{request_id} is {row['status']}")
        return row

    def reply(self, request_id: int, body: str, *, kind: str = "agent") -> dict:
        """An agent's response, a customer's clarification (2.7) or an internal note."""
        body = tickets.validate_text(body, what="reply", limit=tickets.MAX_BODY_BYTES)
        with self.repo.transaction() as repo:
            allowed = {"agent": ("open", "answered"), "customer": ("open", "answered", "resolved"),
                       "internal": tickets.STATUSES}[kind]
            row = self._open_row(repo, request_id, allow=allowed)
            message: dict[str, Any] = {"request_id": request_id, "author": self.agent if kind != "customer"
                                       else "customer", "kind": kind, "body": body, "at": utc_text(self.now)}
            if kind == "agent" and row["status"] == "open":
                due = from_utc_text(row["due_at"])
                first_due = from_utc_text(row["first_due_at"]) or due
                message.update({
                    "due_at": row["due_at"],
                    "first_due_at": utc_text(first_due),
                    "met_due": int(self.now <= due),
                    "met_first_due": int(self.now <= first_due),
                    "response_minutes": self.calendar.business_minutes_between(
                        from_utc_text(row["queued_at"]), self.now),
                    "first_response_minutes": self.calendar.business_minutes_between(
                        from_utc_text(row["wait_started_at"] or row["queued_at"]), self.now),
                })
                row = repo.change_request(row, {"status": "answered", "due_at": None}, at=self.now,
                                          agent=self.agent, action="answered")
            elif kind == "customer":
                refusals, flags = self._screen("", body)
                if refusals:
                    reasons = json.loads(row["reasons"] or "[]") + [r.as_dict() for r in refusals]
                    row = repo.change_request(row, {"status": "rejected", "due_at": None, "closed_at": utc_text(self.now),
                                                    "reasons": json.dumps(reasons, ensure_ascii=False)},
                                              at=self.now, agent=self.agent, action="rejected")
                    message["id"] = repo.insert("messages", message)
                    self._erase_access(repo, request_id)
                    return row
                known = json.loads(row["flags"] or "[]")
                merged = known + [f.as_dict() for f in flags if f.code not in {k["code"] for k in known}]
                clock = tickets.start_clock(self.calendar, self.now, self.config.targets[row["category"]])
                changes = {"status": "open", "queued_at": utc_text(clock.queued_at),
                           "due_at": utc_text(clock.due_at), "due_calendar": self.basis,
                           "flags": json.dumps(merged, ensure_ascii=False)}
                if row["status"] != "open":
                    changes["first_due_at"] = utc_text(clock.due_at)
                    changes["wait_started_at"] = utc_text(clock.queued_at)
                    changes["closed_at"] = None
                action = "re-queued" if row["status"] == "open" else "reopened"
                row = repo.change_request(row, changes, at=self.now, agent=self.agent, action=action)
            message["id"] = repo.insert("messages", message)
            if kind != "agent" or message.get("due_at") is None:
                repo.record(at=self.now, agent=self.agent, action=f"{kind} message", request_id=request_id,
                            after={"message": message["id"]})
            return row

    def close(self, request_id: int, resolution: str | None) -> tuple[dict, str | None]:
        """Resolve; returns the row and the kind of temporary access erased, if any."""
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            erased = self._erase_access(repo, request_id)
            row = repo.change_request(row, {"status": "resolved", "due_at": None, "resolution": resolution,
                                            "closed_at": utc_text(self.now)},
                                      at=self.now, agent=self.agent, action="resolved")
            return row, erased

    def reject(self, request_id: int, code: str, note: str | None = None) -> tuple[dict, str | None]:
        """An agent's refusal under 2.8 / 2.10 / eligibility; the customer is quoted the rule."""
        if code not in intake.RULE_TEXT:
            raise InvalidInput(f"unknown reason {code!r}; use one of {', '.join(intake.RULE_TEXT)}")
        if note is not None:
            note = tickets.validate_text(note, what="note", limit=tickets.MAX_BODY_BYTES)
        return self._reject(request_id, Reason(code, intake.RULE_TEXT[code]), note)

    def _reject(self, request_id: int, reason: Reason, note: str | None) -> tuple[dict, str | None]:
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            erased = self._erase_access(repo, request_id)
            reasons = json.loads(row["reasons"] or "[]") + [reason.as_dict()]
            row = repo.change_request(row, {"status": "rejected", "due_at": None,
                                            "reasons": json.dumps(reasons, ensure_ascii=False),
                                            "closed_at": utc_text(self.now)},
                                      at=self.now, agent=self.agent, action="rejected")
            text = reason.message + (f"\n\n{note}" if note else "")
            repo.insert("messages", {"request_id": request_id, "author": self.agent, "kind": "rejection",
                                     "body": text, "at": utc_text(self.now)})
            return row, erased

    def _erase_access(self, repo: Repository, request_id: int) -> str | None:
        """Credentials live only while the request is open; closing tells the customer so."""
        found = repo.one("SELECT kind FROM access WHERE request_id = ?", (request_id,))
        if found is None:
            return None
        repo.conn.execute("DELETE FROM access WHERE request_id = ?", (request_id,))
        repo.insert("messages", {"request_id": request_id, "author": self.agent, "kind": "closing",
                                 "body": closing_reminder(found["kind"]), "at": utc_text(self.now)})
        repo.record(at=self.now, agent=self.agent, action="access erased", request_id=request_id,
                    before={"access": found["kind"]}, after={"access": None})
        return found["kind"]

    def add_article(self, *, title: str, url: str, keywords: str = "", body: str = "") -> dict:
        row = {"title": tickets.validate_text(title, what="title", limit=1000).strip(),
               "url": tickets.validate_url(url, what="url"), "keywords": keywords.strip(), "body": body,
               "added_at": utc_text(self.now), "added_by": self.agent}
        with self.repo.transaction() as repo:
            row["id"] = search.add_article(repo, row)
        return row

    def remove_article(self, article_id: int) -> None:
        with self.repo.transaction() as repo:
            if not search.remove_article(repo, article_id):
                raise NotFound(f"article {article_id} not found")

    def article(self, article_id: int) -> dict:
        row = self.repo.one("SELECT * FROM kb WHERE id = ?", (article_id,))
        if row is None:
            raise NotFound(f"article {article_id} not found")
        return row

    def add_access(self, request_id: int, access: TemporaryAccess) -> dict:
        from deskcli.store.sealing import seal

        sealed = seal(access)
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            repo.conn.execute("DELETE FROM access WHERE request_id = ?", (request_id,))
            repo.insert("access", {"request_id": request_id, "kind": access.kind, "sealed": sealed,
                                   "added_at": utc_text(self.now), "added_by": self.agent})
            repo.record(at=self.now, agent=self.agent, action="access added", request_id=request_id,
                        after={"access": access.kind})
            return row

    def show_access(self, request_id: int) -> TemporaryAccess:
        """The credentials in clear, for one request, and a record that someone looked."""
        from deskcli.store.sealing import unseal

        with self.repo.transaction() as repo:
            repo.request(request_id)
            found = repo.one("SELECT * FROM access WHERE request_id = ?", (request_id,))
            if found is None:
                raise NotFound(f"request #{request_id} has no temporary access on file")
            access = unseal(found["sealed"])  # a failure here records nothing
            repo.record(at=self.now, agent=self.agent, action="access shown", request_id=request_id,
                        after={"access": found["kind"]})
        return access

    def escalate(self, request_id: int, line: int | None, note: str | None) -> dict:
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            new_line = line if line is not None else row["line"] + 1
            if new_line < 1:
                raise InvalidInput("support lines are numbered from 1")
            if new_line == row["line"]:
                raise InvalidInput(f"request #{request_id} is already on line {new_line}")
            row = repo.change_request(row, {"line": new_line}, at=self.now, agent=self.agent, action="escalated")
            if note:
                repo.insert("messages", {"request_id": request_id, "author": self.agent, "kind": "internal",
                                         "body": tickets.validate_text(note, what="note", limit=tickets.MAX_BODY_BYTES),
                                         "at": utc_text(self.now)})
            return row

    def assign(self, request_id: int, assignee: str) -> dict:
        assignee = assignee.strip()
        if not assignee:
            raise InvalidInput("the assignee must not be empty")
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            return repo.change_request(row, {"assignee": assignee}, at=self.now, agent=self.agent, action="assigned")

    def recategorise(self, request_id: int, category: str) -> dict:
        category = tickets.validate_category(category)
        with self.repo.transaction() as repo:
            row = self._open_row(repo, request_id, allow=("open", "answered"))
            changes: dict[str, Any] = {"category": category}
            if row["status"] == "open":
                clock = tickets.start_clock(self.calendar, from_utc_text(row["queued_at"]),
                                            self.config.targets[category])
                changes["due_at"] = utc_text(clock.due_at)
                changes["due_calendar"] = self.basis
                first = tickets.start_clock(self.calendar, from_utc_text(row["wait_started_at"] or row["queued_at"]),
                                            self.config.targets[category])
                changes["first_due_at"] = utc_text(first.due_at)
            return repo.change_request(row, changes, at=self.now, agent=self.agent, action="recategorised")


@dataclass
class Draft:
    """A request as the customer submitted it, before any check."""

    license: str
    pin: str
    version: str
    category: str
    site: str
    subject: str
    body: str
    edition: str | None = None


@dataclass
class Opened:
    row: dict
    eligibility: entitlement.Eligibility
    refusals: list[Reason] = field(default_factory=list)
    flags: list[Reason] = field(default_factory=list)
    suggestions: list[dict[str, str]] = field(default_factory=list)


def _email(value: str) -> str:
    value = value.strip()
    if value and ("@" not in value or any(c.isspace() for c in value) or len(value) > 254):
        raise InvalidInput(f"email {value!r} is not an address like name@example.com")
    return value
