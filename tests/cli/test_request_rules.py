"""Policy rules on a request after it was opened: a category change is judged again
(SPEC 2.4) and a request moves only between the lines the policy defines (2.13)."""

from __future__ import annotations

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

INSTALL = "Мастер установки останавливается на проверке прав на папки. Какие права выставить?"


def test_a_free_edition_request_cannot_become_a_usage_question(desk, isolation) -> None:
    add_license(desk, "HC-FREE", edition="Халява")
    opened = open_request(desk, license="HC-FREE", category="installation", subject="Установка", body=INSTALL)
    assert opened["status"] == "open"
    before = (isolation / "desk.db").read_bytes()
    result = desk("edit", str(opened["id"]), "--category", "usage", code=1)
    assert_one_error_line(result)
    assert "free_edition" in result.stderr and "installation" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    assert desk.json("show", str(opened["id"]), "--json")["category"] == "installation"


def test_a_covered_category_change_still_moves_the_deadline(desk) -> None:
    add_license(desk)
    opened = open_request(desk, category="usage", at="2026-11-25T10:00")
    edited = desk.json("edit", str(opened["id"]), "--category", "emergency", "--json")
    assert edited["category"] == "emergency" and edited["due_at"] == "2026-11-25T12:00:00+03:00"


def test_escalating_to_a_line_the_policy_does_not_define_lists_the_lines(desk, isolation) -> None:
    add_license(desk)
    rid = str(open_request(desk)["id"])
    before = (isolation / "desk.db").read_bytes()
    result = desk("escalate", rid, "--line", "99", code=2)
    assert_one_error_line(result)
    assert "1 help desk, 2 specialists, 3 developers, 4 outside parties" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    desk("escalate", rid, "--line", "4")
    result = desk("escalate", rid, code=2)                      # no line after the last one
    assert "last line" in result.stderr
    desk("policy", "set", "lines.5", "contractor")
    assert desk.json("escalate", rid, "--json")["line"] == 5
