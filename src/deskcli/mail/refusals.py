"""What a mail server's refusal of a letter says is wrong, so that the agent is told what
to mend: the address, or something an address change would not help (a full mailbox, a
letter too large, a letter refused as spam or by the receiving server's policy).

Read from the enhanced status code (RFC 3463: ``5.1.1``, in a delivery report's Status field
or the reply text) where there is one, else from the reply code (RFC 5321).
"""

from __future__ import annotations

import re

ADDRESS, FULL, SIZE, POLICY = "address", "full", "size", "policy"

# A code stands alone: not part of an address (john5.7.1@, bob552@), a host (mx552.mail.ru),
# an IP address or a longer number; a sentence's full stop may follow it.
_ENHANCED = re.compile(r"(?<![\w.@-])[245]\.(\d{1,3})\.(\d{1,3})(?![\w@]|[.-][\w@])")
_REPLY = re.compile(r"(?<![\w.@-])(5\d\d)(?![\w@]|\.[\w@])")
# What a server quotes of the address refused (<anna552@shop.ru>, anna@5.7.1.ru): no code.
_ADDRESS = re.compile(r"[^\s<>\"'(),;:]*@[^\s<>\"'(),;:]*")


def refusal_kind(error: str) -> str:
    """``ADDRESS`` (also when nothing says otherwise), ``FULL``, ``SIZE`` or ``POLICY``."""
    error = _ADDRESS.sub(" ", error)
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
