"""Schema migrations: an ordered list of plain SQL scripts; ``PRAGMA user_version`` counts them.

Plain SQL, so the schema a shipped migration creates never depends on a library's
version. Add a migration by appending one; never edit one that has shipped: databases in
the field have already run it, and the ``migrations`` table records which ones did.
Instants are ISO 8601 text in UTC (``2026-11-25T07:00:00+00:00``), so they sort as text;
money is integer kopecks.
"""

from __future__ import annotations


from deskcli.domain.named import NamedTuple
from deskcli.store import sla_schema


class Migration(NamedTuple):
    name: str
    statements: tuple[str, ...]


INITIAL = Migration("m001_initial", (
    'CREATE TABLE "migrations" ("version" INTEGER PRIMARY KEY, "name" TEXT, "applied_at" TEXT)',
    """CREATE TABLE "licenses" (
   "number" TEXT PRIMARY KEY,
   "pin_hash" TEXT NOT NULL,
   "edition" TEXT NOT NULL,
   "price_kopecks" INTEGER NOT NULL,
   "purchased" TEXT NOT NULL,
   "support_until" TEXT NOT NULL,
   "customer" TEXT DEFAULT '',
   "email" TEXT DEFAULT '',
   "site" TEXT DEFAULT '',
   "code_modified" INTEGER DEFAULT 0,
   "created_at" TEXT
)""",
    """CREATE TABLE "renewals" (
   "id" INTEGER PRIMARY KEY,
   "license" TEXT REFERENCES "licenses"("number"),
   "renewed_on" TEXT,
   "rate" TEXT,
   "amount_kopecks" INTEGER,
   "old_support_until" TEXT,
   "new_support_until" TEXT,
   "at" TEXT,
   "agent" TEXT
)""",
    """CREATE TABLE "requests" (
   "id" INTEGER PRIMARY KEY,
   "license" TEXT NOT NULL REFERENCES "licenses"("number"),
   "customer" TEXT,
   "edition" TEXT,
   "version" TEXT,
   "category" TEXT NOT NULL,
   "subject" TEXT,
   "site_url" TEXT,
   "status" TEXT NOT NULL,
   "line" INTEGER NOT NULL DEFAULT 1,
   "assignee" TEXT,
   "created_at" TEXT NOT NULL,
   "queued_at" TEXT NOT NULL,
   "due_at" TEXT,
   "first_due_at" TEXT,
   "due_calendar" TEXT,
   "flags" TEXT DEFAULT '[]',
   "reasons" TEXT DEFAULT '[]',
   "resolution" TEXT,
   "closed_at" TEXT
)""",
    """CREATE TABLE "messages" (
   "id" INTEGER PRIMARY KEY,
   "request_id" INTEGER NOT NULL REFERENCES "requests"("id"),
   "author" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "body" TEXT NOT NULL,
   "at" TEXT NOT NULL,
   "due_at" TEXT,
   "first_due_at" TEXT,
   "met_due" INTEGER,
   "met_first_due" INTEGER,
   "response_minutes" INTEGER
)""",
    """CREATE TABLE "events" (
   "id" INTEGER PRIMARY KEY,
   "request_id" INTEGER,
   "license" TEXT,
   "at" TEXT NOT NULL,
   "agent" TEXT NOT NULL,
   "action" TEXT NOT NULL,
   "before" TEXT,
   "after" TEXT
)""",
    'CREATE INDEX "requests_queue" ON "requests" ("status", "due_at", "queued_at", "id")',
    'CREATE INDEX "requests_license" ON "requests" ("license", "status")',
    'CREATE INDEX "requests_created" ON "requests" ("created_at")',
    'CREATE INDEX "messages_request" ON "messages" ("request_id", "at")',
    'CREATE INDEX "events_request" ON "events" ("request_id", "at")',
    'CREATE INDEX "renewals_license" ON "renewals" ("license")',
))

