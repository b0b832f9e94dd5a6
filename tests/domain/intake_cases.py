"""What the intake rules make of one message body, as the intake rule tests ask it."""

from __future__ import annotations

from deskcli.domain.intake import check_intake


def codes(text: str) -> list[str]:
    """Every rule code the body raises, refusals and flags."""
    return check_intake("", text).codes


def clauses(text: str) -> list[str]:
    """The 2.10 clauses an out_of_scope flag names."""
    return [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


def obscene(text: str) -> bool:
    """Whether the body raises the obscene refusal or flag (SPEC 2.8.3)."""
    return "obscene" in check_intake("", text).codes


def refused(text: str) -> bool:
    """Whether the body is refused as obscene (SPEC 2.8.3)."""
    return "obscene" in [r.code for r in check_intake("", text).refusals]
