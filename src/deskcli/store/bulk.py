"""Rows into the database in bulk, for ``desk import``: a batch at a time inside the caller's
transaction, indexes rebuilt after filling an empty table, references checked at the end,
and open requests' deadlines computed on the way in."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from deskcli.domain.errors import InvalidInput
from deskcli.store.repository import Repository


#: Merges followed in search of a ring before the import gives up looking.
_LONGEST_RING = 10_000


@dataclass(frozen=True)
class Deadlines:
    """What open requests' deadlines are computed with on the way in: the desk's calendar,
    its response targets (business minutes by category), and the ``tickets.deadline_basis``
    stamp that the stale-deadline check compares."""

    calendar: Any
    targets: dict[str, int]
    basis: str



#: References the schema does not declare (its older tables), checked at import all the same.
UNDECLARED_REFERENCES = {
    "events": [("request_id", "requests", "id"), ("license", "licenses", "number")],
    "mail_received": [("request_id", "requests", "id")],
    "sla_stops": [("request_id", "requests", "id")],
    "renewal_reminders": [("license", "licenses", "number")],
}


class Writer:
    """Rows into their tables a batch at a time, inside the caller's transaction.

    References (foreign keys) are checked at the end, over the rows this import added (the
    whole table when it has no rowid to tell them by). A table that was empty is filled
    without its indexes, which are built after: one sort each instead of a B-tree update per
    row. ``before_first`` names, per table, what runs before its first row goes in, once the
    rows of every other table are in (rows that replace what the earlier ones derived).
    """

    BATCH = 5000

    def __init__(self, repo: Repository, plans: dict[str, Any], deadlines: Deadlines | None,
                 shapes: dict[str, dict[str, Any]], before_first: Mapping[str, Callable[[], None]] | None = None
                 ) -> None:
        self.repo, self.plans, self.deadlines, self.shapes = repo, plans, deadlines, shapes
        self.before_first = dict(before_first or {})
        self.pending: dict[str, list[list[Any]]] = {kind: [] for kind in shapes}
        self.lines: dict[str, list[int]] = {kind: [] for kind in shapes}  # of the pending rows
        self.counts = dict.fromkeys(shapes, 0)
        self.first_new: dict[str, int] = {}  # per table: no row this import added has a lower rowid
        self.started: set[str] = set()  # the tables this import has begun to write
        # The requests this import brings, when the desk had some before (into an empty desk,
        # every request is the file's): a file's SLA stops are its own requests', never theirs.
        self.brought: set[int] | None = set() if repo.scalar("SELECT EXISTS (SELECT 1 FROM requests)") else None
        self.indexes: list[str] = []

    def add(self, kind: str, row: list[Any], line: int = 0) -> None:
        """``row`` of ``kind``, from line ``line`` of the file (named if it cannot go in)."""
        pending = self.pending[kind]
        pending.append(row)
        self.lines[kind].append(line)
        if len(pending) >= self.BATCH:
            self._flush(kind)

    def finish(self) -> dict[str, int]:
        for kind in self.shapes:
            self._flush(kind)
        for kind in self.shapes:
            if self.counts[kind]:
                self._check_references(self.shapes[kind]["table"])
        for sql in self.indexes:
            self.repo.conn.execute(sql)
        if self.counts.get("license"):
            self._check_license_numbers()
        if self.counts.get("sla_stop"):
            self._check_stop_numbers()
        if self.counts.get("request"):
            self._check_merges()  # after the indexes: the merged requests' own finds them at once
        if self.counts["request"]:
            # The pairs table answers desk queue --tag and desk tag list.
            self.repo.conn.execute("INSERT OR IGNORE INTO request_tags (tag, request_id) SELECT j.value, r.id "
                                   "FROM requests r, json_each(r.tags) j WHERE r.tags != '[]'")
        if self.counts["request"]:
            from deskcli.store.search import index_imported

            # Repeat detection (2.8.5) reads answered questions from the index by license.
            index_imported(self.repo, since=self.first_new["requests"])
        if self.counts["article"]:
            from deskcli.store.search import reindex_articles

            reindex_articles(self.repo)
        return {self.shapes[kind]["table"]: n for kind, n in self.counts.items() if n}

    def _flush(self, kind: str) -> None:
        rows = self.pending[kind]
        if not rows:
            return
        plan, table = self.plans[kind], self.shapes[kind]["table"]
        if table not in self.started:
            self._start(kind)
        rowid = self.shapes[kind].get("rowid", "id")  # the column that is the table's rowid (None: it has none)
        if rowid is not None and rowid in plan.at:
            ids = [row[plan.at[rowid]] for row in rows if row[plan.at[rowid]] is not None]
            self.first_new[table] = min([self.first_new[table], *ids])
        if kind == "request" and self.deadlines is not None:
            self._deadlines(plan, rows)
        if kind == "request" and self.brought is not None:
            self.brought.update(row[plan.at["id"]] for row in rows)
        if kind == "sla_stop":
            self._own_requests_stops(plan, rows, self.lines[kind])
        columns = plan.columns
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})'
        conn = self.repo.conn
        conn.execute("SAVEPOINT batch")
        try:
            conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO batch")
            raise self._which(kind, sql, rows, exc) from None
        conn.execute("RELEASE batch")
        self.counts[kind] += len(rows)
        self.pending[kind] = []
        self.lines[kind] = []

    def _which(self, kind: str, sql: str, rows: list[list[Any]], exc: sqlite3.IntegrityError) -> InvalidInput:
        """The error naming the line whose row would not go in (a batch failed as a whole; row
        by row, only now, finds it)."""
        conn = self.repo.conn
        for row, line in zip(rows, self.lines[kind], strict=True):
            try:
                conn.execute(sql, row)
            except sqlite3.IntegrityError as row_exc:
                conn.execute("ROLLBACK TO batch")
                where = f"line {line}: " if line else ""
                return InvalidInput(f"{where}{kind}: {row_exc} (an id already in this desk or earlier in "
                                    "the file); nothing imported")
        conn.execute("ROLLBACK TO batch")
        return InvalidInput(f"{self.shapes[kind]['table']}: {exc} (ids must be new to this database); nothing imported")

    def _start(self, kind: str) -> None:
        """Before a table's first rows: where new rowids begin, and its indexes out if it is empty."""
        table = self.shapes[kind]["table"]
        self.started.add(table)
        if table in self.before_first:
            for other in self.shapes:
                if other != kind:
                    self._flush(other)
            self.before_first[table]()
        if self.shapes[kind].get("rowid", "id") is None:  # a WITHOUT ROWID table
            empty = not self.repo.scalar(f'SELECT EXISTS (SELECT 1 FROM "{table}")')
        else:
            last = self.repo.scalar(f'SELECT max(rowid) FROM "{table}"')
            self.first_new[table] = (last or 0) + 1
            empty = last is None
        if empty:
            for index in self.repo.all("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                       "AND sql IS NOT NULL", (table,)):
                self.repo.conn.execute(f'DROP INDEX "{index["name"]}"')
                self.indexes.append(index["sql"])

    def _check_references(self, table: str) -> None:
        """Every value this import added that names another row names one that exists: the
        declared foreign keys, and the history's own (an event of a request nobody has would
        join whichever request later takes its number: data-safety QA)."""
        keys = [(key["from"], key["table"], key["to"]) for key in self.repo.all(f'PRAGMA foreign_key_list("{table}")')]
        keys += UNDECLARED_REFERENCES.get(table, [])
        since = self.first_new.get(table)
        added = "" if since is None else f"c.rowid >= {int(since)} AND "
        for child, parent, column in keys:
            broken = self.repo.one(
                f'SELECT c."{child}" AS value FROM "{table}" c WHERE {added}c."{child}" IS NOT NULL '
                f'AND NOT EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{column}" = c."{child}") LIMIT 1')
            if broken:
                raise InvalidInput(f"{table}: {child} {broken['value']!r} names no row of {parent}, in this desk or "
                                   "the file; nothing imported")

    def _own_requests_stops(self, plan: Any, rows: list[list[Any]], lines: list[int]) -> None:
        """A stop the file carries is one of a request the file brings: one for the desk's own
        would rewrite its report, and take the place of the stops derived for the file's (review)."""
        at = plan.at["request_id"]
        for row, line in zip(rows, lines, strict=True):
            if self.brought is not None and row[at] is not None and row[at] not in self.brought:
                raise InvalidInput(f"line {line}: sla_stop: request {row[at]} is not one this file brings; a "
                                   "file carries the stops of its own requests; nothing imported")

    def _check_stop_numbers(self) -> None:
        """Each request's stops are numbered 0, 1, 2 ... in the order its clock stopped: a
        second 0 would count its first response twice (review). Only the file's requests are
        read (the desk's own were numbered by the desk)."""
        for broken in self.repo.all(
                "SELECT request_id FROM sla_stops GROUP BY request_id "
                "HAVING min(seq) <> 0 OR max(seq) <> count(*) - 1 OR count(DISTINCT seq) <> count(*)"):
            if self.brought is None or broken["request_id"] in self.brought:
                raise InvalidInput(f"sla_stops: the stops of request {broken['request_id']} are not numbered "
                                   "0, 1, 2 ... once each; nothing imported")

    def _check_license_numbers(self) -> None:
        """Numbers that differ only in case are one license to every command (a PIN, a request,
        ``desk license add`` all find hc-1001 as HC-1001): a second spelling is refused (review)."""
        seen: dict[str, str] = {}
        for row in self.repo.conn.execute("SELECT rowid, number FROM licenses ORDER BY rowid"):
            number = row["number"]
            first = seen.setdefault(number.casefold(), number)
            if first != number and row["rowid"] >= self.first_new["licenses"]:
                raise InvalidInput(f"licenses: {number} is {first} in another case, and one number names one "
                                   "license; nothing imported")

    def _check_merges(self) -> None:
        """A request this import marks as merged away is what ``desk merge`` leaves: resolved,
        and pointing at another request of its license. One merged into itself, or still
        open, could not be worked on or closed by any command (review)."""
        broken = self.repo.one(
            "SELECT c.id, c.merged_into, c.status, c.license, p.license AS target_license FROM requests c "
            "JOIN requests p ON p.id = c.merged_into WHERE c.rowid >= ? AND c.merged_into IS NOT NULL "
            "AND (c.merged_into = c.id OR c.status <> 'resolved' OR p.license <> c.license) LIMIT 1",
            (self.first_new["requests"],))
        if broken:
            number, target = broken["id"], broken["merged_into"]
            said = (f"#{number} is merged into itself" if target == number
                    else f"#{number} is merged into #{target} but is {broken['status']}, not resolved"
                    if broken["status"] != "resolved"
                    else f"#{number} (license {broken['license']}) is merged into #{target} of license "
                         f"{broken['target_license']}")
            raise InvalidInput(f"requests: {said}; only one license's requests merge, and a merged one is "
                               "resolved; nothing imported")
        # A chain (one merged into a request merged later in its turn) is what desk merge leaves;
        # a ring is not: each of its requests says "work on that one" of the next (review).
        ring = self.repo.one(
            "WITH RECURSIVE walk(start, at, depth) AS ("
            " SELECT id, merged_into, 1 FROM requests WHERE rowid >= ? AND merged_into IS NOT NULL"
            " UNION ALL SELECT w.start, r.merged_into, w.depth + 1 FROM walk w JOIN requests r ON r.id = w.at"
            " WHERE r.merged_into IS NOT NULL AND w.at <> w.start AND w.depth < ?)"
            "SELECT start FROM walk WHERE at = start LIMIT 1", (self.first_new["requests"], _LONGEST_RING))
        if ring:
            raise InvalidInput(f"requests: #{ring['start']} is merged, through the requests it was merged into, "
                               "into itself; nothing imported")

    def _deadlines(self, plan: Any, rows: list[list[Any]]) -> None:
        """``services.deadlines.recalculate`` for the open requests among ``rows``, without its
        history events: on the way in, the deadlines are part of the record being stored."""
        from deskcli.domain.tickets import deadlines_each
        from deskcli.store.repository import from_utc_text, utc_text

        at, deadlines = plan.at, self.deadlines
        assert deadlines is not None
        # An open request without a deadline has none to keep, whatever basis it names.
        stale = [row for row in rows if row[at["status"]] == "open"
                 and (row[at["due_calendar"]] != deadlines.basis or row[at["due_at"]] is None)]
        for category, target in deadlines.targets.items():
            mine = [row for row in stale if (row[at["clock_category"]] or row[at["category"]]) == category]
            if not mine:
                continue
            made = deadlines_each(deadlines.calendar, target, [
                (from_utc_text(row[at["queued_at"]]), from_utc_text(row[at["wait_started_at"]])) for row in mine])
            for row, (due, first) in zip(mine, made, strict=True):
                row[at["due_at"]], row[at["first_due_at"]] = utc_text(due), utc_text(first)
                row[at["due_calendar"]] = deadlines.basis
