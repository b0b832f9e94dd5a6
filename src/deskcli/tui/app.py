"""``desk tui``: the agent's screen. A live queue, a request at a keypress, every action by key.

The application owns the desk Context, the clock and the queue model. Once a second it
moves the clock on and asks SQLite whether anyone committed (``PRAGMA data_version``);
only then does it read. Actions go through ``tui.flows`` and ``tui.actions`` to the same
services as the commands, each with a Context whose "now" is the screen's clock, in a
thread of its own so a write waiting for the database lock never stops the screen.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from deskcli.domain.errors import DeskError
from deskcli.env import DESK_DEBUG
from deskcli.output import clean_text
from deskcli.services.context import Context
from deskcli.store import live_queue
from deskcli.tui.countdown import LiveClock
from deskcli.tui.editing import INTERRUPTED
from deskcli.tui.model import SMALL_QUEUE, QueueModel, read_texts
from deskcli.tui.query import from_options, parse
from deskcli.tui.queue_screen import QueueScreen
from deskcli.tui.queue_view import QueueTable
from deskcli.tui.request_screen import RequestScreen
from deskcli.tui.text import plain

#: Requests read before the first paint; the rest of the order right after it.
FIRST_PAGE = 100
#: A bug in deskcli (EX_SOFTWARE), the exit code every command gives one (SPEC 6).
INTERNAL = 70

CSS = """
#topbar { height: 1; background: $panel; }
#header { height: 1; color: $text-muted; }
#sla { height: 1; }
#filter { height: 1; }
#status { height: auto; max-height: 3; color: $text-muted; }
#status.-error { color: $error; text-style: bold; }
#keys { height: 1; background: $panel; }
#detail { height: 1fr; }
"""


class DeskApp(App[None]):
    TITLE = "desk"
    CSS = CSS
    ENABLE_COMMAND_PALETTE = False
    #: Ctrl-C quits from anywhere, even from a text box that would take it as "copy".
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+c", "interrupt", "quit", show=False, priority=True)]

    def __init__(self, desk: Context, *, clock: Callable[[], dt.datetime] | None = None,
                 filter_text: str = "", poll_seconds: float = 1.0) -> None:
        super().__init__()
        self.desk = desk
        self.now = clock or LiveClock(desk.now)
        self.poll_seconds = poll_seconds
        self.model = QueueModel(desk.repo, first_page=FIRST_PAGE)
        self._policy_version = live_queue.policy_version(desk.repo)
        self._status: tuple[str, bool] = ("", False)
        #: The request whose action is being written (in a thread), if one is.
        self.saving: int | None = None
        #: The exit code asked for (q, Ctrl-C) while a write was under way: the screen
        #: closes when the write ends, never in the middle of it.
        self.quitting: int | None = None
        #: What the screen says on stderr once it has closed (the write that ended as it quit).
        self.farewell = ""
        #: What a bug that closed the screen leaves on stderr: its error line (a traceback first with DESK_DEBUG).
        self.crash: list[str] = []
        #: Messages dropped with escape (or ctrl+c), by (request, kind): the next composer starts from them.
        self.drafts: dict[tuple[int, str], str] = {}
        self._tick_error = ""
        self.table = QueueTable(self.model, desk.calendar, self.now())
        self.queue_screen = QueueScreen(self.table, filter_text)
        self._set_query(filter_text)
        #: Whether the first screenful has been drawn (the queue is read after the first
        #: refresh, so the window shows at once even over a big desk).
        self.painted = False

    # -- the screens ----------------------------------------------------------------

    def on_mount(self) -> None:
        self._close_on_stop_signals()
        self.push_screen(self.queue_screen)
        self.set_interval(self.poll_seconds, self.tick)
        self.call_after_refresh(self._first_paint_done)

    def _close_on_stop_signals(self) -> None:
        """SIGTERM and SIGHUP close the screen as q does (exit 128 + the signal), so the
        terminal is given back before the line saying why (raised from a handler, the stop
        could beat that, and the line was lost with the screen's buffer: tmux test, under load)."""
        import asyncio
        import signal

        try:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGHUP):
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    loop.add_signal_handler(signum, self.quit, 128 + signum)
        except (RuntimeError, ValueError, NotImplementedError):
            pass

    def _first_paint_done(self) -> None:
        self.show()
        self.painted = True
        if self.model.partial:
            self.call_after_refresh(self._complete_order)

    def _complete_order(self) -> None:
        selected = self.table.selected
        self.model.complete()
        self.show(changed=True, follow=selected)

    def show(self, *, changed: bool = False, follow: int | None = None) -> None:
        now = self.now()
        self.table.update(now, changed=changed)
        if changed:
            self.table.follow(follow)
        if self.queue_screen.is_mounted:
            self.queue_screen.show_topbar(now, zone=self.desk.zone, searching=self.model.searching,
                                          problems=self._problems)
        for screen in self.screen_stack:
            if isinstance(screen, RequestScreen):
                screen.tick(now)

    def tick(self) -> None:
        """Once a second: the clock moves, and whatever another agent committed shows. A
        database that cannot be read just now is said on the status line, and the next
        tick tries again: the screen stays up."""
        from deskcli.store.db import storage_errors

        selected = self.table.selected
        try:
            with storage_errors(self.desk.db_path):
                changed = self.model.poll()
                if changed:
                    self._adopt_policy_changes()
                    for screen in self.screen_stack:
                        if isinstance(screen, RequestScreen):
                            self._reload(screen)
                self.show(changed=changed, follow=selected)
        except DeskError as exc:
            self._tick_error = f"error: {exc}"
            self.report(self._tick_error, error=True)
            return
        if self._tick_error and self.status == self._tick_error:
            self.report("")  # read again: the error is over
        self._tick_error = ""

    def _adopt_policy_changes(self) -> None:
        """Another agent changed the policy: its calendar and targets count from now on."""
        version = live_queue.policy_version(self.desk.repo)
        if version != self._policy_version:
            self._policy_version = version
            self.desk = self.acting_context()
            self.table.calendar = self.desk.calendar

    def open_request(self, request_id: int) -> None:
        try:
            self.desk.repo.request(request_id)
        except DeskError as exc:
            self.report(f"error: {exc}", error=True)
            return
        self.push_screen(RequestScreen(request_id))

    def _reload(self, screen: RequestScreen) -> None:
        try:
            screen.reload()
        except DeskError as exc:
            self.report(f"error: {exc}", error=True)

    # -- the filter -------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        selected = self.table.selected
        self._set_query(text)
        self.show(changed=True, follow=selected)

    def _set_query(self, text: str) -> None:
        query = parse(text, me=self.desk.agent)
        self._problems = query.problems
        self.model.set_query(query)
        if self.model.needs_texts:
            if self.model.total <= SMALL_QUEUE:
                self.model.load_texts()
            else:
                self.run_worker(self._read_texts, thread=True, group="texts", exclusive=True)

    def _read_texts(self) -> tuple[dict[int, str], int]:
        """In a thread, on its own read-only connection: the first search over a big queue."""
        from deskcli.store.repository import Repository

        repo = Repository(self.desk.db_path, write=False)
        try:
            return read_texts(repo)
        finally:
            repo.close()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        result = event.worker.result
        if event.worker.group == "texts" and event.state is WorkerState.SUCCESS and result and self.model.needs_texts:
            selected = self.table.selected
            texts, as_of_event = result
            self.model.adopt_texts(texts, as_of_event)
            self.show(changed=True, follow=selected)

    # -- actions --------------------------------------------------------------------

    def start(self, name: str, request_id: int | None) -> None:
        from deskcli.tui.flows import FLOWS

        if request_id is None:
            self.report("no request here: the queue shows none", error=True)
            return
        if self.saving is not None:
            # A new flow would cancel the one waiting for its write, and with it the text
            # it gives back should the write fail.
            self.report(f"wait: #{self.saving} is still being saved")
            return
        self.report("")  # what the last action said is not about this one (review: a stale "cancelled")

        async def guarded() -> None:
            try:
                await FLOWS[name](self, request_id)
            except DeskError as exc:
                self.report(f"error: {exc}", error=True)

        self.run_worker(guarded(), group="action", exclusive=True)

    def acting_context(self, *, said: list[str] | None = None) -> Context:
        """The desk Context of this second. ``said``: the Context gets a connection of its
        own (to be used in one thread and closed), and what the services say on the way
        (mail queued, a warning) is collected there for the status line."""
        desk = self.desk
        if said is None:
            return Context(db_path=desk.db_path, settings=desk.settings, agent=desk.agent, now=self._second(),
                           writes=True, repo=desk.repo, warn=self._warned, notice=self._warned)
        return Context(db_path=desk.db_path, settings=desk.settings, agent=desk.agent, now=self._second(),
                       writes=True, warn=lambda message: said.append(f"warning: {message}"), notice=said.append)

    def _second(self) -> dt.datetime:
        return self.now().astimezone(self.desk.zone).replace(microsecond=0)

    async def perform(self, request_id: int, action: Callable[[Context], str]) -> str:
        """Run one action with the Context of this second and report its line or its error;
        the error line, or "" when it was done.

        The action runs in a thread on a connection of its own: while another agent holds
        the write lock (up to ``WRITE_WAIT_SECONDS``) the clock, the queue and the keys go on."""
        said: list[str] = []
        desk = self.acting_context(said=said)
        self.saving = request_id
        self.report(f"#{request_id}: saving… waiting for the database")
        try:
            worker = self.run_worker(partial(self._attempt, desk, action), thread=True, group="write")
            done, failed = await worker.wait()
        finally:
            self.saving = None
        quitting, self.quitting = self.quitting, None
        if failed:
            if quitting is not None:  # the screen stays: what the agent wrote is given back
                failed += "; nothing was saved, so the screen stayed open"
            self.report(failed, error=True)
            return failed
        self.report("; ".join([done, *said]))
        if quitting is not None:
            self.farewell = f"notice: {self.status}"
            self.exit(return_code=quitting)
            return ""
        self.after_change()
        return ""

    def goodbye(self) -> list[str]:
        """What the screen says on stderr once it has closed: the write that ended as it
        quit, and the drafts kept for this screen only, so nobody looks for them later."""
        lines = [self.farewell] if self.farewell else []
        if self.drafts:
            unsent = ", ".join(f"#{request_id}" for request_id in sorted({request_id for request_id, _ in self.drafts}))
            lines.append(f"notice: text written and not sent (dropped with escape or ctrl+c) was not kept ({unsent})")
        return lines + self.crash

    def _fatal_error(self) -> None:
        """An error no handler took: a bug. Textual's own report is a traceback listing every
        frame's local variables (the access view's password among them) with exit 1; the screen
        closes with the line every command gives a bug (exit 70), and with DESK_DEBUG a plain
        traceback, without locals, before it."""
        import traceback

        if not self.crash:  # the first error is the one to tell
            if os.environ.get(DESK_DEBUG) not in (None, "", "0"):
                self.crash.append(traceback.format_exc().rstrip("\n"))
            name = type(sys.exc_info()[1]).__name__
            self.crash.append(f"error: unexpected {name}; run with {DESK_DEBUG}=1 for details")
        self.exit(return_code=INTERNAL)
        self._close_messages_no_wait()

    def quit(self, code: int = 0) -> None:
        """Close the screen (q, Ctrl-C); while a write is under way, once it has ended: a write
        cut off would still be committed after the screen had gone, or not, unsaid."""
        if self.saving is None:
            self.exit(return_code=code)
            return
        self.quitting = code
        self.report(f"#{self.saving}: still saving; the screen closes as soon as the database answers")

    def _attempt(self, desk: Context, action: Callable[[Context], str]) -> tuple[str, str]:
        """In the write thread: (the action's line, "") or ("", the error line)."""
        from deskcli.store.db import storage_errors

        try:
            with storage_errors(desk.db_path):
                return action(desk), ""
        except DeskError as exc:
            from deskcli.tui.actions import for_the_screen

            return "", for_the_screen(f"error: {exc}")
        except Exception as exc:
            if os.environ.get(DESK_DEBUG) not in (None, "", "0"):
                raise
            return "", f"error: unexpected {type(exc).__name__}; run with {DESK_DEBUG}=1 for details"
        finally:
            desk.close()

    def after_change(self) -> None:
        selected = self.table.selected
        self.model.sync()
        for screen in self.screen_stack:
            if isinstance(screen, RequestScreen):
                self._reload(screen)
        self.show(changed=True, follow=selected)

    def _warned(self, message: str) -> None:
        self.report(f"warning: {message}")

    def report(self, message: str, *, error: bool = False) -> None:
        """The status line of every screen: one line, control characters made visible."""
        self._status = (clean_text(message, single_line=True), error)
        for screen in self.screen_stack:
            if isinstance(screen, (QueueScreen, RequestScreen)) and screen.is_mounted:
                self.show_status(screen)

    def show_status(self, screen: Any) -> None:
        status = screen.query_one("#status", Static)
        status.update(plain(self._status[0]))
        status.set_class(self._status[1], "-error")

    @property
    def status(self) -> str:
        return self._status[0]

    def on_key(self, event) -> None:
        # A printable key that reaches the application was taken by no widget and no binding.
        if event.is_printable and self.screen is self.queue_screen:
            self.queue_screen.catch_up_typing(event.character or "")

    def action_interrupt(self) -> None:
        """Ctrl-C quits; a window holding text the agent wrote decides how (the composer asks
        first when its text is unsent, review day 26: a draft was lost without a word)."""
        interrupt = getattr(self.screen, "interrupt", None)
        if interrupt is not None:
            interrupt()
            return
        self.quit(INTERRUPTED)

    async def action_quit(self) -> None:
        """Textual's own quit (ctrl+q) waits for a save under way too (review)."""
        self.quit()


def run(desk: Context, *, line: int | None = None, category: str | None = None, assignee: str | None = None,
        tag: str | None = None, overdue: bool = False, no_color: bool = False) -> int:
    """Run the screen, first filtered as the command line asked, until the agent quits;
    the exit code (0, or 130 after Ctrl-C). ``no_color``: as NO_COLOR (the personal file's
    color = "never")."""
    text = from_options(line=line, category=category, assignee=assignee, tag=tag, overdue=overdue)
    said = os.environ.get("NO_COLOR")
    if no_color:
        os.environ["NO_COLOR"] = "1"  # Textual reads it once, as the app is made
    try:
        app = DeskApp(desk, filter_text=text)
    finally:
        if said is None:
            os.environ.pop("NO_COLOR", None)  # an editor or pager started from the screen gets it as it was
    app.run()
    sys.stderr.writelines(line + "\n" for line in app.goodbye())
    return app.return_code or 0
