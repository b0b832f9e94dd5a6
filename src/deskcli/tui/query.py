"""The queue filter an agent types after ``/``: words to find, and ``key:value`` filters.

    line:2  cat:usage  @anna  @me  @-  is:overdue  корзина

Words match the request number, license, customer, subject and assignee, ignoring case;
every word must match. A filter that makes no sense (``line:two``) is reported, not
obeyed, so a half-typed filter never empties the screen for a reason nobody can see.
Pure: no Textual, no database.
"""

from __future__ import annotations


from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import NamedTuple
from deskcli.domain.tags import validate_tag
from deskcli.domain.tickets import CATEGORIES, assignee_named

#: What the help screen shows for the filter box.
SYNTAX = (
    ("word", "number, license, customer, subject, assignee or tags contain it (every word must)"),
    ("line:2", "support line 2 (also l:2)"),
    ("cat:usage", "category; a prefix is enough: cat:em (also c:)"),
    ("@anna", "assigned to anna; @me is you, @- is unassigned (also assignee:)"),
    ("tag:vip", "tagged vip (also t:)"),
    ("is:overdue", "only requests past their deadline (o toggles it)"),
)

OVERDUE = "is:overdue"


class Query(NamedTuple):
    line: int | None = None
    category: str | None = None
    #: ``""`` asks for unassigned requests.
    assignee: str | None = None
    tag: str | None = None
    overdue: bool = False
    words: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _category(value: str) -> str | None:
    value = value.casefold()
    matches = [name for name in CATEGORIES if name.startswith(value)] if value else []
    return matches[0] if len(matches) == 1 else None


def parse(text: str, *, me: str) -> Query:
    """The query in ``text``; ``me`` is the acting agent, for ``@me``."""
    fields: dict[str, object] = {}
    words: list[str] = []
    problems: list[str] = []
    for token in text.split():
        key, colon, value = token.partition(":")
        key = key.casefold()
        if token.startswith("@") and len(token) > 1:
            key, colon, value = "assignee", ":", token[1:]
        if not colon or not value:
            words.append(token.casefold())
        elif key in ("line", "l"):
            if value.isascii() and value.isdigit() and 0 < int(value) < 2**31:
                fields["line"] = int(value)
            else:
                problems.append(f"line {value!r} is not a line number")
        elif key in ("cat", "category", "c"):
            category = _category(value)
            if category is None:
                problems.append(f"category {value!r} is not one of {', '.join(CATEGORIES)}")
            else:
                fields["category"] = category
        elif key in ("assignee", "a"):
            fields["assignee"] = assignee_named(value, me)
        elif key in ("tag", "t"):
            try:
                fields["tag"] = validate_tag(value)
            except InvalidInput as exc:
                problems.append(str(exc))
        elif key == "is" and value.casefold() == "overdue":
            fields["overdue"] = True
        elif key == "is":
            problems.append(f"is:{value} is not known; is:overdue is")
        else:
            words.append(token.casefold())
    return Query(words=tuple(words), problems=tuple(problems), **fields)  # type: ignore[arg-type]


def toggle_overdue(text: str) -> str:
    """The filter text with ``is:overdue`` added, or taken out if it was there."""
    tokens = text.split()
    kept = [token for token in tokens if token.casefold() != OVERDUE]
    if len(kept) == len(tokens):
        kept.append(OVERDUE)
    return " ".join(kept)


def from_options(*, line: int | None = None, category: str | None = None, assignee: str | None = None,
                 tag: str | None = None, overdue: bool = False) -> str:
    """The filter text that ``desk tui --line 2 --overdue ...`` starts with."""
    parts = []
    if line is not None:
        parts.append(f"line:{line}")
    if category:
        parts.append(f"cat:{category}")
    if assignee is not None:
        parts.append(f"@{assignee}" if assignee else "@-")
    if tag:
        parts.append(f"tag:{tag}")
    if overdue:
        parts.append(OVERDUE)
    return " ".join(parts)


def describe(query: Query) -> str:
    """A short line for the status bar: what the queue is filtered by."""
    parts = []
    if query.line is not None:
        parts.append(f"line {query.line}")
    if query.category:
        parts.append(query.category)
    if query.assignee is not None:
        parts.append(f"@{query.assignee}" if query.assignee else "unassigned")
    if query.tag:
        parts.append(f"tag {query.tag}")
    if query.overdue:
        parts.append("overdue")
    parts.extend(f"“{word}”" for word in query.words)
    return ", ".join(parts)
