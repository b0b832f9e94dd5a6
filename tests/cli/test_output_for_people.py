"""Tables are for people: no Python reprs, no internal fields, readable at 80 columns."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_requests import BODY, add_license, open_request
from tests.conftest import assert_one_error_line

REPRS = re.compile(r"\bNone\b|\bTrue\b|\bFalse\b|\[\{'|\{'|\['|\[\]")
INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
NARROW = {"COLUMNS": "80"}


@pytest.fixture
def desk_with_history(desk):
    add_license(desk)
    desk("kb", "add", "--title", "Пустая корзина после обновления", "--url",
         "https://www.hostcms.ru/documentation/cart/", "--keywords", "корзина, обновление")
    open_request(desk, at="2026-11-25T10:00")
    desk("reply", "1", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T10:30"})
    desk("reply", "1", "--customer", "--body", "Уточняю: корзина пуста только у гостей. Почему?",
         env={"DESK_NOW": "2026-11-25T11:00"})
    desk("edit", "1", "-c", "emergency", env={"DESK_NOW": "2026-11-25T11:05"})
    return desk


def test_open_lists_documentation_instead_of_a_repr(desk) -> None:
    add_license(desk)
    out = desk("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage", "--site",
               "https://shop.example.ru", "-s", "Корзина", "--body", BODY, env=NARROW).stdout
    assert not REPRS.search(out), out
    assert "suggestions" not in out
    desk("kb", "add", "--title", "Пустая корзина", "--url", "https://www.hostcms.ru/documentation/cart/",
         "--keywords", "корзина")
    out = desk("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "technical", "--site",
               "https://shop.example.ru", "-s", "Корзина снова", "--body", "Корзина не сохраняет товары. Почему?",
               env=NARROW).stdout
    assert not REPRS.search(out), out
    assert "Documentation:" in out and "• Пустая корзина — https://www.hostcms.ru/documentation/cart/" in out


def test_show_lists_the_suggestions_again(desk_with_history) -> None:
    out = desk_with_history("show", "1", env=NARROW).stdout
    assert "• Пустая корзина после обновления — https://www.hostcms.ru/documentation/cart/" in out
    data = desk_with_history.json("show", "1", "--json")
    assert data["suggestions"] == [{"title": "Пустая корзина после обновления",
                                    "url": "https://www.hostcms.ru/documentation/cart/"}]


def test_history_speaks_in_words_and_keeps_whole_timestamps(desk_with_history) -> None:
    out = desk_with_history("show", "1", env=NARROW).stdout
    history = out[out.index("History"):]
    assert not REPRS.search(out), out
    for internal in ("due_calendar", "wait_started_at", "first_due_at", "due_at", "None →"):
        assert internal not in history, history
    assert "opened: due at 15:00" in history
    assert "re-queued" in history and "recategorised: category usage → emergency" in history
    events = desk_with_history.json("show", "1", "--json")["history"]
    stamps = [line for line in history.splitlines() if INSTANT.match(line)]
    assert len(stamps) == len(events)                  # one whole timestamp per event, none broken
    assert all(len(line) <= 80 for line in out.splitlines())


def test_license_show_prints_money_and_yes_no_like_the_list(desk) -> None:
    add_license(desk)
    desk("license", "renew", "HC-1", "--on", "2027-06-20", env={"DESK_NOW": "2027-06-20T10:00"})
    out = desk("license", "show", "HC-1").stdout
    assert not REPRS.search(out), out
    assert re.search(r"retail price\s+24\s900,00\s₽", out)
    assert re.search(r"free edition\s+no", out) and re.search(r"code modified\s+no", out)
    assert re.search(r"9\s960,00\s₽", out) and re.search(r"40\s%", out)
    added = desk("license", "add", "HC-2", "--pin", "1", "--edition", "Халява", "--price", "0",
                 "--purchased", "2026-01-01").stdout
    assert re.search(r"free edition\s+yes", added) and not REPRS.search(added)


@pytest.mark.parametrize("on,words", [("2027-03-03", "89 days before support ends"),
                                      ("2027-05-31", "on the last day of support"),
                                      ("2027-06-01", "1 day after support ended")])
def test_a_quote_says_before_or_after_in_words(desk, on, words) -> None:
    add_license(desk)                                   # bought 2026-06-01, covered through 2027-05-31
    out = desk("renewal-quote", "HC-1", "--on", on).stdout
    assert words in out and "days after" not in out and "-89" not in out


def test_the_queue_at_80_columns_keeps_categories_and_licenses_readable(desk) -> None:
    add_license(desk, customer="ООО «Очень Длинное Название Компании»")
    for category in ("installation", "emergency", "technical", "usage"):
        open_request(desk, category=category, subject="Очень длинная тема запроса, которая не помещается никуда")
    open_request(desk, body="И перенесите сайт на другой хостинг, пожалуйста. Когда?", subject="Перенос")
    out = desk("queue", env=NARROW).stdout
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), out
    rows = [line for line in lines if line.lstrip().startswith("#")]
    assert len(rows) == 5
    for row in rows:
        cells = row.split()
        assert cells[1] in ("emerg.", "install.", "tech.", "usage", "emergency", "technical", "installation")
        assert cells[3] == "HC-1"                     # the license number whole, never "HC-…"
    assert "Age: calendar time" in out and "SLA: business time" in out
    assert "⚑ flags (intake findings, mail not delivered): see desk show ID" in out


def test_a_narrow_terminal_leaves_out_columns_but_never_cuts_an_id_or_a_countdown(desk) -> None:
    add_license(desk, customer="ООО «Очень Длинное Название Компании»")
    for n, category in enumerate(("installation", "emergency", "technical", "usage") * 3):
        open_request(desk, category=category, subject="Очень длинная тема запроса, которая не помещается никуда",
                     at=f"2026-11-{10 + n}T10:00")
    whole = desk.json("queue", "--json")
    for width in range(22, 100, 3):
        lines = desk("queue", env={"COLUMNS": str(width)}).stdout.splitlines()
        assert all(len(line) <= width for line in lines), width
        rows = [line.split() for line in lines if line.lstrip().startswith("#")]
        assert [row[0] for row in rows] == [f"#{r['id']}" for r in whole], width
        clocks = [" ".join(line.split()[-2:]) if line.split()[-1] != "-" else " ".join(line.split()[-3:-1])
                  for line in lines if line.lstrip().startswith("#")]
        assert all("…" not in clock and re.fullmatch(r"-?\d+h \d\dm", clock) for clock in clocks), (width, lines)
        assert ("Age: calendar time" in "\n".join(lines)) is (lines[0].split().count("Age") == 1), (width, lines)


def test_a_wide_terminal_shows_customers_and_full_categories(desk) -> None:
    add_license(desk)
    open_request(desk, category="installation")
    out = desk("queue", env={"COLUMNS": "140"}).stdout
    assert "installation" in out and "HC-1 ООО Ромашка" in out and "⚑" not in out


def test_overdue_lines_stay_aligned_past_nine(desk) -> None:
    add_license(desk)
    for hour in range(9, 20):
        open_request(desk, at=f"2026-11-24T{hour % 9 + 9:02d}:{hour:02d}", subject=f"Тема {hour}",
                     body=f"Вопрос номер {hour}: корзина пустая после обновления {hour}. Почему?")
    lines = desk("queue", "--overdue", env={"DESK_NOW": "2026-11-26T17:00"}).stdout.splitlines()
    assert len(lines) == 11
    columns = {line.index(" line ") for line in lines}
    assert len(columns) == 1, lines
    assert {len(re.match(r"\s*#\d+", line).group()) for line in lines} == {3}


def test_two_instants_in_one_minute_differ_by_their_seconds(desk) -> None:
    """A clarification seconds after the request was queued: "queued at 10:00 → 10:00" would
    say nothing changed; the seconds say what did."""
    add_license(desk)
    open_request(desk, at="2026-11-25T10:00:05")
    desk("reply", "1", "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T10:00:20"})
    desk("reply", "1", "--customer", "--body", "Уточняю: корзина пуста только у гостей. Почему?",
         env={"DESK_NOW": "2026-11-25T10:00:40"})
    history = desk("show", "1", env={"COLUMNS": "200"}).stdout.split("History")[1]
    assert "queued at 10:00:05 → 10:00:40" in history
    assert "due at 15:00 → 15:00" not in history


def test_one_link_is_one_article_and_one_suggestion(desk, isolation) -> None:
    import sqlite3

    add_license(desk)
    desk("kb", "add", "--title", "Пустая корзина", "--url", "https://www.hostcms.ru/documentation/cart/",
         "--keywords", "корзина")
    again = desk("kb", "add", "--title", "Корзина", "--url", "https://www.hostcms.ru/documentation/cart/", code=2)
    assert "already links" in again.stderr
    # A desk imported from elsewhere may hold the link twice: it is suggested once.
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("INSERT INTO kb (title, url, keywords, body, added_at, added_by) SELECT title || ' (копия)', url, "
                 "keywords, body, added_at, added_by FROM kb")
    conn.execute("INSERT INTO kb_fts (rowid, terms) SELECT 2, terms FROM kb_fts WHERE rowid = 1")
    conn.commit()
    conn.close()
    opened = open_request(desk, body="Корзина не сохраняет товары. Почему?")
    assert [s["url"] for s in opened["suggestions"]] == ["https://www.hostcms.ru/documentation/cart/"]


def test_a_global_option_after_the_command_says_where_it_goes(desk) -> None:
    """desk queue --db X said only "No such option: --db" (QA)."""
    result = desk("queue", "--db", "x.db", code=2)
    assert_one_error_line(result)
    assert "--db goes before the command: desk --db ... COMMAND" in result.stderr


@pytest.mark.parametrize(("typed", "meant"), [
    (("resolve", "1"), "Did you mean 'close'?"),  # Typer's guess by spelling was 'reopen', the opposite
    (("answer", "1"), "Did you mean 'reply'?"),
    (("list",), "Did you mean 'queue'?"),
    (("help",), "Did you mean '--help'?"),
    (("qeue",), "Did you mean 'queue'?"),  # a misspelling is still Typer's to guess
    (("license", "new", "HC-9"), "Did you mean 'add'?"),  # Typer's guess was 'renew', a paid renewal
    (("config", "get", "agent"), "Did you mean 'show'?"),  # Typer's guess was 'set'
    (("kb", "rm", "1"), "Did you mean 'remove'?"),
    (("mail", "list"), "Did you mean 'outbox'?"),
])
def test_a_command_looked_for_under_another_word_is_named(desk, typed, meant) -> None:
    result = desk(*typed, code=2)
    assert_one_error_line(result)
    assert meant in result.stderr


@pytest.mark.parametrize(("typed", "meant"), [
    (("queue", "--due", "2h"), "(Possible options: --due-within)"),  # click offered --overdue
    (("export", "--from", "2026-11-01"), "(Possible options: --since)"),  # as desk report sla takes it
    (("export", "--to", "2026-11-30"), "(Possible options: --until)"),
    (("search", "кеш", "--lim", "3"), "(Possible options: --limit)"),
    (("close", "1", "--message", "done"), "(Possible options: --resolution)"),
    (("queue", "--overdeu"), "(Possible options: --overdue)"),
])
def test_an_option_begun_or_named_otherwise_is_named(desk, typed, meant) -> None:
    result = desk(*typed, code=2)
    assert_one_error_line(result)
    assert meant in result.stderr
