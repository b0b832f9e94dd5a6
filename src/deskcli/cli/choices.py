"""Values a command line gives as a list (``--status open --status answered`` or
``--status open,answered``), read the same by the full command line and the fast path.

Typer-free, so the launcher's commands can use it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs a fast command a tenth of its start
if TYPE_CHECKING:
    from collections.abc import Sequence


def listed(values: list[str] | None, known: Sequence[str], what: str = "status") -> tuple[str, ...]:
    """Values given repeated or comma-separated, in the order first given, each checked
    against ``known``."""
    parts = [part.strip() for value in values or () for part in value.split(",")]
    unknown = [part for part in parts if part not in known]
    if unknown:
        from deskcli.domain.errors import InvalidInput

        # an empty one too: a script's empty variable must not quietly mean every status (review)
        given = f"{what} {unknown[0]!r}" if unknown[0] else f"empty {what}"
        raise InvalidInput(f"unknown {given}; use one of {', '.join(known)}")
    return tuple(dict.fromkeys(parts))
