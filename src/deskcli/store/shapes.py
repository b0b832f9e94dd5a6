"""The records of ``export --all`` and ``desk import``, kind by kind: the table each fills,
its columns in record order, which hold instants, money, JSON, flags, dates and numbers.
``store.transfer`` checks and loads them; ``store.dump`` writes them."""

from __future__ import annotations

from typing import Any

# Per kind: table, the columns in record order, which of them are instants, which are money.
SHAPES: dict[str, dict[str, Any]] = {
    "license": {
        "table": "licenses",
        "columns": ["number", "pin_hash", "edition", "price", "purchased", "support_until", "customer",
                    "email", "site", "code_modified", "created_at"],
        "instants": {"created_at"},
        "money": {"price": "price_kopecks"},
        "required": {"number", "edition", "price", "purchased"},
    },
    "renewal": {
        "table": "renewals",
        "columns": ["id", "license", "renewed_on", "rate", "amount", "old_support_until", "new_support_until",
                    "at", "agent"],
        "instants": {"at"},
        "money": {"amount": "amount_kopecks"},
        "required": {"license", "renewed_on", "rate", "amount"},
    },
    "request": {
        "table": "requests",
        "columns": ["id", "license", "customer", "edition", "version", "category", "subject", "site_url",
                    "status", "line", "assignee", "created_at", "queued_at", "wait_started_at", "due_at",
                    "first_due_at", "due_calendar", "flags", "reasons", "resolution", "closed_at",
                    "first_response_at", "ready_to_close", "suggestions", "tags", "merged_into",
                    "clock_category"],
        "instants": {"created_at", "queued_at", "wait_started_at", "due_at", "first_due_at", "closed_at",
                     "first_response_at"},
        "money": {},
        "required": {"id", "license", "category", "status", "created_at", "queued_at"},
    },
    "message": {
        "table": "messages",
        # message_id: the Message-ID of one that came by mail, which a reply can name
        "columns": ["id", "request_id", "author", "kind", "body", "at", "due_at", "first_due_at", "met_due",
                    "met_first_due", "response_minutes", "first_response_minutes", "flags", "reasons",
                    "message_id"],
        "instants": {"at", "due_at", "first_due_at"},
        "money": {},
        "required": {"request_id", "author", "kind", "body", "at"},
        "rename": {"kind": "message_kind"},
    },
    # The renewal reminders that went out (SPEC 7, one per license, period and step), so a
    # desk restored from the file does not send them again. Their letters stay behind with
    # the outbox, and so does a reminder still waiting there: the restored desk queues its own.
    "renewal_reminder": {
        "table": "renewal_reminders",
        "columns": ["license", "support_until", "step", "at"],
        "instants": {"at"},
        "money": {},
        "required": {"license", "support_until", "step", "at"},
        "order": "license, support_until, step",
        "rowid": "rowid",
        "where": "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = outbox_id AND o.status <> 'sent')",
    },
    # Where a request's mail goes and in which language: the address its mail came from.
    "mail_contact": {
        "table": "mail_contacts",
        "columns": ["request_id", "address", "name", "language"],
        "instants": set(),
        "money": {},
        "required": {"request_id", "address"},
        "order": "request_id",
        "rowid": "request_id",
    },
    # Mail already taken in (by Message-ID, or a digest of one without): a desk restored from
    # the file stores a message delivered again once, as the desk it came from would.
    "mail_received": {
        "table": "mail_received",
        "columns": ["key", "at", "outcome", "request_id"],
        "instants": {"at"},
        "money": {},
        "required": {"key", "at", "outcome"},
        "order": "key",
        "rowid": "rowid",
    },
    "article": {
        "table": "kb",
        "columns": ["id", "title", "url", "keywords", "body", "added_at", "added_by"],
        "instants": {"added_at"},
        "money": {},
        "required": {"title", "url"},
    },
    # The team's texts: canned answers (a row without a body is a removed starter template)
    # and its copies of the desk's mail texts. The outbox, the mail log and IMAP positions
    # stay behind: they belong to one desk's mail server and its moment.
    "template": {
        "table": "templates",
        "columns": ["name", "title", "body", "updated_at", "updated_by"],
        "instants": {"updated_at"},
        "money": {},
        "required": {"name"},
        "order": "name",
    },
    "mail_template": {
        "table": "mail_templates",
        "columns": ["language", "name", "text", "updated_at", "updated_by"],
        "instants": {"updated_at"},
        "money": {},
        "required": {"language", "name", "text"},
        "order": "language, name",
    },
    "event": {
        "table": "events",
        "columns": ["id", "request_id", "license", "at", "agent", "action", "before", "after"],
        "instants": {"at"},
        "money": {},
        "required": {"at", "agent", "action"},
    },
    # Where each SLA clock stopped (``store.sla_schema``): the request's category and line at
    # the time, under the request it stopped on. Derived again from the requests as they
    # ended (recategorised, escalated, merged away), a restored desk's ``report sla`` would
    # differ from the desk's own (review). A file without them gets them derived.
    "sla_stop": {
        "table": "sla_stops",
        "columns": ["at", "request_id", "seq", "kind", "agent", "category", "line", "met_due", "met_first_due",
                    "minutes", "first_minutes"],
        "instants": {"at"},
        "money": {},
        "required": {"at", "request_id", "seq", "kind", "category", "line", "met_due", "met_first_due"},
        "rename": {"kind": "stop_kind"},
        "order": "at, request_id, seq",  # the table's own: appended in order, as BACKFILL does
        "rowid": None,
    },
}
KINDS = tuple(SHAPES)
#: The first record of ``export --all``: the policy document in force (not a table's row).
POLICY_KIND = "policy"
#: Its key for how many records of each kind the file holds after it (``desk import`` checks
#: them at the end, so a file cut short imports nothing); a file without it is not checked.
RECORDS_KEY = "records"
JSON_COLUMNS = {("request", "flags"), ("request", "reasons"), ("request", "suggestions"), ("request", "tags"),
                ("message", "flags"), ("message", "reasons"), ("event", "before"), ("event", "after")}
BOOL_COLUMNS = {("license", "code_modified"), ("message", "met_due"), ("message", "met_first_due"),
                ("request", "ready_to_close"), ("sla_stop", "met_due"), ("sla_stop", "met_first_due")}


DATE_COLUMNS = {("license", "purchased"), ("license", "support_until"), ("renewal", "renewed_on"),
                ("renewal", "old_support_until"), ("renewal", "new_support_until"),
                ("renewal_reminder", "support_until")}
INTEGER_COLUMNS = {("article", "id"), ("mail_contact", "request_id"), ("mail_received", "request_id"),
                   ("renewal", "id"), ("request", "id"), ("request", "line"),
                   ("request", "merged_into"), ("message", "id"),
                   ("message", "request_id"), ("message", "response_minutes"),
                   ("message", "first_response_minutes"), ("event", "id"), ("event", "request_id"),
                   ("sla_stop", "request_id"), ("sla_stop", "seq"), ("sla_stop", "minutes"),
                   ("sla_stop", "first_minutes")}
