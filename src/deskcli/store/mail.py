"""The mail tables: the outbox, the log of inbound mail, what was received, IMAP positions,
attachments, where each request's mail goes, and renewal reminders already sent.

Plain functions over a ``Repository``; the caller holds the transaction. Instants are
stored as UTC text like everywhere else.
"""

from __future__ import annotations

import json

import datetime as dt

from deskcli.domain.named import TYPE_CHECKING
from deskcli.store.records import utc_text
from deskcli.store.repository import Repository

if TYPE_CHECKING:
    from typing import Any

OUTBOX_STATUSES = ("queued", "sent", "failed", "bounced", "withdrawn")
#: The columns ``desk mail outbox`` lists (the message itself is shown only on request).
OUTBOX_COLUMNS = ("id", "status", "kind", "request_id", "license", "recipient", "subject", "automatic",
                  "attempts", "queued_at", "next_attempt_at", "sent_at", "last_error", "message_id")
LOG_COLUMNS = ("id", "at", "source", "outcome", "reason", "request_id", "sender", "subject", "message_id", "size")


# -- the outbox -----------------------------------------------------------------------

def add_to_outbox(repo: Repository, row: dict[str, Any]) -> int:
    return repo.insert("outbox", {"status": "queued", "attempts": 0, **row})


def automatic_sent_since(repo: Repository, recipient: str, since: dt.datetime) -> int:
    found = repo.one("SELECT count(*) AS n FROM outbox WHERE recipient = ? AND automatic = 1 AND queued_at >= ?",
                     (recipient, utc_text(since)))
    return int(found["n"]) if found else 0


def due_mail(repo: Repository, now: dt.datetime, limit: int | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT * FROM outbox WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
           "ORDER BY id")
    params: list[object] = [utc_text(now)]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return repo.all(sql, params)


def renew_claim(repo: Repository, outbox_id: int, claim: str, renewed: str) -> bool:
    """Move a queued message's claim (its next attempt) from ``claim`` to ``renewed``, if the
    claim is still the one this sender set: False when the claim ran out and another sender
    took the message, or the message is no longer queued."""
    cursor = repo.conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'queued' "
                               "AND next_attempt_at = ?", (renewed, outbox_id, claim))
    return cursor.rowcount == 1


