"""What ``desk show`` says about a request, free of Rich: the history in words and the
whole view as plain paragraphs and grids.

``render.request_detail`` draws the view with Rich (colour on a terminal); ``detail_parts``
gives the same text to ``plain``, which prints it to a pipe without loading Rich's console
when every cell fits at its natural width (else Rich draws it: nothing here wraps or
folds). tests/test_detail_plain.py holds the two to the same bytes.
"""

from __future__ import annotations

import json

from deskcli.domain.named import TYPE_CHECKING
from deskcli.output import clean_text
from deskcli.plain import Column, Grid, Styled, key_values

if TYPE_CHECKING:
    from typing import Any

#: How the desk computes, not what happened: kept in the JSON history, not shown to people.
INTERNAL_FIELDS = frozenset({"due_calendar", "wait_started_at", "first_due_at", "message"})
#: Rows of the request view shown only when they hold something: most requests are never
#: merged, and two empty merge rows on every one of them were noise (JSON keeps null and []).
WHEN_SET = ("first_response_at", "resolution", "closed_at", "temporary_access", "mail_to", "merged_into",
            "merged_from")
#: Shown below the record's fields, or not to people at all.
NOT_IN_HEAD = ("messages", "history", "flags", "reasons", "remaining_minutes", "overdue", "id", "suggestions",
               "ready_to_close", "attachments")
#: Names of a history value for a person, where the column's name is the desk's own word.
LABELS = {"clock_category": "deadline by"}
#: A value for a person where ``None`` means something other than "none".
NONE_MEANS = {"clock_category": "its own category"}
#: History values that are request numbers, written as the desk writes them ("#5").
REQUEST_NUMBERS = frozenset({"merged_into", "merged_from"})
#: The history's "Agent" column folds longer names (Rich's max_width).
AGENT_WIDTH = 16


def _value(key: str, value: Any, day: str, *, seconds: bool = False) -> str:
    """One history value in words: lists of findings by their codes, flags as yes/no, an
    instant as its time on the event's ``day`` and as date and time on another (to the
    second with ``seconds``)."""
    if key.endswith("_at") and isinstance(value, str) and len(value) >= 19 and value[10] == "T":
        time = value[11:19] if seconds else value[11:16]
        return time if value[:10] == day else f"{value[:10]} {time}"
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if value is None or value == [] or value == "":
        return NONE_MEANS.get(key, "none")
    if key in REQUEST_NUMBERS and isinstance(value, int):
        return f"#{value}"
    if key == "ready_to_close" or isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item.get("code", item)) if isinstance(item, dict) else str(item) for item in value)
    return str(value)


def describe_change(event: dict) -> str:
    """What an event changed, for a person: ``status answered → open``; on creation, just the
    values it started with (``due at 15:00``)."""
    before, after = event["before"] or {}, event["after"] or {}
    day = (event["at"] or "")[:10]
    parts = []
    for key, value in after.items():
        if key in INTERNAL_FIELDS or (not before and (key == "status" or value in (None, [], "[]"))):
            continue
        label = LABELS.get(key) or key.replace("_", " ")
        if key in before:
            if before[key] == value:  # recorded beside a change ("status open → open"): nothing to say
                continue
            was, now = _value(key, before[key], day), _value(key, value, day)
            if was == now:  # two instants in one minute ("queued at 04:00 → 04:00"): the seconds tell them apart
                was, now = _value(key, before[key], day, seconds=True), _value(key, value, day, seconds=True)
            parts.append(f"{label} {was} → {now}")
        else:
            parts.append(f"{label} {_value(key, value, day)}")
    return ", ".join(parts)


def head(record: dict) -> dict:
    """The request's own fields, as the view lists them at the top."""
    return {k: v for k, v in record.items() if k not in NOT_IN_HEAD and not (k in WHEN_SET and v is None)}


def single(value: Any) -> str:
    return clean_text("" if value is None else str(value), single_line=True)


def sla_line(record: dict) -> Styled:
    from deskcli.queue_layout import countdown_style, countdown_text

    return Styled.joined(("SLA: ", ""), (countdown_text(record), countdown_style(record)),
                         (" business time" if record["remaining_minutes"] is not None else "", ""),
                         ("  OVERDUE" if record["overdue"] else "", "bold red"))


def message_kind(message: dict) -> str:
    return "refused customer" if message.get("reasons") and message["kind"] == "customer" else message["kind"]


def message_heading(message: dict) -> tuple[str, str]:
    """(when and what, who) above a message; who is left out where it only repeats what
    (a customer's message is written by "customer")."""
    kind = message_kind(message)
    author = "" if message["author"] == message["kind"] else message["author"]
    return f"{message['at']}  {kind}" + ("  " if author else ""), author


def attachment_text(attachment: dict) -> str:
    kept = "" if attachment["kept"] else ", over the size limit, not kept"
    return single(f"{attachment['name']} ({attachment['size']} bytes, {attachment['content_type']}{kept})")


def history_cells(event: dict) -> tuple[str, str, str, str]:
    """(at, agent, action, ": change" or "") of one history row."""
    change = ": " + single(event["change"]) if event["change"] else ""
    return single(event["at"]), single(event["agent"]), clean_text(event["action"], single_line=True), change


def detail_parts(record: dict) -> list[Grid | str]:
    """``render.request_detail`` as plain paragraphs and grids: the same text, and the same
    styles for a terminal (a part that starts with a bold Text is bold throughout, as
    Rich joins Texts)."""
    parts: list[Grid | str] = [key_values(head(record), title=f"Request #{record['id']}"), sla_line(record)]
    if record.get("ready_to_close"):
        parts.append(Styled("ready to close: the customer confirmed the fix", "bold green"))
    for title, items in (("Reasons", record["reasons"]), ("Flags", record["flags"])):
        parts.extend(Styled(f"{title[:-1].lower()}: " + single(f"{item['code']}: {item['message']}"), "bold")
                     for item in items)
    if record.get("suggestions"):
        parts.append(Styled("Documentation:", "bold"))
        parts.extend("  • " + single(a["title"]) + " — " + single(a["url"]) for a in record["suggestions"])
    for message in record.get("messages", []):
        heading, author = message_heading(message)
        parts.append(Styled("\n" + single(heading) + single(author), "bold"))
        parts.extend(Styled("refused: " + single(f"{f['code']}: {f['message']}"), "bold red")
                     for f in message.get("reasons") or [])
        parts.append(clean_text(message["body"]))
    parts.extend(Styled("attachment: " + attachment_text(a), "bold") for a in record.get("attachments") or [])
    if record.get("history"):
        history = Grid([Column("At", wrap=False), Column("Agent", max_width=AGENT_WIDTH), Column("What happened")],
                       title="History")
        history.header_style, history.title_style = "bold", "italic"
        for r, event in enumerate(record["history"]):
            at, agent, action, change = history_cells(event)
            history.rows.append([at, agent, action + change])
            history.cell_styles[r, 2] = "bold"
        parts.extend(["", history])
    return parts
