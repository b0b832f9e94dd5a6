"""Tags: an agent's own labels on requests (``billing``, ``1с-обмен``, ``vip``).

A tag is one lower-case word of letters, digits, ``_``, ``.`` and ``-``, so it reads the
same in a table, a CSV cell and a shell line, and cannot be taken for an option or a
formula. ``+name`` adds, ``-name`` removes, a bare name adds.
"""

from __future__ import annotations

import re
import unicodedata

from deskcli.domain.errors import InvalidInput

MAX_TAG = 40
MAX_TAGS = 50
_TAG = re.compile(r"^[^\W_](?:[\w.\-]*[^\W_])?$")


def validate_tag(name: str) -> str:
    tag = unicodedata.normalize("NFKC", name.strip()).casefold()
    if not tag or len(tag) > MAX_TAG or not _TAG.match(tag) or not tag.isprintable():
        raise InvalidInput(f"tag {name!r} is not valid: one word of letters, digits, _ . - "
                           f"(up to {MAX_TAG} characters, starting and ending with a letter or digit)")
    return tag


def parse_changes(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(tags to add, tags to remove) from ``+name``, ``-name`` and bare ``name`` tokens."""
    added: list[str] = []
    removed: list[str] = []
    for token in tokens:
        if token.startswith("-"):
            removed.append(validate_tag(token[1:]))
        else:
            added.append(validate_tag(token[1:] if token.startswith("+") else token))
    both = set(added) & set(removed)
    if both:
        raise InvalidInput(f"tag {sorted(both)[0]!r} is both added and removed")
    return list(dict.fromkeys(added)), list(dict.fromkeys(removed))


def apply_changes(current: list[str], added: list[str], removed: list[str]) -> list[str]:
    """The sorted tag list after the changes; at most ``MAX_TAGS`` per request."""
    result = sorted((set(current) | set(added)) - set(removed))
    if len(result) > MAX_TAGS:
        raise InvalidInput(f"a request carries at most {MAX_TAGS} tags")
    return result
