"""The fast path (queue, show, tui, calendar, deadline, renewal-quote, reply, open, search) must print
exactly what the full command line prints, leave the desk as the full command line leaves it,
and read the command line with the Typer app's grammar."""

from __future__ import annotations

import sys

import pytest

from deskcli import launcher
from tests.cli.test_requests import BODY, add_license, open_request

CASES = [
    ["queue"],
    ["queue", "--json"],
    ["queue", "--format", "csv"],
    ["queue", "--format=jsonl", "--fields", "id,remaining_minutes"],
    ["queue", "--overdue"],
    ["queue", "--overdue", "--check"],
    ["queue", "-c", "emergency", "--json"],
    ["queue", "-c", "emerg.", "--json"],
    ["queue", "-l", "hc-1", "--json"],
    ["queue", "--license", "HC-404"],
    ["queue", "-c", "Emerg", "-f", "json"],
    ["queue", "--line", "1", "--limit", "1", "--json"],
    ["queue", "--due-within", "3h", "--json"],
    ["queue", "--assignee", "nobody", "--json"],
    ["queue", "--due-within", "soon"],
    ["queue", "--json", "--fields", "nope"],
    ["queue", "--format", "csv", "--fields", "id,,subject"],
    ["queue", "--format", "csv", "--fields", "id,subject,id"],
    ["queue", "--fields", "id,subject"],
    ["queue", "--overdue", "--fields", "id"],
    ["show", "1"],
    ["show", "2", "--json"],
    ["show", "1", "--format", "jsonl", "--fields", "id,status,messages"],
    ["show", "99"],
    ["show", "1", "--json", "--fields", "nope"],
    ["show", "1", "--fields", "status"],
    ["show", "--json", "1"],
    ["calendar", "--year", "2026", "--json"],
    ["calendar", "-y", "2026", "-m", "2"],
    ["calendar", "--month=5", "--format", "csv", "--fields", "date,minutes"],
    ["calendar", "--year", "2027", "--format", "jsonl"],
    ["calendar", "--year", "0", "--json"],
    ["calendar", "--year", str(2**63 - 1)],
    ["calendar", "--fields", "nope", "--json"],
    ["deadline", "--from", "2026-11-27T16:30", "--category", "emergency"],
    ["deadline", "--from", "2026-11-27T16:30", "-c", "usage", "--json"],
    ["deadline", "--from", "2026-11-27T16:30", "-c", "inst", "--format", "jsonl"],
    ["deadline", "--from=2026-12-31T17:00+03:00", "--minutes", "600", "--format", "csv"],
    ["deadline", "--from", "2026-11-27T16:30", "-n", "0", "--json"],
    ["deadline", "--from", "yesterday", "--category", "emergency"],
    ["deadline", "--from", "2026-11-27T16:30"],
    ["deadline", "--from", "2026-11-27T16:30", "-c", "usage", "-n", "5"],
    ["renewal-quote", "--price", "24900", "--support-until", "2026-01-01"],
    ["renewal-quote", "--price", "24 900,00", "--support-until", "2026-11-19", "--on", "2026-11-25", "--json"],
    ["renewal-quote", "HC-1", "--on", "2027-06-01", "--format", "jsonl"],
    ["renewal-quote", "hc-1", "--json"],
    ["renewal-quote", "HC-404"],
    ["renewal-quote"],
    ["renewal-quote", "HC-1", "--price", "1"],
    ["renewal-quote", "--price", "abc", "--support-until", "2026-01-01"],
    ["renewal-quote", "--price", "24900", "--support-until", "2026-02-30"],
    ["search", "корзины"],
    ["search", "корзина", "--json"],
    ["search", "Корзина исправить", "--status", "open", "--status", "answered", "--format", "jsonl"],
    ["search", "корзина", "--status", "open,rejected", "-n", "1", "--format", "csv"],
    ["search", "корзина", "--status", "resolved", "--json"],
    ["search", "корзина", "--status", "nope"],
    ["search", "корзина", "--status", "op,ans", "--json"],
    ["search", "корзина", "--status", "re"],
    ["search", "корзина", "--since", "yesterday"],
    ["search", "корзина", "-l", "HC-1", "--since", "2026-11-25", "--json", "--fields", "id,nope"],
    ["search", "формула", "--fields", "id,subject"],
    ["search", "\"OR NEAR(", "--json"],
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
    assert launcher._fast(argv) is not None
    full = seeded(*argv, code=None)
    code, out, err = _fast(argv, capsys, monkeypatch)
    assert (code, out.replace("\r\n", "\n"), err) == (full.exit_code, full.stdout, full.stderr)


OPEN = ["open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/cart", "-s", "Корзина"]
#: Commands that change the desk, each run on its own copy of the same desk by both paths.
#: ``{dir}`` is the test's directory, holding body.txt, pin.txt and an unreadable secret.txt.
WRITE_CASES = [
    ["reply", "1", "--body", "Очистите кеш и проверьте ещё раз."],
    ["reply", "2", "-b", "Проверьте настройки.", "--internal", "--json"],
    ["reply", "1", "--body", "Спасибо, всё заработало!", "--customer"],
    ["reply", "1", "--body", "А где настройки кеша? Не нашёл.", "--customer", "--format", "csv"],
    ["reply", "1", "--body-file", "{dir}/body.txt", "--no-mail", "--format=jsonl", "--fields", "id,status"],
    ["reply", "1", "--body-file", "{dir}/missing.txt"],
    ["reply", "1", "--body-file", "{dir}"],
    ["reply", "1", "--body", "x", "--customer", "--internal"],
    ["reply", "1", "--body", "x", "--body-file", "{dir}/body.txt"],
    ["reply", "99", "--body", "x"],
    ["reply", "1", "--kb", "7"],
    ["reply", "1", "--template", "nope"],
    ["reply", "1", "--body", "  "],
    ["reply", "1", "--body", "x", "--json", "--fields", "nope"],
    [*OPEN, "--body", BODY],
    [*OPEN, "--body", BODY, "--json", "-e", "Бизнес"],
    [*OPEN, "--body-file", "{dir}/body.txt", "--format", "csv"],
    [*OPEN, "--pin-file", "{dir}/pin.txt", "--body", "Не открывается админка. Что делать?"],
    [*OPEN, "--pin", "4321", "--body", BODY],
    [*OPEN, "--pin", "0000", "--body", BODY],
    [*OPEN, "--body", BODY, "-e", "Старт"],
    [*OPEN, "--body", "Сайт работает хорошо."],
    [*OPEN, "--body", BODY, "--fields", "nope", "--json"],
    ["open", "-l", "HC-404", "-v", "6.9.1", "-c", "usage", "--site", "x", "-s", "y", "--body", BODY],
]


def _desk_state(desk) -> list[tuple[int, str]]:
    return [(r.exit_code, r.stdout) for r in (desk("show", str(n), "--json", code=None) for n in (1, 2, 3, 4))]


@pytest.mark.parametrize("argv", WRITE_CASES, ids=[" ".join(c) for c in WRITE_CASES])
def test_fast_changes_match_the_full_command_line(seeded, isolation, argv, capsys, monkeypatch) -> None:
    """Output, exit code and the desk afterwards, for success, refusal and error lines."""
    import shutil

    (isolation / "body.txt").write_text("Текст из файла: корзина пустая. Что делать?", encoding="utf-8")
    (isolation / "pin.txt").write_text("4321\n", encoding="utf-8")
    argv = [a.replace("{dir}", str(isolation)) for a in argv]
    monkeypatch.setenv("DESK_NOW", "2026-11-25T12:00")
    monkeypatch.setenv("DESK_PIN", "4321")
    assert launcher._fast(argv) is not None
    database = isolation / "desk.db"
    shutil.copy(database, isolation / "before.db")
    full = seeded(*argv, code=None)
    after_full = _desk_state(seeded)
    shutil.copy(isolation / "before.db", database)
    code, out, err = _fast(argv, capsys, monkeypatch)
    assert (code, out.replace("\r\n", "\n"), err) == (full.exit_code, full.stdout, full.stderr)
    assert _desk_state(seeded) == after_full


@pytest.mark.parametrize("argv", [
    ["reply", "1"], ["reply", "1", "--edit", "--body", "x"], ["reply", "1", "--body", "-"], ["reply", "1", "--body-file", "-"],
    [*OPEN], [*OPEN, "--pin-file", "-", "--body", "x"], [*OPEN[:-2], "--body", "x"], ["reply", "x", "--body", "x"],
    ["reply", "1", "--body", "x", "--kb", "-1"], [*OPEN, "-c", "urgent", "--body", "x"], ["reply", "1", "-bx"],
])
def test_questions_and_unusual_writes_go_to_the_full_command_line(argv, monkeypatch) -> None:
    """No body (stdin or the editor), --edit, standard input by name, a missing option."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert launcher._fast(argv) is None


def test_open_without_a_pin_source_goes_to_the_full_command_line(monkeypatch) -> None:
    """The PIN prompt (and Ctrl-C or end of input at it) is the full command line's."""
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert launcher._fast([*OPEN, "--body", "x"]) is None
    assert launcher._fast([*OPEN, "--pin-file", "pin.txt", "--body", "x"]) is not None
    monkeypatch.setenv("DESK_PIN", "4321")
    assert launcher._fast([*OPEN, "--body", "x"]) is not None


def test_an_unreadable_body_file_goes_to_the_full_command_line(isolation) -> None:
    """Typer refuses an existing path it cannot read with its own usage line."""
    secret = isolation / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    import os

    if os.access(secret, os.R_OK):
        pytest.skip("running as a user who reads every file")
    assert launcher._fast(["reply", "1", "--body-file", str(secret)]) is None


def test_global_options_before_the_command(seeded, isolation, capsys, monkeypatch) -> None:
    argv = ["--db", str(isolation / "desk.db"), "--agent=x", "queue", "--json"]
    assert launcher.parse(argv, "queue") == ({"db_option": str(isolation / "desk.db"), "agent_option": "x"},
                                          {"as_json": True})
    assert launcher.parse(["--no-input", "calendar"], "calendar") == ({"no_input": True}, {})
    code, out, _ = _fast(argv, capsys, monkeypatch)
    assert code == 0 and '"id": 1' in out.replace('"id":1', '"id": 1')


@pytest.mark.parametrize("argv", [
    ["queue", "--help"], ["queue", "--watch"], ["queue", "--line", "0"], ["queue", "--line", "x"],
    ["queue", "-c", "urgent"], ["queue", "--format", "yaml"], ["queue", "--limit"], ["close", "1"],
    ["--db"], [], ["queue", "extra"], ["--version", "queue"], ["show", "1", "--help"],
    ["calendar", "--month", "13"], ["calendar", "--year", "-5"], ["calendar", "--year", "2026.0"], ["calendar", "-y2026"],
    ["deadline", "--category", "emergency"], ["deadline", "--from", "x", "-c", "Urgent"], ["queue", "-f", "js"],
    ["deadline", "--from", "x", "-n", "-1"],
    ["renewal-quote", "HC-1", "HC-2"], ["renewal-quote", "--price", ""], ["renewal-quote", "--price="], ["renewal-quote", "--", "HC-1"],
    ["renewal-quote", "--json", "--format", "csv"], ["close", "1"], ["calendar", "--json=yes"],
    ["search"], ["search", ""], ["search", "a", "b"], ["search", "x", "--update-index"], ["search", "x", "--status"],
    ["search", "x", "--limit", "0"], ["search", "x", "--limit", "1001"], ["search", "x", "--json", "-f", "csv"],
])
def test_anything_unusual_goes_to_the_full_command_line(argv) -> None:
    assert launcher._fast(argv) is None


@pytest.mark.parametrize("argv", [["show"], ["show", "x"], ["show", "1", "--watch"], ["show", "-1"],
                                  ["show", "1", "2"], ["show", str(2**64)]])
def test_unusual_show_lines_go_to_the_full_command_line(argv) -> None:
    assert launcher.parse(argv, "show") is None


def test_the_fast_path_grammar_is_generated_from_the_typer_app() -> None:
    """cli/grammar.py is what ``python -m deskcli.cli.grammar_source`` writes from the app as it is now."""
    from deskcli.cli import grammar_source
    from deskcli.cli.app import make_app

    generated = grammar_source.render(grammar_source.describe(make_app()))
    assert grammar_source.target().read_text(encoding="utf-8") == generated, \
        "the Typer app changed: run python -m deskcli.cli.grammar_source"
    assert set(grammar_source.FAST_COMMANDS) == set(launcher.RUNNERS)


@pytest.mark.parametrize("name", sorted(launcher.RUNNERS))
def test_each_runner_takes_what_its_grammar_gives(name) -> None:
    import importlib
    import inspect

    from deskcli.cli.grammar import COMMANDS

    module, function = launcher.RUNNERS[name]
    accepted = set(inspect.signature(getattr(importlib.import_module(module), function)).parameters)
    given = {spec[0] for spec in [*COMMANDS[name]["options"].values(), *COMMANDS[name]["arguments"]]}
    assert given - {"as_json"} <= accepted


@pytest.mark.parametrize("argv", [["show", "²"], ["show", "١"], ["queue", "--limit", "²"], ["queue", "--line", "³"],
                                  ["queue", "-n", "1²"], ["show", "1" * 40], ["queue", "--limit", "9" * 40]])
def test_digits_that_are_not_ascii_go_to_the_full_command_line(argv) -> None:
    """str.isdigit() takes "²" and "١", which int() refuses: a traceback and exit 1 before."""
    assert launcher._fast(argv) is None


@pytest.mark.parametrize("argv", [["show", "²"], ["queue", "--limit", "²"], ["show", "\udcff"],
                                  ["queue", "--assignee", "\udcff"]])
def test_the_launcher_never_tracebacks(seeded, argv, capsys, monkeypatch) -> None:
    code, out, err = _fast(argv, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and len(err.splitlines()) == 1 and "Traceback" not in err


def test_desk_tui_starts_without_the_command_line_and_refuses_what_it_refuses(seeded, capsys, monkeypatch) -> None:
    assert launcher.parse(["tui", "--line", "2", "-c", "usage", "-a", "anna", "--overdue"], "tui") == (
        {}, {"line": 2, "category": "usage", "assignee": "anna", "overdue": True})
    assert launcher.parse(["tui", "--line", "0"], "tui") is None and launcher.parse(["tui", "--help"], "tui") is None
    full = seeded("tui", code=None)
    assert _fast(["tui"], capsys, monkeypatch) == (full.exit_code, full.stdout, full.stderr) == (
        2, "", "error: desk tui needs a terminal; for scripts use desk queue --json\n")
