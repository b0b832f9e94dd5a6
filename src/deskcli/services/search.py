"""Finding requests by what was written in them: subjects and every message, any word form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from deskcli.domain import snippets, tickets
from deskcli.domain.errors import InvalidInput
from deskcli.services.context import Context
from deskcli.store import fulltext

MAX_LIMIT = 1000
#: Fields of a search hit beyond the request's own (SPEC section 6 shape).
HIT_FIELDS = (*tickets.REQUEST_FIELDS, "score", "match")


def searchable(query: str) -> list[str]:
    """The query's indexed terms; a query the index can find nothing for is refused, saying why."""
    tickets.validate_field(query, what="the query", limit=2000)
    terms = snippets.query_stems(query)
    if not terms:
        raise InvalidInput(f"nothing to search for in {query!r}: the index leaves out the common words (и, не, "
                           "как, the...) and every single letter or digit (a version such as 7.1.2 is three)")
    return terms


def search(ctx: Context, query: str, *, statuses: Sequence[str] = (), license: str | None = None,
           since: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The requests whose subject or messages hold every word of ``query``, best first.

    Each hit is the request record with ``score`` (bm25, higher is better) and ``match``:
    where the words were found, a one-line snippet and the character ranges to highlight.
    """
    terms = searchable(query)
    for one in statuses:
        if one not in tickets.STATUSES:
            raise InvalidInput(f"unknown status {one!r}; use one of {', '.join(tickets.STATUSES)}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"--limit must be between 1 and {MAX_LIMIT}")
    created_since, _ = ctx.period(since, None, names=("--since", "--until"))
    repo = ctx.repo
    if license is not None:  # spelt as the agent likes (hc-1001), and one that exists
        license = repo.license(tickets.validate_license_number(license))["number"]
    waiting = fulltext.pending(repo)
    if waiting:
        ctx.warn(f"{waiting} request(s) are not in the search index yet (after an upgrade or an import); "
                 "desk search --update-index adds them now, and every command that writes adds some")
    hits = fulltext.find(repo, terms, license=license, statuses=statuses, created_since=created_since, limit=limit)
    if not hits:
        return []
    ids = [request_id for request_id, _ in hits]
    rows = {row["id"]: row for row in repo.all(
        f"SELECT * FROM requests WHERE id IN ({', '.join('?' * len(ids))})", ids)}
    messages = repo.messages_for(ids)
    wanted = set(terms)
    results = []
    for request_id, score in hits:
        record = ctx.record(rows[request_id])
        record["score"] = float(f"{score:.4g}")
        record["match"] = _match(ctx, rows[request_id], messages[request_id], wanted)
        results.append(record)
    return results


#: Requests indexed per transaction by ``update_index``: a few seconds of write lock at a
#: time, so other agents' commands get through while a large backlog is worked off.
UPDATE_BATCH = 20_000


def update_index(ctx: Context) -> int:
    """Index every request still waiting in the backlog (after an upgrade or an import)."""
    done = 0
    while True:
        with ctx.transaction() as repo:
            indexed = fulltext.catch_up(repo, limit=UPDATE_BATCH)
        done += indexed
        if indexed < UPDATE_BATCH:
            return done


def _match(ctx: Context, row: dict, messages: list[dict], wanted: set[str]) -> dict[str, Any]:
    texts = [row["subject"] or ""] + [m["body"] for m in messages]
    best = snippets.best_text(texts, wanted)
    index = best or 0
    piece = snippets.fragment(texts[index], wanted)
    message = messages[index - 1] if index else None
    return {
        "in": "message" if message else "subject",
        "message_id": message["id"] if message else None,
        "kind": message["kind"] if message else None,
        "at": ctx.show_stored(message["at"]) if message else None,
        "snippet": piece.text,
        "highlights": [list(span) for span in piece.highlights],
    }
