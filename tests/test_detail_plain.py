"""``desk show`` to a pipe is drawn without Rich (``detail_layout`` + ``plain``) only when
that gives exactly Rich's bytes: random requests, messages, histories, widths and text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli import render
from deskcli.detail_layout import AGENT_WIDTH, detail_parts
from tests.test_plain import PIECES, WIDTHS, WORDS, plain_bytes, rich_bytes, rich_terminal_bytes, terminal_bytes

#: Mostly text the plain renderer takes (so the property is not held by falling back),
#: sometimes anything (tabs, line separators, escapes).
SHORT = st.lists(st.sampled_from([p for p in PIECES if p not in ("\t", "\u2028", "\n")]), max_size=6).map("".join)
TEXT = st.integers(0, 14).flatmap(lambda n: WORDS if n == 14 else SHORT)
NOW = dt.datetime.fromisoformat("2026-11-25T12:00:00+03:00")
AT = st.sampled_from(["2026-11-25T09:00:00+03:00", "2026-01-02T00:00:00+00:00", ""])
#: Short names mostly, so most histories fit (and some agents pass the column's maximum).
NAME = st.integers(0, 5).flatmap(lambda n: st.text("abcя中", min_size=14, max_size=20) if n == 5 else SHORT)
FINDING = st.fixed_dictionaries({"code": TEXT, "message": TEXT})
MESSAGE = st.fixed_dictionaries({
    "at": AT, "kind": st.sampled_from(["customer", "agent", "internal"]), "author": NAME, "body": TEXT | WORDS,
    "reasons": st.lists(FINDING, max_size=2)})
EVENT = st.fixed_dictionaries({"at": AT, "agent": NAME, "action": TEXT, "change": TEXT})
ATTACHMENT = st.fixed_dictionaries({"name": TEXT, "size": st.integers(0, 10**9), "content_type": TEXT,
                                    "kept": st.booleans()})
REQUEST = st.fixed_dictionaries({
    "id": st.integers(1, 10**7), "license": TEXT, "customer": st.none() | TEXT, "subject": TEXT,
    "status": st.sampled_from(["open", "answered", "resolved"]), "line": TEXT, "assignee": st.none() | NAME,
    "tags": TEXT, "resolution": st.none() | TEXT, "closed_at": st.none() | AT,
    "remaining_minutes": st.none() | st.integers(-10**5, 10**5), "overdue": st.booleans(),
    "ready_to_close": st.booleans(), "reasons": st.lists(FINDING, max_size=2), "flags": st.lists(FINDING, max_size=2),
    "suggestions": st.lists(st.fixed_dictionaries({"title": TEXT, "url": TEXT}), max_size=2),
    "messages": st.lists(MESSAGE, max_size=3), "attachments": st.lists(ATTACHMENT, max_size=2),
    "history": st.lists(EVENT, max_size=4)})


#: Widths where a request fits are the interesting ones; narrower ones go to Rich.
WIDE = st.integers(40, 140) | WIDTHS


@given(REQUEST, WIDE)
@settings(max_examples=100, deadline=None)
def test_request_detail_matches_rich(record: dict, width: int) -> None:
    drawn = plain_bytes(detail_parts(record), width)
    if drawn is not None:
        assert drawn == rich_bytes(render.request_detail(record, now=NOW), width)


def test_everyday_request_is_drawn_here() -> None:
    """A request with ordinary text at 80 and 100 columns is drawn without Rich (else the
    property above would hold trivially), and a long agent name is left to Rich."""
    event = {"at": "2026-11-25T12:00:00+03:00", "agent": "anna", "action": "opened", "change": "due at 17:00"}
    record = {"id": 1, "license": "HC-1", "customer": "ООО Ромашка", "subject": "Пустая корзина", "status": "open",
              "line": "1 (help desk)", "assignee": None, "tags": "", "remaining_minutes": 300, "overdue": False,
              "reasons": [], "flags": [{"code": "no_question", "message": "нет вопроса"}],
              "messages": [{"at": event["at"], "kind": "customer", "author": "customer", "body": "Корзина\nпустая",
                            "reasons": []}], "history": [event]}
    for width in (80, 100):
        drawn = plain_bytes(detail_parts(record), width)
        assert drawn is not None and drawn == rich_bytes(render.request_detail(record, now=NOW), width)
    long_agent = {**record, "history": [{**event, "agent": "a" * (AGENT_WIDTH + 1)}]}
    assert plain_bytes(detail_parts(long_agent), 100) is None


@given(REQUEST, WIDE, st.booleans(), st.sampled_from(["standard", "256", "truecolor"]))
@settings(max_examples=100, deadline=None)
def test_request_detail_on_a_terminal_matches_rich(record: dict, width: int, colours: bool, system: str) -> None:
    """With Rich's escapes: bold keys, the countdown's colour, OVERDUE, bold findings and
    headings, the history's italic title and bold header and actions."""
    drawn = terminal_bytes(detail_parts(record), width, colours)
    if drawn is not None:
        assert drawn == rich_terminal_bytes(render.request_detail(record, now=NOW), width, colours, system)
