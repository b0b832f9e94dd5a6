"""``desk policy unset`` and the desk's own address (admin review: the mail.from address set
for a category made every message to support@ that category, and no key could be removed)."""

from __future__ import annotations

import json
import sqlite3

from tests.conftest import assert_one_error_line


def test_a_category_address_equal_to_mail_from_is_refused_in_any_case(desk, isolation) -> None:
    desk("policy", "set", "mail.from", "support@example.ru")
    desk("policy", "set", "mail.addresses.emergency", "urgent@example.ru")
    before = (isolation / "desk.db").read_bytes()
    result = desk("policy", "set", "mail.addresses.installation", "Support@Example.ru", code=2)
    assert_one_error_line(result)
    assert "mail.addresses.installation" in result.stderr and "mail.from" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    # nor the other way round: mail.from set to a category's address
    assert_one_error_line(desk("policy", "set", "mail.from", "URGENT@example.ru", code=2))


def test_unset_removes_a_key_with_one_history_event(desk, isolation) -> None:
    desk("policy", "set", "mail.addresses.installation", "install@example.ru")
    desk("policy", "set", "targets.usage", "240")
    result = desk("policy", "unset", "mail.addresses.installation")
    assert "changed mail.addresses.installation" in result.stderr
    desk("policy", "unset", "targets.usage")
    shown = desk.json("policy", "show", "--json")
    assert shown["mail"]["addresses"] == {} and shown["targets"]["usage"] == 300  # gone; back to the default
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        events = conn.execute("SELECT before, after FROM events WHERE action = 'policy changed'").fetchall()
    finally:
        conn.close()
    assert json.loads(events[2][0])["mail.addresses.installation"] == "install@example.ru"
    assert "mail.addresses.installation" in json.loads(events[2][1])
    assert "nothing changed" in desk("policy", "unset", "targets.usage").stderr
    result = desk("policy", "unset", "mail.addresses.installation", code=2)
    assert_one_error_line(result)
    assert "not in the policy" in result.stderr
    assert_one_error_line(desk("policy", "unset", "nonsense.key", code=2))
