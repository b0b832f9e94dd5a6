"""Ctrl-C with text the agent wrote and has not sent: asked first, never lost without a word
(review day 26: the open reply editor was dropped unsaid, exit 130, an empty stderr)."""

from __future__ import annotations

from tests.tui.conftest import Pasted, dump, make_app, press, running, screen_text
from tests.tui.test_bursts import burst
from tests.tui.test_sending import settle, typed_text

NOTICE = "notice: text written and not sent (dropped with escape or ctrl+c) was not kept (#3)"


async def test_ctrl_c_over_an_unsent_reply_asks_first_and_names_it_on_the_way_out(office) -> None:
    before = dump(office)
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+c")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert "Quit and drop the unsent reply to #3?" in screen_text(app)
        await press(pilot, "n")  # back to the text, every word of it
        await pilot.pause()
        assert typed_text(app) == "Очистите кеш модуля."
        await press(pilot, "space", "Y", "ctrl+c")
        await pilot.pause()
        assert app.is_running and "Quit and drop" in screen_text(app)
        await press(pilot, "y")
        await settle(pilot, lambda: app.return_code is not None)
    assert app.return_code == 130  # SPEC 6: interrupted, nothing changed
    assert app.goodbye() == [NOTICE]
    assert app.drafts == {(3, "agent"): "Очистите кеш модуля. Y"}
    assert dump(office) == before


async def test_ctrl_c_twice_quits_and_an_empty_editor_does_not_ask(office) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "n", "ctrl+c")  # nothing written: quits at once
        await settle(pilot, lambda: app.return_code is not None)
    assert app.return_code == 130 and app.goodbye() == []

    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "n")
        await pilot.pause()
        burst(app, *"Похоже на дефект", "ctrl+c")  # asked about the whole text, even in a burst
        await settle(pilot, lambda: "Quit and drop the unsent note on #3?" in screen_text(app))
        await press(pilot, "ctrl+c")
        await settle(pilot, lambda: app.return_code is not None)
    assert app.return_code == 130
    assert app.drafts == {(3, "internal"): "Похоже на дефект"} and app.goodbye() == [NOTICE]
