"""``desk search``'s logic, free of Typer so the fast path runs it without loading the
command line (an agent searches many times a day; Typer costs more to load than a search)."""

from __future__ import annotations

from deskcli import output
from deskcli.cli.choices import listed
from deskcli.domain import tickets
from deskcli.output import Format

TYPE_CHECKING = False
if TYPE_CHECKING:
    from deskcli.services.context import Context


def run_search(rt: Context, *, query: str, status: list[str] | None = None, license: str | None = None,
               since: str | None = None, limit: int = 20, update_index: bool = False,
               fmt: Format = Format.table, fields: str | None = None) -> int:
    """Print the requests matching ``query``, best first; ``update_index`` (a writing
    context) first indexes what an upgrade or an import left unindexed."""
    from deskcli.services import search as searching

    if update_index:
        added = searching.update_index(rt)
        output.note(f"indexed {added} request(s)")
    hits = searching.search(rt, query, statuses=listed(status, tickets.STATUSES), license=license, since=since,
                            limit=limit)
    if fmt is Format.table and fields is None:
        from deskcli.render_day import search_hits

        output.print_rich(search_hits(hits))
    else:
        output.emit(hits, fmt, fields=fields, columns=list(searching.HIT_FIELDS))
    return 0
