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


#: HOSTILE as the desk stores it: a line break is "\n" in a body and a space in a one-line
#: field (subject, customer); every other character exactly as written.
HOSTILE_BODY = HOSTILE.replace("\r", "\n")
HOSTILE_LINE = HOSTILE.replace("\r", " ")


def test_json_keeps_user_text_exactly(hostile) -> None:
    request = hostile.json("show", "1", "--json")
    assert request["subject"] == HOSTILE_LINE
    assert request["customer"] == HOSTILE_LINE
    bodies = [m["body"] for m in request["messages"]]
    assert HOSTILE_BODY + "\nКак это исправить?" in bodies and HOSTILE_BODY in bodies
    assert hostile.json("license", "list", "--json")[0]["customer"] == HOSTILE_LINE
    assert hostile.json("license", "show", "HC-1", "--json")["customer"] == HOSTILE_LINE
    exported = hostile.json("export", "--format", "json", "--messages")
    assert exported[0]["subject"] == HOSTILE_LINE
    lines = hostile("export", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[0])["subject"] == HOSTILE_LINE
    # JSON escapes control characters, so even the raw output carries no ESC byte.
    assert "\x1b" not in hostile("show", "1", "--json").stdout


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\n"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr", "lf"])
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
    else:  # a subject is one trimmed line, so a leading tab or line break never reaches the file
        assert start in "\t\r\n" and cell == stored


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr", "lf"])
def test_csv_message_and_customer_cannot_start_a_formula(desk, start) -> None:
    formula = start + "cmd|' /C calc'!A0"
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", "=" + formula)
    desk(*open_args(), "--json", code=None)
    desk("reply", "1", "--internal", "--body", formula)
    bodies = [row["body"] for row in _csv_rows(desk("export", "--messages").stdout)]
    stored = formula.replace("\r", "\n")  # a body's line break is kept as "\n", no formula start
    assert ("'" + stored if stored.startswith(tuple(FORMULA_STARTS)) else stored) in bodies
    assert not any(b.startswith(tuple(FORMULA_STARTS)) for b in bodies)
    customer = _csv_rows(desk("license", "list", "--format", "csv").stdout)[0]["customer"]
    assert customer == "'=" + formula.replace("\t", " ").replace("\r", " ").replace("\n", " ")  # one line


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_csv_cell_neutralises_every_formula_start(start) -> None:
    shown = "?" if start == "\r" else start  # a control character is shown as "?" (a tab is not one)
    assert csv_cell(start + "1+1") == ("?1+1" if start == "\r" else "'" + start + "1+1")
    assert csv_cell("a" + start) == "a" + shown


@pytest.mark.parametrize("args", [("export",), ("export", "--messages"), ("queue", "--format", "csv"),
                                  ("license", "list", "--format", "csv"), ("search", "red", "--format", "csv")],
                         ids=["export", "messages", "queue", "licenses", "search"])
def test_csv_carries_no_escape_even_where_json_keeps_it(hostile, args) -> None:
    text = hostile(*args).stdout
    assert text.count("\n") > 1, text
    for poison in TERMINAL_POISON:
        assert poison not in text.replace("\r\n", "\n"), (poison, text)


def test_windows_line_endings_are_line_breaks_not_characters(desk, tmp_path) -> None:
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01")
    body = tmp_path / "crlf.txt"
    body.write_bytes("Строка один.\r\nСтрока два: как исправить ошибку импорта?\r\n".encode())
    opened = desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://a.example",
                  "-s", "Тема\r\nв две строки", "--body-file", str(body), "--json")
    request = json.loads(opened.stdout)
    assert request["subject"] == "Тема в две строки"
    desk("reply", "1", "--body-file", str(body))
    shown = desk.json("show", "1", "--json")
    assert [m["body"] for m in shown["messages"]] == ["Строка один.\nСтрока два: как исправить ошибку импорта?\n"] * 2
    table = desk("show", "1").stdout
    assert "Строка один." in table and "?" not in table.replace("импорта?", "")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_on_a_terminal_carries_no_character_a_terminal_acts_on(desk, fmt) -> None:
    """JSON keeps C1 controls and the marks that reorder text raw in its strings: to a pipe
    that is right, on a terminal U+009B is a CSI and U+202E turns the line around. There
    they are \\u escapes, which read back as the same text."""
    from tests.cli.test_queue_terminal import on_a_terminal
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    subject = "Оплата\u202eтпецка\u009b31m\u2066 не проходит"
    open_request(desk, subject=subject)
    shown, _ = on_a_terminal("queue", "--format", fmt, "--fields", "subject")
    text = shown.decode()
    assert not any(c in text for c in "\u202e\u009b\u2066") and "\\u202e" in text and "\\u009b" in text
    piped = desk("queue", "--format", fmt, "--fields", "subject").stdout
    assert subject in piped  # a program gets the text as it is


@pytest.mark.parametrize("space", [" ", "  ", "\u00a0", "\u3000", "\u2003"], ids=["space", "two", "nbsp", "ideographic",
                                                                                "em"])
def test_a_formula_after_leading_spaces_is_neutralised_too(desk, space) -> None:
    """Security QA: a sheet that trims spaces on import reads " =HYPERLINK(...)" as a formula."""
    formula = space + '=HYPERLINK("http://evil.example","x")'
    assert csv_cell(formula) == "'" + formula
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01")
    desk(*open_args(), "--json", code=None)
    desk("reply", "1", "--internal", "--body", formula)
    bodies = [row["body"] for row in _csv_rows(desk("export", "--messages").stdout)]
    assert "'" + formula in bodies and formula not in bodies
    assert csv_cell(space + "обычный текст") == space + "обычный текст"
