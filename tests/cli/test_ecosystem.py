"""Shell integration: completions, --fields, the live queue, grouped help, plain output."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskcli.cli import completion
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

ROOT = Path(__file__).resolve().parents[2]
FILES = {"bash": "desk.bash", "zsh": "_desk", "fish": "desk.fish"}


@pytest.mark.parametrize("shell", sorted(FILES))
def test_checked_in_completion_scripts_are_up_to_date(shell) -> None:
    checked_in = (ROOT / "completions" / FILES[shell]).read_text(encoding="utf-8")
    assert checked_in == completion.script(shell), (
        "completions/ is stale: run `python -m deskcli.cli.completion completions`"
    )


def test_request_ids_and_license_numbers_complete_from_the_database(desk) -> None:
    add_license(desk, number="HC-77")
    add_license(desk, number="ZX-1")
    open_request(desk, license="HC-77")
    assert completion.license_numbers(None, "HC") == ["HC-77"]
    assert completion.request_ids(None, "") == ["1"]
    assert completion.request_ids(None, "9") == []
    assert completion.refusal_reasons("o") == ["out_of_scope", "obscene", "off_topic"]
    assert "already_answered" in completion.refusal_reasons("")


def test_completion_through_the_shell_protocol(desk, isolation) -> None:
    add_license(desk, number="HC-77")
    env = {**os.environ, "_DESK_COMPLETE": "complete_bash", "COMP_WORDS": "desk license show H", "COMP_CWORD": "3"}
    out = subprocess.run([sys.executable, "-m", "deskcli"], env=env, capture_output=True, text=True).stdout
    assert out.split() == ["HC-77"]
    other = isolation / "other.db"
    env["COMP_WORDS"] = f"desk --db {other} license show H"
    env["COMP_CWORD"] = "5"
    assert subprocess.run([sys.executable, "-m", "deskcli"], env=env, capture_output=True, text=True).stdout.split() == []


@pytest.mark.fresh_file
def test_completion_does_not_create_a_database(isolation) -> None:
    assert completion.request_ids(None, "") == []
    assert not (isolation / "desk.db").exists()


def test_fields_select_and_order(desk) -> None:
    add_license(desk)
    open_request(desk)
    assert desk.json("queue", "--json", "--fields", "subject,id") == [{"subject": "Пустая корзина", "id": 1}]
    assert desk("queue", "--format", "csv", "--fields", "id,category").stdout.splitlines() == ["id,category", "1,usage"]
    line = desk("export", "--format", "jsonl", "--fields", "id,status").stdout.strip()
    assert line == '{"id":1,"status":"open"}'
    assert desk.json("deadline", "--from", "2026-11-27T16:30", "-n", "10", "--json", "--fields", "due_at") == {
        "due_at": "2026-11-27T16:40:00+03:00"}


def test_queue_fields_as_json_lines_are_the_same_fields_of_the_full_records(desk) -> None:
    """queue --fields streams (one record at a time) the fields of the records it would print whole."""
    add_license(desk)
    for at in ("2026-11-25T10:00", "2026-11-25T11:30"):
        open_request(desk, at=at, category="emergency")
    whole = [json.loads(line) for line in desk("queue", "--format", "jsonl").stdout.splitlines()]
    chosen = desk("queue", "--format", "jsonl", "--fields", "remaining_minutes,id,flags").stdout
    assert chosen == "".join(json.dumps({k: r[k] for k in ("remaining_minutes", "id", "flags")},
                                        ensure_ascii=False, separators=(",", ":")) + "\n" for r in whole)
    assert desk.json("queue", "--json", "--fields", "id") == [{"id": r["id"]} for r in whole]


def test_unknown_field_lists_the_valid_ones(desk) -> None:
    add_license(desk)
    result = desk("queue", "--json", "--fields", "id,colour", code=2)
    assert_one_error_line(result)
    assert "colour" in result.stderr and "remaining_minutes" in result.stderr


def test_help_groups_commands(desk) -> None:
    out = desk("--help", env={"COLUMNS": "120"}).stdout
    for panel in ("Requests", "Licenses", "Calendar", "Reports", "Administration"):
        assert panel in out


def test_no_colour_and_no_escape_codes_when_piped(desk) -> None:
    add_license(desk)
    open_request(desk, at="2026-11-25T09:00", category="emergency")
    out = desk("queue", env={"DESK_NOW": "2026-11-25T12:00", "NO_COLOR": None}).stdout
    assert "\x1b[" not in out and "-1h 00m" in out


def test_watch_refuses_machine_formats(desk) -> None:
    add_license(desk)
    assert_one_error_line(desk("queue", "--watch", "--json", code=2))
    # Not a terminal (the test runner's output): a redrawn screen would reach a file only at
    # Ctrl-C, so it is refused at once.
    refused = desk("queue", "--watch", "--interval", "1", code=2)
    assert_one_error_line(refused)
    assert "terminal" in refused.stderr and refused.stdout == ""


def test_demo_and_config_show_print_json_too(desk) -> None:
    queue = desk.json("demo", "--json", "--fields", "id,category")
    assert queue and set(queue[0]) == {"id", "category"}
    assert desk.json("policy", "show", "--json", "--fields", "targets")["targets"]["emergency"] == 120
    assert desk.json("config", "show", "--json", "--fields", "agent") == {"agent": ""}
    assert_one_error_line(desk("policy", "show", "--format", "xml", code=2))


@pytest.mark.parametrize("command", [("policy", "show"), ("config", "show")])
def test_settings_print_in_every_format(desk, command) -> None:
    """SPEC 5: every command that prints data takes table|json|jsonl|csv (scripter QA: these
    two took TOML or JSON only). CSV is a row per setting, keyed as the set commands take it."""
    whole = desk.json(*command, "--json")
    assert json.loads(desk(*command, "--format", "jsonl").stdout.strip()) == whole
    assert desk(*command, "--format", "table").stdout == desk(*command).stdout
    rows = list(csv.reader(io.StringIO(desk(*command, "--format", "csv").stdout)))
    assert rows[0] == ["key", "value"]
    settings = dict(rows[1:])
    if command[0] == "policy":
        assert settings["targets.emergency"] == "120" and settings["calendar.hours.fri"] == "09:00-17:00"
        assert settings["editions.Халява.free"] == "true"
        only = list(csv.reader(io.StringIO(desk(*command, "--format", "csv", "--fields", "targets").stdout)))
        assert [key for key, _ in only[1:]] == [f"targets.{c}" for c in whole["targets"]]
    else:
        assert settings["color"] == "auto" and "mail.smtp_url" in settings


@pytest.mark.parametrize("interval", ["nan", "inf", "-inf", "1e308", "0.5", "3601"])
def test_a_refresh_interval_outside_a_second_to_an_hour_is_refused(desk, interval) -> None:
    # a terminal or not: the interval is refused before anything is drawn
    refused = desk("queue", "--watch", "--interval", interval, code=2)
    assert_one_error_line(refused)
    assert "--interval" in refused.stderr and refused.stdout == ""
