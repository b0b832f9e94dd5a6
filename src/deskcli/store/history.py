"""The desk's own records over time, for the people who ask who changed them: the
policy's versions and a license's events (a request's are ``Repository.history``)."""

from __future__ import annotations

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from deskcli.store.repository import Repository


def policy_versions(repo: Repository, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` versions of the policy, newest first, whole documents."""
    return repo.all("SELECT version, at, agent, document FROM policy ORDER BY version DESC LIMIT ?", (limit,))


def license_events(repo: Repository, number: str) -> list[dict[str, Any]]:
    """A license's own events in order (added, edited, renewed, its PIN lock cleared)."""
    return repo.all("SELECT * FROM events WHERE license = ? ORDER BY id", (number,))
