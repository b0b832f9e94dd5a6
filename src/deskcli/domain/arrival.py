"""When a customer's message counts as received: the start of its response time (2.6) and
the time a clarification re-queues its request at (2.7).

A message the desk takes in as it arrives (an MTA's pipe) is received when it is read. A
polled one (IMAP, a maildir read by cron) arrived earlier, when its server took it, and
the policy's clock runs from then: a message that waited an hour for the next poll, or a
weekend while the mail server was down, is not given that much longer. Three limits:

- never later than now: a server whose clock runs ahead gives nothing in the future;
- never before the request's last recorded event: an agent who answered at 10:30 a
  request whose customer wrote again at 10:00 (read at 11:00) has answered everything the
  desk knew, and the new message waits from 10:30, not from before that answer;
- only as far back as ``TRUSTED``: older times are not arrivals but dates kept by a copy
  (an IMAP client that moves last year's message into the inbox keeps its date), and such
  a message starts its clock when it is read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: How far back a server's arrival time is taken as the truth: a long weekend with the mail
#: server down, and then some.
TRUSTED = dt.timedelta(days=7)


@dataclass(frozen=True)
class Received:
    """When a message counts as received, and why when that is not when it arrived."""

    at: dt.datetime
    #: Said in the mail log when the arrival was not taken as it came (None: taken as it came,
    #: or there was none to take).
    note: str | None = None


def received_at(arrived: dt.datetime | None, now: dt.datetime, *, last_event: dt.datetime | None = None) -> Received:
    """The instant a message counts from, to the second, given when its server says it
    ``arrived`` (None: read as it arrived), the command's ``now`` and the ``last_event``
    recorded on the request it belongs to (None: a new request)."""
    if arrived is None:
        return Received(now)
    if arrived.tzinfo is None:
        raise ValueError("an arrival time needs its offset")
    arrived = arrived.replace(microsecond=0).astimezone(now.tzinfo)
    if arrived >= now:
        return Received(now)
    if arrived < now - TRUSTED:
        return Received(now, f"its server dates it {arrived.isoformat(timespec='seconds')}, more than "
                             f"{TRUSTED.days} days ago (a copied message keeps its date): counted from when "
                             "the desk read it")
    if last_event is not None and arrived < last_event:
        return Received(min(last_event, now))
    return Received(arrived)
