"""The screen as a whole: help, size, colour, quitting, the editor, the request view."""

from __future__ import annotations

import pytest

from deskcli.tui import keys
from tests.tui.conftest import running, make_app, screen_text


async def test_question_mark_lists_every_key_of_the_key_table(office) -> None:
    app = make_app(office)
    async with running(app, size=(100, 80)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        shown = screen_text(app)
        for key in keys.ALL_KEYS:
            assert key.shown in shown and key.description.split(" (")[0][:40] in shown, key
        # ... and what the queue's marks mean, as desk queue says under its table
        assert "⚑" in shown and "flags (intake findings" in shown and "the customer confirmed the fix" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert "Keys" not in screen_text(app)


def test_every_bound_key_is_in_the_key_table() -> None:
    """The other direction: no screen binds a key that ? does not list."""
    from deskcli.tui.queue_screen import QueueScreen
    from deskcli.tui.queue_view import QueueTable
    from deskcli.tui.request_screen import RequestScreen

    listed = {name for key in keys.ALL_KEYS for name in key.keys.split(",")}
    for holder in (QueueScreen, RequestScreen, QueueTable):
        for binding in holder.BINDINGS:
            for name in binding.key.split(","):
                assert name in listed, (holder.__name__, name)


async def test_it_works_at_80_by_24(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
        assert lines[0].startswith("3 open") and lines[0].rstrip().endswith("Wed 25 Nov 10:00:00")
        assert lines[1].split() == ["ID", "SLA", "Cat", "L", "⚑", "Subject", "Assignee"]
        assert lines[2].split()[:2] == ["#3", "-1h"]
        assert "? help" in lines[-1] and "q quit" in lines[-1]
        await pilot.press("enter")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert len(lines) == 24 and lines[0].startswith("#3 Ошибка импорта CSV")
        assert lines[1].startswith("SLA: -1h 00m 00s business time  OVERDUE  due 2026-11-24T18:00:00+03:00")


def _colours(app) -> set[tuple[int, int, int]]:
    found = set()
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            for colour in (segment.style.color, segment.style.bgcolor) if segment.style else ():
                if colour is not None and colour.triplet is not None:
                    found.add(tuple(colour.triplet))
    return found


async def test_no_color_is_honoured(office, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        colours = _colours(app)
    assert colours and all(r == g == b for r, g, b in colours), colours


def _contrast(app, text: str) -> list[int]:
    """For each segment showing ``text``: how far apart in lightness its letters and their
    background are as the terminal shows them (reverse swaps the two)."""
    found = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            if text in segment.text and segment.style is not None:
                fg, bg = segment.style.color, segment.style.bgcolor
                if segment.style.reverse:
                    fg, bg = bg, fg
                lightness = [sum(c.get_truecolor()) // 3 if c is not None else None for c in (fg, bg)]
                found.append(abs(lightness[0] - lightness[1]) if None not in lightness else 255)
    return found


async def test_without_colour_an_overdue_countdown_is_still_plain_to_see(office, monkeypatch) -> None:
    """NO_COLOR makes Textual draw red as a grey nearly the background's; what is overdue
    must still stand out, in the queue and in the request's own view."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        queue = _contrast(app, "-1h")
        await pilot.press("enter")
        await pilot.pause()
        view = _contrast(app, "OVERDUE") + _contrast(app, "-1h 00m")
    assert queue and view and min(queue + view) >= 100, (queue, view)


async def test_without_no_color_the_countdowns_have_colour(office, monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        colours = _colours(app)
    assert any(not r == g == b for r, g, b in colours)


async def test_q_quits_with_0_and_ctrl_c_with_130_even_from_a_dialog(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("x", *"решено", "ctrl+c")  # a one-line question: at once
        await pilot.pause()
    assert app.return_code == 130
    app = make_app(office)
    async with running(app) as pilot:
        # an unsent message is asked about first (test_quitting); a second ctrl+c is the yes
        await pilot.press("r", *"черновик", "ctrl+c", "ctrl+c")
        await pilot.pause()
    assert app.return_code == 130


async def test_q_in_a_text_box_is_a_letter(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("slash", "q")
        await pilot.pause()
        assert app.is_running and app.model.query.words == ("q",)


async def test_the_editor_needs_a_terminal_and_says_so(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("R")
        await pilot.pause()
        assert app.status.startswith("error: the editor needs a terminal")


async def test_go_to_opens_any_request_even_a_closed_one(office, desk) -> None:
    desk("close", "1")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("number_sign", "1", "enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "#1 Пустая корзина" in shown and "SLA: resolved" in shown
        await pilot.press("number_sign", "9", "9", "enter")
        await pilot.pause()
        assert app.status == "error: request #99 not found"
        # a digit to str.isdigit that int() refuses: an error line, not a crash (review)
        await pilot.press("escape", "number_sign", "²", "enter")
        await pilot.pause()
        assert app.is_running and app.status == "error: '²' is not a request number"


async def test_the_request_view_shows_messages_history_and_documentation(office, desk) -> None:
    from tests.cli.test_requests import open_request

    desk("kb", "add", "--title", "Импорт товаров из CSV", "--url", "https://www.hostcms.ru/documentation/import/",
         "--keywords", "импорт csv")
    opened = open_request(desk, subject="Ошибка импорта CSV", body="Импорт товаров из CSV останавливается. Почему?")
    desk("reply", str(opened["id"]), "--internal", "--body", "Смотрю логи")
    desk("close", str(opened["id"]), "--resolution", "Лимит памяти увеличен")
    app = make_app(office)
    async with running(app, size=(80, 60)) as pilot:
        await pilot.press("number_sign", *str(opened["id"]), "enter")
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
    assert "documentation: Импорт товаров из CSV — https://www.hostcms.ru/documentation/import/" in shown
    assert "Смотрю логи" in shown and "internal tester" in shown
    assert "customer customer" not in shown  # the writer said once, as in desk show
    assert "Resolution Лимит памяти увеличен" in shown and "SLA: resolved" in shown
    assert "opened" in shown and "internal message" in shown and "resolved: status open → resolved" in shown


async def test_user_text_is_shown_as_text_not_markup_or_escapes(desk, isolation) -> None:
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk, subject="[bold red]x[/] \x1b[2J\x1b]0;pwned\x07 [link=file:///etc]y[/link]")
    app = make_app(isolation / "desk.db")
    async with running(app, size=(100, 24)) as pilot:
        await pilot.pause()
        line = app.table.render_line(0).text
        assert "[bold red]x[/]" in line and "\x1b" not in line
        await pilot.press("enter")
        await pilot.pause()
        assert "[bold red]x[/]" in screen_text(app) and "\x1b" not in screen_text(app)


def test_the_readme_shows_a_screenshot_of_each_view() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in ("tui-queue", "tui-request", "tui-filter", "tui-reply", "tui-help"):
        assert f"docs/{name}.svg" in readme
        assert (root / "docs" / f"{name}.svg").read_text(encoding="utf-8").startswith("<svg")


async def test_a_database_that_cannot_be_read_for_a_moment_is_reported_not_fatal(office, monkeypatch) -> None:
    import sqlite3

    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()

        def broken() -> bool:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(app.model, "poll", broken)
        app.tick()
        await pilot.pause()
        assert app.is_running and app.status == f"error: {office}: disk I/O error"
        monkeypatch.undo()
        app.tick()
        await pilot.pause()
        assert app.is_running and app.status == ""


async def test_the_request_view_shows_merges_both_ways(office, desk) -> None:
    desk("merge", "1", "--into", "3")
    app = make_app(office)
    async with running(app, size=(80, 40)) as pilot:
        await pilot.press("number_sign", "1", "enter")
        await pilot.pause()
        assert "Merged into #3" in " ".join(screen_text(app).split())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("number_sign", "3", "enter")
        await pilot.pause()
        assert "Merged from #1" in " ".join(screen_text(app).split())


@pytest.mark.parametrize("subject", [
    "Оченьдлинноеслово" * 17,  # no space to wrap at: folded, never cut
    "Магазин лежит — ошибка 503 на всех страницах 🔥 после переноса базы, срочно нужна помощь специалиста "
    "второй линии, клиенты не могут оформить заказ",
])
async def test_the_request_view_shows_a_long_subject_whole(desk, isolation, subject) -> None:
    """TUI QA: a wrapped subject lost a character at a break ("базы," became "базы…"), and one
    long word was cut to a line ending in "…", never shown whole."""
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk, subject=subject[:300])
    app = make_app(isolation / "desk.db")
    async with running(app, size=(80, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        field = shown.split("Subject", 1)[1].split("Customer", 1)[0]
        words = "".join(line.strip() for line in field.splitlines())
        assert words.replace(" ", "") == subject[:300].replace(" ", "")


def test_the_drafts_left_are_named_in_number_order(office) -> None:
    app = make_app(office)
    app.drafts.update({(10, "agent"): "a", (9, "internal"): "b", (10, "customer"): "c"})
    assert app.goodbye() == ["notice: text written and not sent (dropped with escape or ctrl+c) was not kept (#9, #10)"]
