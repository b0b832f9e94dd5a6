"""How a command line reads a choice, the same in the full command line and the fast path:
a value may be shortened to any start no other choice shares (``-c emerg``, and ``emerg.``
as the queue's table abbreviates it), and a list may be given repeated or comma-separated
(``--status open --status answered`` or ``--status open,answered``).

Typer-free, so the launcher's commands can use it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs a fast command a tenth of its start
if TYPE_CHECKING:
    from collections.abc import Sequence


def matching(text: str, known: Sequence[str]) -> list[str]:
    """The choices ``text`` names: itself when it is one, else every choice it starts (in
    any case, a closing "." dropped). One is the choice meant; more is ambiguous."""
    if text in known:
        return [text]
    start = text.removesuffix(".").lower()
    if not start:
        return []
    exact = [choice for choice in known if choice.lower() == start]
    return exact or [choice for choice in known if choice.lower().startswith(start)]


def ambiguity(text: str, meant: Sequence[str]) -> str:
    return f"{text!r} could be {', '.join(meant[:-1])} or {meant[-1]}"


def listed(values: list[str] | None, known: Sequence[str], what: str = "status") -> tuple[str, ...]:
    """Values given repeated or comma-separated, in the order first given, each checked
    against ``known``."""
    chosen = []
    for part in (part.strip() for value in values or () for part in value.split(",")):
        meant = matching(part, known)
        if len(meant) != 1:
            from deskcli.domain.errors import InvalidInput

            if meant:
                raise InvalidInput(f"{what} {ambiguity(part, meant)}")
            # an empty one too: a script's empty variable must not quietly mean every status (review)
            given = f"{what} {part!r}" if part else f"empty {what}"
            raise InvalidInput(f"unknown {given}; use one of {', '.join(known)}")
        chosen.append(meant[0])
    return tuple(dict.fromkeys(chosen))
