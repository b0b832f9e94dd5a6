"""Editing a policy document by its dotted keys (``desk policy set targets.usage 240``) and
saying what an edit changed, for the history."""

from __future__ import annotations

import copy
from typing import Any

from deskcli.domain.errors import InvalidInput
from deskcli.domain.policy import SECTIONS, build, defaults


def with_value(document: dict[str, Any], key: str, value: str) -> dict[str, Any]:
    """A copy of ``document`` with the dotted ``key`` set to ``value`` (typed by the key),
    validated whole."""
    parts = key.split(".")
    if parts[0] not in SECTIONS:
        raise InvalidInput(f"{key}: not a policy key (sections: {', '.join(SECTIONS)})")
    node: Any = defaults()
    for depth, part in enumerate(parts):
        table = node
        node = node.get(part) if isinstance(node, dict) else None
        if node is None and parts[0] not in ("editions", "lines", "calendar", "mail"):
            # targets.usag: the keys of its table, as calendar.* and mail.* say them
            known = ", ".join(".".join((*parts[:depth], name)) for name in table) if isinstance(table, dict) else ""
            raise InvalidInput(f"{key}: unknown key" + (f" (known: {known})" if known else ""))
    typed = typed_value(value, node, key)
    result = copy.deepcopy(document)
    if parts[0] == "editions" and len(parts) > 1:  # an edition as the policy spells it (бизнес is Бизнес)
        parts[1] = next((known for known in result.get("editions", {}) if known.casefold() == parts[1].casefold()),
                        parts[1])
    target = result
    for part in parts[:-1]:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise InvalidInput(f"{key}: {part} is not a table")
        target = child
    target[parts[-1]] = typed
    build(result)
    return result


def without(document: dict[str, Any], key: str) -> dict[str, Any]:
    """A copy of ``document`` without the dotted ``key``: back to its default, or gone where
    the desk named it (``mail.addresses.installation``, ``lines.5``), validated whole."""
    parts = key.split(".")
    if parts[0] not in SECTIONS:
        raise InvalidInput(f"{key}: not a policy key (sections: {', '.join(SECTIONS)})")
    result = copy.deepcopy(document)
    target: Any = result
    for part in parts[:-1]:
        target = target.get(part) if isinstance(target, dict) else None
    if parts[0] == "editions" and len(parts) == 2 and isinstance(target, dict):  # as the policy spells it
        parts[1] = next((known for known in target if known.casefold() == parts[1].casefold()), parts[1])
    if not isinstance(target, dict) or parts[-1] not in target:
        raise InvalidInput(f"{key}: not in the policy (desk policy show lists what is)")
    del target[parts[-1]]
    build(result)
    return result


def typed_value(value: str, default: Any, key: str) -> Any:
    if isinstance(default, bool) or key.endswith(".free") or key.endswith("pre_holidays"):
        lowered = value.strip().lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        raise InvalidInput(f"{key}: {value!r} is not true or false")
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            raise InvalidInput(f"{key}: {value!r} is not a whole number") from None
    if isinstance(default, list):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


def changed_keys(before: dict[str, Any], after: dict[str, Any], prefix: str = "") -> dict[str, tuple[Any, Any]]:
    """The dotted keys whose values differ, with (before, after): a policy change's history."""
    changes: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        name = f"{prefix}{key}"
        if isinstance(a, dict) and isinstance(b, dict):
            changes.update(changed_keys(a, b, name + "."))
        elif a != b:
            changes[name] = (a, b)
    return changes
