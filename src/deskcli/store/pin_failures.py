"""The wrong PINs given for a license number, which ``services.pins`` counts to lock out
guessing. Kept under the number folded to one case, as licenses are found: guessing
"hc-1", "Hc-1" and "HC-1" is guessing one number."""

from __future__ import annotations

import datetime as dt

from deskcli.domain.named import TYPE_CHECKING
from deskcli.store.records import utc_text

if TYPE_CHECKING:
    from typing import Any

    from deskcli.store.repository import Repository


def failures(repo: Repository, number: str, *, limit: int, uncleared: bool = True) -> list[dict[str, Any]]:
    """The newest wrong PINs given for a license number (known or not), newest first."""
    where = "license = ? AND kind = 'wrong_pin'" + (" AND cleared_at IS NULL" if uncleared else "")
    return repo.all(f"SELECT * FROM pin_failures WHERE {where} ORDER BY at DESC, id DESC LIMIT ?",
                    (number.casefold(), limit))


def recent_attempts(repo: Repository, number: str, *, since: str, limit: int = 20) -> list[dict[str, Any]]:
    return repo.all("SELECT * FROM pin_failures WHERE license = ? AND at >= ? ORDER BY at DESC, id DESC "
                    "LIMIT ?", (number.casefold(), since, limit))


def record(repo: Repository, number: str, *, at: dt.datetime, agent: str, kind: str) -> None:
    repo.insert("pin_failures", {"license": number.casefold(), "at": utc_text(at), "agent": agent, "kind": kind})


def clear(repo: Repository, number: str, *, at: dt.datetime, agent: str) -> int:
    cursor = repo.conn.execute(
        "UPDATE pin_failures SET cleared_at = ?, cleared_by = ? WHERE license = ? AND cleared_at IS NULL",
        (utc_text(at), agent, number.casefold()))
    return cursor.rowcount
