"""The small windows an action asks through: a line of text, a choice, a message, the
credentials an agent asked to see, and the list of keys.

User text reaches the screen as Rich ``Text`` cleaned of control characters, never as
markup. Loaded on the first action, not at start-up (the text editor widget is not small).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from deskcli.domain.errors import DeskError
from deskcli.tui import keys as key_table
from deskcli.tui.query import SYNTAX
from deskcli.tui.editing import INTERRUPTED, edit_in_editor
from deskcli.tui.text import plain

DIALOG_CSS = """
Dialog { align: center middle; }
.dialog { width: 76; max-width: 100%; height: auto; max-height: 100%; border: round $accent;
          padding: 0 1; background: $surface; }
.dialog .title { text-style: bold; }
.dialog .hint { color: $text-muted; }
.dialog .problem { color: $error; text-style: bold; }
Composer .dialog { height: 20; }
Composer TextArea { height: 1fr; }
ChoicePrompt OptionList { height: auto; max-height: 14; }
HelpScreen .dialog { height: 100%; }
"""


Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """What every window over the screen shares: centred, framed, readable at 80 columns."""

    DEFAULT_CSS = DIALOG_CSS
    #: The rules name each dialog (Composer, HelpScreen...) themselves.
    SCOPED_CSS = False


class Question(Dialog[str | None]):
    """A dialog that asks something; asked again after a write failed, it says why above
    its hint (the status line is under the dialog)."""

    def __init__(self, *, problem: str = "") -> None:
        super().__init__()
        self._problem = problem

    def problem_line(self) -> Static:
        line = Static(plain(self._problem), classes="problem", id="problem", markup=False)
        line.display = bool(self._problem)
        return line

    def say(self, problem: str) -> None:
        line = self.query_one("#problem", Static)
        line.update(plain(problem))
        line.display = bool(problem)


class TextPrompt(Question):
    """One line of text; enter gives it, escape gives None (nothing happens).

    ``suggested``: ``value`` is the screen's suggestion, selected so the first key typed
    replaces it; otherwise it is text the agent wrote (given back after a failed write),
    and the cursor waits at its end: a key typed to correct it never wipes it all."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(self, title: str, *, value: str = "", hint: str = "", placeholder: str = "",
                 problem: str = "", check: Callable[[str], object] | None = None, suggested: bool = False) -> None:
        super().__init__(problem=problem)
        self._title, self._value, self._hint, self._placeholder = title, value, hint, placeholder
        self._suggested = suggested
        #: Raises DeskError for an answer refused at once, before the next question.
        self._check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._title), classes="title", markup=False)
            yield Input(value=self._value, placeholder=self._placeholder, select_on_focus=self._suggested,
                        id="answer")
            yield self.problem_line()
            yield Static(plain(self._hint or "enter: ok   escape: cancel"), classes="hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._check is not None:
            try:
                self._check(event.value)
            except DeskError as exc:
                self.say(f"error: {exc}")
                return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoicePrompt(Question):
    """A choice from a list of (value, label); escape gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(self, title: str, choices: list[tuple[str, str]], *, current: str | None = None,
                 problem: str = "") -> None:
        super().__init__(problem=problem)
        self._title, self._choices, self._current = title, choices, current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._title), classes="title", markup=False)
            options = [Option(plain(label), id=value) for value, label in self._choices]
            yield OptionList(*options, id="choices")
            yield self.problem_line()
            yield Static(plain("↑↓ choose   enter: ok   escape: cancel"), classes="hint", markup=False)

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        values = [value for value, _ in self._choices]
        if self._current in values:
            listing.highlighted = values.index(self._current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class MessageArea(TextArea):
    """The composer's text box, which reads the composer's own keys (send, $EDITOR, cancel)
    itself, in turn with the letters typed before them.

    Textual runs a priority binding the moment the key reaches the application, while the
    keys before it may still wait in this box's queue: ctrl+s as a priority binding sent
    the part of a fast burst applied so far (review day 26: 62 of 129 characters mailed).
    Read here, a key acts on the text every key before it has made, and no later one."""

    #: The composer's keys: its action for each (ctrl+e is TextArea's "end of line" too).
    COMMANDS: ClassVar[dict[str, str]] = {"ctrl+s": "send", "ctrl+e": "editor", "escape": "cancel"}

    class Command(Message):
        """A composer key, with the text as every key typed before it left it."""

        def __init__(self, action: str, text: str) -> None:
            super().__init__()
            self.action, self.text = action, text

    async def _on_key(self, event: events.Key) -> None:
        action = self.COMMANDS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()  # TextArea's own handling (and its ctrl+e) is not run
            self.command(action)

    def command(self, action: str) -> None:
        """Say ``action`` with the text as it is now, after the keys this box has applied."""
        self.post_message(self.Command(action, self.text))

    def in_turn(self, action: str) -> None:
        """``action`` once the keys already on their way to this box are applied (ctrl+c,
        read by the application before them)."""
        self.call_later(self.command, action)


class Composer(Question):
    """A message written in place: ctrl+s sends, escape drops it, ctrl+e continues it in
    the agent's $EDITOR and comes back here to read it over (an editor that fails leaves
    the message as it was and says why here).

    The keys are the text box's (``MessageArea``), read in order with the text; the
    bindings here only name them for the key bar and act when the box has not the focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "send", "send"),
        Binding("ctrl+e", "editor", "$EDITOR"),
        Binding("escape", "cancel", "cancel"),
    ]

    def __init__(self, title: str, *, text: str = "", context_lines: tuple[str, ...] = (),
                 problem: str = "", keep: Callable[[str], None] | None = None, what: str = "message") -> None:
        super().__init__(problem=problem)
        self._title, self._text, self.context_lines = title, text, context_lines
        #: Given what was written when escape drops it: a draft the next composer starts from.
        self._keep = keep
        #: What is written, as ctrl+c's question names it ("reply to #3").
        self._what = what

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._title), classes="title", markup=False)
            yield MessageArea(self._text, soft_wrap=True, tab_behavior="indent", id="message")
            yield self.problem_line()
            yield Static(plain("ctrl+s: send   ctrl+e: continue in $EDITOR   escape: cancel"
                               + (" (the text is kept)" if self._keep else "")), classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(MessageArea)
        area.move_cursor(area.document.end)  # text given back (a failed save, a draft) goes on where it ended
        area.focus()

    def on_message_area_command(self, message: MessageArea.Command) -> None:
        message.stop()
        if self.is_current:  # a second ctrl+s of a burst finds the composer gone
            {"send": self._send, "editor": self._editor, "cancel": self._cancel,
             "interrupt": self._interrupt}[message.action](message.text)

    def interrupt(self) -> None:
        """Ctrl-C (the application's key): quit, once the keys typed before it are in the text."""
        self.query_one(MessageArea).in_turn("interrupt")

    def action_send(self) -> None:
        self.query_one(MessageArea).in_turn("send")

    def action_editor(self) -> None:
        self.query_one(MessageArea).in_turn("editor")

    def action_cancel(self) -> None:
        self.query_one(MessageArea).in_turn("cancel")

    def _send(self, text: str) -> None:
        self.dismiss(text)

    def _cancel(self, text: str) -> None:
        if self._keep is not None and text.strip():
            self._keep(text)
        self.dismiss(None)

    def _interrupt(self, text: str) -> None:
        """Nothing written: the screen quits at once. Unsent text: asked first, as an editor
        asks before it drops a changed buffer; a second ctrl+c is the yes. Dropped, it is
        named on the way out, as a draft dropped with escape is."""
        quit_screen = self.app.quit  # type: ignore[attr-defined]
        if not text.strip():
            quit_screen(INTERRUPTED)
            return

        def answered(drop: bool | None) -> None:
            if not drop:
                self.query_one(MessageArea).focus()
                return
            if self._keep is not None:
                self._keep(text)
            quit_screen(INTERRUPTED)

        self.app.push_screen(YesNo(f"Quit and drop the unsent {self._what}?",
                                   "y or ctrl+c: quit, and what you wrote is lost   n or escape: back to it",
                                   interrupted=True), answered)

    def _editor(self, text: str) -> None:
        area = self.query_one(MessageArea)
        edited = edit_in_editor(self.app, text, self.context_lines)  # type: ignore[arg-type]
        if edited is not None:
            area.load_text(edited)
            area.move_cursor(area.document.end)
            self.say("")
        else:
            self.say(self.app.status)  # type: ignore[attr-defined]
        area.focus()


class YesNo(Dialog["bool | None"]):
    """A question answered y or n (escape: n). Ctrl-C answers ``interrupted``: yes to "quit?",
    None ("the screen is quitting") to a question whose no keeps text to name on the way out."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("y", "answer(True)", "yes", show=False),
                                             Binding("n,escape", "answer(False)", "no", show=False)]

    def __init__(self, question: str, hint: str, *, interrupted: bool | None = None) -> None:
        super().__init__()
        self._question, self._hint, self._interrupted = question, hint, interrupted

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self._question), classes="title", markup=False)
            yield Static(plain(self._hint), classes="hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def interrupt(self) -> None:
        self.dismiss(self._interrupted)


class AccessScreen(Dialog[None]):
    """Temporary credentials in clear, after the service recorded who looked; any key
    closes it, so they stay on screen no longer than the agent needs."""

    def __init__(self, request_id: int, access: dict[str, str]) -> None:
        super().__init__()
        self._request_id, self._access = request_id, access

    def compose(self) -> ComposeResult:
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column()
        for name, value in self._access.items():
            if value:  # no "written" row for access an agent typed in
                table.add_row(name, plain(value, single_line=False))  # the lines as the customer wrote them
        with Vertical(classes="dialog"):
            yield Static(plain(f"Temporary access for #{self._request_id}"), classes="title", markup=False)
            yield Static(table, markup=False)
            yield Static(plain("Your look is recorded in the request's history. Any key closes this."),
                         classes="hint", markup=False)

    def on_key(self, event) -> None:
        event.stop()
        self.dismiss(None)


def help_view() -> Group:
    """Every key, by where it works, then the filter syntax; made from the key table."""
    sections = [("On a request (queue or request view)", key_table.REQUEST_ACTIONS),
                ("Moving around", key_table.NAVIGATION), ("The screen", key_table.APPLICATION)]
    listed: list[tuple[str, list[tuple[str, str]]]] = [
        (title, [(key.shown, key.description + {"queue": " (queue)", "request": " (request view)"}.get(key.where, ""))
                 for key in keys])
        for title, keys in sections]
    from deskcli.queue_layout import FLAG, READY

    # What the queue's marks mean, which `desk queue` says under its table and ? did not (review)
    listed.append(("The queue", [("SLA", "business time left: yellow under 30 minutes, red and negative when overdue"),
                                 ("L", "support line: 1 help desk, 2 specialists, 3 developers, 4+ outside"),
                                 (FLAG, "flags (intake findings, mail not delivered): enter shows them"),
                                 (READY, "the customer confirmed the fix: x closes it")]))
    listed.append(("Filter after /", list(SYNTAX)))
    parts: list[Text | Table] = []
    for title, rows in listed:
        table = Table(box=None, pad_edge=False, show_header=False, expand=True)
        table.add_column(no_wrap=True, style="bold", width=12)
        table.add_column(ratio=1)
        for shown, meaning in rows:
            table.add_row(shown, meaning)
        parts += [Text(title, style="bold underline"), table, Text("")]
    return Group(*parts)


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "close", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(Text("Keys  (escape closes)", style="bold"), markup=False)
            yield Static(help_view(), markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
