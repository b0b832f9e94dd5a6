"""Hostile input: every bad value is refused cleanly, and user text is only ever data.

Each refused case must give the SPEC section 6 exit code, exactly one ``error:`` line on
stderr, no traceback, and leave the database unchanged (a full export before and after),
along with every file the case prepared (a bad database or configuration is refused, not
repaired). The second half checks that user text reaches a terminal without escape
sequences or Rich markup taking effect, survives JSON exactly, and cannot start a
spreadsheet formula in CSV.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskcli.output import csv_cell
from deskcli.store.db import APPLICATION_ID
from tests.conftest import assert_one_error_line

BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"
MIB = 1024 * 1024
SITE = "https://shop.example.ru/cart"
PIN = "4321"
#: A placeholder in arguments, inputs and expected messages for the case's own directory.
DIR = "{dir}"

USAGE, NOT_FOUND, NOT_RECOGNISED, STORAGE = 2, 3, 4, 5


# -- building blocks ------------------------------------------------------------------------


def open_args(**overrides: str | None) -> tuple[str, ...]:
    """``desk open`` for the seeded license; an override of None leaves the option out.

    Options are written ``--name=value`` so a value starting with ``-`` stays a value. The
    PIN comes from ``DESK_PIN`` (every case runs with the seeded PIN there), as the README
    recommends: ``--pin`` would add its warning to stderr.
    """
    options = {"license": "HC-1", "version": "6.9.1", "category": "usage",
               "site": SITE, "subject": "Пустая корзина", "body": BODY}
    options.update({k.replace("_", "-"): v for k, v in overrides.items()})
    return ("open", *(f"--{name}={value}" for name, value in options.items() if value is not None))


def license_args(number: str = "HC-2", **overrides: str | None) -> tuple[str, ...]:
    options = {"edition": "Бизнес", "price": "24900", "purchased": "2026-06-01"}
    options.update({k.replace("_", "-"): v for k, v in overrides.items()})
    return ("license", "add", number, *(f"--{k}={v}" for k, v in options.items() if v is not None))


def write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def setup(directory: Path) -> None:
        path = directory / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)

    return setup


def steps(*setups: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(directory: Path) -> None:
        for one in setups:
            one(directory)

    return setup


def damaged_desk(name: str, damage: str) -> Callable[[Path], None]:
    """A real desk database with one fault: a byte of its schema text that is not UTF-8,
    a column renamed by one byte, or the requests table's root page garbled."""

    def setup(directory: Path) -> None:
        from deskcli.store.repository import Repository

        path = directory / name
        Repository(path).close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        roots = [row[0] for row in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'requests'")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        data = bytearray(path.read_bytes())
        if damage == "schema-not-utf8":
            data[data.index(b'CREATE TABLE "requests"') + 3] = 0xFF
        elif damage == "column-renamed":
            data[data.index(b'"subject" TEXT') + 2] = ord("X")
        else:  # the table's root page and its indexes' (an empty queue reads only an index)
            for root in roots:
                data[(root - 1) * size:root * size] = b"\x5a" * size
        path.write_bytes(bytes(data))

    return setup


#: An import record of each kind that passes, for cases that spoil one field.
GOOD_LICENSE = {"kind": "license", "number": "IMP-1", "pin": "1234", "edition": "Бизнес", "price": "100",
                "purchased": "2026-01-01"}
GOOD_REQUEST = {"kind": "request", "id": 99, "license": "HC-1", "category": "usage", "status": "open",
                "subject": "Корзина", "created_at": "2026-11-25T10:00:00+03:00",
                "queued_at": "2026-11-25T10:00:00+03:00"}
HASH_TAIL = "$" + "00" * 16 + "$" + "ab" * 32


def record(base: dict, **changes) -> str:
    return json.dumps({**base, **changes}, ensure_ascii=False) + "\n"


def make_dir(name: str) -> Callable[[Path], None]:
    return lambda directory: (directory / name).mkdir()


def newer_database(name: str) -> Callable[[Path], None]:
    """A real SQLite file whose schema version is ahead of this deskcli."""

    def setup(directory: Path) -> None:
        conn = sqlite3.connect(directory / name)
        conn.execute("CREATE TABLE future (x)")
        conn.execute("INSERT INTO future VALUES ('from deskcli 99')")
        conn.execute("PRAGMA user_version = 99")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
        conn.close()

    return setup


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    code: int
    error: str | None = None  # a substring the error line must contain ({dir} is replaced)
    input: str | bytes | None = None
    env: dict[str, str] | None = None
    setup: Callable[[Path], None] | None = None


def case(id: str, args: tuple[str, ...], code: int = USAGE, **kwargs) -> Case:
    return Case(id, args, code, **kwargs)


CASES = [
    # -- missing fields ---------------------------------------------------------------------
    case("open-missing-pin", open_args(), env={"DESK_PIN": ""}, error="--pin-file"),
    case("open-missing-license", open_args(license=None), error="--license"),
    case("open-missing-site", open_args(site=None), error="--site"),
    case("open-missing-subject", open_args(subject=None), error="--subject"),
    case("open-missing-body-empty-stdin", open_args(body=None), input="", error="body"),
    case("open-empty-body", open_args(body=""), error="body"),
    case("open-blank-subject", open_args(subject="   \t "), error="subject"),
    case("license-add-missing-price", license_args(price=None), error="--price"),
    case("license-add-missing-purchased", license_args(purchased=None), error="--purchased"),
    case("license-add-empty-pin", license_args(pin_file="{dir}/pin.txt"), setup=write("pin.txt", "\n"),
         error="PIN"),
    case("license-edit-nothing", ("license", "edit", "HC-1"), error="nothing to change"),
    case("assign-blank-agent", ("assign", "1", "   "), error="assignee"),
    case("deadline-neither-category-nor-minutes", ("deadline", "--from", "2026-11-25T10:00")),
    case("renewal-quote-nothing", ("renewal-quote",)),
    # -- malformed fields -------------------------------------------------------------------
    case("open-bad-version", open_args(version="6.x"), error="version"),
    case("open-version-with-shell", open_args(version="6.9.1; rm -rf /"), error="version"),
    case("open-sql-in-license-number", open_args(license="HC-1'; DROP TABLE licenses;--"), error="license"),
    case("open-subject-too-long", open_args(subject="S" * 301), error="subject"),
    case("license-add-bad-email", license_args(email="not-an-address"), error="email"),
    case("license-add-pin-with-nul", license_args(pin_file="{dir}/pin.txt"), setup=write("pin.txt", b"12\x0034"),
         error="PIN"),
    case("queue-unknown-field", ("queue", "--json", "--fields", "id,nope"), error="nope"),
    case("export-unknown-status", ("export", "--status", "lost"), error="lost"),
    case("license-list-unknown-format", ("license", "list", "--format", "xml")),
    case("reply-customer-and-internal", ("reply", "1", "--customer", "--internal", "--body", "x")),
    case("export-to-missing-directory", ("export", "-o", "{dir}/no/such/dir/out.csv"), STORAGE,
         error="cannot write"),
    # -- bad dates and instants -------------------------------------------------------------
    case("purchased-month-13", license_args(purchased="2026-13-01"), error="2026-13-01"),
    case("purchased-february-30", license_args(purchased="2026-02-30"), error="2026-02-30"),
    case("purchased-words", license_args(purchased="yesterday"), error="yesterday"),
    case("purchased-year-9999", license_args(purchased="9999-12-31"), error="9999-12-31"),
    case("license-edit-purchased-year-1", ("license", "edit", "HC-1", "--purchased", "0001-01-01")),
    case("renew-before-purchase", ("license", "renew", "HC-1", "--on", "2026-01-01"), error="before"),
    case("renew-year-9999", ("license", "renew", "HC-1", "--on", "9999-12-31"), error="9999-12-31"),
    case("quote-on-february-30", ("renewal-quote", "HC-1", "--on", "2026-02-30")),
    case("quote-support-until-9999",
         ("renewal-quote", "--price", "100", "--support-until", "9999-12-31"), error="9999-12-31"),
    case("eligibility-on-an-instant", ("check-eligibility", "HC-1", "--on", "2026-11-25T10:00")),
    case("eligibility-on-9999", ("check-eligibility", "HC-1", "--on", "9999-12-31")),
    case("export-since-dotted-date", ("export", "--since", "25.11.2026"), error="25.11.2026"),
    case("export-since-year-1", ("export", "--since", "0001-01-01")),
    case("export-until-year-9999", ("export", "--until", "9999-12-31")),
    case("deadline-from-words", ("deadline", "--from", "tomorrow", "-c", "usage"), error="tomorrow"),
    case("deadline-from-hour-25", ("deadline", "--from", "2026-11-25T25:00", "-c", "usage")),
    case("deadline-from-year-1", ("deadline", "--from", "0001-01-01T00:00", "-c", "usage")),
    case("deadline-from-year-9999", ("deadline", "--from", "9999-12-31T23:59:59-12:00", "-c", "usage")),
    # -- bad amounts ------------------------------------------------------------------------
    case("price-negative", license_args(price="-100"), error="negative"),
    case("price-three-decimals", license_args(price="100.005"), error="decimals"),
    case("price-exponent", license_args(price="1e5"), error="1e5"),
    case("price-huge", license_args(price="99999999999999"), error="large"),
    case("price-text", license_args(price="двадцать тысяч"), error="двадцать"),
    case("price-nan", license_args(price="NaN"), error="NaN"),
    case("price-infinity", license_args(price="Infinity"), error="Infinity"),
    case("price-empty", license_args(price=""), error="amount"),
    case("price-us-thousands", ("license", "edit", "HC-1", "--price", "1,234.56"), error="1,234.56"),
    case("quote-price-negative", ("renewal-quote", "--price", "-1", "--support-until", "2026-06-01")),
    # -- bad URLs ---------------------------------------------------------------------------
    case("site-javascript", open_args(site="javascript:alert(1)"), error="site"),
    case("site-ftp", open_args(site="ftp://shop.example.ru"), error="site"),
    case("site-no-host", open_args(site="http://"), error="site"),
    case("site-space-in-host", open_args(site="https://shop example.ru"), error="site"),
    case("site-unbalanced-ipv6", open_args(site="http://[::1"), error="site"),
    case("site-newline", open_args(site="https://shop.example.ru\nerror: forged"), error="site"),
    case("license-site-not-a-url", license_args(site="not a url"), error="site"),
    case("license-edit-site-file", ("license", "edit", "HC-1", "--site", "file:///etc/passwd"), error="site"),
    # -- unknown category, edition, request, license ----------------------------------------
    case("open-unknown-category", open_args(category="urgent")),
    case("queue-unknown-category", ("queue", "--category", "urgent")),
    case("license-unknown-edition", license_args(edition="Золотая"), error="Золотая"),
    case("license-edit-unknown-edition", ("license", "edit", "HC-1", "--edition", "Золотая")),
    case("open-edition-mismatch", open_args(edition="Корпорация"), error="does not match"),
    case("show-unknown-request", ("show", "999"), NOT_FOUND, error="#999"),
    case("reply-unknown-request", ("reply", "999", "--body", "Есть новости?"), NOT_FOUND),
    case("close-unknown-request", ("close", "999"), NOT_FOUND),
    case("escalate-unknown-request", ("escalate", "999"), NOT_FOUND),
    case("assign-unknown-request", ("assign", "999", "anna"), NOT_FOUND),
    case("edit-unknown-request", ("edit", "999", "--category", "usage"), NOT_FOUND),
    case("access-show-unknown-request", ("access", "show", "999"), NOT_FOUND),
    case("license-show-unknown", ("license", "show", "NOPE-1"), NOT_FOUND, error="NOPE-1"),
    case("license-edit-unknown", ("license", "edit", "NOPE-1", "--customer", "x"), NOT_FOUND),
    case("license-renew-unknown", ("license", "renew", "NOPE-1"), NOT_FOUND),
    case("eligibility-unknown-license", ("check-eligibility", "NOPE-1"), NOT_FOUND),
    case("quote-unknown-license", ("renewal-quote", "NOPE-1"), NOT_FOUND),
    case("license-show-escape-and-newline",
         ("license", "show", "\x1b[31mX\nerror: forged line"), NOT_FOUND),
    case("open-unknown-license", open_args(license="HC-404"), NOT_RECOGNISED, error="not recognised"),
    case("open-wrong-pin", open_args(), NOT_RECOGNISED, env={"DESK_PIN": "0000"}, error="not recognised"),
    case("eligibility-wrong-pin", ("check-eligibility", "HC-1", "--pin-file", "-"), NOT_RECOGNISED,
         input="0000\n"),
    # -- ids and numbers --------------------------------------------------------------------
    case("show-word-id", ("show", "abc"), error="ID"),
    case("close-fraction-id", ("close", "1.5")),
    case("reply-hash-id", ("reply", "#1", "--body", "Есть новости?")),
    case("assign-empty-id", ("assign", "", "anna")),
    case("show-id-beyond-64-bits", ("show", "99999999999999999999999")),
    case("access-show-id-beyond-64-bits", ("access", "show", "99999999999999999999999")),
    case("escalate-line-beyond-64-bits", ("escalate", "1", "--line", "99999999999999999999")),
    case("escalate-line-zero", ("escalate", "1", "--line", "0")),
    case("queue-limit-zero", ("queue", "--limit", "0")),
    case("queue-limit-beyond-64-bits", ("queue", "--limit", "99999999999999999999")),
    case("queue-line-beyond-64-bits", ("queue", "--line", "99999999999999999999")),
    case("queue-due-within-words", ("queue", "--due-within", "soon"), error="soon"),
    case("calendar-month-13", ("calendar", "--month", "13")),
    case("calendar-year-out-of-range", ("calendar", "--year", "99999")),
    case("deadline-minutes-absurd", ("deadline", "--from", "2026-11-25T10:00", "--minutes", "99999999999")),
    # -- a body over 1 MiB --------------------------------------------------------------------
    case("open-body-file-over-1mib", open_args(body=None, body_file="{dir}/big.txt"),
         setup=write("big.txt", b"a" * (MIB + 1)), error="1 MiB"),
    case("open-body-stdin-over-1mib", open_args(body="-"), input=b"a" * (MIB + 1), error="1 MiB"),
    case("open-body-file-dash-over-1mib", open_args(body=None, body_file="-"), input=b"a" * (MIB + 1)),
    case("open-body-argument-over-1mib", open_args(body="a" * (MIB + 1)), error="body"),
    case("reply-body-file-over-1mib", ("reply", "1", "--body-file", "{dir}/big.txt"),
         setup=write("big.txt", b"a" * (MIB + 1)), error="1 MiB"),
    case("reply-stdin-over-1mib", ("reply", "1", "--body", "-"), input=b"a" * (MIB + 1), error="1 MiB"),
    case("body-file-missing", open_args(body=None, body_file="{dir}/nothing.txt"), error="cannot read"),
    case("body-file-is-a-directory", open_args(body=None, body_file="{dir}"), error="cannot read"),
    # -- NUL bytes ----------------------------------------------------------------------------
    case("open-body-nul", open_args(body="Почему?\x00"), error="NUL"),
    case("open-subject-nul", open_args(subject="Пустая\x00корзина"), error="NUL"),
    case("open-body-file-nul", open_args(body=None, body_file="{dir}/nul.txt"),
         setup=write("nul.txt", "Почему корзина пустая?\x00\n"), error="NUL"),
    case("reply-stdin-nul", ("reply", "1", "--body", "-"), input=b"\x00\x00", error="NUL"),
    case("escalate-note-nul", ("escalate", "1", "--note", "a\x00b"), error="NUL"),
    case("license-add-customer-nul", license_args(customer="ООО\x00Ромашка"), error="NUL"),
    case("license-edit-customer-nul", ("license", "edit", "HC-1", "--customer", "x\x00"), error="NUL"),
    case("license-edit-email-nul", ("license", "edit", "HC-1", "--email", "a\x00@example.ru"), error="NUL"),
    case("assign-agent-nul", ("assign", "1", "anna\x00"), error="NUL"),
    case("close-resolution-nul", ("close", "1", "--resolution", "done\x00"), error="NUL"),
    case("global-agent-nul", ("--agent", "anna\x00", "assign", "1", "bob"), error="NUL"),
    case("db-path-nul", ("--db", "{dir}/desk\x00.db", "queue"), error="NUL"),
    case("config-path-nul", ("--config", "{dir}/config\x00.toml", "queue"), error="NUL"),
    case("export-output-path-nul", ("export", "-o", "{dir}/out\x00.csv")),
    # -- invalid UTF-8 on standard input ----------------------------------------------------
    case("open-stdin-invalid-utf8", open_args(body="-"), input=b"\xff\xfe broken", error="UTF-8"),
    case("open-body-file-dash-invalid-utf8", open_args(body=None, body_file="-"), input=b"\x80abc",
         error="UTF-8"),
    case("reply-stdin-truncated-sequence", ("reply", "1", "--body", "-"), input="Почему?".encode() + b"\xd0",
         error="UTF-8"),
    case("reply-stdin-overlong-slash", ("reply", "1", "--body", "-"), input=b"\xc0\xaf etc", error="UTF-8"),
    case("reply-stdin-encoded-surrogate", ("reply", "1", "--body", "-"), input=b"\xed\xa0\x80", error="UTF-8"),
    case("open-body-file-latin1", open_args(body=None, body_file="{dir}/latin1.txt"),
         setup=write("latin1.txt", "Panier vide, pourquoi ? déjà".encode("latin-1")), error="UTF-8"),
    # -- a garbage DESK_NOW -----------------------------------------------------------------
    case("now-garbage-queue", ("queue",), env={"DESK_NOW": "garbage"}, error="DESK_NOW"),
    case("now-garbage-open", open_args(), env={"DESK_NOW": "2026-99-99T10:00"}, error="DESK_NOW"),
    case("now-word-license-add", license_args(), env={"DESK_NOW": "now"}, error="DESK_NOW"),
    case("now-year-9999-show", ("show", "1"), env={"DESK_NOW": "9999-12-31T23:59:59+00:00"}, error="DESK_NOW"),
    case("now-year-1-license-list", ("license", "list"), env={"DESK_NOW": "0001-01-01T00:00"}, error="DESK_NOW"),
    case("now-escape-sequence", ("queue",), env={"DESK_NOW": "\x1b]0;pwned\x07"}, error="DESK_NOW"),
    # -- a broken configuration file: the error names the file ------------------------------
    case("config-not-toml", ("--config", "{dir}/bad.toml", "queue"),
         setup=write("bad.toml", "[calendar\ntimezone = "), error="{dir}/bad.toml"),
    case("config-not-utf8", ("--config", "{dir}/bad.toml", "queue"),
         setup=write("bad.toml", b"agent = '\xff'\n"), error="{dir}/bad.toml"),
    case("config-is-a-directory", ("--config", "{dir}/conf.d", "queue"),
         setup=make_dir("conf.d"), error="{dir}/conf.d"),
    # The desk's policy is refused whole when one key is wrong, naming the key.
    case("policy-unknown-timezone", ("policy", "set", "calendar.timezone", "Mars/Olympus"), error="calendar.timezone"),
    case("policy-target-not-a-number", ("policy", "set", "targets.usage", "soon"), error="targets.usage"),
    case("policy-target-negative", ("policy", "set", "--", "targets.usage", "-5"), error="targets.usage"),
    case("policy-target-absurd", ("policy", "set", "targets.usage", "99999999999999999999"), error="targets.usage"),
    case("policy-bad-hours", ("policy", "set", "calendar.hours.mon", "25:00-26:00"), error="calendar.hours.mon"),
    case("policy-unknown-line", ("policy", "set", "lines.x", "a"), error="lines.x"),
    case("policy-not-a-key", ("policy", "set", "calendar", "5"), error="calendar"),
    case("policy-import-not-toml", ("policy", "import", "{dir}/bad.toml"),
         setup=write("bad.toml", "[calendar\n"), error="{dir}/bad.toml"),
    case("policy-import-bad-value", ("policy", "import", "{dir}/bad.toml"),
         setup=write("bad.toml", "currency = 5\n"), error="currency"),
    case("policy-import-deep", ("policy", "import", "{dir}/bad.toml"),
         setup=write("bad.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n"), error="{dir}/bad.toml"),
    case("config-broken-on-open", ("--config", "{dir}/bad.toml", *open_args()),
         setup=write("bad.toml", "color = 5\n"), error="{dir}/bad.toml"),
    case("config-broken-via-env", ("queue",), env={"DESK_CONFIG": "{dir}/bad.toml"},
         setup=write("bad.toml", "[mail]\nsmtp_url = 5\n"), error="{dir}/bad.toml"),
    case("config-set-unknown-key", ("--config", "{dir}/bad.toml", "config", "set", "nonsense.key", "1"),
         setup=write("bad.toml", "agent = 'anna'\n"), error="{dir}/bad.toml"),
    # -- a database that must be refused untouched: exit 5 ----------------------------------
    case("db-not-sqlite-text", ("--db", "{dir}/notes.db", "queue"), STORAGE,
         setup=write("notes.db", "these are my notes, not a database\n"), error="{dir}/notes.db"),
    case("db-not-sqlite-on-write", ("--db", "{dir}/notes.db", *license_args()), STORAGE,
         setup=write("notes.db", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), error="{dir}/notes.db"),
    case("db-not-sqlite-via-env", ("queue",), STORAGE, env={"DESK_DB": "{dir}/notes.db"},
         setup=write("notes.db", "#!/bin/sh\necho hi\n"), error="{dir}/notes.db"),
    case("db-sqlite-header-then-garbage", ("--db", "{dir}/broken.db", "queue"), STORAGE,
         setup=write("broken.db", b"SQLite format 3\x00" + b"\xff" * 4096), error="{dir}/broken.db"),
    case("db-newer-schema-read", ("--db", "{dir}/future.db", "queue"), STORAGE,
         setup=newer_database("future.db"), error="newer"),
    case("db-newer-schema-write", ("--db", "{dir}/future.db", *license_args()), STORAGE,
         setup=newer_database("future.db"), error="newer"),
    # Not writable: this suite runs as root, which writes into a read-only directory anyway, so
    # a database under a path whose parent is a regular file stands in for "not writable".
    case("db-parent-is-a-file", ("--db", "{dir}/afile/desk.db", *license_args()), STORAGE,
         setup=write("afile", "a regular file\n"), error="{dir}/afile/desk.db"),
    case("db-is-a-directory", ("--db", "{dir}/db.d", "queue"), STORAGE,
         setup=make_dir("db.d"), error="{dir}/db.d"),
    case("doctor-on-a-directory", ("--db", "{dir}/db.d", "doctor"), STORAGE,
         setup=make_dir("db.d"), error="{dir}/db.d"),
    # -- the agent's day: search, templates, merge, tags, renewals ------------------------------
    case("search-only-fts-syntax", ("search", '"* ( ) ^ - : {}'), error="nothing to search for"),
    case("search-nul", ("search", "кеш\x00"), error="NUL"),
    case("search-unknown-field", ("search", "корзина", "--json", "--fields", "id,nope"), error="nope"),
    case("template-reaches-for-attributes", ("template", "add", "probe", "--body", "${customer.__class__}"),
         error="is not a variable"),
    case("template-unknown-variable", ("template", "add", "probe", "--body", "$__builtins__"),
         error="unknown variable"),
    case("template-path-as-name", ("template", "add", "../../etc/passwd", "--body", "x"), error="not valid"),
    case("reply-unknown-template", ("reply", "1", "--template", "nope"), NOT_FOUND, error="nope"),
    case("merge-into-itself", ("merge", "1", "--into", "1"), error="into itself"),
    case("merge-into-missing", ("merge", "1", "--into", "2"), NOT_FOUND, error="#2"),
    case("tag-formula", ("tag", "1", "+=HYPERLINK(1)"), error="not valid"),
    case("tag-escape", ("tag", "1", "+\x1b[31mred"), error="not valid"),
    case("queue-bad-tag", ("queue", "--tag", "a b"), error="not valid"),
    case("renewals-bad-window", ("renewals", "--within", "forever"), error="forever"),
    # A damaged desk: exit 5 naming the file, for reads, writes and backups alike.
    *[case(f"db-{damage}-{name}", ("--db", "{dir}/desk.db", *args), STORAGE,
           setup=damaged_desk("desk.db", damage), error="{dir}/desk.db")
      for damage in ("schema-not-utf8", "column-renamed", "root-page-garbled")
      for name, args in (("queue", ("queue",)), ("show", ("show", "1")), ("export", ("export",)),
                         ("backup", ("backup", "{dir}/copy.db")))],
    # -- writing files: a path that cannot be, a full or odd one is exit 5, nothing left -----
    case("backup-path-5000-characters", ("backup", "{dir}/" + "b" * 5000), STORAGE, error="too long"),
    case("backup-into-a-missing-directory", ("backup", "{dir}/no/such/copy.db"), STORAGE, error="cannot write"),
    case("backup-under-a-file", ("backup", "{dir}/afile/copy.db"), STORAGE, setup=write("afile", "x"),
         error="{dir}/afile/copy.db"),
    case("backup-over-an-existing-file", ("backup", "{dir}/copy.db"), setup=write("copy.db", "old"),
         error="--force"),
    case("export-path-5000-characters", ("export", "-o", "{dir}/" + "e" * 5000), STORAGE, error="too long"),
    case("config-set-under-a-file", ("--config", "{dir}/afile/config.toml", "config", "set", "agent", "anna"),
         STORAGE, setup=write("afile", "x"), error="{dir}/afile/config.toml"),
    case("access-key-garbage", ("access", "add", "1", "--from-file", "{dir}/creds.toml"), STORAGE,
         env={"DESK_KEY_FILE": "{dir}/access.key"},
         setup=steps(write("access.key", "not a key at all\n"),
                     write("creds.toml", 'kind="ftp"\naddress="h"\nlogin="l"\npassword="p"\n')),
         error="{dir}/access.key"),
    case("access-key-empty", ("access", "add", "1", "--from-file", "{dir}/creds.toml"), STORAGE,
         env={"DESK_KEY_FILE": "{dir}/access.key"},
         setup=steps(write("access.key", b""),
                     write("creds.toml", 'kind="ftp"\naddress="h"\nlogin="l"\npassword="p"\n')),
         error="empty"),
    # -- bytes that are not UTF-8 on the command line (they reach Python as lone surrogates) -
    case("argv-assign-agent-not-utf8", ("assign", "1", "\udcff"), error="UTF-8"),
    case("argv-customer-not-utf8", ("license", "edit", "HC-1", "--customer", "\udcffАО"), error="UTF-8"),
    case("argv-resolution-not-utf8", ("close", "1", "--resolution", "\udcff"), error="UTF-8"),
    case("argv-agent-option-not-utf8", ("--agent", "\udcff", "assign", "1", "anna"), error="UTF-8"),
    case("argv-config-set-not-utf8", ("--config", "{dir}/c.toml", "config", "set", "agent", "\udcff"),
         error="UTF-8"),
    case("argv-email-not-utf8", ("license", "edit", "HC-1", "--email", "\udcff@example.ru"), error="UTF-8"),
    case("argv-pin-not-utf8", ("check-eligibility", "HC-1", "--pin", "\udcff"), error="UTF-8"),
    case("argv-id-not-utf8", ("show", "\udcff"), error="UTF-8"),
    case("argv-subject-not-utf8", open_args(subject="Корзина \udcff"), error="UTF-8"),
    case("argv-body-not-utf8", ("reply", "1", "--body", "\udcff"), error="UTF-8"),
    case("env-agent-not-utf8", ("assign", "1", "anna"), env={"DESK_AGENT": "\udcff"}, error="DESK_AGENT"),
    case("env-pin-not-utf8", open_args(), env={"DESK_PIN": "\udcff"}, error="UTF-8"),
    # -- nested too deeply for a parser: exit 2, not a RecursionError ------------------------
    case("import-array-nested-100000", ("import", "-"), input="[" * 100_000, error="nested"),
    case("import-line-nested-100000", ("import", "-"), input='{"kind": ' + "[" * 100_000 + "\n", error="nested"),
    case("access-file-nested-100000", ("access", "add", "1", "--from-file", "{dir}/deep.toml"),
         setup=write("deep.toml", "kind = " + "[" * 100_000 + "\n"), error="nested"),
    case("config-nested-100000", ("--config", "{dir}/deep.toml", "queue"),
         setup=write("deep.toml", "agent = " + "[" * 100_000 + "\n"), error="{dir}/deep.toml"),
    # -- numbers past what a line or an id can be; superscript digits --------------------------
    case("escalate-line-100", ("escalate", "1", "--line", "100")),
    case("escalate-line-past-64-bits-again", ("escalate", "1", "--line", str(2**63))),
    case("show-superscript-id", ("show", "²")),
    case("queue-superscript-limit", ("queue", "--limit", "²")),
    case("queue-superscript-line", ("queue", "--line", "³")),
    # -- import checks each field as the command line does ----------------------------------
    case("import-kind-a-list", ("import", "-"), input='{"kind": ["license"]}\n', error="kind"),
    case("import-purchased-9999", ("import", "-"), input=record(GOOD_LICENSE, purchased="9999-12-31"),
         error="9999-12-31"),
    case("import-customer-an-object", ("import", "-"), input=record(GOOD_LICENSE, customer={"a": 1}),
         error="customer"),
    case("import-license-number-a-path", ("import", "-"), input=record(GOOD_LICENSE, number="../../x y"),
         error="license number"),
    case("import-unknown-edition", ("import", "-"), input=record(GOOD_LICENSE, edition="Золотая"),
         error="Золотая"),
    case("import-site-javascript", ("import", "-"), input=record(GOOD_LICENSE, site="javascript:alert(1)"),
         error="site"),
    case("import-article-javascript-url", ("import", "-"),
         input=record({"kind": "article", "title": "Кэш", "url": "javascript:alert(1)"}), error="url"),
    case("import-renewal-rate-abc", ("import", "-"),
         input=record({"kind": "renewal", "license": "HC-1", "renewed_on": "2026-11-25", "rate": "abc",
                       "amount": "1"}), error="rate"),
    case("import-nul-in-subject", ("import", "-"), input=record(GOOD_REQUEST, subject="Кор\x00зина"),
         error="NUL"),
    case("import-nul-in-customer", ("import", "-"), input=record(GOOD_LICENSE, customer="ООО\x00"), error="NUL"),
    case("import-line-past-99", ("import", "-"), input=record(GOOD_REQUEST, line=2**63 - 1), error="line"),
    case("import-instant-9999", ("import", "-"), input=record(GOOD_REQUEST, created_at="9999-12-31T23:59:59+14:00"),
         error="9999"),
    case("import-flag-a-word", ("import", "-"), input=record(GOOD_LICENSE, code_modified="yes"), error="yes"),
    case("import-flags-not-reasons", ("import", "-"), input=record(GOOD_REQUEST, flags=[1, 2]), error="flags"),
    case("import-pin-hash-huge-cost", ("import", "-"),
         input=record({**GOOD_LICENSE, "pin": None}, pin_hash="scrypt$1048576$8$1" + HASH_TAIL), error="pin_hash"),
    case("import-pin-hash-other-r", ("import", "-"),
         input=record({**GOOD_LICENSE, "pin": None}, pin_hash="scrypt$16384$64$1" + HASH_TAIL), error="pin_hash"),
    case("import-pin-hash-not-a-power-of-two", ("import", "-"),
         input=record({**GOOD_LICENSE, "pin": None}, pin_hash="scrypt$16383$8$1" + HASH_TAIL), error="pin_hash"),
    # -- where the PIN comes from ------------------------------------------------------------
    case("pin-and-pin-file", open_args(pin="4321", pin_file="{dir}/pin.txt"), setup=write("pin.txt", "4321"),
         error="once"),
    case("pin-file-missing", open_args(pin_file="{dir}/none.txt"), error="{dir}/none.txt"),
    case("pin-file-not-utf8", open_args(pin_file="{dir}/pin.txt"), setup=write("pin.txt", b"\xff\xfe1"),
         error="UTF-8"),
    case("pin-and-body-both-on-stdin", open_args(pin_file="-", body="-"), input="4321\nbody\n", error="standard input"),
    case("ask-pin-without-a-terminal", ("license", "edit", "HC-1", "--ask-pin"), error="terminal"),
    case("unlock-unknown-license", ("license", "unlock", "NOPE-1"), NOT_FOUND, error="NOPE-1"),
]


# -- the table-driven test --------------------------------------------------------------------


def _fill(value, directory: Path):
    if isinstance(value, str):
        return value.replace(DIR, str(directory))
    if isinstance(value, bytes):
        return value.replace(DIR.encode(), str(directory).encode())
    return value


#: What a refused command may still write: the wrong PINs it was given (recorded by design,
#: tests/cli/test_pin_guessing.py) and calendar years it computed (a cache).
NOT_COMPARED = {"pin_failures", "sqlite_sequence", "calendar_cache"}


def snapshot(isolation: Path) -> dict[str, list[tuple]]:
    """Every row of every table the desk keeps, read straight from the file (and its WAL)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{isolation / 'desk.db'}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in NOT_COMPARED]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in tables}
    finally:
        conn.close()


def files_under(directory: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(directory)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(directory.rglob("*"))}


@pytest.fixture(autouse=True)
def pin_in_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("DESK_PIN", PIN)


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory) -> Path:
    """One seeded database per module (hashing PINs is slow on purpose); cases get copies."""
    import sqlite3

    from tests.conftest import Desk

    path = tmp_path_factory.mktemp("template") / "desk.db"
    desk = Desk()
    env = {"DESK_DB": str(path), "DESK_NOW": "2026-11-25T10:00:00+03:00", "DESK_AGENT": "tester",
           "DESK_CONFIG": str(path.parent / "none.toml"), "DESK_PIN": PIN}
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", env=env)
    opened = json.loads(desk(*open_args(), "--json", env=env).stdout)
    assert opened["id"] == 1 and opened["status"] == "open"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def seeded(desk, isolation, seeded_template):
    import shutil

    shutil.copy2(seeded_template, isolation / "desk.db")
    return desk


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 200
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_is_refused_cleanly(case: Case, seeded, isolation: Path) -> None:
    desk = seeded
    directory = isolation / "hostile"
    directory.mkdir()
    if case.setup:
        case.setup(directory)
    files_before = files_under(directory)
    before = snapshot(isolation)

    env = {"DESK_PIN": PIN, **{k: _fill(v, directory) for k, v in (case.env or {}).items()}}
    result = desk(*(_fill(a, directory) for a in case.args), input=_fill(case.input, directory), env=env,
                  code=case.code)

    assert_one_error_line(result)
    assert result.stdout == ""
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\x00" not in result.stderr
    if case.error:
        assert _fill(case.error, directory) in result.stderr
    assert snapshot(isolation) == before
    # Files the case prepared (a foreign database, a broken configuration) are byte-for-byte
    # unchanged, and nothing new appeared next to them (no -wal, -journal or output file).
    assert files_under(directory) == files_before


def test_unknown_license_and_wrong_pin_get_one_message(seeded) -> None:
    unknown = seeded(*open_args(license="HC-404"), env={"DESK_PIN": PIN}, code=NOT_RECOGNISED)
    wrong = seeded(*open_args(), env={"DESK_PIN": "0000"}, code=NOT_RECOGNISED)
    assert unknown.stderr == wrong.stderr


def test_doctor_reports_a_newer_database_without_touching_it(desk, tmp_path: Path) -> None:
    """``doctor`` is a report, not a refusal: the problem is on stdout, exit 5, file intact."""
    newer_database("future.db")(tmp_path)
    before = (tmp_path / "future.db").read_bytes()
    result = desk("--db", str(tmp_path / "future.db"), "doctor", code=STORAGE)
    assert "PROBLEM" in result.stdout and "newer" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert (tmp_path / "future.db").read_bytes() == before
    assert not any(tmp_path.glob("future.db-*"))


# -- user text is data ------------------------------------------------------------------------

#: An SGR colour, an OSC window title, BEL, CR, a C1 CSI, a bidi override and Rich markup.
HOSTILE = ("\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 bell\x07 cr\rX \x9b2J c1 \u202eevil\u202c "
           "[bold red]x[/] [link=http://evil.example]click")
MARKUP = "[bold red]x[/]"
LINK = "[link=http://evil.example]"
TERMINAL_POISON = ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\x00")


@pytest.fixture
def hostile(desk):
    """A license, a request and messages whose every free-text field is hostile."""
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", HOSTILE, "--email", "anna@example.ru")
    opened = desk(*open_args(subject=HOSTILE, body=HOSTILE + "\nКак это исправить?"), "--json", code=None)
    assert opened.exit_code in (0, 1), opened.stderr
    assert json.loads(opened.stdout)["id"] == 1
    if json.loads(opened.stdout)["status"] == "open":
        desk("assign", "1", HOSTILE)
    desk("--agent", HOSTILE, "reply", "1", "--internal", "--body", HOSTILE)
    return desk


def assert_terminal_safe(text: str) -> None:
    for poison in TERMINAL_POISON:
        assert poison not in text, (poison, text)
    assert MARKUP in text, text


@pytest.mark.parametrize("args", [("show", "1"), ("license", "list"), ("license", "show", "HC-1"), ("search", "red"),
                                  ("renewals", "--within", "200d")],
                         ids=["show", "license-list", "license-show", "search", "renewals"])
def test_user_text_reaches_a_table_without_escapes_or_markup(hostile, args) -> None:
    result = hostile(*args)
    assert_terminal_safe(result.stdout)
    assert LINK in result.stdout
    assert "\x1b" not in result.stderr


def test_queue_table_shows_user_text_literally(hostile) -> None:
    if hostile.json("show", "1", "--json")["status"] != "open":
        pytest.skip("intake rejected the hostile request; the queue lists open requests only")
    result = hostile("queue", env={"COLUMNS": "200"})
    assert_terminal_safe(result.stdout)
    overdue = hostile("queue", "--overdue", env={"DESK_NOW": "2026-12-25T10:00"})
    for poison in TERMINAL_POISON:
        assert poison not in overdue.stdout
    assert MARKUP in overdue.stdout


def test_json_keeps_user_text_exactly(hostile) -> None:
    request = hostile.json("show", "1", "--json")
    assert request["subject"] == HOSTILE
    assert request["customer"] == HOSTILE
    bodies = [m["body"] for m in request["messages"]]
    assert HOSTILE + "\nКак это исправить?" in bodies and HOSTILE in bodies
    assert hostile.json("license", "list", "--json")[0]["customer"] == HOSTILE
    assert hostile.json("license", "show", "HC-1", "--json")["customer"] == HOSTILE
    exported = hostile.json("export", "--format", "json", "--messages")
    assert exported[0]["subject"] == HOSTILE
    lines = hostile("export", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[0])["subject"] == HOSTILE
    # JSON escapes control characters, so even the raw output carries no ESC byte.
    assert "\x1b" not in hostile("show", "1", "--json").stdout


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_csv_subject_cannot_start_a_formula(desk, start) -> None:
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01")
    subject = start + "HYPERLINK(\"http://evil.example\",\"click\")"
    opened = desk(*open_args(subject=subject, body="Почему корзина пустая после обновления?"), "--json", code=None)
    assert opened.exit_code in (0, 1), opened.stderr
    stored = json.loads(opened.stdout)["subject"]
    cell = _csv_rows(desk("export").stdout)[0]["subject"]
    assert not cell.startswith(tuple(FORMULA_STARTS))
    if stored.startswith(tuple(FORMULA_STARTS)):
        assert cell == "'" + stored
    else:  # a subject is one trimmed line, so a leading tab or CR never reaches the file
        assert start in "\t\r" and cell == stored


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_csv_message_and_customer_cannot_start_a_formula(desk, start) -> None:
    formula = start + "cmd|' /C calc'!A0"
    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", "=" + formula)
    desk(*open_args(), "--json", code=None)
    desk("reply", "1", "--internal", "--body", formula)
    bodies = [row["body"] for row in _csv_rows(desk("export", "--messages").stdout)]
    assert "'" + formula in bodies
    assert not any(b.startswith(tuple(FORMULA_STARTS)) for b in bodies)
    customer = _csv_rows(desk("license", "list", "--format", "csv").stdout)[0]["customer"]
    assert customer == "'=" + formula


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_csv_cell_neutralises_every_formula_start(start) -> None:
    assert csv_cell(start + "1+1") == "'" + start + "1+1"
    assert csv_cell("a" + start) == "a" + start
