"""One request on screen: what ``desk show`` shows, with a countdown that ticks, the
documentation suggested when it was opened, and temporary access as "on file" only."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from deskcli.detail_layout import message_heading
from deskcli.output import clean_text
from deskcli.render import describe_change
from deskcli.tui.countdown import countdown_text, urgency
from deskcli.tui.keys import ScreenKeys, screen_bindings
from deskcli.tui.queue_view import urgency_style
from deskcli.tui.text import keys_text, plain


def sla_line(record: dict[str, Any], calendar, now: dt.datetime, *, no_color: bool = False) -> Text:
    if record["status"] != "open" or not record["due_at"]:
        stopped = {"answered": "answered - the clock is stopped until the customer writes again"}
        return Text(f"SLA: {stopped.get(record['status'], record['status'])}", style="bold")
    due = dt.datetime.fromisoformat(record["due_at"])
    seconds = calendar.business_seconds_between(now, due)
    overdue = due < now
    level = urgency(seconds, overdue)
    line = Text("SLA: ", style="bold") + Text(countdown_text(seconds, overdue), style=urgency_style(level, no_color))
    line += Text(" business time")
    if overdue:
        line += Text("  ") + Text("OVERDUE", style=urgency_style("overdue", no_color))
    return line + Text(f"  due {record['due_at']}")


def detail_view(record: dict[str, Any], line_name: str | None) -> Group:
    """Everything below the countdown, laid out for 80 columns."""
    head = Table(show_header=False, box=None, pad_edge=False, expand=True)
    head.add_column(style="bold", no_wrap=True)
    head.add_column(ratio=1, overflow="fold")  # wrapped whole: a long word folds, nothing is cut (TUI QA)
    line = f"{record['line']} ({line_name})" if line_name else str(record["line"])
    rows = [
        ("Subject", record["subject"]),  # whole here: the title line above is cut to the width
        ("Customer", f"{record['license']} {record['customer']}".strip()),
        ("Product", f"{record['edition']} {record['version']}"),
        ("Site", record["site_url"]),
        ("Category", record["category"]),
        ("Line", line),
        ("Assignee", record["assignee"] or "-"),
        ("Tags", ", ".join(record.get("tags") or []) or "-"),
        ("Status", record["status"]),
        ("Created", record["created_at"]),
        ("Queued", record["queued_at"]),
    ]
    for label, key in (("First reply", "first_response_at"), ("Resolution", "resolution"), ("Closed", "closed_at")):
        if record.get(key):
            rows.append((label, record[key]))
    if record.get("merged_into"):
        rows.append(("Merged into", f"#{record['merged_into']} (# opens it)"))
    if record.get("merged_from"):
        rows.append(("Merged from", ", ".join(f"#{i}" for i in record["merged_from"])))
    for attachment in record.get("attachments") or []:
        kept = "" if attachment["kept"] else ", not kept"
        rows.append(("Attachment", f"{attachment['name']} ({attachment['size']:,} bytes{kept})"))
    if record.get("mail_to"):
        rows.append(("Mail to", record["mail_to"]))
    if record.get("temporary_access"):
        rows.append(("Access", f"temporary {record['temporary_access']} - v shows it (your look is recorded)"))
    for label, value in rows:
        head.add_row(label, plain(value))
    parts: list[Any] = [head]
    if record.get("ready_to_close"):
        parts.append(Text("ready to close: the customer confirmed the fix (x closes it)", style="bold green"))
    for title, items in (("reason", record["reasons"]), ("flag", record["flags"])):
        for item in items:
            parts.append(Text(f"{title}: ", style="bold magenta") + plain(f"{item['code']}: {item['message']}",
                                                                          single_line=False))
    for article in record["suggestions"]:
        parts.append(Text("documentation: ", style="bold") + plain(f"{article['title']} — {article['url']}"))
    parts.append(Text("\nMessages", style="bold underline"))
    for message in record["messages"]:
        heading, author = message_heading(message)
        parts.append(Text("\n") + plain(heading + author, style="bold"))
        for finding in message["reasons"]:
            parts.append(Text("refused: ", style="bold red") + plain(f"{finding['code']}: {finding['message']}"))
        parts.append(Text(clean_text(message["body"])))
    history = Table(box=None, pad_edge=False, header_style="bold", expand=True, title="\nHistory",
                    title_justify="left", title_style="bold underline")
    history.add_column("At", no_wrap=True)
    history.add_column("Agent", no_wrap=True, max_width=12)
    history.add_column("What happened", ratio=1, overflow="fold")
    for event in record["history"]:
        what = Text(clean_text(event["action"], single_line=True), style="bold")
        change = describe_change(event)
        if change:
            what += Text(": ") + plain(change)
        history.add_row(plain(event["at"][5:16].replace("T", " ")), plain(event["agent"]), what)
    parts.append(history)
    return Group(*parts)


class RequestScreen(ScreenKeys, Screen[None]):
    """A request; the action keys act on it, escape goes back to what was shown before it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", show=True),
        *screen_bindings("request"),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown,space", "page_down", show=False),
        Binding("home,g", "first", show=False),
        Binding("end,G", "last", show=False),
    ]

    def __init__(self, request_id: int) -> None:
        super().__init__()
        self.request_id = request_id
        self.record: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="sla", markup=False)
        with VerticalScroll(id="detail"):
            yield Static(id="body", markup=False)
        yield Static(id="status", markup=False)
        yield Static(keys_text("request"), id="keys", markup=False)

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#detail").focus()

    def reload(self) -> None:
        """Read the request again (after an action, or when someone else changed it)."""
        app: Any = self.app
        ctx = app.desk
        from deskcli.services.views import request_detail

        self.record = record = request_detail(ctx, self.request_id)
        title = plain(f"#{record['id']} {record['subject']}", style="bold")
        title.no_wrap, title.overflow = True, "ellipsis"  # a long subject ends in "…", read whole below
        self.query_one("#topbar", Static).update(title)
        self.query_one("#body", Static).update(detail_view(record, ctx.policy.lines.get(record["line"])))
        self.tick(app.now())

    def tick(self, now: dt.datetime) -> None:
        if self.record is not None:
            self.query_one("#sla", Static).update(sla_line(self.record, self.app.desk.calendar, now, no_color=self.app.no_color))

    def current_request(self) -> int | None:
        return self.request_id

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_page_up(self) -> None:
        self.query_one("#detail", VerticalScroll).scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        self.query_one("#detail", VerticalScroll).scroll_page_down(animate=False)

    def action_first(self) -> None:
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    def action_last(self) -> None:
        self.query_one("#detail", VerticalScroll).scroll_end(animate=False)
