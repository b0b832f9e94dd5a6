"""The desk's policy: shown, changed key by key, exported and imported whole.

Each change is a new version in the database and one history event (who, when, before,
after), and recalculates the open deadlines in the same transaction, so no agent ever
sees deadlines made under a policy that is no longer in force.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from deskcli.domain import policy as policy_module
from deskcli.domain import policy_keys
from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import NamedTuple
from deskcli.domain.tickets import deadline_basis
from deskcli.services import deadlines
from deskcli.services.context import Context
from deskcli.store.repository import Repository


class Change(NamedTuple):
    version: int
    changed: dict[str, tuple[Any, Any]]
    moved: int


def current(ctx: Context) -> dict[str, Any]:
    """The policy document in force (the defaults on a desk that has stored none yet)."""
    return ctx.policy.document


def log(ctx: Context, limit: int) -> list[dict[str, Any]]:
    """The policy's newest ``limit`` versions, newest first: who made each, when, and the
    keys it changed with their values before and after (the first version changed none:
    it is where the desk's policy began)."""
    import json

    from deskcli.store.history import policy_versions

    rows = policy_versions(ctx.repo, limit + 1)
    documents = [json.loads(row["document"]) for row in rows]
    versions = []
    for index, row in enumerate(rows[:limit]):
        earlier = documents[index + 1] if index + 1 < len(rows) else None
        changed = {} if earlier is None else policy_keys.changed_keys(earlier, documents[index])
        versions.append({"version": row["version"], "at": ctx.show_stored(row["at"]), "agent": row["agent"],
                         "action": "created" if earlier is None else "changed",
                         "changed": {key: {"before": was, "after": now} for key, (was, now) in changed.items()}})
    return versions


def set_key(ctx: Context, key: str, value: str) -> Change:
    """Set one dotted key (``targets.usage``, ``calendar.hours.fri``, ``mail.from``)."""
    return replace(ctx, lambda current: policy_keys.with_value(current, key, value))


def unset_key(ctx: Context, key: str) -> Change:
    """Remove one dotted key: a key with a default goes back to it, a name the desk gave
    (``mail.addresses.installation``, ``lines.5``) is dropped."""
    return replace(ctx, lambda current: policy_keys.without(current, key))


def import_document(ctx: Context, document: dict[str, Any], *, source: str) -> Change:
    """Put a whole policy file in force (``desk policy export`` writes one). A section the
    file lacks would go back to the defaults: refused where the desk's own differs, since a
    file cut short (an export that failed, a hand-written fragment) must not wipe it."""
    def whole(current: dict[str, Any]) -> dict[str, Any]:
        lost = _left_out(current, document, policy_module.build({}).document)
        if lost:
            raise InvalidInput(f"{source} has no {', '.join(lost)}: importing it would put the defaults back "
                               f"there; desk policy import takes a whole policy, as desk policy export writes it "
                               f"(desk policy set changes single keys)")
        return document

    return replace(ctx, whole)


#: Tables whose keys are names the desk chose: a file that has one says all of it (an
#: edition it leaves out is dropped on purpose), so their keys are not looked into.
_NAMED = {"editions", "lines", "calendar.extra_working_days", "mail.addresses"}


def _left_out(current: dict[str, Any], given: dict[str, Any], defaults: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted keys ``given`` lacks where the policy in force differs from the default."""
    lost = []
    for key, default in defaults.items():
        name = prefix + key
        if key not in given:
            if current.get(key) != default:
                lost.append(name)
        elif isinstance(default, dict) and isinstance(given[key], dict) and name not in _NAMED:
            lost += _left_out(current.get(key) or {}, given[key], default, name + ".")
    return lost


def replace(ctx: Context, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Change:
    """Put ``change(policy in force)`` in force, validated whole, applied atomically. Worked
    out again inside the write lock if another command changed the policy meanwhile, so that
    two changes made at once both hold (neither is built on a version the other replaced)."""
    read = ctx.policy.document
    new = policy_module.build(change(read))
    # The new calendar's years and the open requests' new deadlines are worked out before
    # the write lock is taken; inside it, only requests changed meanwhile are recomputed.
    calendar = BusinessCalendar(new.calendar)
    basis = deadline_basis(calendar.fingerprint, new.targets)
    known: deadlines.Deadlines = {}
    if ctx.has_database and policy_keys.changed_keys(read, new.document):
        # A change refused is refused first: working out 100,000 deadlines took 2.7 s before
        # a dropped edition was refused (QA at a million requests); checked again in the lock.
        _keep_used_editions(ctx.repo, new.editions)
        known = deadlines.ahead(ctx, calendar=calendar, basis=basis, targets=new.targets)
    with ctx.transaction() as repo:
        before = ctx.policy.document  # read again by the transaction if it changed since
        if before != read:
            new = policy_module.build(change(before))
            calendar = BusinessCalendar(new.calendar)
            basis = deadline_basis(calendar.fingerprint, new.targets)
            known = {}
        changed = policy_keys.changed_keys(before, new.document)
        if not changed:
            return Change(version=repo.policy_version() or 0, changed={}, moved=0)
        _keep_used_editions(repo, new.editions)
        version = repo.save_policy(new.document, at=ctx.now, agent=ctx.agent)
        repo.record(at=ctx.now, agent=ctx.agent, action="policy changed",
                    before={"version": version - 1, **{k: v[0] for k, v in changed.items()}},
                    after={"version": version, **{k: v[1] for k, v in changed.items()}})
        moved = deadlines.recalculate(ctx, repo, calendar=calendar, targets=new.targets, basis=basis, known=known)
    return Change(version=version, changed=changed, moved=moved)


def _keep_used_editions(repo: Repository, editions: dict[str, bool]) -> None:
    """An edition a license holds stays in the policy: without it the license would count
    as paid, whatever it was (a free edition would get full support, silently)."""
    rows = repo.all("SELECT edition, count(*) AS licenses, min(number) AS first FROM licenses "
                    "GROUP BY edition ORDER BY edition")
    missing = [row for row in rows if row["edition"] not in editions]
    if missing:
        row = missing[0]
        more = f" and {row['licenses'] - 1} more" if row["licenses"] > 1 else ""
        raise InvalidInput(f"editions.{row['edition']} is held by license {row['first']}{more}: keep it in the "
                           f"policy, or move those licenses first (desk license edit NUMBER --edition NAME)")


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
