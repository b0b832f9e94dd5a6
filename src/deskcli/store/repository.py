"""Reading and writing licenses, requests, messages and their history.

Every change to a request goes through ``Repository.change_request`` so it is recorded as
an event (who, when, what, before, after). Callers hold one transaction per command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from deskcli.domain.errors import InvalidInput, NotFound, StorageError
from deskcli.domain.named import TYPE_CHECKING, cast
from deskcli.store.db import connect, immediate, storage_errors
from deskcli.store.exports import REQUEST_JSON, ExportQueries, period_filter
from deskcli.store.records import (
    LARGEST_NUMBER,
    LicenseRow,
    MessageRow,
    RequestRow,
    from_utc_text,
    json_text,
    utc_text,
)

if TYPE_CHECKING:
    from typing import Any
    from _typeshed import StrPath

__all__ = ["Repository", "from_utc_text", "utc_text"]


def _dict_factory(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {col[0]: value for col, value in zip(cursor.description, row, strict=True)}


#: The queue's order (SPEC 2.6: criticality and arrival): soonest due first; at the same
#: deadline an emergency (or a request an emergency's deadline was handed to) first, then by
#: arrival in the queue. The ``requests_queue`` index holds exactly these expressions, so
#: it serves the order, and covers it (``live_queue``).
CRITICAL_LAST = "coalesce(clock_category, category) <> 'emergency'"
QUEUE_ORDER = f"due_at, {CRITICAL_LAST}, queued_at, id"

STALE_DEADLINES = (
    "SELECT 1 FROM requests WHERE status = 'open' AND due_calendar IS NULL "
    "UNION ALL SELECT 1 FROM requests WHERE status = 'open' AND due_calendar < ?1 "
    "UNION ALL SELECT 1 FROM requests WHERE status = 'open' AND due_calendar > ?1 LIMIT 1"
)

def _first(row: dict[str, Any] | tuple[Any, ...] | None) -> Any:
    if row is None:
        return None
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


def open_requests_where(*, line: int | None = None, category: str | None = None, assignee: str | None = None,
                        tag: str | None = None, due_before: str | None = None,
                        overdue_at: str | None = None, license: str | None = None) -> tuple[str, list[object]]:
    """The SQL condition (and its values) for the open requests a queue filter keeps, as
    ``desk queue`` and the screen both read it; ``assignee=""`` is unassigned."""
    where = ["status = 'open'"]
    params: list[object] = []
    if assignee == "":
        where.append("assignee IS NULL")
        assignee = None
    # an agent's name matches however it was capitalised when assigned (review: "Anna" was
    # not anna's; then "Анна" was not анна's): casefold is the connection's (store.db)
    if assignee is not None:
        assignee = assignee.casefold()
    for clause, value in (("license = ?", license), ("line = ?", line), ("category = ?", category),
                          ("casefold(assignee) = ?", assignee),
                          ("due_at <= ?", due_before), ("due_at < ?", overdue_at),
                          ("id IN (SELECT request_id FROM request_tags WHERE tag = ?)", tag)):
        if value is not None:
            where.append(clause)
            params.append(value)
    return " AND ".join(where), params


class Repository(ExportQueries):
    def __init__(self, path: StrPath, *, create: bool = True, write: bool = True,
                 upgrading: Callable[[int, int], None] | None = None) -> None:
        self.path = path
        self.writable = write
        self._erased = False
        self._changes_before = 0
        with storage_errors(path):
            self.conn = connect(path, create=create, write=write, upgrading=upgrading)
        self.conn.row_factory = _dict_factory

    def close(self) -> None:
        self.conn.close()

    def assignee_spelling(self, name: str) -> str | None:
        """How the desk already spells agent ``name`` on a request being worked on, when it
        is the same name in other letter case (``Anna`` for ``anna``)."""
        folded = name.casefold()
        for row in self.conn.execute("SELECT DISTINCT assignee FROM requests WHERE status IN ('open', 'answered') "
                                     "AND assignee IS NOT NULL"):
            known = row["assignee"] if isinstance(row, dict) else row[0]
            if known != name and known.casefold() == folded:
                return known
        return None

    @contextlib.contextmanager
    def transaction(self, waiting: Callable[[], None] | None = None) -> Iterator[Repository]:
        """One write transaction per command; sqlite3 failures become storage errors.
        ``waiting``: called once when another writer has held the lock for a while."""
        self._erased = False
        self._changes_before = self.conn.total_changes
        with storage_errors(self.path), immediate(self.conn, committed=self._count_commit, waiting=waiting):
            yield self
        if self._erased:
            self.checkpoint()

    def _count_commit(self) -> None:
        """A transaction that wrote nothing (a policy set to what it was) saved nothing either."""
        if self.conn.total_changes > self._changes_before:
            _commits[str(self.path)] = _commits.get(str(self.path), 0) + 1

    def erase_access(self, request_id: int) -> None:
        """Delete a request's sealed credentials (``secure_delete`` zeroes them in the page);
        the transaction then checkpoints, so older copies of the page leave the WAL too."""
        if self.conn.execute("DELETE FROM access WHERE request_id = ?", (request_id,)).rowcount:
            self._erased = True

    def checkpoint(self) -> bool:
        """Copy the WAL into the file and truncate it; False when another agent's command
        kept part of it (``desk doctor`` then reports what is left, and the last command to
        close the file checkpoints it). A TRUNCATE checkpoint holds off writers while it
        waits, so it does not wait: other agents' writes matter more."""
        from deskcli.store.db import BUSY_TIMEOUT_MS

        try:
            self.conn.execute("PRAGMA busy_timeout = 0")
            try:
                done = not _first(self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
                if not done:
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.DatabaseError:
            return False  # the command's own work is committed; a checkpoint can wait
        return done

    # -- queries ------------------------------------------------------------------

    def one(self, sql: str, params: Sequence[object] = ()) -> dict[str, Any] | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        """The first column of the first row, or None when there is no row."""
        return _first(self.conn.execute(sql, params).fetchone())

    def all(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        return self.conn.execute(sql, params).fetchall()

    def insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))
        assert cursor.lastrowid is not None  # set by every INSERT
        if cursor.lastrowid > LARGEST_NUMBER:  # after an import of records numbered up to it (review)
            raise StorageError(f"{table}: the desk has numbered records up to {LARGEST_NUMBER}, the largest an "
                               "export can carry; nothing was changed")
        return cursor.lastrowid

    def update(self, table: str, key: str, value: object, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self.conn.execute(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?', [*changes.values(), value])

    # -- policy -------------------------------------------------------------------

    def policy(self) -> tuple[int, dict[str, Any]] | None:
        """The newest policy version and its document, or None for a desk that has none yet."""
        row = self.one("SELECT version, document FROM policy ORDER BY version DESC LIMIT 1")
        if row is None:
            return None
        import json
        return int(row["version"]), json.loads(row["document"])

    def policy_version(self) -> int | None:
        """The newest policy version, or None for a desk that has none yet."""
        return self.scalar("SELECT max(version) FROM policy")

    def save_policy(self, document: dict[str, Any], *, at: dt.datetime, agent: str, version: int | None = None) -> int:
        """A new version of the policy (numbered after the last, unless ``version`` is given)."""
        import json
        row = {"at": utc_text(at), "agent": agent, "document": json.dumps(document, ensure_ascii=False, sort_keys=True)}
        return self.insert("policy", row if version is None else {"version": version, **row})

    # -- licenses -----------------------------------------------------------------

    def find_license(self, number: str) -> LicenseRow | None:
        """The license whose number matches, regardless of case ("hc-1001" is HC-1001).

        The exact spelling is one indexed lookup; another case is found by folding every
        number in Python, since SQLite's NOCASE folds only ASCII and numbers may not be.
        """
        row = self.one("SELECT * FROM licenses WHERE number = ?", (number,))
        if row is not None:
            return cast(LicenseRow, row)
        wanted = number.casefold()
        for candidate in self.conn.execute("SELECT number FROM licenses").fetchall():
            if candidate["number"].casefold() == wanted:
                return cast(LicenseRow, self.one("SELECT * FROM licenses WHERE number = ?", (candidate["number"],)))
        return None

    def license(self, number: str) -> LicenseRow:
        number = number.strip()
        if not number:  # a missing value (an unset variable in a script), not a license nobody has
            raise InvalidInput("the license number is empty")
        row = self.find_license(number)
        if row is None:
            raise NotFound(f"license {number} not found")
        return cast(LicenseRow, row)

    # -- wrong PINs ---------------------------------------------------------------

    def licenses(self, words: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Every license, or those whose number, customer, e-mail or site holds each of
        ``words``, given folded (``str.casefold``, ё as е)."""
        text = ("replace(casefold(number || ' ' || coalesce(customer, '') || ' ' || coalesce(email, '') || ' ' || "
                "coalesce(site, '')), 'ё', 'е')")
        where = " AND ".join(f"instr({text}, ?) > 0" for _ in words) or "1"
        return self.all(f"SELECT * FROM licenses WHERE {where} ORDER BY number", list(words))

    def renewals(self, number: str) -> list[dict[str, Any]]:
        return self.all("SELECT * FROM renewals WHERE license = ? ORDER BY id", (number,))

    # -- requests -----------------------------------------------------------------

    def request(self, request_id: int) -> RequestRow:
        row = self.one("SELECT * FROM requests WHERE id = ?", (request_id,))
        if row is None:
            raise NotFound(f"request #{request_id} not found")
        return cast(RequestRow, row)

    def messages(self, request_id: int) -> list[MessageRow]:
        return cast("list[MessageRow]", self.all("SELECT * FROM messages WHERE request_id = ? ORDER BY at, id", (request_id,)))

    def access_kind(self, request_id: int) -> str | None:
        found = self.one("SELECT kind FROM access WHERE request_id = ?", (request_id,))
        return found["kind"] if found else None

    def history(self, request_id: int, *, after: int = 0) -> list[dict[str, Any]]:
        """The request's events in order; ``after``: only those recorded after that event."""
        return self.all("SELECT * FROM events WHERE request_id = ? AND id > ? ORDER BY id", (request_id, after))

    def last_event(self, request_id: int) -> int:
        """The id of the request's latest event (0: none)."""
        return self.scalar("SELECT coalesce(max(id), 0) FROM events WHERE request_id = ?", (request_id,))

    def last_turn_at(self, request_id: int) -> dt.datetime | None:
        """When the request last took a turn that a customer's new message comes after: its
        opening, its latest message (an answer, the customer's, a note), its latest place in
        the queue or close. Each is stored at the time it counts from (a polled message's
        arrival, not its poll, so two messages of one poll keep their own times); an
        assignment, a tag or a recalculated deadline is no turn."""
        return from_utc_text(self.scalar(
            "SELECT max(at) FROM (SELECT max(created_at, queued_at, coalesce(closed_at, '')) AS at FROM requests "
            "WHERE id = ?1 UNION ALL SELECT max(at) FROM messages WHERE request_id = ?1)", (request_id,)))

    def record(self, *, at: dt.datetime, agent: str, action: str, request_id: int | None = None,
               license: str | None = None, before: dict | None = None, after: dict | None = None) -> None:
        self.insert(
            "events",
            {
                "request_id": request_id,
                "license": license,
                "at": utc_text(at),
                "agent": agent,
                "action": action,
                "before": json_text(before) if before is not None else None,
                "after": json_text(after) if after is not None else None,
            },
        )

    def change_request(self, row: Mapping[str, Any], changes: dict[str, Any], *, at: dt.datetime,
                       agent: str, action: str) -> dict[str, Any]:
        """Apply ``changes`` to a request and record what they replaced; a change that
        replaces nothing (a second clarification in the same second) records nothing."""
        before = {k: row.get(k) for k in changes if row.get(k) != changes[k]}
        after = {k: changes[k] for k in before}
        if after:
            self.update("requests", "id", row["id"], after)
            self.record(at=at, agent=agent, action=action, request_id=row["id"], before=_listed(before),
                        after=_listed(after))
        return {**row, **changes}

    def has_stale_deadlines(self, basis: str) -> bool:
        """Whether an open request has a deadline made on another ``basis`` (or none).

        ``due_calendar IS NOT ?``, and ``IS NULL OR < ?`` too, walk every open request in the
        index (SQLite 3.40 seeks on ``status`` only); NULL, below and above the basis as three
        parts of one query are three seeks into ``requests_calendar``, however many are open.
        """
        return self.conn.execute(STALE_DEADLINES, (basis,)).fetchone() is not None

    def queue(self, *, overdue_at: str | None = None, line: int | None = None, category: str | None = None,
              assignee: str | None = None, due_before: str | None = None, limit: int | None = None,
              tag: str | None = None, license: str | None = None) -> list[sqlite3.Row]:
        """Open requests, soonest due first; ties: emergencies first, then queue position, then id."""
        where, params = open_requests_where(overdue_at=overdue_at, line=line, category=category,
                                           assignee=assignee, due_before=due_before, tag=tag,
                                           license=license)
        sql = f"SELECT * FROM requests WHERE {where} ORDER BY {QUEUE_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        # sqlite3.Row is built in C and read by name, cheaper than a dict per row here.
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def queue_count(self, *, overdue_at: str | None = None, line: int | None = None, category: str | None = None,
                    assignee: str | None = None, due_before: str | None = None, limit: int | None = None,
                    tag: str | None = None, license: str | None = None) -> int:
        """How many open requests ``queue`` would list with the same filters."""
        where, params = open_requests_where(overdue_at=overdue_at, line=line, category=category,
                                           assignee=assignee, due_before=due_before, tag=tag,
                                           license=license)
        count = self.scalar(f"SELECT count(*) FROM requests WHERE {where}", params)
        return count if limit is None else min(count, limit)

    def queue_rows(self, *, overdue_at: str | None = None, line: int | None = None,
                   category: str | None = None, assignee: str | None = None, due_before: str | None = None,
                   limit: int | None = None, tag: str | None = None, license: str | None = None,
                   columns: str = REQUEST_JSON) -> Iterator[tuple]:
        """The queue as ``request_json_rows`` rows (``columns=REQUEST_CSV``: as
        ``request_csv_rows`` rows), read as they are consumed."""
        where, params = open_requests_where(overdue_at=overdue_at, line=line, category=category,
                                           assignee=assignee, due_before=due_before, tag=tag,
                                           license=license)
        sql = f"SELECT {columns} FROM requests WHERE {where} ORDER BY {QUEUE_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._tuples(sql, params)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Repository]:
        """One read transaction, so cursors stepped side by side see the same data."""
        with storage_errors(self.path):
            self.conn.execute("BEGIN")
            try:
                yield self
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("COMMIT")

    def requests(self, *, since: str | None = None, until: str | None = None,
                 statuses: Iterable[str] = ()) -> list[dict[str, Any]]:
        return list(self.request_rows(since=since, until=until, statuses=statuses))

    def responses(self, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Agent responses that stopped an SLA clock, with their request's category and line."""
        where, params = period_filter("m.at", since, until)
        where += ["m.kind = 'agent'", "m.met_due IS NOT NULL"]
        return self.all(
            "SELECT m.at, m.author, m.met_due, m.met_first_due, m.response_minutes, m.first_response_minutes, "
            "r.category, r.line FROM messages m JOIN requests r ON r.id = m.request_id "
            f"WHERE {' AND '.join(where)} ORDER BY m.at",
            params,
        )

    def messages_for(self, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        grouped: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        ids = list(ids)
        for chunk in range(0, len(ids), 500):  # a bounded number of bound values per statement
            part = ids[chunk:chunk + 500]
            marks = ", ".join("?" * len(part))
            for row in self.all(f"SELECT * FROM messages WHERE request_id IN ({marks}) ORDER BY request_id, at, id",
                                part):
                grouped[row["request_id"]].append(row)
        return grouped


#: Write transactions this process has committed, by database file: a command that fails
#: after one (its output cannot be written, Ctrl-C) must say that its change was kept, not
#: that nothing changed, unless the file is gone (a demo built aside and discarded). A fact
#: about the process, as its exit code is, so kept with the process, not with a command.
_commits: dict[str, int] = {}


def commits() -> dict[str, int]:
    return dict(_commits)


#: Request columns stored as JSON text: the history records them as the lists they are.
_LIST_COLUMNS = ("flags", "reasons", "tags", "suggestions")


def _listed(values: dict[str, Any]) -> dict[str, Any]:
    import json
    return {k: json.loads(v) if k in _LIST_COLUMNS and isinstance(v, str) else v for k, v in values.items()}
