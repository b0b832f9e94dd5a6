"""User text is only ever data: it reaches a terminal without escape sequences or Rich markup
taking effect, survives JSON exactly, and cannot start a spreadsheet formula in CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from deskcli.output import csv_cell
from tests.cli.hostile_cases import PIN, open_args

# -- user text is data ------------------------------------------------------------------------

#: An SGR colour, an OSC window title, BEL, CR, a C1 CSI, a bidi override and Rich markup.
HOSTILE = ("\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 bell\x07 cr\rX \x9b2J c1 \u202eevil\u202c "
           "[bold red]x[/] [link=http://evil.example]click")
MARKUP = "[bold red]x[/]"
LINK = "[link=http://evil.example]"
TERMINAL_POISON = ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\x00")


@pytest.fixture(autouse=True)
def pin_in_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("DESK_PIN", PIN)


@pytest.fixture
def hostile(desk):
    """A license, a request and messages whose every free-text field is hostile."""
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", HOSTILE, "--email", "anna@example.ru")
    opened = desk(*open_args(subject=HOSTILE, body=HOSTILE + "\nКак это исправить?"), "--json", code=None)
    assert opened.exit_code in (0, 1), opened.stderr
    assert json.loads(opened.stdout)["id"] == 1
    if json.loads(opened.stdout)["status"] == "open":
        desk("assign", "1", HOSTILE)
    desk("--agent", HOSTILE, "reply", "1", "--internal", "--body", HOSTILE)
    return desk


def assert_terminal_safe(text: str) -> None:
    for poison in TERMINAL_POISON:
        assert poison not in text, (poison, text)
    assert MARKUP in text, text


@pytest.mark.parametrize("args", [("show", "1"), ("license", "list"), ("license", "show", "HC-1"), ("search", "red"),
                                  ("renewals", "--within", "200d")],
                         ids=["show", "license-list", "license-show", "search", "renewals"])
def test_user_text_reaches_a_table_without_escapes_or_markup(hostile, args) -> None:
    result = hostile(*args)
    assert_terminal_safe(result.stdout)
    assert LINK in result.stdout
    assert "\x1b" not in result.stderr


def test_queue_table_shows_user_text_literally(hostile) -> None:
    if hostile.json("show", "1", "--json")["status"] != "open":
        pytest.skip("intake rejected the hostile request; the queue lists open requests only")
    result = hostile("queue", env={"COLUMNS": "200"})
    assert_terminal_safe(result.stdout)
    overdue = hostile("queue", "--overdue", env={"DESK_NOW": "2026-12-25T10:00"})
    for poison in TERMINAL_POISON:
        assert poison not in overdue.stdout
    assert MARKUP in overdue.stdout


def test_json_keeps_user_text_exactly(hostile) -> None:
    request = hostile.json("show", "1", "--json")
    assert request["subject"] == HOSTILE
    assert request["customer"] == HOSTILE
    bodies = [m["body"] for m in request["messages"]]
    assert HOSTILE + "\nКак это исправить?" in bodies and HOSTILE in bodies
    assert hostile.json("license", "list", "--json")[0]["customer"] == HOSTILE
    assert hostile.json("license", "show", "HC-1", "--json")["customer"] == HOSTILE
    exported = hostile.json("export", "--format", "json", "--messages")
    assert exported[0]["subject"] == HOSTILE
    lines = hostile("export", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[0])["subject"] == HOSTILE
    # JSON escapes control characters, so even the raw output carries no ESC byte.
    assert "\x1b" not in hostile("show", "1", "--json").stdout


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_csv_subject_cannot_start_a_formula(desk, start) -> None:
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01")
    subject = start + "HYPERLINK(\"http://evil.example\",\"click\")"
    opened = desk(*open_args(subject=subject, body="Почему корзина пустая после обновления?"), "--json", code=None)
    assert opened.exit_code in (0, 1), opened.stderr
    stored = json.loads(opened.stdout)["subject"]
    cell = _csv_rows(desk("export").stdout)[0]["subject"]
    assert not cell.startswith(tuple(FORMULA_STARTS))
    if stored.startswith(tuple(FORMULA_STARTS)):
        assert cell == "'" + stored
    else:  # a subject is one trimmed line, so a leading tab or CR never reaches the file
        assert start in "\t\r" and cell == stored


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_csv_message_and_customer_cannot_start_a_formula(desk, start) -> None:
    formula = start + "cmd|' /C calc'!A0"
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", "=" + formula)
    desk(*open_args(), "--json", code=None)
    desk("reply", "1", "--internal", "--body", formula)
    bodies = [row["body"] for row in _csv_rows(desk("export", "--messages").stdout)]
    assert "'" + formula in bodies
    assert not any(b.startswith(tuple(FORMULA_STARTS)) for b in bodies)
    customer = _csv_rows(desk("license", "list", "--format", "csv").stdout)[0]["customer"]
    assert customer == "'=" + formula


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_csv_cell_neutralises_every_formula_start(start) -> None:
    assert csv_cell(start + "1+1") == "'" + start + "1+1"
    assert csv_cell("a" + start) == "a" + start
