"""Who is entitled to support, until when, and what a renewal costs (policy 2.2-2.5).

Every function takes the day it is asked about (``on``) as a parameter; nothing here reads
the clock. Dates are calendar dates in the desk's time zone.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import amount_text, format_money, share
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.reasons import Reason

if TYPE_CHECKING:
    from typing import Any

ONE_DAY = timedelta(days=1)

# (rate, last day as days after support_until); None marks the open-ended last tier.
RENEWAL_TIERS: tuple[tuple[Decimal, int | None], ...] = (
    (Decimal("0.20"), 14),
    (Decimal("0.40"), 30),
    (Decimal("0.60"), None),
)

INSTALLATION = "installation"


def anniversary(day: date, years: int = 1) -> date:
    """The same calendar day ``years`` later; Feb 29 falls on Mar 1 in a common year.

    Mar 1 rather than Feb 28 because the policy says so (2.2): a year bought on Feb 29
    runs through Feb 28, not Feb 27.
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def support_until(purchased: date) -> date:
    """The last covered day of a year of support starting on ``purchased``.

    2025-11-20 is covered through 2026-11-19; 2024-02-29 through 2025-02-28.
    """
    return _last_day_of_year_from(purchased)


def _last_day_of_year_from(start: date) -> date:
    return anniversary(start) - ONE_DAY


def days_after(support_until: date, on: date) -> int:
    "Calendar days from the last covered day to ``on``; negative while support still runs"
    return (on - support_until).days


def renewal_rate(support_until: date, on: date) -> Decimal:
    """The share of the retail price a renewal on ``on`` costs (policy 2.3).

    20 % up to 14 days after ``support_until`` (any earlier day included), 40 % up to 30
    days after, 60 % later.
    """
    late_by = days_after(support_until, on)
    for rate, last_day in RENEWAL_TIERS:
        if last_day is None or late_by <= last_day:
            return rate
    raise AssertionError("the last renewal tier is open-ended")


def new_support_until(support_until: date, on: date) -> date:
    """The last covered day after a renewal on ``on`` (policy 2.3, as SPEC states it).

    On or before ``support_until`` the new year follows without a gap: the old last day
    plus one year, with the same Feb 29 -> Mar 1 anniversary rule as a purchase (so
    2028-02-29 renews through 2029-03-01). Later, the year starts on the renewal day
    itself: ``support_until(on)``.
    """
    if on <= support_until:
        return anniversary(support_until)
    return _last_day_of_year_from(on)


def support_years(purchased: date, renewals: list[tuple[date, date, date]]) -> list[tuple[date, date]]:
    """The license's support years, first to last, as (first day, last day).

    ``renewals`` are (renewed on, old support_until, new support_until) in the order they
    were recorded. A renewal on or before the old last day buys the year that follows it;
    a later one buys the year starting on the renewal day (policy 2.3).
    """
    if not renewals:
        return [(purchased, support_until(purchased))]
    years = [(purchased, renewals[0][1])]
    for renewed_on, old_until, new_until in renewals:
        years.append((old_until + ONE_DAY if renewed_on <= old_until else renewed_on, new_until))
    return years


def earlier_renewal_this_year(purchased: date, renewals: list[tuple[date, date, date]], on: date) -> date | None:
    """The day of a renewal already recorded for the support year that ``on`` falls in.

    One renewal buys the year after the current one; a second would buy another year ahead
    and is almost always a mistake (the same renewal entered twice): so a repeat is a last
    renewal that already reaches past the current year, or one recorded on ``on`` itself.
    A late renewal buys the very year it is made in, like a purchase, so renewing before
    that year ends is the normal next renewal, not a repeat. None when there is none, or
    when support has lapsed on ``on`` (a renewal is then due).
    """
    if not renewals:
        return None
    last, _, covered_until = renewals[-1]
    for first, final in support_years(purchased, renewals):
        if first <= on <= final and first <= last and (covered_until > final or last == on):
            return last
    return None


class Tier(NamedTuple):
    """One row of the renewal schedule: the rate, the last day it applies, the amount.

    ``last_day`` is None for the open-ended last tier.
    """

    rate: Decimal
    last_day: date | None
    amount: Decimal

    def as_dict(self) -> dict[str, str | None]:
        return {
            "rate": rate_text(self.rate),
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "amount": amount_text(self.amount),
        }


#: The keys of ``RenewalQuote.as_dict``, in order: what ``--fields`` may name.
QUOTE_FIELDS = ("license", "retail_price", "currency", "support_until", "on", "days_after", "rate", "amount",
                "new_support_until", "tiers")


class RenewalQuote(NamedTuple):
    """What renewing on ``on`` costs, the support it buys, and the full tier schedule."""

    retail_price: Decimal
    support_until: date
    on: date
    days_after: int
    rate: Decimal
    amount: Decimal
    new_support_until: date
    tiers: tuple[Tier, ...]

    @property
    def current_tier(self) -> Tier:
        """The tier whose price this quote is: its last day is when the price steps up."""
        return next(tier for tier in self.tiers if tier.rate == self.rate)

    @property
    def next_tier(self) -> Tier | None:
        """The tier after this quote's, None from the last (open-ended) one on."""
        index = self.tiers.index(self.current_tier)
        return self.tiers[index + 1] if index + 1 < len(self.tiers) else None

    def as_dict(self, license: str | None, currency: str) -> dict[str, Any]:
        """The ``renewal-quote`` JSON shape (SPEC section 6); amounts and rates as strings.

        ``license`` is None for a quote made from ``--price`` and ``--support-until``.
        """
        return {
            "license": license,
            "retail_price": amount_text(self.retail_price),
            "currency": currency,
            "support_until": self.support_until.isoformat(),
            "on": self.on.isoformat(),
            "days_after": self.days_after,
            "rate": rate_text(self.rate),
            "amount": amount_text(self.amount),
            "new_support_until": self.new_support_until.isoformat(),
            "tiers": [tier.as_dict() for tier in self.tiers],
        }


