"""Compiling the intake rules' regular expressions, with room for a cache kept between runs.

Compiling is a third of what ``desk open`` spends on the rules (about 15 ms for some sixty
expressions, most of it in ``re``'s parser), and the expressions are the same every run.
What ``re`` compiles a pattern into (its flags, code and groups) can be handed to ``_sre``
directly, so a caller may keep it between runs: `adopt` takes what was kept, `learned`
gives what was compiled afresh since it was last asked. The domain keeps no file:
``deskcli.pattern_cache`` does (issue 15).

A kept entry is used only for the very pattern text and flags it was compiled from, and
only by the interpreter that made it (the caller keys its store by version); if the
interpreter's internals differ at all, everything is compiled as usual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: (pattern, flags) -> what `_sre.compile` takes after the pattern: the final flags, the
#: code, the number of groups, the group names both ways. JSON-shaped (lists, no tuples).
Compiled = list[Any]

_kept: dict[str, Compiled] = {}
_learned: dict[str, Compiled] = {}


def key(pattern: str, flags: int) -> str:
    return f"{int(flags)}:{pattern}"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name and shape
    """``re.compile(pattern, flags)``, from the kept code when there is some."""
    entry = _kept.get(key(pattern, flags))
    if entry is not None:
        try:
            return _from_code(pattern, entry)
        except (TypeError, ValueError, RuntimeError, AttributeError, ImportError):
            pass  # damaged or foreign: compile it as usual (and keep the fresh code)
    try:
        entry = _code(pattern, int(flags))
        compiled = _from_code(pattern, entry)
    except (TypeError, ValueError, RuntimeError, AttributeError, ImportError):
        return re.compile(pattern, flags)
    _learned[key(pattern, flags)] = entry
    return compiled


def adopt(kept: Mapping[str, Compiled]) -> None:
    """Use ``kept`` (a `learned` of an earlier run by the same interpreter) from now on.
    What was compiled before and is kept already is not new (`learned`)."""
    _kept.update(kept)
    for known in kept.keys() & _learned.keys():
        del _learned[known]


def learned() -> dict[str, Compiled]:
    """What was compiled afresh since the last call (nothing if all was kept): asked once
    per message by a long-running process, it is new only when the rules compiled more."""
    fresh = dict(_learned)
    _learned.clear()
    return fresh


def _code(pattern: str, flags: int) -> Compiled:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return [int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, by_index]


def _from_code(pattern: str, entry: Compiled) -> re.Pattern[str]:
    import _sre

    flags, code, groups, names, by_index = entry
    return _sre.compile(pattern, flags, code, groups, names, tuple(by_index))
