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
    chosen = tuple(dict.fromkeys(part.strip() for value in values or () for part in value.split(",") if part.strip()))
    unknown = [value for value in chosen if value not in known]
    if unknown:
        from deskcli.domain.errors import InvalidInput

        raise InvalidInput(f"unknown {what} {unknown[0]!r}; use one of {', '.join(known)}")
    return chosen
