"""Start-up: the hot commands load only what they need (the performance issue's rules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.test_requests import add_license, open_request

HEAVY = ("typer", "rich", "rich.console", "sqlite_utils", "holidays", "pydantic", "pymorphy3",
         "snowballstemmer", "textual", "dataclasses")
#: pathlib brings urllib.parse, ipaddress, fnmatch and ntpath: 4.2-4.6 ms of a fast command.
PATH_MODULES = ("pathlib", "urllib.parse", "ipaddress")

PROBE = (
    "import os, sys\n"
    "from deskcli import launcher\n"
    "sys.argv = ['desk'] + sys.argv[1:]\n"
    "try:\n"
    "    launcher.main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = [m for m in os.environ['PROBED'].split(',') if m in sys.modules]\n"
    "sys.stderr.write('LOADED ' + ','.join(heavy) + '\\n')\n"
)


def _loaded(*args: str, probed: tuple[str, ...] = HEAVY) -> set[str]:
    env = {**os.environ, "PROBED": ",".join(probed)}
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env)
    line = [entry for entry in result.stderr.splitlines() if entry.startswith("LOADED")][-1]
    return set(filter(None, line.removeprefix("LOADED ").split(",")))


@pytest.fixture
def seeded(desk):
    add_license(desk)
    open_request(desk)
    desk("queue", "--json")  # builds and caches this year's calendar
    return desk


def test_queue_json_loads_no_cli_framework_no_rich_no_holidays(seeded) -> None:
    assert _loaded("queue", "--json") == set()


def test_a_queue_table_of_russian_text_to_a_pipe_loads_neither_typer_nor_rich(seeded) -> None:
    assert _loaded("queue") == set()


def test_a_table_with_wide_characters_measures_them_with_rich(seeded) -> None:
    open_request(seeded, subject="Заголовок 中文 съехал")
    assert _loaded("queue") == {"rich"}


def test_the_cron_overdue_report_loads_nothing_heavy(seeded) -> None:
    assert _loaded("queue", "--overdue") == set()


def test_show_json_loads_nothing_heavy(seeded) -> None:
    assert _loaded("show", "1", "--json") == set()


def test_a_changed_configuration_misses_the_calendar_cache(seeded, isolation) -> None:
    seeded("policy", "set", "calendar.hours.sat", "10:00-14:00")
    assert "holidays" in _loaded("queue", "--json")
    assert "holidays" not in _loaded("queue", "--json")


def test_a_damaged_cache_entry_is_rebuilt(seeded, isolation) -> None:
    import sqlite3

    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("UPDATE calendar_cache SET data = 'not json'")
    conn.commit()
    conn.close()
    before = seeded.json("queue", "--json")
    assert before[0]["due_at"] == "2026-11-25T15:00:00+03:00"
    assert json.loads(seeded("queue", "--json").stdout) == before


def test_version_loads_nothing_heavy() -> None:
    assert _loaded("--version") == set()


def test_desk_tui_starts_without_typer(seeded) -> None:
    # No terminal here, so it stops before the screen: neither the command line nor Textual.
    assert _loaded("tui") == set()


def test_only_desk_tui_itself_loads_textual(seeded) -> None:
    assert "textual" not in _loaded("--help")
    assert "textual" not in _loaded("tui", "--help")
    assert "textual" not in _loaded("reply", "1", "--body", "Ответ")


@pytest.mark.parametrize("argv", [
    ["calendar", "--year", "2026", "--json"],
    ["deadline", "--from", "2026-11-27T16:30", "--category", "emergency", "--json"],
    ["renewal-quote", "--price", "24900", "--support-until", "2026-01-01", "--json"],
])
def test_the_calendar_and_the_quote_start_without_the_command_line(seeded, argv) -> None:
    assert not {"typer", "rich", "holidays"} & _loaded(*argv)


def test_show_to_a_pipe_is_drawn_without_richs_console(seeded) -> None:
    """Russian and ASCII text is measured by its length: Rich stays unloaded."""
    assert _loaded("show", "1") == set()


def test_an_agents_reply_loads_no_command_line_no_console_no_dictionary(seeded) -> None:
    assert _loaded("reply", "1", "--body", "Очистите кеш и проверьте ещё раз.") == set()


def test_open_loads_no_command_line_and_pymorphy3_only_for_a_word_the_dictionary_lacks(seeded, monkeypatch) -> None:
    monkeypatch.setenv("DESK_PIN", "4321")
    opening = ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/cart")
    assert _loaded(*opening, "-s", "Корзина", "--body", "Корзина пустая после обновления. Что делать?") == set()
    assert _loaded(*opening, "-s", "Капча", "--body", "Капча в админке не видна. Что делать?") == {"pymorphy3"}


def test_help_from_its_copy_loads_nothing_heavy() -> None:
    _loaded("--help")  # the first time Typer renders it and a copy is kept
    assert _loaded("--help") == set()


@pytest.mark.parametrize("argv", [("queue", "--json"), ("queue",), ("show", "1"),
                                  ("reply", "1", "--body", "Очистите кеш и проверьте ещё раз.")])
def test_the_fast_commands_load_neither_pathlib_nor_urllib(seeded, argv) -> None:
    assert _loaded(*argv, probed=PATH_MODULES) == set()


def test_a_reply_from_a_file_loads_no_pathlib(seeded, tmp_path) -> None:
    body = tmp_path / "answer.txt"
    body.write_text("Очистите кеш и проверьте ещё раз.", encoding="utf-8")
    assert _loaded("reply", "1", "--body-file", str(body), probed=PATH_MODULES) == set()


@pytest.mark.parametrize("site,loaded", [("https://shop.example.ru/cart", set()),
                                         ("https://магазин.рф/корзина", {"urllib.parse", "ipaddress"})])
def test_open_loads_no_pathlib_and_urllib_only_for_an_unusual_site(seeded, monkeypatch, site, loaded) -> None:
    """urllib.parse checks a site address of any shape but the plain one (tickets.validate_url);
    pathlib has no part in opening a request."""
    monkeypatch.setenv("DESK_PIN", "4321")
    opening = ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", site,
               "-s", "Корзина", "--body", "Корзина пустая после обновления. Что делать?")
    assert _loaded(*opening, probed=PATH_MODULES) == loaded
    assert [r["site_url"] for r in seeded.json("queue", "--json")][1:] == [site]  # opened, not refused on the way


@pytest.mark.parametrize("argv", [("queue", "--json"), ("queue",), ("queue", "--overdue"), ("show", "1"),
                                  ("show", "1", "--json"), ("reply", "1", "--body", "Очистите кеш и проверьте ещё раз.")])
def test_the_reading_commands_and_a_reply_load_no_typing(seeded, argv) -> None:
    """typing costs 3-5 ms to import and 2.5 ms for its first NamedTuple (domain/named.py)."""
    assert _loaded(*argv, probed=("typing",)) == set()
