"""One request for people and programs: its record, messages, history and countdown.

Typer-free, so the fast path can show a request without loading the command line.
"""

from __future__ import annotations

import sys

from deskcli import output
from deskcli.domain.named import TYPE_CHECKING
from deskcli.output import Format

if TYPE_CHECKING:
    from typing import Any
    from collections.abc import Mapping

    from deskcli.services.context import Context

#: A message body longer than this is cut in the table (never in JSON) unless --full.
LONG_BODY_LINES = 40
LONG_BODY_CHARS = 4000


def print_request(rt: Context, row: Mapping[str, Any], fmt: Format, fields: str | None, *, detail: bool = False,
                  extra: dict | None = None, full: bool = False) -> None:
    record = {**rt.record(row), **(extra or {})}
    if detail:
        from deskcli.services.views import detail_parts

        record.update(detail_parts(rt, row))
    if fmt is Format.table:
        from deskcli.detail_layout import describe_change

        line_name = rt.policy.lines.get(record["line"])
        shown = {**record, "line": f"{record['line']} ({line_name})" if line_name else record["line"],
                 "tags": ", ".join(record["tags"])}
        if "history" in shown:
            shown["history"] = [{**event, "change": describe_change(event)} for event in shown["history"]]
        if "merged_from" in shown:
            shown["merged_into"] = f"#{record['merged_into']}" if record["merged_into"] else None
            shown["merged_from"] = ", ".join(f"#{i}" for i in record["merged_from"]) or None
        if detail:
            if not full:
                shown["messages"] = [_shortened(m, row["id"]) for m in record["messages"]]
        _print_detail(shown, rt, pager=detail)
    else:
        output.emit(record, fmt, fields=fields, columns=list(record))


def _print_detail(shown: dict, rt: Context, *, pager: bool) -> None:
    """Without loading Rich's console when every cell fits (``plain``): to a pipe, and to a
    terminal with Rich's escapes when the view is shorter than the terminal (a longer one
    ``desk show`` pages, which is Rich's to do); else Rich."""
    from deskcli import plain
    from deskcli.detail_layout import detail_parts

    parts = detail_parts(shown)
    if plain.write(parts):
        return
    on_terminal = plain.terminal() if plain.console_width() is None else None
    if on_terminal is not None:
        width, colours = on_terminal
        lines = plain.drawn_lines(parts, width, colours)
        if lines is not None and (not pager or len(lines) < plain.rich_height()):
            sys.stdout.write("".join(line + "\n" for line in lines))
            return
    from deskcli.render import request_detail

    (output.page if pager else output.print_rich)(request_detail(shown, now=rt.now))


def _shortened(message: dict, request_id: int) -> dict:
    """A long body's first lines, saying how much is left out and how to see it."""
    body = message["body"]
    lines = body.splitlines()
    if len(lines) <= LONG_BODY_LINES and len(body) <= LONG_BODY_CHARS:
        return message
    kept = "\n".join(lines[:LONG_BODY_LINES])[:LONG_BODY_CHARS]
    hidden = len(lines) - len(kept.splitlines())
    left = len(body) - len(kept)
    more = (f"{hidden:,} more {'line' if hidden == 1 else 'lines'}, " if hidden else "") + \
        f"{left:,} more {'character' if left == 1 else 'characters'}"
    return {**message, "body": f"{kept}\n… {more}: desk show {request_id} --full"}


def run_show(rt: Context, request_id: int, fmt: Format = Format.table, fields: str | None = None,
             full: bool = False) -> int:
    print_request(rt, rt.repo.request(request_id), fmt, fields, detail=True, full=full)
    return 0
