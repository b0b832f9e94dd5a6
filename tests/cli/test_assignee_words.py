"""``me`` and ``-`` name the same agents wherever an assignee is asked for: ``desk assign``,
``desk queue --assignee`` and the screen's filter read them through one function."""

from __future__ import annotations

import sqlite3

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


def _events(isolation, action: str) -> int:
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        return conn.execute("SELECT count(*) FROM events WHERE action = ?", (action,)).fetchone()[0]
    finally:
        conn.close()


def test_me_is_the_agent_and_dash_is_nobody(desk) -> None:
    add_license(desk)
    for subject in ("Первый", "Второй", "Третий"):
        open_request(desk, subject=subject)
    desk("--agent", "anna", "assign", "1", "me")
    desk("assign", "2", "bob")
    assert desk.json("show", "1", "--json")["assignee"] == "anna"
    assert [r["id"] for r in desk.json("--agent", "anna", "queue", "--assignee", "me", "--json")] == [1]
    assert [r["id"] for r in desk.json("queue", "--assignee", "anna", "--json")] == [1]
    assert [r["id"] for r in desk.json("queue", "--assignee", "-", "--json")] == [3]
    assert [r["id"] for r in desk.json("queue", "--assignee", "none", "--json")] == [3]


def test_the_screen_reads_the_same_words() -> None:
    from deskcli.tui.query import parse

    assert parse("@me", me="anna").assignee == "anna"
    assert parse("assignee:-", me="anna").assignee == parse("@none", me="anna").assignee == ""
    assert parse("@bob", me="anna").assignee == "bob"


def test_dash_takes_a_request_from_whoever_has_it(desk, isolation) -> None:
    add_license(desk)
    open_request(desk)
    desk("assign", "1", "anna")
    desk("assign", "1", "-")
    assert desk.json("show", "1", "--json")["assignee"] is None
    assert _events(isolation, "unassigned") == 1
    assert [r["id"] for r in desk.json("queue", "--assignee", "-", "--json")] == [1]


def test_a_change_that_changes_nothing_is_refused_and_not_recorded(desk, isolation) -> None:
    add_license(desk)
    open_request(desk, category="usage")
    desk("assign", "1", "anna")
    assert_one_error_line(desk("assign", "1", "anna", code=2))
    assert_one_error_line(desk("--agent", "anna", "assign", "1", "me", code=2))
    assert _events(isolation, "assigned") == 1
    assert_one_error_line(desk("edit", "1", "-c", "usage", code=2))
    assert _events(isolation, "recategorised") == 0
    desk("assign", "1", "-")
    assert_one_error_line(desk("assign", "1", "-", code=2))
    assert _events(isolation, "unassigned") == 1


def test_a_blank_assignee_is_refused_by_the_queue_as_by_assign(desk, isolation) -> None:
    """A script's empty ``$AGENT`` must not quietly list the unassigned requests."""
    add_license(desk)
    open_request(desk)
    for blank in ("", "  "):
        for argv in (("queue", "--assignee", blank, "--json"), ("assign", "1", blank)):
            result = desk(*argv, code=2)
            assert_one_error_line(result)
            assert "the assignee must not be empty" in result.stderr
    assert _events(isolation, "assigned") == 0


def test_an_agent_s_name_is_one_name_whatever_its_letter_case(desk) -> None:
    """The review: boris assigned "Anna", and anna's own queue (--assignee me) was empty."""
    add_license(desk)
    for subject in ("Первый", "Второй", "Третий", "Четвёртый"):
        open_request(desk, subject=subject)
    desk("--agent", "boris", "assign", "1", "Anna")
    assert [r["id"] for r in desk.json("--agent", "anna", "queue", "--assignee", "me", "--json")] == [1]
    assert [r["id"] for r in desk.json("queue", "--assignee", "ANNA", "--json")] == [1]
    # the spelling already in use is kept: one agent is not listed under two names
    result = desk("--agent", "boris", "assign", "2", "ANNA")
    assert "assigned to Anna, as the desk spells that name" in result.stderr
    assert desk.json("show", "2", "--json")["assignee"] == "Anna"
    # as the agent running the desk spells their own name
    desk("--agent", "vera", "assign", "3", "Vera")
    assert desk.json("show", "3", "--json")["assignee"] == "vera"
    # Cyrillic names too (SQLite folds only Latin letters: the one spelling is what makes them match)
    desk("--agent", "boris", "assign", "4", "Анна")
    desk("--agent", "boris", "assign", "1", "анна")
    assert desk.json("show", "1", "--json")["assignee"] == "Анна"
    assert [r["id"] for r in desk.json("queue", "--assignee", "Анна", "--json")] == [1, 4]
    # and a Cyrillic name in another case matches, as a Latin one does (review)
    assert [r["id"] for r in desk.json("--agent", "анна", "queue", "--assignee", "me", "--json")] == [1, 4]
    assert [r["id"] for r in desk.json("queue", "--assignee", "АННА", "--json")] == [1, 4]
