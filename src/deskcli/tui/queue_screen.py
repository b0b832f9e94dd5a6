"""The queue screen: a bar saying what is shown, the column heads, the live queue, the
filter box (``/``), the status line and the keys."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Static

from deskcli.tui.keys import ScreenKeys, screen_bindings
from deskcli.tui.query import describe
from deskcli.tui.queue_view import QueueTable, header_line
from deskcli.tui.text import keys_text, plain


class QueueScreen(ScreenKeys, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "open", show=True),
        Binding("slash", "filter", "filter", show=True),
        Binding("o", "toggle_overdue", "overdue", show=False),
        *screen_bindings("queue"),
    ]

    def __init__(self, table: QueueTable, filter_text: str) -> None:
        super().__init__()
        self.table = table
        self.filter_text = filter_text

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="header", markup=False)
        yield self.table
        box = Input(value=self.filter_text, placeholder="filter: words, line:2 cat:usage @anna tag:x is:overdue",
                    compact=True, select_on_focus=False, id="filter")
        box.display = False
        yield box
        yield Static(id="status", markup=False)
        yield Static(keys_text("queue"), id="keys", markup=False)

    def on_mount(self) -> None:
        self.table.focus()
        self.show_header()

    def on_resize(self) -> None:
        self.show_header()

    def show_header(self) -> None:
        self.query_one("#header", Static).update(Text(header_line(self.table.columns()), style="bold"))

    def show_topbar(self, now: dt.datetime, *, zone: Any, searching: bool, problems: tuple[str, ...]) -> None:
        model = self.table.model
        shown = self.table.count
        counted = f"{shown:,} of {model.open_total:,} open" if model.filtered else f"{shown:,} open"
        parts = [counted]
        summary = describe(model.query)
        if summary:
            parts.append(summary)
        if searching:
            parts.append("searching…")
        if problems:
            parts.append("filter: " + "; ".join(problems))
        clock = now.astimezone(zone).strftime("%a %d %b %H:%M:%S")
        text = plain(" · ".join(parts))
        room = max(0, self.size.width - len(clock) - 1)
        text.truncate(room, overflow="ellipsis", pad=True)
        self.query_one("#topbar", Static).update(text + Text(" " + clock, style="bold"))

    # -- the filter box -------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        # At once, not after the next refresh: what is typed right after / belongs to the box.
        self.set_focus(box)
        box.cursor_position = len(box.value)

    def action_toggle_overdue(self) -> None:
        from deskcli.tui.query import toggle_overdue

        box = self.query_one("#filter", Input)
        box.value = toggle_overdue(box.value)
        self.app.set_filter(box.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.app.set_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            # The filter stays in force (the top bar says what it is); the box makes room.
            event.input.display = False
            self.set_focus(self.table)

    def on_key(self, event) -> None:
        box = self.query_one("#filter", Input)
        if event.key == "escape" and box.has_focus:
            event.stop()
            box.value = ""
            box.display = False
            self.set_focus(self.table)

    def catch_up_typing(self, character: str) -> bool:
        """A key typed straight after ``/`` went to the queue, which had the focus when the
        key arrived; it belongs to the filter box that has the focus now."""
        box = self.query_one("#filter", Input)
        if self.focused is not box:
            return False
        box.insert_text_at_cursor(character)
        return True

    def on_queue_table_opened(self, message: QueueTable.Opened) -> None:
        self.app.open_request(message.request_id)

    def current_request(self) -> int | None:
        return self.table.selected

    def action_open(self) -> None:
        self.table.action_open()
