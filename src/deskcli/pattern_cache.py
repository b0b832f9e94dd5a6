"""The intake rules' compiled expressions kept between runs (``domain.intake.patterns``).

``desk open`` and mail intake read every message with some sixty regular expressions;
compiling them is about 15 ms a run, the same work every time. This keeps what ``re``
compiled them into in one small JSON file in the user cache directory, per interpreter
(its version and the ``_sre`` code format), owner-only. A file that is missing, damaged,
foreign or another user's is ignored; one that cannot be written only costs speed. Each
entry is used only for the exact pattern text it came from, so changed rules simply
compile afresh and are added.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

from deskcli.domain.intake import patterns
from deskcli.files import keep_cached, read_own

#: The file adopted last (a process may serve several desks' users in turn: the tests).
_adopted: list[str] = []
#: About ten times what the rules compile: room for several versions of them side by side.
MAX_ENTRIES = 1000


def path() -> str:
    import _sre

    from deskcli import paths

    # The exact release: a patch release may change what re compiles a pattern into
    # without changing _sre.MAGIC (3.11.5 did, for possessive quantifiers).
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:08x}-{_sre.MAGIC}"
    return os.path.join(paths.pattern_cache(), f"{tag}.json")


def adopt() -> None:
    """Compile the rules from the kept file from now on (read once per process and file)."""
    where = path()
    if _adopted[-1:] == [where]:
        return
    _adopted[:] = [where]
    try:
        kept = json.loads(read_own(where) or b"null")
    except (ValueError, RecursionError):
        return
    if isinstance(kept, dict):
        patterns.adopt(kept)  # an entry of the wrong shape is compiled as usual


def keep() -> None:
    """Add what this run compiled afresh to the file (nothing to do on a run that found all).

    The file is rewritten with only what this process has used, besides the new: the
    entries of rules changed since (an upgrade) are never asked again, and every one of
    them made each later run read a larger file (250 entries, 7 ms of JSON a run). An entry
    dropped that a later run does use is compiled then, once, and kept again."""
    fresh = patterns.learned()
    if not fresh or not _adopted:
        return
    where = _adopted[0]
    kept: dict[str, patterns.Compiled] = {}
    with contextlib.suppress(ValueError, RecursionError):
        found = json.loads(read_own(where) or b"{}")
        if isinstance(found, dict) and len(found) + len(fresh) <= MAX_ENTRIES:
            used = patterns.used()
            kept = {name: entry for name, entry in found.items() if name in used}
    keep_cached(where, json.dumps({**kept, **fresh}, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
