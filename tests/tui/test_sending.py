"""What the agent typed survives a write that fails, the screen stays live while another
writer holds the database, and the status line says what the write really did (a reply
is recorded and its mail queued, not "sent")."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from deskcli.domain.intake import RULE_TEXT
from deskcli.store import db
from tests.tui.conftest import Pasted, dump, make_app, press, running, screen_text, twin
from tests.tui.test_actions import down_to

LOCKED = "error: the database stayed locked by other writers; try again"


@contextlib.contextmanager
def another_writer(path: Path):
    """Another process's write transaction, held until the block ends (then rolled back)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


async def settle(pilot, done) -> None:
    """Pause until ``done()`` holds: the write runs in a thread, so one idle check may come
    before it ends. Bounded by a count of pauses, not by the clock."""
    for _ in range(2000):
        if done():
            return
        await pilot.pause(0.005)
    raise AssertionError("the screen never got there")


def typed_text(app) -> str:
    """The text of the dialog on top: the composer's message or the prompt's line."""
    from textual.widgets import Input, TextArea

    for widget in app.screen.query("TextArea, Input"):
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
    raise AssertionError(f"no text field on {app.screen!r}")


class Composing(NamedTuple):
    name: str
    command: list[str]
    #: The keys up to the text field, the text, and the key that sends it.
    opening: tuple[str, ...]
    text: str
    send: str
    #: After a failure the questions come back from the first, filled in: the keys that
    #: pass the ones before the text.
    again: tuple[str, ...] = ()


COMPOSING = [
    Composing("reply", ["reply", "3", "--body", "Очистите кеш: Система > Кеш."], ("r",),
              "Очистите кеш: Система > Кеш.", "ctrl+s"),
    Composing("clarification", ["reply", "3", "--customer", "--body", "Ошибка только у гостей, почему?"], ("c",),
              "Ошибка только у гостей, почему?", "ctrl+s"),
    Composing("internal note", ["reply", "3", "--internal", "--body", "Похоже на дефект импорта"], ("n",),
              "Похоже на дефект импорта", "ctrl+s"),
    Composing("close with a resolution", ["close", "3", "--resolution", "Кеш модуля сброшен"], ("x",),
              "Кеш модуля сброшен", "enter"),
    Composing("reject with a note", ["reject", "3", "--reason", "off_topic", "--note", "Вопрос не о модуле"],
              ("X", *down_to(RULE_TEXT, "off_topic"), "enter"), "Вопрос не о модуле", "enter", ("enter",)),
    Composing("escalate with a note", ["escalate", "3", "--note", "Нужен разработчик"], ("e", "enter"),
              "Нужен разработчик", "enter", ("enter",)),
    Composing("tags", ["tag", "3", "+vip", "+срочно"], ("t",), "+vip +срочно", "enter"),
]


@pytest.mark.parametrize("case", COMPOSING, ids=[case.name for case in COMPOSING])
async def test_a_write_that_fails_gives_the_text_back_and_the_retry_records_it(office, desk, isolation, monkeypatch,
                                                                            case) -> None:
    by_command = twin(office, isolation / "by-command.db")
    desk(*case.command, env={"DESK_DB": str(by_command)})
    monkeypatch.setattr(db, "WRITE_WAIT_SECONDS", 0.0)  # the lock is not waited for: the write fails at once
    before = dump(office)
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, *case.opening, Pasted(case.text))
        with another_writer(office):
            await press(pilot, case.send)
            await settle(pilot, lambda: app.status == LOCKED)
            await pilot.pause()
            assert dump(office) == before
            # The questions are back, saying why, with every word the agent typed.
            assert LOCKED in " ".join(screen_text(app).split())
            await press(pilot, *case.again)
            await pilot.pause()
            assert typed_text(app) == case.text
        await press(pilot, case.send)
        await settle(pilot, lambda: not app.status.startswith(("error", "#3: saving")))
        assert app.screen is app.queue_screen
    assert dump(office) == dump(by_command)


