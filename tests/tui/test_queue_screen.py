"""The queue view: order, countdowns and their colours, filters, other agents' changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.cli.test_requests import open_request
from tests.tui.conftest import make_app, queue_lines, screen_text



async def test_the_queue_is_in_desk_queue_order_with_countdowns(office, desk) -> None:
    expected = [r["id"] for r in desk.json("queue", "--json")]
    app = make_app(office)
    async with app.run_test(size=(80, 24)) as pilot:
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
    async with app.run_test(size=(80, 24)) as pilot:
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
    segment = [s for s in app.table.render_line(y) if "h " in s.text][0]
    return segment.style.color.name


async def test_countdown_colours_are_those_of_desk_queue(office) -> None:
    app = make_app(office)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down")  # the cursor's own colours aside, each row keeps its countdown's colour
        assert [_sla_colour(app, y) for y in range(3)] == ["red", "yellow", "green"]
