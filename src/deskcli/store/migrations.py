"""Schema migrations: an ordered list of small functions; ``PRAGMA user_version`` counts them.

Add a migration by appending a function. Never edit one that has shipped: databases in
the field have already run it, and the ``migrations`` table records which ones did.
Instants are ISO 8601 text in UTC (``2026-11-25T07:00:00+00:00``), so they sort as text;
money is integer kopecks.
"""

from __future__ import annotations

import sqlite3


def _db(conn: sqlite3.Connection):
    import sqlite_utils

    return sqlite_utils.Database(conn)


def m001_initial(conn: sqlite3.Connection) -> None:
    db = _db(conn)
    db["migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
    db["licenses"].create(
        {
            "number": str,
            "pin_hash": str,
            "edition": str,
            "price_kopecks": int,
            "purchased": str,
            "support_until": str,
            "customer": str,
            "email": str,
            "site": str,
            "code_modified": int,
            "created_at": str,
        },
        pk="number",
        not_null={"pin_hash", "edition", "price_kopecks", "purchased", "support_until"},
        defaults={"code_modified": 0, "customer": "", "email": "", "site": ""},
    )
    db["renewals"].create(
        {
            "id": int,
            "license": str,
            "renewed_on": str,
            "rate": str,
            "amount_kopecks": int,
            "old_support_until": str,
            "new_support_until": str,
            "at": str,
            "agent": str,
        },
        pk="id",
        foreign_keys=[("license", "licenses", "number")],
    )
    db["requests"].create(
        {
            "id": int,
            "license": str,
            "customer": str,
            "edition": str,
            "version": str,
            "category": str,
            "subject": str,
            "site_url": str,
            "status": str,
            "line": int,
            "assignee": str,
            "created_at": str,
            "queued_at": str,
            "due_at": str,
            "first_due_at": str,
            "due_calendar": str,
            "flags": str,
            "reasons": str,
            "resolution": str,
            "closed_at": str,
        },
        pk="id",
        not_null={"license", "category", "status", "line", "created_at", "queued_at"},
        defaults={"line": 1, "flags": "[]", "reasons": "[]"},
        foreign_keys=[("license", "licenses", "number")],
    )
    db["messages"].create(
        {
            "id": int,
            "request_id": int,
            "author": str,
            "kind": str,
            "body": str,
            "at": str,
            "due_at": str,
            "first_due_at": str,
            "met_due": int,
            "met_first_due": int,
            "response_minutes": int,
        },
        pk="id",
        not_null={"request_id", "author", "kind", "body", "at"},
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["events"].create(
        {
            "id": int,
            "request_id": int,
            "license": str,
            "at": str,
            "agent": str,
            "action": str,
            "before": str,
            "after": str,
        },
        pk="id",
        not_null={"at", "agent", "action"},
    )
    db["requests"].create_index(["status", "due_at", "queued_at", "id"], index_name="requests_queue")
    db["requests"].create_index(["license", "status"], index_name="requests_license")
    db["requests"].create_index(["created_at"], index_name="requests_created")
    db["messages"].create_index(["request_id", "at"], index_name="messages_request")
    db["events"].create_index(["request_id", "at"], index_name="events_request")
    db["renewals"].create_index(["license"], index_name="renewals_license")


def m002_temporary_access(conn: sqlite3.Connection) -> None:
    """Temporary credentials (2.12), kept encrypted and only while the request is open."""
    _db(conn)["access"].create(
        {
            "request_id": int,
            "kind": str,
            "sealed": str,
            "added_at": str,
            "added_by": str,
        },
        pk="request_id",
        not_null={"kind", "sealed", "added_at"},
        foreign_keys=[("request_id", "requests", "id")],
    )


def m003_wait_start(conn: sqlite3.Connection) -> None:
    """When the customer's current wait began, so reports can measure against both the
    re-queued deadline of policy 2.7 and the first unanswered message (as other desks do)."""
    conn.execute("ALTER TABLE requests ADD COLUMN wait_started_at TEXT")
    conn.execute("UPDATE requests SET wait_started_at = queued_at")
    conn.execute("ALTER TABLE messages ADD COLUMN first_response_minutes INTEGER")


def m004_search(conn: sqlite3.Connection) -> None:
    """Documentation articles (2.11) and full-text indexes over stemmed terms.

    FTS5 cannot stem Russian, so the rows hold the stems deskcli computes
    (``intake.search_terms``) and queries match them by prefix.
    """
    _db(conn)["kb"].create(
        {"id": int, "title": str, "url": str, "keywords": str, "body": str, "added_at": str, "added_by": str},
        pk="id",
        not_null={"title", "url"},
    )
    conn.execute("CREATE VIRTUAL TABLE kb_fts USING fts5(terms)")
    conn.execute("CREATE VIRTUAL TABLE questions_fts USING fts5(terms)")


def m005_calendar_index(conn: sqlite3.Connection) -> None:
    """Finding open requests whose deadline an older calendar configuration produced."""
    conn.execute("CREATE INDEX requests_calendar ON requests (status, due_calendar)")


def m006_calendar_cache(conn: sqlite3.Connection) -> None:
    """Built calendar years, so commands that open the database need no cache file."""
    conn.execute("CREATE TABLE calendar_cache (fingerprint TEXT NOT NULL, year INTEGER NOT NULL, "
                 "data TEXT NOT NULL, PRIMARY KEY (fingerprint, year))")


MIGRATIONS = [m001_initial, m002_temporary_access, m003_wait_start, m004_search, m005_calendar_index,
              m006_calendar_cache]
SCHEMA_VERSION = len(MIGRATIONS)
