"""Keys that arrive faster than the screen applies them (a loaded machine, a terminal that
does not bracket a paste, a text expander): the key that sends a text acts on every key
typed before it, never on the part of them applied so far (review day 26: a reply stored
and mailed cut off at 62 of 129 characters)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.tui.conftest import make_app, running
from tests.tui.test_sending import settle, typed_text

#: Long enough that the text box is still working through it when the last key comes in.
TEXT = ("Проверьте настройки: Система → Кеш → очистить всё. Затем откройте страницу снова и "
        "пришлите скриншот ошибки, если она повторится.")


def burst(app, *keys: str) -> None:
    """``keys`` handed to the screen at once, none of them waited for: as a terminal under load
    delivers them. A one-character key is typed as that character."""
    from textual import events

    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


class Sending(NamedTuple):
    name: str
    opening: tuple[str, ...]
    send: str
    #: Where the text ends up: (the command that shows it, a function of its JSON).
    stored: tuple[str, ...]


SENDING = [
    Sending("reply", ("r",), "ctrl+s", ("show", "3", "--json")),
    Sending("internal note", ("n",), "ctrl+s", ("show", "3", "--json")),
    Sending("clarification", ("c",), "ctrl+s", ("show", "3", "--json")),
    Sending("close with a resolution", ("x",), "enter", ("show", "3", "--json")),
]


@pytest.mark.parametrize("case", SENDING, ids=[case.name for case in SENDING])
async def test_a_text_typed_in_a_burst_is_sent_whole(office, desk, case) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press(*case.opening)
        await pilot.pause()
        burst(app, *TEXT, case.send)
        await settle(pilot, lambda: app.status and app.saving is None)
        assert app.status.startswith("#3:"), app.status
    shown = desk.json(*case.stored)
    stored = shown["resolution"] if case.send == "enter" else shown["messages"][-1]["body"]
    assert stored == TEXT


async def test_a_text_dropped_with_escape_in_a_burst_is_kept_whole(office, desk) -> None:
    before = desk.json("show", "3", "--json")["messages"]
    app = make_app(office)
    async with running(app) as pilot:
        await pilot.press("r")
        await pilot.pause()
        burst(app, *TEXT, "escape")
        await settle(pilot, lambda: app.screen is app.queue_screen and app.status)
        assert "kept" in app.status, app.status
        await pilot.press("r")
        await pilot.pause()
        assert typed_text(app) == TEXT
    assert desk.json("show", "3", "--json")["messages"] == before
