"""The desk's policy: shown, changed key by key, exported and imported whole.

Each change is a new version in the database and one history event (who, when, before,
after), and recalculates the open deadlines in the same transaction, so no agent ever
sees deadlines made under a policy that is no longer in force.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from deskcli.domain import policy as policy_module
from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.errors import InvalidInput
from deskcli.domain.tickets import deadline_basis
from deskcli.services import deadlines
from deskcli.services.context import Context


class Change(NamedTuple):
    version: int
    changed: dict[str, tuple[Any, Any]]
    moved: int


def current(ctx: Context) -> dict[str, Any]:
    """The policy document in force (the defaults on a desk that has stored none yet)."""
    return ctx.policy.document


def set_key(ctx: Context, key: str, value: str) -> Change:
    """Set one dotted key (``targets.usage``, ``calendar.hours.fri``, ``mail.from``)."""
    return replace(ctx, policy_module.with_value(ctx.policy.document, key, value))


def replace(ctx: Context, document: dict[str, Any]) -> Change:
    """Put ``document`` in force, validated whole, applied atomically."""
    new = policy_module.build(document)
    with ctx.transaction() as repo:
        before = ctx.policy.document
        changed = policy_module.changed_keys(before, new.document)
        if not changed:
            stored = repo.policy()
            return Change(version=stored[0] if stored else 0, changed={}, moved=0)
        version = repo.save_policy(new.document, at=ctx.now, agent=ctx.agent)
        repo.record(at=ctx.now, agent=ctx.agent, action="policy changed",
                    before={"version": version - 1, **{k: v[0] for k, v in changed.items()}},
                    after={"version": version, **{k: v[1] for k, v in changed.items()}})
        calendar = BusinessCalendar(new.calendar)
        moved = deadlines.recalculate(ctx, repo, calendar=calendar, targets=new.targets,
                                      basis=deadline_basis(calendar.fingerprint, new.targets))
    return Change(version=version, changed=changed, moved=moved)


def parse_document(text: str, *, source: str) -> dict[str, Any]:
    """A policy file's TOML (what ``desk policy export`` writes)."""
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{source}: not valid TOML: {exc}") from None
    except RecursionError:
        raise InvalidInput(f"{source}: nested too deeply") from None
    try:
        policy_module.build(document)
    except InvalidInput as exc:
        raise InvalidInput(f"{source}: {exc}") from None
    return document
