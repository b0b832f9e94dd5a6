"""The plain renderer prints exactly what Rich prints to a pipe, or leaves the view to Rich.

Every view ``deskcli.plain`` draws is drawn again here by Rich from the same data, at the
same width, and the bytes compared, over random rows, widths and text (Cyrillic, wide
and combining characters, markup-looking text, line breaks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from deskcli import plain, plain_views, render
from deskcli.domain import entitlement

PIECES = [*"ab Zz0[]/-_.,:·", *"ПустаякорзинаЁё", "中", "文", "ｶ", "e\u0301", "\u0301", "⚑", "…", "\n", "\t",
          "\u2028", "\x1b", "\u00a0", "😀", "👍🏽", "[bold]", "  "]
WORDS = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)
WIDTHS = st.integers(min_value=10, max_value=140)


def rich_bytes(renderable: object, width: int) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, force_terminal=False, highlight=False, emoji=False).print(renderable)
    return buffer.getvalue()


def plain_bytes(parts: list, width: int) -> str | None:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        drawn = plain.write(parts, width)
    return buffer.getvalue() if drawn else None


@given(st.dictionaries(WORDS, WORDS, min_size=1, max_size=6), st.none() | WORDS, WIDTHS)
def test_key_values_match_rich(data: dict[str, str], title: str | None, width: int) -> None:
    drawn = plain_bytes([plain.key_values(data, title)], width)
    if drawn is not None:
        assert drawn == rich_bytes(render.key_values(data, title), width)


@given(WORDS, WIDTHS)
def test_paragraphs_match_rich(text: str, width: int) -> None:
    from rich.text import Text

    from deskcli.output import clean_text

    text = clean_text(text)
    drawn = plain_bytes([text], width)
    if drawn is not None:
        assert drawn == rich_bytes(Text(text), width)


@given(st.integers(min_value=0, max_value=10**9), st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
       st.integers(min_value=-400, max_value=800), st.sampled_from(["RUB", "USD", "EUR"]), WORDS, WIDTHS)
@settings(max_examples=60)
def test_renewal_quote_matches_rich(kopecks: int, until: dt.date, days: int, currency: str, title: str,
                                    width: int) -> None:
    quote = entitlement.quote_renewal(Decimal(kopecks) / 100, until, until + dt.timedelta(days=days))
    drawn = plain_bytes(plain_views.quote_grids(quote, currency, title=title), width)
    if drawn is not None:
        assert drawn == rich_bytes(render.quote_view(quote, currency, title=title), width)


def test_everyday_views_are_drawn_here() -> None:
    from deskcli.queue_view import queue_table

    """The views the fast path prints are drawn without Rich at ordinary widths (else the
    property tests above would hold trivially)."""
    quote = entitlement.quote_renewal(Decimal("24900"), dt.date(2026, 1, 1), dt.date(2026, 11, 25))
    assert plain_bytes(plain_views.quote_grids(quote, "RUB", title="renewal quote"), 80)
    assert plain_bytes([plain.key_values({"from": "2026-11-27T16:30:00+03:00", "тема": "中文"})], 80)
    record = {"id": 12, "category": "usage", "line": 1, "license": "HC-1", "customer": "ООО Ромашка",
              "subject": "Пустая корзина", "assignee": None, "flags": [], "status": "open",
              "remaining_minutes": 300, "overdue": False, "created_at": "2026-11-25T09:00:00+03:00"}
    for width in (80, 100):
        drawn = plain_bytes(plain_views.queue_parts([record], NOW, width), width)
        assert drawn == rich_bytes(queue_table([record], now=NOW, width=width), width)


@pytest.mark.parametrize("environ", [
    {}, {"COLUMNS": "57"}, {"COLUMNS": "0"}, {"COLUMNS": "x"}, {"FORCE_COLOR": "1"}, {"FORCE_COLOR": ""},
    {"TTY_COMPATIBLE": "1"}, {"TTY_COMPATIBLE": "0", "FORCE_COLOR": "1"}, {"NO_COLOR": "1", "COLUMNS": "120"},
])
def test_console_width_is_richs(environ: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawn here only when Rich would write no escapes, and at Rich's width."""
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    console = Console(highlight=False, emoji=False)
    width = plain.console_width()
    if console.is_terminal or console.width < 10:
        assert width is None
    else:
        assert width == console.width


