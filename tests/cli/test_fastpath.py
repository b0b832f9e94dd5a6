"""The fast path for ``desk queue`` must print exactly what the full command line prints."""

from __future__ import annotations

import sys

import pytest

from deskcli import launcher
from tests.cli.test_requests import add_license, open_request

CASES = [
    ["queue"],
    ["queue", "--json"],
    ["queue", "--format", "csv"],
    ["queue", "--format=jsonl", "--fields", "id,remaining_minutes"],
    ["queue", "--overdue"],
    ["queue", "--overdue", "--check"],
    ["queue", "-c", "emergency", "--json"],
    ["queue", "--line", "1", "--limit", "1", "--json"],
    ["queue", "--due-within", "3h", "--json"],
    ["queue", "--assignee", "nobody", "--json"],
    ["queue", "--due-within", "soon"],
    ["queue", "--json", "--fields", "nope"],
    ["show", "1"],
    ["show", "2", "--json"],
    ["show", "1", "--format", "jsonl", "--fields", "id,status,messages"],
    ["show", "99"],
    ["show", "1", "--json", "--fields", "nope"],
]


@pytest.fixture
def seeded(desk):
    add_license(desk)
    open_request(desk, at="2026-11-25T09:00", category="emergency")
    open_request(desk, at="2026-11-25T10:00", category="usage", subject="=формула")
    return desk


def _fast(argv, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["desk", *argv])
    with pytest.raises(SystemExit) as exit_info:
        launcher.main()
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c) for c in CASES])
def test_fast_path_matches_the_full_command_line(seeded, argv, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESK_NOW", "2026-11-25T12:00")
    assert (launcher.parse_queue(argv) or launcher.parse_show(argv)) is not None
    full = seeded(*argv, code=None)
    code, out, err = _fast(argv, capsys, monkeypatch)
    assert (code, out.replace("\r\n", "\n"), err) == (full.exit_code, full.stdout, full.stderr)


def test_global_options_before_the_command(seeded, isolation, capsys, monkeypatch) -> None:
    argv = ["--db", str(isolation / "desk.db"), "--agent=x", "queue", "--json"]
    assert launcher.parse_queue(argv) == ({"db_option": str(isolation / "desk.db"), "agent_option": "x"},
                                          {"as_json": True})
    code, out, _ = _fast(argv, capsys, monkeypatch)
    assert code == 0 and '"id": 1' in out.replace('"id":1', '"id": 1')


@pytest.mark.parametrize("argv", [
    ["queue", "--help"], ["queue", "--watch"], ["queue", "--line", "0"], ["queue", "--line", "x"],
    ["queue", "-c", "urgent"], ["queue", "--format", "yaml"], ["queue", "--limit"], ["close", "1"],
    ["--db"], [], ["queue", "extra"], ["--version", "queue"], ["show", "1", "--help"],
])
def test_anything_unusual_goes_to_the_full_command_line(argv) -> None:
    assert launcher.parse_queue(argv) is None and launcher.parse_show(argv) is None


@pytest.mark.parametrize("argv", [["show"], ["show", "x"], ["show", "1", "--watch"], ["show", "-1"],
                                  ["show", "1", "2"], ["show", str(2**64)]])
def test_unusual_show_lines_go_to_the_full_command_line(argv) -> None:
    assert launcher.parse_show(argv) is None


def test_the_launcher_knows_the_same_categories_as_the_domain() -> None:
    from deskcli.domain.tickets import CATEGORIES

    assert launcher.CATEGORIES == CATEGORIES
