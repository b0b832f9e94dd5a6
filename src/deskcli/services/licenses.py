"""Licenses: adding, correcting, renewing at the policy's price, and the eligibility verdict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from deskcli.domain import entitlement, tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import amount_text, from_kopecks, to_kopecks
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.pins import hash_pin
from deskcli.services.context import Context
from deskcli.store.repository import Repository, utc_text

if TYPE_CHECKING:
    from typing import Any


def add_license(ctx: Context, *, number: str, pin: str, edition: str, price: Decimal, purchased: dt.date,
                customer: str = "", email: str = "", site: str = "", code_modified: bool = False) -> dict:
    number = tickets.validate_license_number(number)
    _purchased_by_now(ctx, purchased)  # a typo refused before the PIN's slow hash
    row: dict[str, Any] = {"number": number}
    for key, value in (("pin", pin), ("edition", edition), ("price", price), ("purchased", purchased),
                       ("customer", customer), ("email", email), ("site", site), ("code_modified", code_modified)):
        row.update(_columns(ctx, key, value))
    row["created_at"] = utc_text(ctx.now)
    with ctx.transaction() as repo:
        existing = repo.find_license(number)
        if existing is not None:
            raise InvalidInput(f"license {existing['number']} already exists")
        repo.insert("licenses", row)
        shown = {k: v for k, v in row.items() if k != "pin_hash"}
        repo.record(at=ctx.now, agent=ctx.agent, action="license added", license=number, after=shown)
    return row


def _columns(ctx: Context, key: str, value: Any) -> dict[str, Any]:
    """A license field as given (to ``add_license`` or ``edit_license``), checked, as the
    columns that store it."""
    if key == "pin":
        return {"pin_hash": hash_pin(value)}
    if key == "edition":
        return {"edition": ctx.policy.edition(value)}
    if key == "price":
        return {"price_kopecks": to_kopecks(value)}
    if key == "purchased":
        _purchased_by_now(ctx, value)
        return {"purchased": value.isoformat(), "support_until": entitlement.support_until(value).isoformat()}
    if key == "email":
        return {"email": tickets.validate_email(value)}
    if key == "site":
        return {"site": tickets.validate_url(value) if value else ""}
    if key == "customer":
        return {"customer": tickets.validate_field(value, what="customer").strip()}
    if key == "code_modified":
        return {"code_modified": int(value)}
    raise InvalidInput(f"{key}: not a license field")


def edit_license(ctx: Context, number: str, changes: dict[str, Any]) -> dict:
    number = tickets.validate_license_number(number)
    # Every check, and the PIN's slow hash, before the write lock is taken.
    updates: dict[str, Any] = {}
    for key, value in changes.items():
        if value is not None:
            updates.update(_columns(ctx, key, value))
    if not updates:
        raise InvalidInput("nothing to change; give at least one option")
    with ctx.transaction() as repo:
        row: Mapping[str, Any] = repo.license(number)
        number = row["number"]
        if "purchased" in updates and repo.renewals(number):
            raise InvalidInput(f"license {number} has renewals; its purchase date can no "
                               "longer be corrected without losing them")
        repo.update("licenses", "number", number, updates)
        secret = {"pin_hash"}
        repo.record(
            at=ctx.now, agent=ctx.agent, action="license edited", license=number,
            before={k: ("(hidden)" if k in secret else row[k]) for k in updates},
            after={k: ("(changed)" if k in secret else v) for k, v in updates.items()},
        )
        return {**row, **updates}


def history(ctx: Context, number: str) -> list[dict[str, Any]]:
    """A license's events in order, their values named as ``desk license show`` names the
    license's fields (a price in currency units, code_modified yes or no); a PIN is only
    ever "changed"."""
    import json

    from deskcli.store.history import license_events

    def shown(values: str | None, *, first: bool = False) -> dict[str, Any] | None:
        if not values:
            return None
        named: dict[str, Any] = {}
        for key, value in json.loads(values).items():
            if key == "pin_hash":  # "(hidden)" before, "(changed)" after: the change is all there is to say
                if value == "(changed)":
                    named["pin"] = "changed"
            elif key == "price_kopecks":
                named["retail_price"] = amount_text(from_kopecks(value))
            elif key == "code_modified":
                named[key] = bool(value)
            elif key not in ("number", "created_at") and not (first and value == ""):  # a field never set
                named[key] = value
        return named

    return [{"at": ctx.show_stored(event["at"]), "agent": event["agent"], "action": event["action"],
             "before": shown(event["before"]), "after": shown(event["after"], first=not event["before"])}
            for event in license_events(ctx.repo, number)]


def support_taken_away(ctx: Context, number: str, changes: dict[str, Any]) -> tuple[str, list[int]] | None:
    """Whether ``changes`` (as ``edit_license`` takes them) would end the license's support
    (2.4, 2.5: its code marked modified, or moved to the free edition): why, and its open
    requests, which keep their deadlines until an agent decides (the agent is told: policy QA)."""
    row = ctx.repo.find_license(tickets.validate_license_number(number))
    if row is None:
        return None
    free = ctx.policy.editions
    if changes.get("code_modified") and not row["code_modified"]:
        why = "code_modified"
    elif changes.get("edition") and free.get(ctx.policy.edition(changes["edition"]), False) and \
            not free.get(row["edition"], False):
        why = "free_edition"
    else:
        return None
    found = ctx.repo.all("SELECT id FROM requests WHERE license = ? AND status = 'open' ORDER BY id", (row["number"],))
    return why, [r["id"] for r in found]


def _purchased_by_now(ctx: Context, purchased: dt.date) -> None:
    """A purchase is recorded once made: a date after today is a typo that would give a year
    of support nobody has bought yet."""
    if purchased > ctx.today:
        raise InvalidInput(f"purchase date {purchased.isoformat()} is after today ({ctx.today.isoformat()})")


def _covered_on(license_row: Mapping[str, Any], on: dt.date) -> None:
    """Support, its price and its renewals are reckoned from the purchase on: a day before it
    has no answer, so it is refused rather than answered as if the license existed."""
    purchased = dt.date.fromisoformat(license_row["purchased"])
    if on < purchased:
        raise InvalidInput(f"{on.isoformat()} is before license {license_row['number']} was purchased "
                           f"({purchased.isoformat()})")


def in_force(repo: Repository, license_row: Mapping[str, Any], on: dt.date) -> Mapping[str, Any]:
    """The license as it stood on ``on``: a renewal recorded after that day had bought
    nothing yet (QA: after a late renewal, a day in the unpaid gap read as covered)."""
    day = dt.date.fromisoformat
    history = [(day(r["renewed_on"]), day(r["old_support_until"]), day(r["new_support_until"]))
               for r in repo.renewals(license_row["number"])]
    if not any(renewed_on > on for renewed_on, _, _ in history):
        return license_row
    kept = [renewal for renewal in history if renewal[0] <= on]
    until = entitlement.support_years(day(license_row["purchased"]), kept)[-1][1] if kept else history[0][1]
    return {**license_row, "support_until": until.isoformat()}


def renewable(license_row: Mapping[str, Any], editions: Mapping[str, bool]) -> None:
    """A license of the free edition has no paid support to renew (2.4: it gets installation
    help without a support period), so it has no renewal price either: refused, as the
    reminders leave it out, rather than quoted at 0 % of nothing."""
    if editions.get(license_row["edition"], False):
        raise InvalidInput(f"license {license_row['number']} is of the free edition ({license_row['edition']}): "
                           "it has no paid support to renew")


def offered_renewal(license_row: Mapping[str, Any], editions: Mapping[str, bool], on: dt.date) -> bool:
    """Whether the desk offers the license a renewal on ``on`` (``desk renewals``, the
    reminders): one it can renew (a paid edition), whose code is not modified (2.5: the
    support would not help it; ``desk license renew`` still records a purchase), and that
    was bought by then (an imported record, a what-if clock: nothing to renew yet)."""
    return (not editions.get(license_row["edition"], False) and not license_row["code_modified"]
            and license_row["purchased"] <= on.isoformat())


def renewal_quote(license_row: Mapping[str, Any], on: dt.date) -> entitlement.RenewalQuote:
    _covered_on(license_row, on)
    return entitlement.quote_renewal(
        from_kopecks(license_row["price_kopecks"]),
        dt.date.fromisoformat(license_row["support_until"]),
        on,
    )


def plan_renewal(repo: Repository, number: str, on: dt.date, editions: Mapping[str, bool]) -> RenewalPlan:
    """What renewing ``number`` on ``on`` would record; it cannot predate the purchase or
    an earlier renewal, nor be of the free edition (``editions``: the policy's, name ->
    free). Reads only, so ``--dry-run`` and the real renewal share it."""
    row = repo.license(tickets.validate_license_number(number))
    renewable(row, editions)
    number = row["number"]
    purchased = dt.date.fromisoformat(row["purchased"])
    _covered_on(row, on)
    previous = [(dt.date.fromisoformat(r["renewed_on"]), dt.date.fromisoformat(r["old_support_until"]),
                 dt.date.fromisoformat(r["new_support_until"])) for r in repo.renewals(number)]
    if previous and on < previous[-1][0]:
        raise InvalidInput(f"--on {on.isoformat()} is before the last renewal of license {number} "
                           f"({previous[-1][0].isoformat()})")
    earlier = entitlement.earlier_renewal_this_year(purchased, previous, on)
    return RenewalPlan(row=row, quote=renewal_quote(row, on), earlier=earlier)


def renew_license(ctx: Context, number: str, on: dt.date, *, force: bool = False,
                  ) -> tuple[dict, entitlement.RenewalQuote]:
    """Record a renewal on ``on``; a second one in the same support year only with ``force``."""
    if on > ctx.today:  # a renewal is recorded once paid; a later day is a typo (quotes: renewal_quote)
        raise InvalidInput(f"renewal date {on.isoformat()} is after today ({ctx.today.isoformat()}); "
                           "desk renewal-quote prices a renewal on a later day")
    with ctx.transaction() as repo:
        plan = plan_renewal(repo, number, on, ctx.policy.editions)
        row, quote = plan.row, plan.quote
        number = row["number"]
        if plan.earlier is not None and not force:
            raise InvalidInput(plan.repeat_warning() + "; record it anyway with --force (see it first with --dry-run)")
        repo.insert("renewals", {
            "license": number,
            "renewed_on": on.isoformat(),
            "rate": entitlement.rate_text(quote.rate),
            "amount_kopecks": to_kopecks(quote.amount),
            "old_support_until": row["support_until"],
            "new_support_until": quote.new_support_until.isoformat(),
            "at": utc_text(ctx.now),
            "agent": ctx.agent,
        })
        repo.update("licenses", "number", number, {"support_until": quote.new_support_until.isoformat()})
        repo.record(at=ctx.now, agent=ctx.agent, action="license renewed", license=number,
                    before={"support_until": row["support_until"]},
                    after={"support_until": quote.new_support_until.isoformat(),
                           "rate": entitlement.rate_text(quote.rate),
                           "amount": str(quote.amount),
                           **({"forced": True} if plan.earlier is not None else {})})
        return {**row, "support_until": quote.new_support_until.isoformat()}, quote


class RenewalPlan(NamedTuple):
    row: Mapping[str, Any]
    quote: entitlement.RenewalQuote
    #: The day of a renewal already recorded in this support year, if any.
    earlier: dt.date | None

    def repeat_warning(self) -> str:
        assert self.earlier is not None  # asked only of a plan that repeats a renewal
        return (f"license {self.row['number']} was already renewed on {self.earlier.isoformat()} in this "
                f"support year; another would extend support to {self.quote.new_support_until.isoformat()}")


def eligibility(ctx: Context, license_row: Mapping[str, Any], category: str | None, on: dt.date) -> entitlement.Eligibility:
    _covered_on(license_row, on)
    # The support in force that day, not a renewal bought since: a day gone by, or today
    # replayed (DESK_NOW) before a renewal the desk has already recorded (review).
    license_row = in_force(ctx.repo, license_row, on)
    return entitlement.check_eligibility(
        license_number=license_row["number"],
        edition_free=ctx.policy.editions.get(license_row["edition"], False),
        code_modified=bool(license_row["code_modified"]),
        support_until=dt.date.fromisoformat(license_row["support_until"]),
        retail_price=from_kopecks(license_row["price_kopecks"]),
        category=category,
        on=on,
        currency=ctx.policy.currency,
    )