async def test_a_reply_to_a_request_another_agent_closed_meanwhile_keeps_its_text(office, desk) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "r", Pasted("Очистите кеш модуля и обновите страницу."))
        desk("close", "3", env={"DESK_AGENT": "bob"})
        before = dump(office)
        await press(pilot, "ctrl+s")
        await settle(pilot, lambda: app.status.startswith("error"))
        await pilot.pause()
        assert app.status == "error: request #3 is resolved: reopen it to answer, or add an internal note"
        assert typed_text(app) == "Очистите кеш модуля и обновите страницу."
        await press(pilot, "space", "X")  # the text given back goes on where it ended (concurrency QA)
        await pilot.pause()
        assert typed_text(app) == "Очистите кеш модуля и обновите страницу. X"
        await press(pilot, "escape")  # the agent gives up on it: now it is dropped
        await pilot.pause()
        assert app.screen is app.queue_screen
    assert dump(office) == before


async def test_the_screen_stays_live_while_another_writer_holds_the_database(office, desk, isolation) -> None:
    by_command = twin(office, isolation / "by-command.db")
    desk("reply", "3", "--body", "Очистите кеш модуля.", env={"DESK_DB": str(by_command)})
    before = dump(office)
    app = make_app(office)
    async with running(app) as pilot:
        assert app.table.selected == 3
        with another_writer(office):
            await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+s")
            await settle(pilot, lambda: app.status.startswith("#3: saving"))
            assert "waiting" in app.status
            # Keys still work and the queue still reads while the write waits for the lock.
            await press(pilot, "down")
            await pilot.pause()
            assert app.table.selected == 2
            app.tick()
            assert app.status.startswith("#3: saving")
            # Another action waits its turn rather than dropping the one in flight.
            await press(pilot, "x")
            await pilot.pause()
            assert app.screen is app.queue_screen and "wait" in app.status
            assert dump(office) == before
        await settle(pilot, lambda: app.status.startswith("#3: reply recorded"))
    assert dump(office) == dump(by_command)


async def test_the_status_line_says_a_reply_was_recorded_and_its_mail_queued(office, desk, isolation) -> None:
    desk("policy", "set", "mail.from", "support@example.ru")
    desk("license", "edit", "HC-1", "--email", "shop@example.ru")
    by_command = twin(office, isolation / "by-command.db")
    result = desk("reply", "3", "--body", "Очистите кеш модуля.", env={"DESK_DB": str(by_command)})
    notice = "mail to shop@example.ru queued (desk mail send delivers it)"
    assert f"notice: {notice}" in result.stderr
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+s")
        await settle(pilot, lambda: app.status.startswith("#3: reply"))
        assert app.status == f"#3: reply recorded; answered, the clock stopped; {notice}"
        assert "sent" not in app.status
        # The same message, but for the Message-ID each mail draws at random.
        assert [row[:-1] for row in dump(office)["messages"]] == [row[:-1] for row in dump(by_command)["messages"]]
        await pilot.pause()
        assert app.table.selected == 2  # #3, answered, left the queue
        await press(pilot, "x", "enter")  # #2 is HC-2's: no address, no mail, nothing said
        await settle(pilot, lambda: app.status.startswith("#2:"))
        assert app.status == "#2: resolved"


async def test_writes_between_the_screen_s_and_another_process_s_leave_a_sound_file(office) -> None:
    """The screen writes, another agent's command writes and ends, the screen writes again:
    the file stays sound (QA: the screen's second write corrupted it, 7 times in 7)."""
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+s")
        await settle(pilot, lambda: app.status.startswith("#3: reply"))
        done = subprocess.run([sys.executable, "-m", "deskcli", "--db", str(office), "--agent", "bob",
                               "assign", "2", "bob"], capture_output=True, text=True, env=os.environ.copy())
        assert done.returncode == 0, done.stderr
        # the screen still has the file open: the command was not its last user, so the log it
        # writes through is still there (deleted under it, the next write corrupted the file)
        assert os.path.exists(f"{office}-wal")
        await press(pilot, "x", Pasted("Обновление модуля поставлено"), "enter")
        await settle(pilot, lambda: app.status.startswith("#2: resolved"))
    check = sqlite3.connect(office)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT status, assignee FROM requests WHERE id = 2").fetchone() == ("resolved", "bob")
    finally:
        check.close()


