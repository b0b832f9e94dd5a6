"""A real desk database, and the screen driven headless by Textual's Pilot over it.

The screen's clock is fixed (the ``FIXED_NOW`` of the isolation fixture unless a test
says otherwise), so countdowns, deadlines and history instants are known exactly.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
import sqlite3
from pathlib import Path

import pytest

from deskcli import settings
from deskcli.services.context import Context
from tests.cli.test_requests import add_license, open_request
from tests.conftest import FIXED_NOW

pytest.importorskip("textual")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Screen tests are coroutines (Pilot is async); run each in its own event loop, so
    no asyncio plugin is needed."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**arguments))
    return True


@pytest.fixture(autouse=True)
def _finer_idle_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot waits for the app to go idle after every key by sleeping in 20 ms slices until
    a slice passes with (almost) no CPU used. Slices of 5 ms keep the same test (CPU under
    a twentieth of the slice) and let a key through in a quarter of the time; the screens'
    work itself is not hurried, and a test starts only once the first screenful is drawn
    (``running``). Passed 6 times in a row beside two and three busy loops."""
    from textual import _wait

    monkeypatch.setattr(_wait, "SLEEP_GRANULARITY", _wait.SLEEP_GRANULARITY / 4)
    monkeypatch.setattr(_wait, "SLEEP_IDLE", _wait.SLEEP_IDLE / 4)


@contextlib.asynccontextmanager
async def running(app, size: tuple[int, int] = (80, 24)):
    """The app headless at ``size``, handed over once its first screenful is drawn: the
    queue is read after the first refresh, which an idle check alone may not wait for."""
    async with app.run_test(size=size) as pilot:
        for _ in range(500):
            if app.painted:
                break
            await pilot.pause(0.002)
        else:
            raise AssertionError("the screen never drew its first page")
        yield pilot


class Pasted(str):
    """Text the agent pastes into the focused field (Pilot types a key at a time, 40 ms each)."""


async def press(pilot, *keys: str) -> None:
    """Press ``keys`` in order; a ``Pasted`` item arrives as one paste into the focused field."""
    from textual import events

    typed: list[str] = []
    for key in keys:
        if isinstance(key, Pasted):
            if typed:
                await pilot.press(*typed)
                typed = []
            pilot.app.post_message(events.Paste(str(key)))
            await pilot.pause()
        else:
            typed.append(key)
    if typed:
        await pilot.press(*typed)


def context(db: Path, *, now: str = FIXED_NOW, agent: str = "tester") -> Context:
    zoned = dt.datetime.fromisoformat(now)
    return Context(db_path=db, settings=settings.build(db.parent / "config.toml", {}), agent=agent, now=zoned)


def make_app(db: Path, *, now: str = FIXED_NOW, filter_text: str = "", agent: str = "tester"):
    """The screen over ``db`` at a fixed instant; it polls only when a test calls tick()."""
    from deskcli.tui.app import DeskApp
    from deskcli.tui.countdown import FixedClock

    desk = context(db, now=now, agent=agent)
    return DeskApp(desk, clock=FixedClock(desk.now), filter_text=filter_text, poll_seconds=3600)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row a request's life touches, for comparing two desks or a desk with itself."""
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in ("requests", "messages", "events", "access", "licenses", "policy")}
    finally:
        conn.close()


def twin(db: Path, target: Path) -> Path:
    """A byte-for-byte copy of a desk (the WAL included), to run one action two ways."""
    source, copy = sqlite3.connect(db), sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.close()
    return target


_OFFICE: list[bytes] = []


@pytest.fixture
def office(desk, isolation) -> Path:
    """A desk with two licenses and three open requests; at ``FIXED_NOW`` (Wed 10:00) the
    queue is #3 overdue by an hour, #2 due in 20 business minutes, #1 due in 4 hours.

    Built by the commands once per test process; later tests start from a copy of its file."""
    path = isolation / "desk.db"
    if _OFFICE:
        path.write_bytes(_OFFICE[0])
        return path
    add_license(desk)
    add_license(desk, number="HC-2")
    open_request(desk, at="2026-11-25T09:00", category="usage", subject="Пустая корзина")        # due Wed 14:00
    open_request(desk, at="2026-11-24T17:20", category="emergency", subject="Сайт не открывается",
                 license="HC-2")                                                                # due Wed 10:20
    open_request(desk, at="2026-11-24T13:00", category="technical", subject="Ошибка импорта CSV")  # due Tue 18:00
    assert not path.with_name("desk.db-wal").exists(), "every command closes its connection"
    _OFFICE.append(path.read_bytes())
    return path


def screen_text(app) -> str:
    """The screen as a person would read it: one line of text per terminal row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def queue_lines(app) -> list[str]:
    table = app.table
    return [table.render_line(y).text.rstrip() for y in range(min(table.count, table.size.height))]
