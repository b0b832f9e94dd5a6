"""What a mail server's refusal of a letter says is wrong, so that the agent is told what
to mend: the address, or something an address change would not help (a full mailbox, a
letter too large, a letter refused as spam or by the receiving server's policy).

Read from the enhanced status code (RFC 3463: ``5.1.1``, in a delivery report's Status field
or the reply text) where there is one, else from the reply code (RFC 5321).
"""

from __future__ import annotations

import re

ADDRESS, FULL, SIZE, POLICY = "address", "full", "size", "policy"

_ENHANCED = re.compile(r"(?<![\d.])[245]\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_REPLY = re.compile(r"(?<!\d)(5\d\d)(?!\d)")


def refusal_kind(error: str) -> str:
    """``ADDRESS`` (also when nothing says otherwise), ``FULL``, ``SIZE`` or ``POLICY``."""
    found = _ENHANCED.search(error)
    if found is not None:
        subject, detail = int(found.group(1)), int(found.group(2))
        if subject == 2:  # mailbox status
            return SIZE if detail == 3 else FULL if detail == 2 else ADDRESS
        if subject == 3 and detail == 4:  # message too big for the system
            return SIZE
        if subject == 7:  # security or policy: spam, a blocked sender, DMARC
            return POLICY
        return ADDRESS
    reply = _REPLY.search(error)
    if reply is not None and reply.group(1) == "552":
        return SIZE
    return ADDRESS