@pytest.mark.parametrize(("key", "code"), [("q", 0), ("ctrl+c", 130), ("ctrl+q", 0)])
async def test_quitting_while_a_write_waits_closes_the_screen_once_it_is_saved(office, desk, isolation, key,
                                                                                code) -> None:
    """TUI QA: q or Ctrl-C while a write waited for another writer's lock ended in a traceback
    and exit 1, and the write was committed after the screen had gone, unsaid."""
    by_command = twin(office, isolation / "by-command.db")
    desk("reply", "3", "--body", "Очистите кеш модуля.", env={"DESK_DB": str(by_command)})
    before = dump(office)
    app = make_app(office)
    async with running(app) as pilot:
        with another_writer(office):
            await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+s")
            await settle(pilot, lambda: app.status.startswith("#3: saving"))
            await press(pilot, key)
            await pilot.pause()
            assert app.is_running and "still saving" in app.status and app.return_code is None
            assert dump(office) == before
        await settle(pilot, lambda: app.return_code is not None)
    assert app.return_code == code
    assert app.farewell.startswith("notice: #3: reply recorded")
    assert dump(office) == dump(by_command)


async def test_a_write_that_fails_while_quitting_keeps_the_screen_and_the_text(office) -> None:
    messages = dump(office)["messages"]
    app = make_app(office)
    async with running(app) as pilot:
        other = sqlite3.connect(office, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await press(pilot, "r", Pasted("Очистите кеш модуля."), "ctrl+s")
        await settle(pilot, lambda: app.status.startswith("#3: saving"))
        await press(pilot, "q")
        # the other writer resolves #3 meanwhile: the reply is refused when the lock is free
        other.execute("UPDATE requests SET status = 'resolved' WHERE id = 3")
        other.execute("COMMIT")
        other.close()
        await settle(pilot, lambda: app.status.startswith("error"))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.status == ("error: request #3 is resolved: reopen it to answer, or add an internal note; "
                              "nothing was saved, so the screen stayed open")
        assert typed_text(app) == "Очистите кеш модуля."
    assert dump(office)["messages"] == messages and app.farewell == ""


async def test_a_reply_to_a_request_a_colleague_answered_meanwhile_is_asked_about_first(office, desk) -> None:
    """Review day 26: olga answered #3 while the reply was being written, and ctrl+s mailed the
    customer a second answer unasked. Now the screen asks; no keeps the text, yes sends it."""
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "r", Pasted("Очистите кеш модуля."))
        # what the agent did elsewhere, or the customer wrote, is not asked about: only olga's answer
        desk("assign", "3", "me")
        desk("reply", "3", "--customer", "--body", "Ошибка всё ещё есть, вот лог.")
        desk("reply", "3", "--body", "Смотрим, ответим в течение часа.", env={"DESK_AGENT": "olga"})
        before = dump(office)
        await press(pilot, "ctrl+s")
        await settle(pilot, lambda: "send anyway?" in screen_text(app))
        assert "olga answered #3 at 10:00:00; send anyway?" in " ".join(screen_text(app).split())
        await press(pilot, "n")
        await settle(pilot, lambda: app.screen is app.queue_screen and "kept" in app.status)
        assert dump(office) == before
        await press(pilot, "number_sign", "3", "enter", "r")  # #3, answered, left the queue
        await pilot.pause()
        assert typed_text(app) == "Очистите кеш модуля."
        desk("reply", "3", "--body", "Уже посмотрели.", env={"DESK_AGENT": "olga"})
        await press(pilot, "ctrl+s")
        await settle(pilot, lambda: "send anyway?" in screen_text(app))
        await press(pilot, "y")
        await settle(pilot, lambda: app.status.startswith("#3: reply recorded"))
    bodies = [(m["author"], m["body"]) for m in desk.json("show", "3", "--json")["messages"]][-3:]
    assert bodies == [("olga", "Смотрим, ответим в течение часа."), ("olga", "Уже посмотрели."),
                      ("tester", "Очистите кеш модуля.")]


@pytest.mark.parametrize(("answer", "assignee"), [("y", "tester"), ("n", "olga")])
async def test_assigning_a_request_a_colleague_took_meanwhile_is_asked_about_first(office, desk, answer,
                                                                                 assignee) -> None:
    app = make_app(office)
    async with running(app) as pilot:
        await press(pilot, "a")
        desk("assign", "3", "me", env={"DESK_AGENT": "olga"})
        await press(pilot, "enter")
        await settle(pilot, lambda: "assign anyway?" in screen_text(app))
        assert "olga took #3 at 10:00:00; assign anyway?" in " ".join(screen_text(app).split())
        await press(pilot, answer)
        await settle(pilot, lambda: app.screen is app.queue_screen and app.saving is None
                     and "#3: saving" not in app.status and "error" not in app.status)
    assert desk.json("show", "3", "--json")["assignee"] == assignee