RECORD = st.fixed_dictionaries({
    "id": st.integers(1, 10**7), "category": st.sampled_from(["emergency", "installation", "technical", "usage"]),
    "line": st.integers(1, 3), "license": WORDS.filter(bool), "customer": st.none() | WORDS,
    "subject": WORDS, "assignee": st.none() | WORDS, "flags": st.lists(st.just({"code": "x"}), max_size=1),
    "status": st.sampled_from(["open", "waiting"]), "remaining_minutes": st.none() | st.integers(-10**5, 10**5),
    "overdue": st.booleans(), "created_at": st.sampled_from(["2026-11-25T09:00:00+03:00", "2026-01-02T00:00:00+00:00"]),
})
NOW = dt.datetime.fromisoformat("2026-11-25T12:00:00+03:00")


@given(st.lists(RECORD, max_size=6), WIDTHS)
@settings(max_examples=80)
def test_queue_matches_rich(records: list[dict], width: int) -> None:
    from deskcli.queue_view import queue_table

    drawn = plain_bytes(plain_views.queue_parts(records, NOW, width), width)
    if drawn is not None:
        assert drawn == rich_bytes(queue_table(records, now=NOW, width=width), width)


def test_every_character_measured_without_rich_is_one_cell_to_rich() -> None:
    from rich.cells import cell_len, set_cell_size

    # The class names characters of the Basic Multilingual Plane only; beyond it, none passes
    assert not any(plain.ONE_CELL_EACH.fullmatch(chr(c)) for c in range(0x10000, 0x110000, 97))
    one_cell = [chr(c) for c in range(0x10000) if plain.ONE_CELL_EACH.fullmatch(chr(c))]
    assert "Ё" in one_cell and "№" in one_cell and "—" in one_cell and "中" not in one_cell and "\u0301" not in one_cell
    assert [c for c in one_cell if cell_len(c) != 1] == []
    text = "".join(one_cell)
    assert [plain._set_cells(text[:n], 7) for n in range(12)] == [set_cell_size(text[:n], 7) for n in range(12)]


LICENSE = st.fixed_dictionaries({
    "number": WORDS, "customer": st.none() | WORDS, "edition": WORDS, "free": st.booleans(),
    "code_modified": st.booleans(), "currency": st.sampled_from(["RUB", "EUR"]),
    "retail_price": st.decimals(min_value=0, max_value=10**7, places=2).map(str),
    "support_until": st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
})


@settings(max_examples=150)
@given(st.lists(LICENSE, max_size=6), WIDTHS)
def test_license_list_matches_rich(records: list[dict], width: int) -> None:
    today = dt.date(2026, 11, 25)
    drawn = plain_bytes(plain_views.license_parts(records, today), width)
    if drawn is not None:
        assert drawn == rich_bytes(render.license_table(records, today=today), width)


def test_a_license_list_of_ordinary_licenses_is_drawn_plain() -> None:
    """Not left to Rich whenever it can be (the property above holds vacuously otherwise)."""
    records = [{"number": f"HC-{n}", "customer": "ООО Ромашка", "edition": "Бизнес", "free": False,
                "code_modified": n % 2 == 0, "currency": "RUB", "retail_price": "24900.00",
                "support_until": "2026-12-31"} for n in range(3)]
    assert plain_bytes(plain_views.license_parts(records, dt.date(2026, 11, 25)), 80) == rich_bytes(
        render.license_table(records, today=dt.date(2026, 11, 25)), 80)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def rich_terminal_bytes(renderable: object, width: int, colours: bool, system: str) -> str:
    buffer = _Terminal()
    Console(file=buffer, width=width, force_terminal=True, color_system=system, no_color=not colours,
            highlight=False, emoji=False).print(renderable)
    return buffer.getvalue()


