"""A file of export --all that lost its end imports nothing: its first record counts what
it holds, so a backup cut short (an export stopped mid-way, a copy that did not finish) is
never restored as a desk without its history."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


@pytest.fixture
def exported(desk, isolation) -> list[str]:
    add_license(desk)
    first = open_request(desk, at="2026-11-24T10:00", category="emergency")
    desk("reply", str(first["id"]), "--body", "Ответ", env={"DESK_NOW": "2026-11-24T11:00"})
    second = open_request(desk, subject="Письма", body="Почему не приходят письма о заказах?")
    desk("close", str(second["id"]), "--resolution", "Исправлено")
    return desk("export", "--all", "--format", "jsonl").stdout.splitlines()


def _rows(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _cut(lines: list[str], kind: str) -> list[str]:
    """The file as an export stopped before the first record of ``kind`` left it: whole lines."""
    return lines[:next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == kind)]


def test_a_file_cut_at_a_line_s_end_imports_nothing(desk, isolation, exported) -> None:
    cut = isolation / "cut.jsonl"
    cut.write_text("\n".join(_cut(exported, "event")) + "\n", encoding="utf-8")
    other = isolation / "other.db"
    result = desk("--db", str(other), "import", str(cut), code=2)
    assert_one_error_line(result)
    assert "cut short" in result.stderr and "events" in result.stderr, result.stderr
    assert not other.exists()


def test_a_json_array_closed_early_imports_nothing(desk, isolation, exported) -> None:
    cut = isolation / "cut.json"
    cut.write_text("[" + ",".join(_cut(exported, "message")) + "]", encoding="utf-8")
    result = desk("--db", str(isolation / "other.db"), "import", str(cut), code=2)
    assert_one_error_line(result)
    assert "messages" in result.stderr


def test_a_cut_file_leaves_a_desk_with_data_as_it_was(desk, isolation, exported) -> None:
    other = isolation / "other.db"
    add_license(desk, number="HC-9")
    desk("--db", str(other), "license", "add", "HC-9", "--edition", "Бизнес", "--price", "100",
         "--purchased", "2026-06-01", env={"DESK_PIN": "1234"})
    before = _rows(other)
    cut = isolation / "cut.jsonl"
    cut.write_text("\n".join(_cut(exported, "sla_stop")) + "\n", encoding="utf-8")
    result = desk("--db", str(other), "import", str(cut), code=2)
    assert_one_error_line(result)
    assert _rows(other) == before


def test_a_line_taken_out_is_named_and_the_counts_can_be_given_up(desk, isolation, exported) -> None:
    edited = [line for line in exported if json.loads(line).get("message_kind") != "agent"]
    path = isolation / "edited.jsonl"
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    result = desk("--db", str(isolation / "other.db"), "import", str(path), code=2)
    assert_one_error_line(result)
    assert "2 messages where its export counted 3" in result.stderr, result.stderr
    # An admin who took it out on purpose imports the rest without the counts.
    first = json.loads(edited[0])
    del first["records"]
    path.write_text("\n".join([json.dumps(first, ensure_ascii=False), *edited[1:]]) + "\n", encoding="utf-8")
    desk("--db", str(isolation / "third.db"), "import", str(path))


def test_the_whole_file_still_imports_and_round_trips(desk, isolation, exported) -> None:
    first = json.loads(exported[0])
    assert first["kind"] == "policy"
    assert first["records"]["request"] == 2 and first["records"]["message"] == 3
    path = isolation / "whole.jsonl"
    path.write_text("\n".join(exported) + "\n", encoding="utf-8")
    other = isolation / "other.db"
    desk("--db", str(other), "import", str(path))
    assert desk("--db", str(other), "export", "--all", "--format", "jsonl").stdout.splitlines() == exported


@pytest.mark.parametrize("records", [[], {"request": -1}, {"request": True}, {"ticket": 1}, "2"])
def test_counts_that_are_not_counts_are_refused(desk, isolation, exported, records) -> None:
    first = {**json.loads(exported[0]), "records": records}
    path = isolation / "odd.jsonl"
    path.write_text("\n".join([json.dumps(first, ensure_ascii=False), *exported[1:]]) + "\n", encoding="utf-8")
    result = desk("--db", str(isolation / "other.db"), "import", str(path), code=2)
    assert_one_error_line(result)
    assert "line 1" in result.stderr


def test_a_desk_that_never_stored_its_policy_is_counted_too(desk, isolation, exported) -> None:
    """A desk upgraded from before the policy lived in it stores one at its first change; a
    backup taken before that carries the policy in force, and the counts with it."""
    conn = sqlite3.connect(isolation / "desk.db")
    with conn:
        conn.execute("DELETE FROM policy")
    conn.close()
    lines = desk("export", "--all", "--format", "jsonl").stdout.splitlines()
    first = json.loads(lines[0])
    assert first["kind"] == "policy" and first["records"]["request"] == 2
    assert first["document"] == json.loads(exported[0])["document"]
    cut = isolation / "cut.jsonl"
    cut.write_text("\n".join(_cut(lines, "message")) + "\n", encoding="utf-8")
    result = desk("--db", str(isolation / "other.db"), "import", str(cut), code=2)
    assert_one_error_line(result)
    whole = isolation / "whole.jsonl"
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = isolation / "other.db"
    desk("--db", str(other), "import", str(whole))
    assert desk("--db", str(other), "export", "--all", "--format", "jsonl").stdout.splitlines()[1:] == lines[1:]
