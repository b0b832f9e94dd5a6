"""The queue view: order, countdowns and their colours, filters, other agents' changes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cli.test_requests import open_request
from tests.tui.conftest import running, make_app, queue_lines, screen_text


async def test_the_queue_is_in_desk_queue_order_with_countdowns(office, desk) -> None:
    expected = [r["id"] for r in desk.json("queue", "--json")]
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        assert app.model.order() == expected == [3, 2, 1]
        lines = queue_lines(app)
        assert [line.split()[0] for line in lines] == ["#3", "#2", "#1"]
        assert "-1h 00m 00s" in lines[0] and "0h 20m 00s" in lines[1] and "4h 00m 00s" in lines[2]
        assert "Ошибка импорта CSV" in lines[0] and "tech" in lines[0]


async def test_countdowns_tick_each_second_in_business_time(office) -> None:
    now = [dt.datetime.fromisoformat("2026-11-25T10:00:00+03:00")]
    app = make_app(office)
    app.now = lambda: now[0]
    async with running(app) as pilot:
        await pilot.pause()
        now[0] += dt.timedelta(seconds=1)
        app.tick()
        await pilot.pause()
        assert "0h 19m 59s" in queue_lines(app)[1]
        assert "-1h 00m 01s" in queue_lines(app)[0]
        # Wednesday is nine working hours (09-18); the evening after 18:00 does not count.
        now[0] = dt.datetime.fromisoformat("2026-11-25T19:30:00+03:00")
        app.tick()
        await pilot.pause()
        assert "-9h 00m 00s" in queue_lines(app)[0]


def _sla_colour(app, y: int) -> str:
    segment = next(s for s in app.table.render_line(y) if "h " in s.text)
    return segment.style.color.name


async def test_countdown_colours_are_those_of_desk_queue(office, monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        await pilot.press("down")  # the cursor's own colours aside, each row keeps its countdown's colour
        assert [_sla_colour(app, y) for y in range(3)] == ["red", "yellow", "green"]


@pytest.mark.parametrize("typed,expected", [
    ("", [3, 2, 1]),
    ("cat:em", [2]),
    ("c:tech", [3]),
    ("is:overdue", [3]),
    ("корзин", [1]),
    ("КОРЗИН", [1]),
    ("hc-2", [2]),
    ("#1", [1]),
    ("@-", [3, 2, 1]),
    ("@boris", []),
    ("line:1 ошибка", [3]),
    ("line:2", []),
    ("cat:usage is:overdue", []),
])
async def test_filter_as_you_type(office, typed, expected) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("slash", *typed)
        await pilot.pause()
        assert app.model.order()[:app.table.count] == expected
        shown = screen_text(app)
        assert (f"{len(expected)} of 3 open" if len(expected) != 3 else "3 open") in shown
        await pilot.press("enter")  # keeps the filter, back to the queue
        await pilot.pause()
        assert app.table.has_focus
        await pilot.press("slash", "escape")  # clears it
        await pilot.pause()
        assert app.model.order() == [3, 2, 1]


async def test_filters_match_desk_queue_filters(office, desk) -> None:
    desk("escalate", "1")
    desk("assign", "2", "boris")
    app = make_app(office)
    async with running(app) as pilot:
        for typed, options in (("line:2", ["--line", "2"]), ("@boris", ["--assignee", "boris"]),
                               ("cat:usage", ["--category", "usage"]), ("is:overdue", ["--overdue"])):
            await pilot.press("slash", "ctrl+u", *typed, "enter")
            await pilot.pause()
            expected = [r["id"] for r in desk.json("queue", *options, "--json")]
            assert app.model.order()[:app.table.count] == expected, typed


async def test_o_toggles_overdue_and_a_bad_filter_is_reported_not_obeyed(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert app.table.count == 1 and "overdue" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert app.table.count == 3
        await pilot.press("slash", *"line:two")
        await pilot.pause()
        assert app.table.count == 3
        assert "line 'two' is not a line number" in screen_text(app)
    from deskcli.tui.query import parse

    assert parse("l:²", me="tester").problems == ("line '²' is not a line number",)  # not a crash (review)


async def test_the_command_line_options_start_the_filter(office, desk) -> None:
    desk("assign", "2", "tester")
    app = make_app(office, filter_text="@me cat:emergency")
    async with running(app) as pilot:
        await pilot.pause()
        assert app.model.order() == [2]


async def test_other_agents_changes_appear_at_the_next_poll(office, desk, monkeypatch) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        reloads = []
        monkeypatch.setattr(app.model, "reload", lambda: reloads.append(1))
        desk("assign", "1", "boris", env={"DESK_AGENT": "boris"})
        desk("reply", "2", "--body", "Перезапустите PHP-FPM.", env={"DESK_AGENT": "boris"})  # answered: leaves
        open_request(desk, at="2026-11-25T09:30", category="emergency", subject="Новый запрос")  # #4 due 11:30
        assert app.model.order() == [3, 2, 1]  # nothing moves before the poll
        app.tick()
        await pilot.pause()
        assert app.model.order() == [3, 4, 1]
        assert "boris" in queue_lines(app)[2] and "Новый запрос" in queue_lines(app)[1]
        assert reloads == []  # moved in place, not read again


async def test_the_cursor_stays_on_its_request_when_the_order_changes(office, desk) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("down", "down")
        assert app.table.selected == 1
        open_request(desk, at="2026-11-24T12:00", category="emergency", subject="Срочно")  # due Tue 14:00: first
        app.tick()
        await pilot.pause()
        assert app.model.order()[0] == 4
        assert app.table.selected == 1


async def test_a_changed_policy_changes_the_countdowns(office, desk) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        desk("policy", "set", "targets.emergency", "60")
        app.tick()
        await pilot.pause()
        # #2 was queued Tue 17:20: an hour of business time ends Wed 09:20, 40 minutes ago.
        line = next(line for line in queue_lines(app) if line.split()[0] == "#2")
        assert "-0h 40m 00s" in line


async def test_keys_typed_in_a_burst_after_slash_go_to_the_filter(office) -> None:
    """A fast typist (or a paste) sends / and the words at once, before the box has the
    focus; the words must reach the filter, not trigger the queue's action keys."""
    from textual import events

    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        for key, character in (("slash", "/"), ("a", "a"), ("c", "c"), ("x", "x"), ("space", " ")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        assert app.queue_screen.query_one("#filter").value == "acx "
        assert app.status == ""  # no assign, clarification or close was started
        await pilot.press("z")  # and the next key adds to them rather than replacing them
        assert app.queue_screen.query_one("#filter").value == "acx z"


async def test_an_empty_queue_says_so_and_actions_say_there_is_nothing(desk, isolation) -> None:
    from tests.cli.test_requests import add_license

    add_license(desk)
    app = make_app(isolation / "desk.db")
    async with running(app) as pilot:
        await pilot.pause()
        assert "No open requests." in screen_text(app) and "0 open" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert app.status == "no request here: the queue shows none"
        await pilot.press("slash", *"zzz")
        await pilot.pause()
        assert "Nothing matches the filter" in screen_text(app)


async def test_tags_show_after_the_subject_and_filter_like_desk_queue_tag(office, desk) -> None:
    desk("tag", "2", "+vip", "+1с-обмен")
    desk("tag", "1", "+vip")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        assert "Сайт не открывается [1с-обмен, vip]" in queue_lines(app)[1]
        await pilot.press("slash", *"tag:VIP", "enter")
        await pilot.pause()
        assert app.model.order()[:app.table.count] == [r["id"] for r in desk.json("queue", "--tag", "vip", "--json")]
        await pilot.press("slash", "ctrl+u", *"tag:-x", "enter")
        await pilot.pause()
        assert "tag '-x' is not valid" in screen_text(app)


async def test_a_row_shows_the_flag_and_the_assignee(office, desk) -> None:
    """The ⚑ column marks a request intake flagged (as desk queue's flags), the last column
    its assignee, "-" when no one has it."""
    flagged = open_request(desk, at="2026-11-25T09:30", subject="Перенос сайта",
                           body="И ещё перенесите сайт на другой хостинг, пожалуйста. Когда сможете?")
    assert [f["code"] for f in flagged["flags"]] == ["out_of_scope"]
    desk("assign", "2", "boris")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        rows = {int(line.split()[0][1:]): line for line in queue_lines(app)}
        assert " usage  1 ⚑ Перенос сайта" in rows[flagged["id"]] and rows[flagged["id"]].endswith(" -")
        assert "⚑" not in rows[2] and rows[2].endswith(" boris")


@pytest.mark.parametrize("width", [120, 140, 200, 260])
async def test_a_wide_screen_shows_a_long_customer_name_whole(desk, isolation, width) -> None:
    """TUI QA: at 200 columns "ООО «ТехноСервис Плюс»" was cut beside a subject column with
    130 cells to spare. Each column still lines up, and the row fills the width exactly."""
    from tests.cli.test_requests import add_license

    customer = "ООО «ТехноСервис Плюс»"
    add_license(desk, number="HC-1006", customer=customer)
    open_request(desk, license="HC-1006", subject="Пустая корзина")
    app = make_app(isolation / "desk.db")
    async with running(app, size=(width, 24)) as pilot:
        await pilot.pause()
        [line] = queue_lines(app)
        if width >= 200:
            assert f"HC-1006 {customer}" in line
        else:
            assert "HC-1006 ООО" in line
        assert app.table.render_line(0).cell_length == width


async def test_a_request_whose_customer_confirmed_the_fix_is_marked_as_in_desk_queue(office, desk) -> None:
    """The review: "ready to close" showed only in JSON, while the request's clock ran on
    towards the overdue report."""
    desk("reply", "2", "--customer", "--body", "Разобрались сами, всё работает.")
    table = desk("queue").stdout
    [row] = [line for line in table.splitlines() if line.lstrip().startswith("#2")]
    assert "✓ Сайт не открывается" in row
    assert "✓ the customer confirmed the fix: desk close ID" in table
    assert "✓" not in [line for line in table.splitlines() if line.lstrip().startswith("#3")][0]
    overdue = desk("queue", "--overdue", env={"DESK_NOW": "2026-11-25T11:00:00+03:00"}).stdout
    [cron] = [line for line in overdue.splitlines() if line.lstrip().startswith("#2")]
    assert cron.endswith("(ready to close: the customer confirmed the fix)")
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.pause()
        lines = {line.split()[0]: line for line in queue_lines(app)}
        assert " ✓ " in lines["#2"] and " ✓ " not in lines["#3"]
