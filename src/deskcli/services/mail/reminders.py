"""Renewal reminders (SPEC 2.3): before support ends, and before each price step 20 → 40 → 60 %.

``desk mail remind-renewals`` runs from cron, daily. For each license with an e-mail, it
looks at the next boundary ahead: the last day of support, then the last day of each
renewal tier but the open-ended one. Within ``days`` before a boundary the license's
customer is reminded, once per license, per support period, per boundary; a renewal moves
``support_until`` and so starts a fresh set. A run missed by cron catches up with the
boundary still ahead, never with one already passed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from deskcli.domain.entitlement import RENEWAL_TIERS
from deskcli.domain.errors import InvalidInput
from deskcli.services.context import Context
from deskcli.services.licenses import offered_renewal, renewal_quote
from deskcli.services.mail import outbox
from deskcli.services.mail.outbox import AUTO_GENERATED, Recipient
from deskcli.store import mail as mailstore

DEFAULT_DAYS = 14
END = "end"


def boundaries(support_until: dt.date) -> list[tuple[str, dt.date]]:
    """(step, last day before it): the end of support, then each price step ("40%", "60%")."""
    found = [(END, support_until)]
    for (_, last_day), (following, _) in itertools.pairwise(RENEWAL_TIERS):
        assert last_day is not None  # only the last tier is open-ended
        found.append((f"{following * 100:.0f}%", support_until + dt.timedelta(days=last_day)))
    return found


def due_step(support_until: dt.date, today: dt.date, days: int) -> str | None:
    """The step a reminder is due for today: the next boundary ahead, when ``days`` or fewer away."""
    for step, boundary in boundaries(support_until):
        if today <= boundary:
            return step if (boundary - today).days <= days else None
    return None


def remind_renewals(ctx: Context, *, days: int = DEFAULT_DAYS) -> list[dict[str, Any]]:
    """Queue every reminder due today; one row per license reminded."""
    from deskcli.mail import templates

    _ = ctx.repo  # a mistyped desk path is "no desk database", not advice that would start one there
    if not ctx.policy.mail_from:
        raise InvalidInput("the desk has no mail address: desk policy set mail.from support@example.ru")
    if not 0 <= days <= 365:
        raise InvalidInput("--days is between 0 and 365")
    today, reminded = ctx.today, []
    with ctx.transaction() as repo:
        for license in repo.licenses():
            if not offered_renewal(license, ctx.policy.editions, today):  # as desk renewals lists them
                continue
            address = (license["email"] or "").strip().lower()
            support_until = dt.date.fromisoformat(license["support_until"])
            step = due_step(support_until, today, days)
            if not address or step is None or mailstore.reminded(repo, license["number"], license["support_until"],
                                                                 step):
                continue
            quote = renewal_quote(license, today)
            values = templates.renewal_values(quote, license=license["number"], edition=license["edition"],
                                              currency=ctx.policy.currency)
            kind = "renewal_before_end" if step == END else "renewal_before_step"
            done = outbox.queue(ctx, repo, kind, Recipient(address, license["customer"] or ""), values,
                                license=license["number"], automatic=AUTO_GENERATED)
            if done.id is None:
                continue
            mailstore.mark_reminded(repo, license["number"], license["support_until"], step, at=ctx.now,
                                    outbox_id=done.id)
            reminded.append({"license": license["number"], "step": step, "support_until": license["support_until"],
                             "recipient": address, "outbox_id": done.id, "rate": f"{quote.rate * 100:.0f}%",
                             "amount": str(quote.amount)})
    return reminded
