"""Canned answers and outgoing mail: text with ``$variables``, filled in without running code.

The syntax is the standard library's ``string.Template``: ``$customer`` or ``${customer}``,
``$$`` for a dollar sign. A placeholder is only ever a plain name looked up in a dict of
strings, so template text written by anyone on the team cannot call a function, reach an
attribute (``${customer.__class__}`` is left as typed) or format a value in a way that
leaks anything. An unknown name is left as typed too, so a mistake shows in the answer
instead of silently vanishing; ``problems`` finds those before a template is saved.

Used by ``desk template`` and ``desk reply --template`` and by the mail gateway's
outgoing templates, each with its own set of variables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from string import Template

from deskcli.domain.errors import InvalidInput

#: The variables of an answer to a request, with what each holds, for help and checks.
VARIABLES: dict[str, str] = {
    "customer": "the customer's name from the license",
    "request": "the request number: #42",
    "subject": "the request's subject",
    "deadline": "when the answer is due, in the desk's time zone (empty once answered)",
    "license": "the license number",
    "edition": "the license's edition",
    "support_until": "the last day of support: 2026-11-19",
    "renewal_price": "what renewing today costs: 4 980,00 ₽",
    "renewal_share": "that price as a share of the retail price: 20 %",
    "renewal_price_until": "the last day today's price holds (empty when it never changes)",
    "renewal_next_price": "the price from the day after (empty when it never changes)",
    "new_support_until": "the last day of support after renewing today",
    "docs": "links to documentation articles on the request's subject, one per line",
    "agent": "the agent who answers",
    "today": "today's date",
}

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
MAX_NAME = 60
MAX_TEMPLATE_BYTES = 64 * 1024


def render(text: str, variables: Mapping[str, str]) -> str:
    """``text`` with each ``$name`` / ``${name}`` replaced by ``variables[name]``.

    Names not in ``variables`` and anything that is not a plain name stay as written;
    values are inserted as they are (they are never rendered again).
    """
    return Template(text).safe_substitute({name: str(value) for name, value in variables.items()})


def placeholders(text: str) -> list[str]:
    """The variable names ``text`` uses, in order of first use."""
    return list(dict.fromkeys(Template(text).get_identifiers()))


def problems(text: str, known: Iterable[str] = VARIABLES, *, unclosed: bool = True) -> list[str]:
    """What would not be filled in: unknown names, ``${...}`` that hold no plain name and
    ``${`` never closed (``unclosed=False``: not that one, which older versions let through)."""
    known = frozenset(known)
    found = [f"unknown variable ${name}" for name in placeholders(text) if name not in known]
    for match in re.finditer(r"\$\{([^}]*)(\}?)", text.replace("$$", "")):
        if not match.group(2) and unclosed:  # sent as written: the customer would read the brace
            found.append(f"{match.group(0)[:40]!r} has no closing }} (a variable is ${{name}} or $name; $$ writes a $)")
        elif match.group(2) and not re.fullmatch(r"[_a-zA-Z][_a-zA-Z0-9]*", match.group(1)):
            found.append(f"{match.group(0)!r} is not a variable (a variable is a plain name; $$ writes a $)")
    return found


def check(text: str, known: Iterable[str] = VARIABLES, *, unclosed: bool = True) -> str:
    """The text if every placeholder in it is a known variable; otherwise InvalidInput.
    ``unclosed=False`` lets a ``${`` never closed through (a file an older version wrote)."""
    known = list(known)
    if "\x00" in text:
        raise InvalidInput("the template contains a NUL byte")
    if not text.strip():
        raise InvalidInput("the template text is empty")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEMPLATE_BYTES:
        raise InvalidInput(f"the template is longer than {MAX_TEMPLATE_BYTES} bytes")
    found = problems(text, known, unclosed=unclosed)
    if found:
        raise InvalidInput(f"{found[0]}; known variables: {', '.join('$' + name for name in known)}")
    return text


def validate_name(name: str) -> str:
    """Template names are typed on the command line: lower-case words joined by ``-``."""
    name = name.strip()
    if not _NAME.match(name) or len(name) > MAX_NAME:
        raise InvalidInput(f"template name {name!r} is not valid: lower-case latin letters and digits, "
                           f"words joined by - (like renewal-needed), up to {MAX_NAME} characters")
    return name


def validate_title(title: str) -> str:
    """A template's title: one line saying when to use it, at most 200 characters."""
    if not isinstance(title, str):
        raise InvalidInput(f"the title must be text, not {type(title).__name__}")
    title = title.strip()
    if "\x00" in title or len(title) > 200 or "\n" in title or "\r" in title:
        raise InvalidInput("the title is one line of at most 200 characters")
    return title