def terminal_bytes(parts: list, width: int, colours: bool) -> str | None:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        drawn = plain.write(parts, width, colours)
    return buffer.getvalue() if drawn else None


@given(st.lists(RECORD, max_size=6), WIDTHS, st.booleans(), st.sampled_from(["standard", "256", "truecolor"]))
@settings(max_examples=80)
def test_queue_on_a_terminal_matches_rich(records: list[dict], width: int, colours: bool, system: str) -> None:
    """The escapes too: bold headers, the countdown's colour, the flag's, the dim legend;
    without colour (NO_COLOR) Rich keeps bold and dim."""
    from deskcli.queue_view import queue_table

    drawn = terminal_bytes(plain_views.queue_parts(records, NOW, width), width, colours)
    if drawn is not None:
        assert drawn == rich_terminal_bytes(queue_table(records, now=NOW, width=width), width, colours, system)


def test_an_ordinary_queue_is_drawn_here_on_a_terminal() -> None:
    from deskcli.queue_view import queue_table

    records = [{"id": n, "category": "usage", "line": 1, "license": "HC-1", "customer": "ООО Ромашка",
                "subject": "Пустая корзина", "assignee": None, "flags": [{"code": "x"}] if n == 2 else [],
                "status": "open", "remaining_minutes": minutes, "overdue": minutes < 0,
                "created_at": "2026-11-25T09:00:00+03:00"} for n, minutes in ((1, -30), (2, 45), (3, 300))]
    for colours in (True, False):
        drawn = terminal_bytes(plain_views.queue_parts(records, NOW, 80), 80, colours)
        assert drawn == rich_terminal_bytes(queue_table(records, now=NOW, width=80), 80, colours, "truecolor")
        assert ("\x1b[1;31m" in drawn) is colours and "\x1b[1m" in drawn and "\x1b[2m" in drawn


def test_a_style_not_known_here_leaves_the_view_to_rich() -> None:
    grid = plain.Grid([plain.Column("A")], rows=[["x"]])
    grid.cell_styles[0, 0] = "italic blue"
    assert terminal_bytes([grid], 80, True) is None
    assert terminal_bytes([plain.Styled("text", "underline")], 80, False) is None
    assert plain.sgr("bold red", True) == "1;31" and plain.sgr("bold red", False) == "1"
    assert plain.sgr("green", False) == "" and plain.sgr("red green", True) is None


@pytest.mark.parametrize("environ", [
    {}, {"COLUMNS": "57"}, {"COLUMNS": "0"}, {"COLUMNS": "x"}, {"FORCE_COLOR": "1"}, {"FORCE_COLOR": ""},
    {"TTY_COMPATIBLE": "1"}, {"TTY_COMPATIBLE": "0"}, {"NO_COLOR": "1", "COLUMNS": "120"}, {"TERM": "dumb"},
    {"TERM": "xterm-256color"}, {"COLORTERM": "truecolor"}, {"TERM": "UNKNOWN"},
])
def test_the_terminal_is_the_one_rich_sees(environ: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawn here on a terminal only where Rich would write escapes from the terminal alone,
    at its width, with or without colour as Rich."""
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "TERM", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", _Terminal())
    from deskcli.output import colour

    console = Console(highlight=False, emoji=False, no_color=colour() is False)
    found = plain.terminal()
    if set(environ) & {"FORCE_COLOR", "TTY_COMPATIBLE"} or console.is_dumb_terminal or console.width < 10:
        assert found is None
    else:
        assert console.is_terminal and console.color_system is not None
        assert found == (console.width, not console.no_color)
