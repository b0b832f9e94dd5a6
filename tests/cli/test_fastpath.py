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


def _typer_options(name: str) -> dict[str, tuple[str, bool, int | None]]:
    import typer.main

    from deskcli.cli.app import make_app

    command = typer.main.get_command(make_app()).commands[name]
    return {opt: (param.name, bool(getattr(param, "is_flag", False)), getattr(param, "max", None))
            for param in command.params for opt in param.opts if opt.startswith("-")}


#: Options the fast path leaves to the full command line on purpose (a live screen is not hot).
SLOW_ONLY = {"--watch", "-w", "--interval"}


@pytest.mark.parametrize("name,values,flags", [
    ("queue", launcher.QUEUE_VALUES, launcher.QUEUE_FLAGS),
    ("show", launcher.SHOW_VALUES, launcher.SHOW_FLAGS),
])
def test_the_fast_path_grammar_is_the_typer_grammar(name, values, flags) -> None:
    """The launcher's copy of each option is checked against the one grammar users see."""
    typer_options = _typer_options(name)
    assert set(values) | set(flags) == set(typer_options) - SLOW_ONLY
    for option, destination in values.items():
        assert typer_options[option][:2] == (destination, False), option
    for option, destination in flags.items():
        assert typer_options[option][:2] == (destination, True), option
    for option, (_, _, maximum) in typer_options.items():
        if maximum is not None:
            assert maximum == launcher.MAX_INT, option


def test_the_fast_path_knows_the_same_choices() -> None:
    from deskcli.cli.options import Category
    from deskcli.domain.tickets import CATEGORIES
    from deskcli.output import Format

    assert launcher.CATEGORIES == CATEGORIES == tuple(c.value for c in Category)
    assert launcher.FORMATS == tuple(f.value for f in Format)
    import typer.main

    from deskcli.cli.app import make_app

    callback = typer.main.get_command(make_app())
    globals_ = {opt: p.name for p in callback.params for opt in p.opts if not getattr(p, "is_flag", False)}
    assert {o: d.removesuffix("_option") for o, d in launcher.GLOBAL_VALUE_OPTIONS.items()} == globals_