MIGRATIONS: list[Migration] = [
    INITIAL,
    # Temporary credentials (2.12), kept encrypted and only while the request is open.
    Migration("m002_temporary_access", ("""CREATE TABLE "access" (
   "request_id" INTEGER PRIMARY KEY REFERENCES "requests"("id"),
   "kind" TEXT NOT NULL,
   "sealed" TEXT NOT NULL,
   "added_at" TEXT NOT NULL,
   "added_by" TEXT
)""",)),
    # When the customer's current wait began, so reports can measure against both the
    # re-queued deadline of policy 2.7 and the first unanswered message (as other desks do).
    Migration("m003_wait_start", (
        "ALTER TABLE requests ADD COLUMN wait_started_at TEXT",
        "UPDATE requests SET wait_started_at = queued_at",
        "ALTER TABLE messages ADD COLUMN first_response_minutes INTEGER",
    )),
    # Documentation articles (2.11) and full-text indexes over the stems deskcli computes:
    # FTS5 cannot stem Russian, so queries match those stems by prefix.
    Migration("m004_search", (
        """CREATE TABLE "kb" (
   "id" INTEGER PRIMARY KEY,
   "title" TEXT NOT NULL,
   "url" TEXT NOT NULL,
   "keywords" TEXT,
   "body" TEXT,
   "added_at" TEXT,
   "added_by" TEXT
)""",
        "CREATE VIRTUAL TABLE kb_fts USING fts5(terms)",
        "CREATE VIRTUAL TABLE questions_fts USING fts5(terms)",
    )),
    # Finding open requests whose deadline an older calendar configuration produced.
    Migration("m005_calendar_index", ("CREATE INDEX requests_calendar ON requests (status, due_calendar)",)),
    # Built calendar years, so commands that open the database need no cache file.
    Migration("m006_calendar_cache", (
        "CREATE TABLE calendar_cache (fingerprint TEXT NOT NULL, year INTEGER NOT NULL, "
        "data TEXT NOT NULL, PRIMARY KEY (fingerprint, year))",
    )),
    # The desk's policy, shared by every agent and versioned: one row per change, the
    # newest row is in force (SPEC section 4).
    Migration("m007_policy", (
        "CREATE TABLE policy (version INTEGER PRIMARY KEY, at TEXT NOT NULL, agent TEXT NOT NULL, "
        "document TEXT NOT NULL)",
    )),
    # Earlier questions indexed by license (2.8.5), so a repeat check reads one license.
    # Each row carries its license as one token ('l' and the hex of its UTF-8 bytes) that
    # the FTS query itself filters on; question_terms counts in how many questions each
    # stem occurs, so that rare terms (names, versions, codes) weigh more. Rows of the old
    # index move over with their license; requests imported later are indexed on first need.
    Migration("m008_question_index", (
        "CREATE VIRTUAL TABLE question_index USING fts5(terms, license)",
        "INSERT INTO question_index (rowid, terms, license) "
        "SELECT q.rowid, q.terms, 'l' || lower(hex(r.license)) FROM questions_fts q "
        "JOIN requests r ON r.id = q.rowid",
        "DROP TABLE questions_fts",
        "CREATE TABLE question_terms (term TEXT PRIMARY KEY, questions INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE VIRTUAL TABLE temp.question_vocab USING fts5vocab(main, question_index, col)",
        "INSERT INTO question_terms (term, questions) SELECT term, doc FROM temp.question_vocab "
        "WHERE col = 'terms'",
        "DROP TABLE temp.question_vocab",
    )),
    # Intake findings belong to the message that raised them: its flags, and for a refused
    # message (2.8) its reasons; the request keeps its latest accepted customer message's
    # flags. When the first response came, whether the customer confirmed the fix, and the
    # documentation suggested on opening (2.11), so showing a request needs no search.
    Migration("m009_message_findings", (
        "ALTER TABLE messages ADD COLUMN flags TEXT",
        "ALTER TABLE messages ADD COLUMN reasons TEXT",
        "ALTER TABLE requests ADD COLUMN first_response_at TEXT",
        "ALTER TABLE requests ADD COLUMN ready_to_close INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE requests ADD COLUMN suggestions TEXT",
        "UPDATE requests SET first_response_at = (SELECT min(m.at) FROM messages m "
        "WHERE m.request_id = requests.id AND m.kind = 'agent')",
        "UPDATE messages SET flags = (SELECT r.flags FROM requests r WHERE r.id = messages.request_id) "
        "WHERE kind = 'customer' AND id = (SELECT max(m.id) FROM messages m "
        "WHERE m.request_id = messages.request_id AND m.kind = 'customer')",
    )),
    # Where each SLA clock stopped, for desk report sla (the SQL lives beside its readers).
    Migration("m010_sla_stops", sla_schema.STATEMENTS),
    # Mail (SPEC section 7). The raw inbound message is never kept: it holds the PIN.
    # ``outbox.message`` is the message as built for the wire (it never quotes the
    # customer's mail, so no PIN can reach it); ``mail_received`` makes receiving
    # idempotent on Message-ID; ``mail_contacts`` is where a request's mail goes;
    # ``messages.message_id`` lets a customer's reply to any message of the desk thread.
    Migration("m011_mail", (
        """CREATE TABLE "outbox" (
   "id" INTEGER PRIMARY KEY,
   "message_id" TEXT NOT NULL UNIQUE,
   "request_id" INTEGER REFERENCES "requests"("id"),
   "license" TEXT,
   "kind" TEXT NOT NULL,
   "recipient" TEXT NOT NULL,
   "subject" TEXT NOT NULL,
   "automatic" INTEGER NOT NULL DEFAULT 0,
   "status" TEXT NOT NULL,
   "attempts" INTEGER NOT NULL DEFAULT 0,
   "queued_at" TEXT NOT NULL,
   "next_attempt_at" TEXT,
   "sent_at" TEXT,
   "last_error" TEXT,
   "message" BLOB NOT NULL
)""",
        'CREATE INDEX "outbox_due" ON "outbox" ("status", "next_attempt_at", "id")',
        'CREATE INDEX "outbox_recipient" ON "outbox" ("recipient", "automatic", "queued_at")',
        'CREATE INDEX "outbox_request" ON "outbox" ("request_id")',
        """CREATE TABLE "mail_log" (
   "id" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "source" TEXT NOT NULL,
   "message_id" TEXT,
   "sender" TEXT,
   "subject" TEXT,
   "outcome" TEXT NOT NULL,
   "reason" TEXT,
   "request_id" INTEGER,
   "size" INTEGER
)""",
        'CREATE INDEX "mail_log_at" ON "mail_log" ("at")',
        """CREATE TABLE "mail_received" (
   "key" TEXT PRIMARY KEY,
   "at" TEXT NOT NULL,
   "outcome" TEXT NOT NULL,
   "request_id" INTEGER
)""",
        """CREATE TABLE "imap_state" (
   "mailbox" TEXT PRIMARY KEY,
   "uidvalidity" INTEGER,
   "last_uid" INTEGER NOT NULL DEFAULT 0,
   "at" TEXT
)""",
        """CREATE TABLE "attachments" (
   "id" INTEGER PRIMARY KEY,
   "request_id" INTEGER NOT NULL REFERENCES "requests"("id"),
   "message_id" INTEGER REFERENCES "messages"("id"),
   "name" TEXT NOT NULL,
   "content_type" TEXT NOT NULL,
   "size" INTEGER NOT NULL,
   "kept" INTEGER NOT NULL DEFAULT 1,
   "data" BLOB,
   "at" TEXT NOT NULL
)""",
        'CREATE INDEX "attachments_request" ON "attachments" ("request_id", "id")',
        """CREATE TABLE "mail_contacts" (
   "request_id" INTEGER PRIMARY KEY REFERENCES "requests"("id"),
   "address" TEXT NOT NULL,
   "name" TEXT,
   "language" TEXT NOT NULL DEFAULT 'ru'
)""",
        # One reminder per license, per support period, per step (SPEC 2.3).
        """CREATE TABLE "renewal_reminders" (
   "license" TEXT NOT NULL,
   "support_until" TEXT NOT NULL,
   "step" TEXT NOT NULL,
   "at" TEXT NOT NULL,
   "outbox_id" INTEGER,
   PRIMARY KEY ("license", "support_until", "step")
)""",
        "ALTER TABLE messages ADD COLUMN message_id TEXT",
        'CREATE INDEX "messages_message_id" ON "messages" ("message_id") WHERE message_id IS NOT NULL',
    )),
    # Canned answers (SPEC section 8). A row whose body is NULL is a removed template: it
    # keeps a shipped starter template from coming back. The starter set is written on the
    # first change (services/templates.py), so until then the shipped files are the set.
    Migration("m012_templates", (
        "CREATE TABLE templates (name TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', body TEXT, "
        "updated_at TEXT, updated_by TEXT)",
    )),
    # Full-text search over each request's subject and messages (store/fulltext.py). Rows
    # hold word stems, which SQLite cannot compute, so triggers only note which requests
    # changed (the latest change last) and the writing command re-indexes them before it
    # commits; the backlog starts with every existing request. ``facets`` holds the license
    # and status as single tokens, so a filtered search is one index intersection. (The
    # default detail=full: bm25 under detail=column costs five times as much per row.)
    Migration("m013_search_requests", (
        "CREATE VIRTUAL TABLE request_text USING fts5(subject, body, facets)",
        "CREATE TABLE search_backlog (seq INTEGER PRIMARY KEY, request_id INTEGER NOT NULL UNIQUE)",
        "INSERT INTO search_backlog (request_id) SELECT id FROM requests",
        "CREATE TRIGGER search_request_added AFTER INSERT ON requests BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (new.id); END",
        "CREATE TRIGGER search_request_changed AFTER UPDATE OF subject ON requests BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (new.id); END",
        # The facets need no stems, so a status change (every reply) updates them in place.
        "CREATE TRIGGER search_request_moved AFTER UPDATE OF status, license ON requests BEGIN "
        "UPDATE request_text SET facets = 'l' || hex(new.license) || ' s' || new.status WHERE rowid = new.id; END",
        "CREATE TRIGGER search_request_removed AFTER DELETE ON requests BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (old.id); END",
        "CREATE TRIGGER search_message_added AFTER INSERT ON messages BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (new.request_id); END",
        "CREATE TRIGGER search_message_changed AFTER UPDATE OF request_id, body ON messages BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (old.request_id); "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (new.request_id); END",
        "CREATE TRIGGER search_message_removed AFTER DELETE ON messages BEGIN "
        "INSERT OR REPLACE INTO search_backlog (request_id) VALUES (old.request_id); END",
    )),
    # Tags: the request row keeps its sorted list (JSON, shown with the request); the
    # pairs table answers "which requests carry this tag" and the counts.
    Migration("m014_request_tags", (
        "ALTER TABLE requests ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        "CREATE TABLE request_tags (tag TEXT NOT NULL, request_id INTEGER NOT NULL REFERENCES requests(id), "
        "PRIMARY KEY (tag, request_id)) WITHOUT ROWID",
        "CREATE INDEX request_tags_request ON request_tags (request_id)",
    )),
    # A duplicate folded into another request points at it; later mail to it lands there.
    Migration("m015_request_merge", (
        "ALTER TABLE requests ADD COLUMN merged_into INTEGER REFERENCES requests(id)",
        "CREATE INDEX requests_merged ON requests (merged_into) WHERE merged_into IS NOT NULL",
    )),
    # Wrong PINs, known license numbers or not, so guessing can be limited (5 in 15 minutes
    # lock the number for 15 minutes) and an agent sees who tried; an unlock clears them.
    Migration("m016_pin_failures", (
        "CREATE TABLE pin_failures (id INTEGER PRIMARY KEY, license TEXT NOT NULL, at TEXT NOT NULL, "
        "agent TEXT NOT NULL, kind TEXT NOT NULL, cleared_at TEXT, cleared_by TEXT)",
        "CREATE INDEX pin_failures_license ON pin_failures (license, at)",
    )),
    # A checksum of each schema object's SQL as the migrations left it: a flipped byte that
    # still parses (a renamed column) is found on open, not by a command failing half-way.
    Migration("m017_schema_digest", (
        "CREATE TABLE schema_digest (name TEXT PRIMARY KEY, crc INTEGER NOT NULL)",
    )),
    # The team's edited copies of the desk's mail texts (desk template mail edit), one row per
    # language and template; a template without a row is sent as shipped in the package.
    Migration("m018_mail_templates", (
        "CREATE TABLE mail_templates (language TEXT NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL, "
        "updated_at TEXT, updated_by TEXT, PRIMARY KEY (language, name))",
    )),
    # The category whose response target set the current deadline, when it is not the
    # request's own: a merge hands a more urgent duplicate's deadline to its target, and a
    # policy change must recompute that deadline with the target that made it. NULL: the
    # request's category.
    Migration("m019_clock_category", (
        "ALTER TABLE requests ADD COLUMN clock_category TEXT",
    )),
    # A license's own events: `desk mail send` asks, for each queued renewal reminder, whether
    # the license was edited since, inside its write transaction. Without an index that was a
    # scan of every event (0.25-0.45 s a reminder at a million requests, every other writer
    # locked out meanwhile: QA).
    Migration("m020_events_license", (
        "CREATE INDEX events_license ON events (license, action, at) WHERE license IS NOT NULL",
    )),
    # 2.6: "in order of criticality and arrival". Among requests due at the same minute an
    # emergency (or a request whose deadline an emergency set: clock_category) comes first,
    # then arrival. The categories stay in the index so that it still covers the queue's
    # order (the screen reads 100,000 open requests' order from it alone). Policy QA.
    Migration("m021_queue_criticality", (
        "DROP INDEX requests_queue",
        "CREATE INDEX requests_queue ON requests (status, due_at, coalesce(clock_category, category) <> 'emergency', "
        "queued_at, id, clock_category, category)",
    )),
    # desk report sla at a million requests read 920,000 stops through a month index (0.5-0.6
    # s, over issue 15's 1 s with the rest): the stops of each UTC month are counted as they
    # come, by trigger, and the report reads the counts (SQL beside its readers).
    Migration("m022_sla_month_counts", sla_schema.MONTH_STATEMENTS),
    # A request refused at intake and reopened waits for its first response, but report sla
    # took every later wait for a re-queued one: the open requests' index now says whether
    # an agent has answered (SQL beside its readers). Nothing stored changes: the report
    # reads what every desk already holds, so old rows are counted right as they are.
    Migration("m023_open_deadlines_answered", sla_schema.OPEN_DEADLINES_STATEMENTS),
]
SCHEMA_VERSION = len(MIGRATIONS)
