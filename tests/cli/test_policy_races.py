"""The policy changed by two agents at once, and a policy file that would wipe what it does not say.

The races are played step by step through the service layer: a command reads the policy
when it starts and takes the write lock later; another command's change lands in between.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from deskcli import settings
from deskcli.services import policy
from deskcli.services.context import Context
from tests.cli.test_requests import add_license, open_request
from tests.conftest import FIXED_NOW, assert_one_error_line


def _context(isolation: Path) -> Context:
    return Context(db_path=isolation / "desk.db", settings=settings.build(isolation / "config.toml", {}),
                   agent="tester", now=dt.datetime.fromisoformat(FIXED_NOW))


def test_two_changes_made_at_once_both_hold(desk, isolation) -> None:
    desk("policy", "set", "currency", "RUB")
    first, second = _context(isolation), _context(isolation)
    assert first.policy.targets["usage"] == 300 and second.policy.currency == "RUB"  # both read version 1
    policy.set_key(first, "targets.usage", "250")
    change = policy.set_key(second, "currency", "EUR")  # built on version 1, which the first replaced
    assert change.changed == {"currency": ("RUB", "EUR")}
    shown = desk.json("policy", "show", "--json")
    assert (shown["targets"]["usage"], shown["currency"]) == (250, "EUR")


def test_a_command_that_read_the_old_policy_keeps_the_new_deadlines(desk, isolation) -> None:
    add_license(desk)
    open_request(desk, category="usage")
    assert desk.json("show", "1", "--json")["due_at"] == "2026-11-25T15:00:00+03:00"
    late = _context(isolation)
    _ = late.basis  # it read the policy (300 minutes) before it took the lock
    desk("policy", "set", "targets.usage", "100")
    with late.transaction() as repo:  # any write: it refreshes stale deadlines first
        repo.record(at=late.now, agent=late.agent, action="note", request_id=1)
    assert desk.json("show", "1", "--json")["due_at"] == "2026-11-25T11:40:00+03:00"
    assert late.policy.targets["usage"] == 100


def test_a_file_that_leaves_out_what_the_desk_changed_is_refused(desk, isolation) -> None:
    desk("policy", "set", "currency", "EUR")
    desk("policy", "set", "targets.emergency", "90")
    before = desk("policy", "export").stdout
    part = isolation / "part.toml"
    part.write_text("[targets]\nusage = 240\n", encoding="utf-8")
    result = desk("policy", "import", str(part), code=2)
    assert_one_error_line(result)
    assert "has no currency, targets.emergency" in result.stderr
    empty = isolation / "empty.toml"
    empty.write_text("", encoding="utf-8")
    assert "empty.toml has no currency, targets:" in desk("policy", "import", str(empty), code=2).stderr
    assert desk("policy", "export").stdout == before
    whole = isolation / "whole.toml"
    whole.write_text(before.replace("usage = 300", "usage = 240"), encoding="utf-8")
    assert "changed targets.usage" in desk("policy", "import", str(whole)).stderr


def test_a_file_may_leave_out_what_is_still_the_default(desk, isolation) -> None:
    part = isolation / "part.toml"
    part.write_text("[targets]\nusage = 240\n", encoding="utf-8")
    assert "changed targets.usage" in desk("policy", "import", str(part)).stderr


def test_an_edition_a_license_holds_stays(desk, isolation, monkeypatch) -> None:
    desk("policy", "set", "editions.Старт.free", "true")
    desk("policy", "set", "editions.Пробная.free", "true")
    for number in ("HC-7", "HC-8", "HC-9"):
        add_license(desk, number=number, edition="Старт")
    exported = desk("policy", "export").stdout
    dropped = isolation / "dropped.toml"
    dropped.write_text(exported.replace('[editions."Старт"]\nfree = true\n', ""), encoding="utf-8")
    assert "Старт" not in dropped.read_text(encoding="utf-8")
    from deskcli.services import deadlines

    worked_out = []
    real_ahead = deadlines.ahead

    def ahead(*args, **kwargs):
        worked_out.append(1)
        return real_ahead(*args, **kwargs)

    monkeypatch.setattr(deadlines, "ahead", ahead)
    result = desk("policy", "import", str(dropped), code=2)
    assert_one_error_line(result)
    assert "editions.Старт is held by license HC-7 and 2 more" in result.stderr
    assert worked_out == []  # refused before any deadline is worked out (2.7 s at a million: QA)
    assert desk.json("check-eligibility", "HC-7", "--category", "usage", "--json", code=1)["eligible"] is False
    unused = isolation / "unused.toml"
    unused.write_text(exported.replace('[editions."Пробная"]\nfree = true\n', ""), encoding="utf-8")
    assert "changed editions.Пробная" in desk("policy", "import", str(unused)).stderr


def test_a_request_opened_while_the_policy_changed_gets_the_deadline_of_the_policy_in_force(
        desk, isolation, monkeypatch) -> None:
    """The deadline was worked out before the write lock under the old targets and stamped with
    the new policy, so no later write corrected it (review). Here the change lands while the
    message is read (after the rules ran, before the lock)."""
    from deskcli import pattern_cache

    add_license(desk)
    real = pattern_cache.keep

    def changed_meanwhile(*change: str):
        def hook() -> None:
            monkeypatch.setattr(pattern_cache, "keep", real)
            desk("policy", "set", *change)  # another admin, just now
            real()
        return hook

    monkeypatch.setattr(pattern_cache, "keep", changed_meanwhile("targets.usage", "100"))
    opened = open_request(desk, category="usage")
    assert opened["due_at"] == "2026-11-25T11:40:00+03:00"  # 100 business minutes, not 300
    desk("assign", str(opened["id"]), "bob")
    assert desk.json("show", str(opened["id"]), "--json")["due_at"] == "2026-11-25T11:40:00+03:00"
    monkeypatch.setattr(pattern_cache, "keep", changed_meanwhile("intake.refuse", "no_question"))
    asked_nothing = open_request(desk, category="usage", subject="Здравствуйте", body="Добрый день, это ООО Ромашка.",
                                 code=1)
    assert asked_nothing["status"] == "rejected" and [r["code"] for r in asked_nothing["reasons"]] == ["no_question"]
