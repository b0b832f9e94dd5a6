"""The intake rules' compiled expressions kept between runs (``domain.intake.patterns``).

``desk open`` and mail intake read every message with some sixty regular expressions;
compiling them is about 15 ms a run, the same work every time. This keeps what ``re``
compiled them into in one small JSON file in the user cache directory, per interpreter
(its version and the ``_sre`` code format) and deskcli release, owner-only. A file that is
missing, damaged, foreign or another user's is ignored; one that cannot be written only
costs speed. Each entry is used only for the exact pattern text it came from, so changed
rules simply compile afresh and are added.

The file only grows (a run keeps what it compiled afresh beside everything kept): which of
the rules' expressions a run compiles depends on the message (most are compiled only when
an earlier test passes), so a file cut down to what one run used would make the next
message compile again what the one before dropped. All the rules hold about two hundred;
an upgrade starts a file of its own (and removes the old release's), and a file grown past
`MAX_ENTRIES` (rules edited in place, as in development) starts over.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

from deskcli.domain.intake import patterns
from deskcli.cache_files import keep_cached, read_own

#: The file adopted last (a process may serve several desks' users in turn: the tests).
_adopted: list[str] = []
#: About three times what all the rules compile: room for a few edits of them side by side.
MAX_ENTRIES = 600


def _interpreter() -> str:
    import _sre

    # The exact release: a patch release may change what re compiles a pattern into
    # without changing _sre.MAGIC (3.11.5 did, for possessive quantifiers).
    return f"{sys.implementation.cache_tag}-{sys.hexversion:08x}-{_sre.MAGIC}"


def path() -> str:
    from deskcli import __version__, paths

    return os.path.join(paths.pattern_cache(), f"{_interpreter()}-desk{__version__}.json")


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
    """Add what this run compiled afresh to the file (nothing to do on a run that found all)."""
    fresh = patterns.learned()
    if not fresh or not _adopted:
        return
    where = _adopted[0]
    kept: dict[str, patterns.Compiled] = {}
    with contextlib.suppress(ValueError, RecursionError):
        found = json.loads(read_own(where) or b"{}")
        if isinstance(found, dict) and len(found) + len(fresh) <= MAX_ENTRIES:
            kept = found
    if not kept:
        _forget_other_releases(where)
    keep_cached(where, json.dumps({**kept, **fresh}, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _forget_other_releases(where: str) -> None:
    """Remove this interpreter's files of other deskcli releases: never read again."""
    folder, mine = os.path.split(where)
    same_interpreter = f"{_interpreter()}-desk"
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(same_interpreter) and entry.name.endswith(".json") and entry.name != mine:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