def rate_text(rate: Decimal) -> str:
    "A rate as JSON carries it: ``\"0.20\"``"
    return amount_text(rate)


def parse_rate(text: str) -> Decimal:
    """One of the policy's renewal rates, as ``rate_text`` writes it (``"0.20"``)."""
    for rate, _ in RENEWAL_TIERS:
        if text.strip() == rate_text(rate):
            return rate
    known = ", ".join(rate_text(rate) for rate, _ in RENEWAL_TIERS)
    raise InvalidInput(f"rate {text!r} is not a renewal rate of the policy ({known})")


def percent_text(rate: Decimal) -> str:
    "A rate for people: ``20 %``, with a no-break space as Russian typography has it"
    return f"{rate * 100:.0f}\u00a0%"


def quote_renewal(retail_price: Decimal, support_until: date, on: date) -> RenewalQuote:
    """Price a renewal on ``on`` of a license whose support runs through ``support_until``.

    ``retail_price`` is the list price without promotions or discounts (policy 2.3).
    """
    if retail_price < 0:
        raise InvalidInput(f"retail price {amount_text(retail_price)} is negative")
    rate = renewal_rate(support_until, on)
    tiers = tuple(
        Tier(
            rate=tier_rate,
            last_day=None if last_day is None else support_until + timedelta(days=last_day),
            amount=share(retail_price, tier_rate),
        )
        for tier_rate, last_day in RENEWAL_TIERS
    )
    return RenewalQuote(
        retail_price=retail_price,
        support_until=support_until,
        on=on,
        days_after=days_after(support_until, on),
        rate=rate,
        amount=share(retail_price, rate),
        new_support_until=new_support_until(support_until, on),
        tiers=tiers,
    )


#: The keys of ``Eligibility.as_dict``, in order: what ``--fields`` may name.
ELIGIBILITY_FIELDS = ("license", "on", "category", "eligible", "reasons", "support_until", "renewal")


class Eligibility(NamedTuple):
    """The verdict on whether a license gets support on ``on`` for ``category``.

    ``renewal`` is the quote for renewing on ``on`` when support has expired, else None;
    it lets a caller offer the renewal without re-deriving the price.
    """

    license_number: str
    on: date
    category: str | None
    reasons: tuple[Reason, ...]
    #: None for the free edition: it bought no support year (2.4 limits it by category).
    support_until: date | None
    renewal: RenewalQuote | None = None
    currency: str = "RUB"

    @property
    def eligible(self) -> bool:
        "Eligible exactly when no reason refuses support, so the two can never disagree"
        return not self.reasons

    def as_dict(self) -> dict[str, Any]:
        """The ``check-eligibility`` JSON shape (SPEC section 6), plus ``renewal``.

        ``renewal`` is the renewal-quote object when support has expired and null
        otherwise: the same price as the ``support_expired`` message, as exact strings
        a program can use without parsing the message.
        """
        return {
            "license": self.license_number,
            "on": self.on.isoformat(),
            "category": self.category,
            "eligible": self.eligible,
            "reasons": [reason.as_dict() for reason in self.reasons],
            "support_until": self.support_until.isoformat() if self.support_until else None,
            "renewal": (
                self.renewal.as_dict(self.license_number, self.currency)
                if self.renewal
                else None
            ),
        }


def check_eligibility(
    *,
    license_number: str,
    edition_free: bool,
    code_modified: bool,
    support_until: date,
    retail_price: Decimal,
    category: str | None,
    on: date,
    currency: str = "RUB",
) -> Eligibility:
    """Every reason support is refused, in a fixed order, so an agent sees them all at once.

    The order is ``support_expired`` (2.2), ``free_edition`` (2.4), ``code_modified`` (2.5).

    A free-edition license is never refused as ``support_expired``: the free edition has
    no support period to run out; the only help it gets, with installation, does not
    depend on one. Its other questions are refused as ``free_edition``, which is the
    reason that actually applies. A missing category counts as not installation, since
    the free edition's one exception cannot be granted for a question nobody classified.
    """
    reasons: list[Reason] = []
    renewal = None
    if not edition_free and on > support_until:
        renewal = quote_renewal(retail_price, support_until, on)
        reasons.append(
            Reason(
                "support_expired",
                f"support ended on {support_until.isoformat()}; renewing on "
                f"{on.isoformat()} costs {format_money(renewal.amount, currency)} "
                f"({percent_text(renewal.rate)})",
            )
        )
    if edition_free and category != INSTALLATION:
        asked = f"; this one is {category}" if category else ""
        reasons.append(
            Reason(
                "free_edition",
                f"the free edition gets support for installation questions only{asked}",
            )
        )
    if code_modified:
        reasons.append(
            Reason(
                "code_modified",
                "module code was modified by means other than the product's built-in "
                "tools, which voids support",
            )
        )
    return Eligibility(
        license_number=license_number,
        on=on,
        category=category,
        reasons=tuple(reasons),
        support_until=None if edition_free else support_until,
        renewal=renewal,
        currency=currency,
    )
