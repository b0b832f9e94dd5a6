"""Licenses whose support ends soon or ended recently, with what renewing costs and when
that price steps up (policy 2.3): the list a sales-minded desk goes through every morning."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from deskcli.domain import entitlement
from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import amount_text
from deskcli.services.context import Context
from deskcli.services.licenses import offered_renewal, renewal_quote

FIELDS = ("license", "customer", "email", "edition", "support_until", "days_after", "rate", "amount",
          "currency", "price_until", "next_rate", "next_amount", "new_support_until")
MAX_DAYS = 3660
_WINDOW = re.compile(r"^\s*(\d{1,5})\s*(d|w)?\s*$")


def parse_window(text: str) -> int:
    """Calendar days from ``30``, ``30d`` or ``4w``."""
    match = _WINDOW.match(text.lower())
    if not match:
        raise InvalidInput(f"--within {text!r} is not a number of days like 30d or 4w")
    days = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
    if days > MAX_DAYS:
        raise InvalidInput(f"--within is at most {MAX_DAYS} days")
    return days


def upcoming(ctx: Context, within_days: int) -> list[dict[str, Any]]:
    """Licenses offered a renewal (``licenses.offered_renewal``: a purchase after today
    failed the whole listing, QA) whose last day of support is within ``within_days`` of
    today, either way, soonest first."""
    today = ctx.today
    first, last = today - dt.timedelta(days=within_days), today + dt.timedelta(days=within_days)
    rows = ctx.repo.all("SELECT * FROM licenses WHERE support_until BETWEEN ? AND ? "
                        "ORDER BY support_until, number", (first.isoformat(), last.isoformat()))
    return [_record(ctx, row, today) for row in rows if offered_renewal(row, ctx.policy.editions, today)]


def _record(ctx: Context, row: dict, today: dt.date) -> dict[str, Any]:
    quote = renewal_quote(row, today)
    following, last_day = quote.next_tier, quote.current_tier.last_day
    return {
        "license": row["number"],
        "customer": row["customer"] or "",
        "email": row["email"] or "",
        "edition": row["edition"],
        "support_until": row["support_until"],
        "days_after": quote.days_after,
        "rate": entitlement.rate_text(quote.rate),
        "amount": amount_text(quote.amount),
        "currency": ctx.policy.currency,
        "price_until": last_day.isoformat() if last_day else None,
        "next_rate": entitlement.rate_text(following.rate) if following else None,
        "next_amount": amount_text(following.amount) if following else None,
        "new_support_until": quote.new_support_until.isoformat(),
    }
