"""When a customer's message counts as received: the start of its response time (2.6) and
the time a clarification re-queues its request at (2.7).

A message the desk takes in as it arrives (an MTA's pipe) is received when it is read. A
polled one (IMAP, a maildir read by cron) arrived earlier, when its server took it, and
the policy's clock runs from then: a message that waited an hour for the next poll, or a
weekend while the mail server was down, is not given that much longer. Its limits:

- a time in the future is a server clock running ahead: the message counts from now;
- a time more than ``TRUSTED`` ago is no arrival but a date a copy kept (an IMAP client
  that moves last year's message into the inbox keeps its date): it counts from now too;
- never before ``floor``, the request's last turn (its opening, an answer, a close): an
  agent who answered at 10:30 a request whose customer wrote again at 10:00 (read at 11:00)
  answered all the desk knew, and the new message waits from 10:30, after that answer.
  A floor later than now (a turn taken while a long poll ran) is the answer then.
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


def received_at(arrived: dt.datetime | None, now: dt.datetime, *, floor: dt.datetime | None = None) -> Received:
    """The instant a message counts from, to the second, given when its server says it
    ``arrived`` (None: read as it arrived), the command's ``now`` and the request's last
    turn, its ``floor`` (None: a new request)."""
    if arrived is None:  # read as it arrived: whatever the request did before came first
        return Received(now)
    if arrived.tzinfo is None:
        raise ValueError("an arrival time needs its offset")
    at, note = arrived.replace(microsecond=0).astimezone(now.tzinfo), None
    if at > now:
        at = now
    elif at < now - TRUSTED:
        note = (f"its server dates it {at.isoformat(timespec='seconds')}, more than {TRUSTED.days} days ago "
                "(a copied message keeps its date): counted from when the desk read it")
        at = now
    if floor is not None and at < floor:
        at = floor.astimezone(now.tzinfo)
    return Received(at, note)