def outbox(repo: Repository, *, statuses: tuple[str, ...] = (), request_id: int | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if statuses:
        where.append(f"status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    if request_id is not None:
        where.append("request_id = ?")
        params.append(request_id)
    sql = f"SELECT {', '.join(OUTBOX_COLUMNS)} FROM outbox WHERE {' AND '.join(where)} ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return repo.all(sql, params)


def outbox_message(repo: Repository, outbox_id: int) -> dict[str, Any] | None:
    return repo.one("SELECT * FROM outbox WHERE id = ?", (outbox_id,))


def outbox_by_message_id(repo: Repository, message_id: str) -> dict[str, Any] | None:
    return repo.one("SELECT id, request_id, license, kind, recipient, status FROM outbox WHERE message_id = ?",
                    (message_id,))


def earlier_recipients(repo: Repository, letter: dict[str, Any]) -> set[str]:
    """The addresses (folded) ``letter`` (an outbox row of a request) went to before its
    address was corrected and it was queued again (desk mail retry keeps its Message-ID)."""
    if letter["request_id"] is None:
        return set()
    rows = repo.all("SELECT after FROM events WHERE request_id = ? AND action IN ('mail sent', 'mail failed') "
                    "AND json_valid(after) AND json_extract(after, '$.outbox') = ?", (letter["request_id"], letter["id"]))
    sent = {str(json.loads(row["after"]).get("to") or "").casefold() for row in rows}
    return sent - {str(letter["recipient"]).casefold(), ""}


# -- inbound mail ---------------------------------------------------------------------

def received(repo: Repository, key: str) -> dict[str, Any] | None:
    return repo.one("SELECT * FROM mail_received WHERE key = ?", (key,))


def received_with_prefix(repo: Repository, prefix: str) -> bool:
    """Whether any message was received under a key that starts with ``prefix`` (a range
    of the primary key, not a scan: the table holds every message ever received)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return repo.one("SELECT 1 AS found FROM mail_received WHERE key >= ? AND key < ? LIMIT 1",
                    (prefix, upper)) is not None


def mark_received(repo: Repository, key: str, *, at: dt.datetime, outcome: str, request_id: int | None) -> None:
    repo.insert("mail_received", {"key": key, "at": utc_text(at), "outcome": outcome, "request_id": request_id})


def log_mail(repo: Repository, row: dict[str, Any]) -> int:
    return repo.insert("mail_log", row)


def mail_log(repo: Repository, *, since: str | None = None, outcomes: tuple[str, ...] = (),
             limit: int | None = None) -> list[dict[str, Any]]:
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if since:
        where.append("at >= ?")
        params.append(since)
    if outcomes:
        where.append(f"outcome IN ({', '.join('?' for _ in outcomes)})")
        params.extend(outcomes)
    sql = f"SELECT {', '.join(LOG_COLUMNS)} FROM mail_log WHERE {' AND '.join(where)} ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return repo.all(sql, params)


def request_for_message_ids(repo: Repository, message_ids: tuple[str, ...]) -> int | None:
    """The request one of ``message_ids`` (newest first) belongs to: a message the desk
    stored or sent."""
    for message_id in message_ids:
        found = repo.one("SELECT request_id FROM messages WHERE message_id = ? ORDER BY id DESC LIMIT 1",
                         (message_id,))
        if found is None:
            found = repo.one("SELECT request_id FROM outbox WHERE message_id = ? AND request_id IS NOT NULL",
                             (message_id,))
        if found is not None:
            return int(found["request_id"])
    return None


def answers_automatic_mail(repo: Repository, message_ids: tuple[str, ...]) -> bool:
    """Whether one of ``message_ids`` (a reply's In-Reply-To and References) is automatic
    mail the desk sent."""
    return any(repo.one("SELECT 1 FROM outbox WHERE message_id = ? AND automatic != 0", (message_id,))
               for message_id in message_ids)


def thread_ids(repo: Repository, request_id: int) -> tuple[list[str], str | None]:
    """(every Message-ID of the request's thread, the customer's and the desk's, oldest
    first; the customer's last one)."""
    # The desk's own mail in outbox order; at the same instant, the mail that came in first.
    # Mail from anyone else (kept as an internal note) or a bounce is not the customer's
    # thread: its Message-ID would tell the customer it exists; nor is the desk's mail
    # withdrawn unsent, which the customer never had.
    rows = repo.all("SELECT message_id, kind, at AS t, 0 AS o, id FROM messages "
                    "WHERE request_id = ? AND message_id IS NOT NULL AND kind = 'customer' "
                    "AND message_id NOT IN (SELECT message_id FROM outbox WHERE request_id = ?) "
                    "UNION ALL SELECT message_id, kind, queued_at AS t, 1 AS o, id FROM outbox WHERE request_id = ? "
                    "AND status != 'withdrawn' "
                    "ORDER BY t, o, id", (request_id, request_id, request_id))
    ids = list(dict.fromkeys(row["message_id"] for row in rows))
    customer = [row["message_id"] for row in rows if row["kind"] == "customer" and row["o"] == 0]
    return ids, (customer[-1] if customer else None)


def set_message_id(repo: Repository, message_row_id: int, message_id: str) -> None:
    repo.update("messages", "id", message_row_id, {"message_id": message_id})


# -- where a request's mail goes --------------------------------------------------------

def contact(repo: Repository, request_id: int) -> dict[str, Any] | None:
    return repo.one("SELECT * FROM mail_contacts WHERE request_id = ?", (request_id,))


def save_contact(repo: Repository, request_id: int, address: str, name: str, language: str) -> None:
    repo.conn.execute("INSERT OR REPLACE INTO mail_contacts (request_id, address, name, language) "
                      "VALUES (?, ?, ?, ?)", (request_id, address, name, language))


# -- IMAP -----------------------------------------------------------------------------

def imap_position(repo: Repository, mailbox: str) -> tuple[int | None, int]:
    found = repo.one("SELECT uidvalidity, last_uid FROM imap_state WHERE mailbox = ?", (mailbox,))
    return (found["uidvalidity"], int(found["last_uid"])) if found else (None, 0)


def save_imap_position(repo: Repository, mailbox: str, uidvalidity: int | None, last_uid: int,
                       at: dt.datetime) -> None:
    repo.conn.execute("INSERT OR REPLACE INTO imap_state (mailbox, uidvalidity, last_uid, at) VALUES (?, ?, ?, ?)",
                      (mailbox, uidvalidity, last_uid, utc_text(at)))


# -- attachments ----------------------------------------------------------------------

def add_attachment(repo: Repository, row: dict[str, Any]) -> int:
    return repo.insert("attachments", row)


def attachments(repo: Repository, request_id: int) -> list[dict[str, Any]]:
    return repo.all("SELECT id, request_id, message_id, name, content_type, size, kept, at FROM attachments "
                    "WHERE request_id = ? ORDER BY id", (request_id,))


def attachment_data(repo: Repository, attachment_id: int) -> bytes | None:
    found = repo.one("SELECT data FROM attachments WHERE id = ?", (attachment_id,))
    return None if found is None or found["data"] is None else bytes(found["data"])


# -- renewal reminders ----------------------------------------------------------------

def reminded(repo: Repository, license: str, support_until: str, step: str) -> bool:
    """Whether the customer was reminded of this step; a reminder withdrawn before it went out
    (what it quoted no longer held) does not count, so the next run sends the right one."""
    return repo.one("SELECT 1 FROM renewal_reminders r LEFT JOIN outbox o ON o.id = r.outbox_id "
                    "WHERE r.license = ? AND r.support_until = ? AND r.step = ? "
                    "AND coalesce(o.status, '') != 'withdrawn'", (license, support_until, step)) is not None


def mark_reminded(repo: Repository, license: str, support_until: str, step: str, *, at: dt.datetime,
                  outbox_id: int | None) -> None:
    repo.conn.execute("INSERT OR REPLACE INTO renewal_reminders (license, support_until, step, at, outbox_id) "
                      "VALUES (?, ?, ?, ?, ?)", (license, support_until, step, utc_text(at), outbox_id))


#: A license's edits at or after an instant (through the partial index events_license).
LICENSE_EDITS_SINCE = ("SELECT before, after FROM events WHERE license = ? AND action = 'license edited' "
                       "AND at >= ?")


def license_edits_since(repo: Repository, license: str, at: str) -> list[dict[str, Any]]:
    """The edits of ``license`` since ``at`` (UTC text): a queued renewal reminder asks whether
    the license it quoted changed meanwhile, once per reminder, inside ``mail send``'s lock."""
    return repo.all(LICENSE_EDITS_SINCE, (license, at))
