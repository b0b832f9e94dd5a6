"""Compiling the intake rules' regular expressions, with room for a cache kept between runs.

Compiling is a third of what ``desk open`` spends on the rules (about 15 ms for some sixty
expressions, most of it in ``re``'s parser), and the expressions are the same every run.
What ``re`` compiles a pattern into (its flags, code and groups) can be handed to ``_sre``
directly, so a caller may keep it between runs: `adopt` takes what was kept, `learned`
gives what was compiled afresh since it was last asked. The domain keeps no file:
``deskcli.pattern_cache`` does (issue 15).

Only the rules' own expressions come here (and those that find a password a customer wrote,
``domain/credentials.py``), never one built from a message (it would be kept, and a
customer's words with it): those go to ``re.compile``.

A kept entry is used only for the very pattern text and flags it was compiled from, and
only by the interpreter that made it (the caller keys its store by version); an entry that
is not what ``re`` itself would build is compiled as usual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    #: What `_sre.compile` takes after the pattern: the final flags, the code (`_pack`ed into
    #: one string), the number of groups, the group names both ways. JSON-shaped (lists, no
    #: tuples).
    Compiled = list[Any]

_built: dict[str, re.Pattern[str]] = {}
_kept: dict[str, Compiled] = {}
_learned: dict[str, Compiled] = {}

def key(pattern: str, flags: int) -> str:
    return f"{int(flags)}:{pattern}"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name and shape
    """``re.compile(pattern, flags)``, built once per process, from the kept code if any."""
    name = key(pattern, flags)
    built = _built.get(name)
    if built is not None:
        return built
    entry = _kept.get(name)
    if entry is not None and _sound(entry):
        try:
            built = _from_code(pattern, entry)
        except Exception:  # noqa: BLE001 - damaged or foreign: compiled as usual below
            built = None
    if built is None:
        try:
            entry = _code(pattern, int(flags))
            built = _from_code(pattern, entry)
            _learned[name] = entry
        except Exception:  # noqa: BLE001 - internals not as expected: re does it all
            built = re.compile(pattern, flags)
    _built[name] = built
    return built


def adopt(kept: Mapping[str, Any]) -> None:
    """Use ``kept`` (a `learned` of an earlier run by the same interpreter) from now on; an
    entry of the wrong shape is compiled as usual when asked. What was compiled before and
    is kept already is not new (`learned`)."""
    _kept.update(kept)
    for known in kept.keys() & _learned.keys():
        del _learned[known]


def learned() -> dict[str, Compiled]:
    """What was compiled afresh since the last call (nothing if all was kept): asked once
    per message by a long-running process, it is new only when the rules compiled more."""
    fresh = dict(_learned)
    _kept.update(fresh)
    _learned.clear()
    return fresh


def _sound(entry: Any) -> bool:
    """The shape `_code` gives, with the group names both ways agreeing with the number of
    groups: a wrong one would fail only at match time. (Code or flags _sre cannot take fail
    as the pattern is built, and are compiled as usual then.)"""
    if not (isinstance(entry, list) and len(entry) == 5):
        return False
    _, code, groups, names, by_index = entry
    return (isinstance(code, str) and type(groups) is int and 0 <= groups < 10_000 and isinstance(by_index, list)
            and len(by_index) == groups + 1 and isinstance(names, dict)
            and all(isinstance(n, str) and type(i) is int and 0 < i <= groups and by_index[i] == n
                    for n, i in names.items())
            and sum(n is not None for n in by_index) == len(names))


def _code(pattern: str, flags: int) -> Compiled:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _pack([int(op) for op in _compiler._code(parsed, flags)])
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return [int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, by_index]


def _from_code(pattern: str, entry: Compiled) -> re.Pattern[str]:
    import _sre

    flags, code, groups, names, by_index = entry
    return _sre.compile(pattern, flags, _unpack(code), groups, names, tuple(by_index))


def _pack(code: list[int]) -> str:
    """The code as base64 of 32-bit words in this machine's order (the cache is per
    interpreter and machine): a run reads the whole kept file, and parsing a string is a
    small part of parsing a list of numbers; only the entries used are unpacked."""
    import array
    import base64

    return base64.b64encode(array.array("I", code).tobytes()).decode("ascii")


def _unpack(packed: str) -> list[int]:
    import array
    import binascii

    code = array.array("I")
    code.frombytes(binascii.a2b_base64(packed, strict_mode=True))
    return code.tolist()
