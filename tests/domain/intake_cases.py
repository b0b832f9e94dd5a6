"""What the intake rules make of one message body, as the round tests ask it."""

from __future__ import annotations

from deskcli.domain.intake import check_intake


def codes(text: str) -> list[str]:
    """Every rule code the body raises, refusals and flags."""
    return check_intake("", text).codes


def clauses(text: str) -> list[str]:
    """The 2.10 clauses an out_of_scope flag names."""
    return [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]
