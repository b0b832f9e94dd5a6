"""The full-text index of requests: one ``request_text`` row per request (see migrations).

SQLite cannot stem Russian, so the rows hold stems computed here. Triggers note every
request whose subject or messages changed in ``search_backlog``; ``catch_up`` re-indexes
those from scratch inside the writing command's transaction, so the index never lags a
committed change made through deskcli, whoever wrote it (a reply, mail, a merge, an
import). Status and license sit in ``facets`` as one token each, kept by a trigger.

A query asks for every stem (AND) in the subject or the messages, never in the facets;
user text only ever appears inside quoted FTS5 strings, so ``*``, ``"``, ``NEAR`` or
``OR`` in a query are words, not syntax.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain import ranking, snippets
from deskcli.store.repository import Repository

#: Backlog re-indexed by an ordinary writing command, so one command after an upgrade of a
#: big desk does not hold the write lock for minutes (its own changes are a few requests).
CATCH_UP_PER_COMMAND = 2000
#: Requests re-indexed per statement batch.
_BATCH = 500
#: BM25 ranks at most this many of the newest matches: a word that half the desk uses
#: would otherwise cost a ranking of hundreds of thousands of rows (the target is a
#: two-word search under 200 ms at a million requests). Fewer matches are all ranked.
RANK_WINDOW = 1000
#: A term's document frequency is counted exactly up to this many requests.
SAMPLE = 2000


def facets(license: str, status: str) -> str:
    """The facet tokens of a request; the trigger in the migration writes the same ones."""
    return f"l{license.encode('utf-8').hex()} s{status}"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def pending(repo: Repository) -> int:
    row = repo.conn.execute("SELECT count(*) FROM search_backlog").fetchone()
    return int(row[0] if not isinstance(row, dict) else next(iter(row.values())))


def ready() -> None:
    """Load the stemmers (snowballstemmer imports every language it has) before a write
    transaction whose statements will re-index a request."""
    snippets.stems("кеш cache")


def catch_up(repo: Repository, limit: int | None = None) -> int:
    """Re-index requests in the backlog, the latest changed first (so a command's own
    changes are always among the ``limit``); inside a write transaction."""
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    ids = [row[0] for row in cursor.execute(
        "SELECT request_id FROM search_backlog ORDER BY seq DESC LIMIT ?", (-1 if limit is None else limit,))]
    for start in range(0, len(ids), _BATCH):
        _reindex(cursor, ids[start:start + _BATCH])
    return len(ids)


def _reindex(cursor, ids: Sequence[int]) -> None:
    marks = ", ".join("?" * len(ids))
    requests = {row[0]: row for row in cursor.execute(
        f"SELECT id, subject, license, status FROM requests WHERE id IN ({marks})", ids).fetchall()}
    bodies: dict[int, list[str]] = {i: [] for i in requests}
    for request_id, body in cursor.execute(
            f"SELECT request_id, body FROM messages WHERE request_id IN ({marks}) ORDER BY request_id, at, id",
            ids).fetchall():
        bodies[request_id].append(body)
    cursor.execute(f"DELETE FROM request_text WHERE rowid IN ({marks})", ids)
    cursor.executemany(
        "INSERT INTO request_text (rowid, subject, body, facets) VALUES (?, ?, ?, ?)",
        [(request_id, " ".join(snippets.stems(subject or "")), " ".join(snippets.stems("\n".join(bodies[request_id]))),
          facets(license, status)) for request_id, subject, license, status in requests.values()],
    )
    cursor.execute(f"DELETE FROM search_backlog WHERE request_id IN ({marks})", ids)


def expression(terms: Sequence[str], *, license: str | None = None, statuses: Sequence[str] = ()) -> str:
    """The FTS5 query: every term in the subject or body, and the facets asked for (any of
    the ``statuses``)."""
    parts = ["{subject body} : (" + " AND ".join(_quoted(t) for t in terms) + ")"]
    if license is not None:
        parts.append("facets : " + _quoted("l" + license.encode("utf-8").hex()))
    if statuses:
        parts.append("facets : (" + " OR ".join(_quoted("s" + s) for s in statuses) + ")")
    return " AND ".join(parts)


def find(repo: Repository, terms: Sequence[str], *, license: str | None = None,
         statuses: Sequence[str] = (),
         created_since: str | None = None, limit: int = 20) -> list[tuple[int, float]]:
    """(request id, BM25 score, higher is better) of the best matches, best first.

    The newest ``RANK_WINDOW`` matching requests are ranked; a query matching fewer is
    ranked whole.
    """
    sql = "SELECT rowid, subject, body FROM request_text WHERE request_text MATCH ?"
    params: list[object] = [expression(terms, license=license, statuses=statuses)]
    if created_since is not None:
        # Requests created since a day have ids from the first of them on: a range the
        # index seeks to. The check below keeps the answer exact when an import brought
        # older requests in with newer ids.
        first_id = _scalar(repo, "SELECT min(id) FROM requests WHERE created_at >= ?", (created_since,))
        if first_id is None:
            return []
        sql += " AND rowid >= ?"
        params.append(first_id)
    cursor = repo.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(f"{sql} ORDER BY rowid DESC LIMIT ?", [*params, RANK_WINDOW]).fetchall()
    if created_since is not None and found:
        ids = [row[0] for row in found]
        recent = {row[0] for row in cursor.execute(
            f"SELECT id FROM requests WHERE id IN ({', '.join('?' * len(ids))}) AND created_at >= ?",
            [*ids, created_since])}
        full = len(found) == RANK_WINDOW
        found = [row for row in found if row[0] in recent]
        if full and len(found) < RANK_WINDOW:
            # Ids out of creation order (an import brought older requests in after newer
            # ones): the newest matches by id are not the newest by date, and those created
            # since may all lie beyond the window (QA: nothing found of 16,817). Read the
            # matches created since directly, at a cost in proportion to the matches.
            found = cursor.execute(
                "SELECT request_text.rowid, request_text.subject, request_text.body FROM request_text "
                "JOIN requests ON requests.id = request_text.rowid WHERE request_text MATCH ? "
                "AND request_text.rowid >= ? AND requests.created_at >= ? ORDER BY request_text.rowid DESC LIMIT ?",
                [*params, created_since, RANK_WINDOW]).fetchall()
    if not found:
        return []
    documents = _document_count(cursor)
    frequencies = {term: _document_frequency(cursor, term, documents) for term in terms}
    candidates = [(subject, body) for _, subject, body in found]
    scored = zip((row[0] for row in found), ranking.scores(candidates, terms, frequencies, documents), strict=True)
    return sorted(scored, key=lambda pair: (-pair[1], -pair[0]))[:limit]


def _scalar(repo: Repository, sql: str, params: Sequence[object]) -> object:
    row = repo.conn.execute(sql, params).fetchone()
    return row[0] if not isinstance(row, dict) else next(iter(row.values()))


def _document_count(cursor) -> int:
    """Indexed requests, from the span of their ids (dense, as SQLite assigns them):
    counting a million index rows would cost more than the whole search."""
    newest = cursor.execute("SELECT rowid FROM request_text ORDER BY rowid DESC LIMIT 1").fetchone()
    oldest = cursor.execute("SELECT rowid FROM request_text ORDER BY rowid LIMIT 1").fetchone()
    return newest[0] - oldest[0] + 1 if newest else 0


def _document_frequency(cursor, term: str, documents: int) -> int:
    """How many requests hold ``term``: exact up to ``SAMPLE`` of them; beyond, estimated
    from how far back the newest ``SAMPLE`` reach."""
    rows = cursor.execute("SELECT rowid FROM request_text WHERE request_text MATCH ? ORDER BY rowid DESC LIMIT ?",
                          ("{subject body} : " + _quoted(term), SAMPLE)).fetchall()
    if len(rows) < SAMPLE:
        return len(rows)
    newest = cursor.execute("SELECT rowid FROM request_text ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    reach = newest - rows[-1][0] + 1
    return min(documents, round(SAMPLE * documents / max(reach, 1)))
