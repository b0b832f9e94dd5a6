"""The queue on screen: one line per open request, drawn only for the lines that show.

A Line API widget: Textual asks for screen line ``y`` and gets the request at
``scroll_y + y``, read through the model a page at a time, so 100,000 open requests cost
what the 20 on screen cost. The countdowns are worked out at drawing time from the
screen's clock.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from deskcli.domain.named import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from deskcli.domain.calendar import BusinessCalendar
from deskcli.output import clean_text
from deskcli.store.live_queue import QueueRow
from deskcli.store.repository import utc_text
from deskcli.tui.countdown import countdown_text, urgency
from deskcli.tui.model import QueueModel

SHORT_CATEGORY = {"emergency": "emerg", "usage": "usage", "installation": "inst", "technical": "tech"}
URGENCY_STYLE = {"ok": Style(color="green"), "warning": Style(color="yellow"),
                 "overdue": Style(color="red", bold=True)}
#: Without colour (NO_COLOR) Textual draws every colour as a grey of its lightness, and red
#: is nearly the background's: the countdowns that matter most stand out by weight instead.
URGENCY_STYLE_PLAIN = {"ok": Style(), "warning": Style(bold=True), "overdue": Style(bold=True, reverse=True)}


def urgency_style(level: str, no_color: bool) -> Style:
    return (URGENCY_STYLE_PLAIN if no_color else URGENCY_STYLE)[level]
FLAG_STYLE = Style(color="magenta")
READY_STYLE = Style(color="green", bold=True)
TAG_STYLE = Style(color="cyan")
#: However many tags a request carries, its subject keeps this much of the line.
SUBJECT_KEPT = 12
#: Wide enough for ``-99h 59m 59s`` and ``-1234h 05m``.
SLA_WIDTH = 12


class Column(NamedTuple):
    name: str
    width: int
    right: bool = False


def layout(width: int, id_width: int) -> list[Column]:
    """The columns at ``width`` cells: everything fits at 80; a wide terminal adds the
    license and customer and spells categories out. The subject takes what is left, and
    past 140 cells shares it: a customer's name and an assignee's are cut no more than
    they must be (TUI QA: "ООО «ТехноСерви…" at 200 columns, beside 130 empty ones)."""
    wide = width >= 110
    spare = max(0, width - 140)
    columns = [Column("ID", id_width, True), Column("SLA", SLA_WIDTH, True),
               Column("Category" if wide else "Cat", 12 if wide else 5), Column("L", 2, True), Column("⚑", 1)]
    tail = [Column("Assignee", 10 + min(8, spare // 6))]
    if wide:
        tail.insert(0, Column("License / customer", 24 + min(24, spare // 3)))
    fixed = sum(c.width for c in columns + tail) + len(columns + tail)
    return [*columns, Column("Subject", max(8, width - fixed)), *tail]


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` in exactly ``width`` cells, cut with an ellipsis when it is longer."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    return text.rjust(width - cell_len(text) + len(text)) if right else set_cell_size(text, width)


def header_line(columns: list[Column]) -> str:
    return " ".join(fit(c.name, c.width, c.right) for c in columns)


class QueueTable(ScrollView, can_focus=True):
    """The live queue; a cursor marks the request the action keys act on."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"queue-table--cursor"}
    DEFAULT_CSS = """
    QueueTable { height: 1fr; scrollbar-size-vertical: 1; overflow-x: hidden; }
    QueueTable > .queue-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
                                        text-style: bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", show=False),
        Binding("down,j", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown,space", "page_down", show=False),
        Binding("home,g", "first", show=False),
        Binding("end,G", "last", show=False),
        Binding("enter", "open", show=False),
    ]

    class Opened(Message):
        def __init__(self, request_id: int) -> None:
            super().__init__()
            self.request_id = request_id

    def __init__(self, model: QueueModel, calendar: BusinessCalendar, now: dt.datetime, **kwargs) -> None:
        super().__init__(**kwargs)
        self.model = model
        self.calendar = calendar
        self.now = now
        self.cursor = 0
        self.count = model.count(utc_text(now) or "")
        self._drawn: tuple = ()
        self._layout: tuple | None = None

    # -- what is shown ------------------------------------------------------------

    def columns(self) -> list[Column]:
        key = (self.size.width, len(str(self.model.highest)))
        if self._layout is None or self._layout[0] != key:
            # One cell is left for the scroll bar.
            self._layout = (key, layout(self.size.width - 1, max(3, key[1] + 1)))
        return self._layout[1]

    @property
    def selected(self) -> int | None:
        return self.model.id_at(self.cursor) if self.count else None

    def countdown(self, row: QueueRow) -> tuple[str, str]:
        if row.due_at is None or row.due_at == "":
            return "-", "overdue"
        due = dt.datetime.fromisoformat(row.due_at)
        seconds = self.calendar.business_seconds_between(self.now, due)
        overdue = due < self.now
        return countdown_text(seconds, overdue), urgency(seconds, overdue)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        base = self.rich_style
        if index >= self.count:
            if index == 0:
                empty = "Nothing matches the filter (/ then escape clears it)." if self.model.filtered \
                    else "No open requests."
                return Strip([Segment(" " + empty, base)]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        row = self.model.row(index)
        if row is None:
            return Strip.blank(width, base)
        cursor = index == self.cursor
        line_style = base + self.get_component_rich_style("queue-table--cursor") if cursor else base
        sla, level = self.countdown(row)
        cells = {
            "ID": f"#{row.id}", "SLA": sla, "Category": row.category, "Cat": SHORT_CATEGORY.get(row.category, row.category),
            # the customer confirmed the fix (it waits only to be closed) before an intake flag
            "L": str(row.line), "⚑": "✓" if row.ready else "⚑" if row.flagged else "", "Subject": row.subject,
            "License / customer": f"{row.license} {row.customer}".strip(), "Assignee": row.assignee or "-",
        }
        segments = []
        for number, column in enumerate(self.columns()):
            if number:
                segments.append(Segment(" ", line_style))
            if column.name == "Subject" and row.tags:
                segments.extend(self._subject_and_tags(row, column.width, line_style))
                continue
            text = fit(clean_text(cells[column.name], single_line=True), column.width, column.right)
            style = line_style
            if column.name == "SLA":
                style = line_style + urgency_style(level, self.app.no_color)
            elif column.name == "⚑":
                style = line_style + (READY_STYLE if row.ready else FLAG_STYLE)
            segments.append(Segment(text, style))
        strip = Strip(segments)
        return strip.crop_extend(0, width, line_style)

    @staticmethod
    def _subject_and_tags(row: QueueRow, width: int, style: Style) -> list[Segment]:
        """The subject, then its tags in brackets; the tags give way to the subject first."""
        tags = clean_text(" [" + ", ".join(row.tags) + "]", single_line=True)
        room = min(cell_len(tags), max(0, width - SUBJECT_KEPT))
        subject = clean_text(row.subject, single_line=True)
        shown = fit(subject, width - room) if cell_len(subject) > width - room else subject
        return [Segment(shown, style), Segment(fit(tags, width - cell_len(shown)), style + TAG_STYLE)]

    # -- the clock and changes ------------------------------------------------------

    def update(self, now: dt.datetime, *, changed: bool = False) -> None:
        """A new second, or new data: redraw only when something on screen is different."""
        self.now = now
        count = self.model.count(utc_text(now) or "")
        if count != self.count or changed:
            self.count = count
            self.virtual_size = Size(self.size.width, count)
            self.cursor = min(self.cursor, max(0, count - 1))
            self._drawn = ()
        drawn = self._visible_countdowns()
        if drawn != self._drawn:
            self._drawn = drawn
            self.refresh()

    def _visible_countdowns(self) -> tuple:
        top = self.scroll_offset.y
        shown = []
        for index in range(top, min(self.count, top + self.size.height)):
            row = self.model.row(index)
            shown.append((row, self.countdown(row)) if row else None)
        return (self.cursor, top, tuple(shown))

    def follow(self, request_id: int | None) -> None:
        """Keep the cursor on this request after the order changed, if it is still shown."""
        if request_id is not None:
            index = self.model.index_of(request_id)
            if index is not None and index < self.count:
                self.move_to(index)
                return
        self.move_to(min(self.cursor, max(0, self.count - 1)))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.count)
        self._drawn = ()
        self.refresh()

    # -- moving ---------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        index = max(0, min(index, self.count - 1)) if self.count else 0
        self.cursor = index
        height = max(1, self.size.height)
        top = self.scroll_offset.y
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)
        self._drawn = ()
        self.refresh()

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.size.height - 1))

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.size.height - 1))

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(self.count - 1)

    def action_open(self) -> None:
        if self.selected is not None:
            self.post_message(self.Opened(self.selected))

    def on_click(self, event: Click) -> None:
        index = self.scroll_offset.y + event.y
        if index < self.count:
            self.move_to(index)
            if event.chain >= 2:
                self.action_open()
