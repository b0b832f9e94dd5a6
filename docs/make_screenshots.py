"""The SVG screenshots of ``desk tui`` that the README shows, made from the demo desk.

    python docs/make_screenshots.py

Runs the screen headless at 80x24 over a fresh ``desk demo`` database with a fixed clock,
so the pictures change only when the screen does.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = "2026-11-25T12:00:00+03:00"


async def shoot(db: Path) -> None:
    from deskcli import settings
    from deskcli.services.context import Context
    from deskcli.tui.app import DeskApp
    from deskcli.tui.countdown import FixedClock

    desk = Context(db_path=db, settings=settings.build(db.parent / "config.toml", {}), agent="anna",
                   now=dt.datetime.fromisoformat(NOW))
    app = DeskApp(desk, clock=FixedClock(desk.now), poll_seconds=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.save_screenshot("tui-queue.svg", str(HERE))
        await pilot.press("slash", *"cat:usage", "enter")
        await pilot.pause()
        app.save_screenshot("tui-filter.svg", str(HERE))
        await pilot.press("slash", "escape", "down", "down", "enter")
        await pilot.pause()
        app.save_screenshot("tui-request.svg", str(HERE))
        await pilot.press("r", *"Проверьте права на папку upload: 755 для папок, 644 для файлов.")
        await pilot.pause()
        app.save_screenshot("tui-reply.svg", str(HERE))
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        app.save_screenshot("tui-help.svg", str(HERE))


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        db = Path(directory) / "demo.db"
        env = {**os.environ, "DESK_NOW": NOW, "DESK_AGENT": "anna", "DESK_CONFIG": str(Path(directory) / "c.toml")}
        env.pop("NO_COLOR", None)  # the pictures show the colours
        subprocess.run([sys.executable, "-m", "deskcli", "demo", "--path", str(db)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        os.environ.pop("NO_COLOR", None)
        os.environ.update({"DESK_NOW": NOW, "DESK_AGENT": "anna"})
        asyncio.run(shoot(db))
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("tui-*.svg"))))


if __name__ == "__main__":
    main()
