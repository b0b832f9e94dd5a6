"""The SQLite file: creation, permissions, migrations, refusals."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from deskcli import paths
from deskcli.domain.errors import InvalidInput, StorageError
from deskcli.store import migrations
from deskcli.store.db import APPLICATION_ID
from deskcli.store.repository import Repository
from tests.conftest import assert_one_error_line


def test_new_database_and_directory_are_owner_only(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DESK_DB", raising=False)
    path = Path(paths.database())
    Repository(path).close()
    assert path.parent == tmp_path / "data" / "deskcli"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_directory_the_user_named_is_never_made(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        Repository(tmp_path / "typo" / "desk.db")
    assert not (tmp_path / "typo").exists()


def test_schema_is_versioned_and_migrations_are_recorded(tmp_path) -> None:
    path = tmp_path / "desk.db"
    Repository(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY version")]
    assert names == [m.name for m in migrations.MIGRATIONS]
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_an_older_database_is_migrated_forward(tmp_path, monkeypatch) -> None:
    path = tmp_path / "desk.db"
    added = migrations.Migration("m999_add_column", ("ALTER TABLE requests ADD COLUMN sentiment TEXT",))

    Repository(path).close()
    monkeypatch.setattr("deskcli.store.db.MIGRATIONS", [*migrations.MIGRATIONS, added])
    monkeypatch.setattr("deskcli.store.db.SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    Repository(path).close()
    Repository(path).close()  # a second open runs nothing twice (ALTER TABLE would fail)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION + 1
    assert "sentiment" in [r[1] for r in conn.execute("PRAGMA table_info(requests)")]


@pytest.mark.parametrize("writes", [True, False])
def test_a_person_is_told_before_a_desk_is_upgraded(tmp_path, monkeypatch, writes) -> None:
    """Once, before the upgrade, and only to a person at a terminal (``waiting`` set):
    cron would mail it. A new desk is made, not upgraded, and says nothing."""
    from deskcli import settings
    from deskcli.services.context import Context

    path = tmp_path / "desk.db"
    said: list[str] = []

    def opened(attended: bool, **kwargs) -> None:
        ctx = Context(db_path=path, settings=settings.build(tmp_path / "config.toml", {}), **kwargs)
        ctx.notice = ctx.warn = lambda message: said.append(f"cron heard: {message}")
        if attended:
            ctx.waiting = said.append
        ctx.repo  # noqa: B018 - opening is what is tested
        ctx.close()

    opened(True, writes=True, creates=True)
    assert said == []
    added = migrations.Migration("m999_add_column", ("ALTER TABLE requests ADD COLUMN sentiment TEXT",))
    monkeypatch.setattr("deskcli.store.db.MIGRATIONS", [*migrations.MIGRATIONS, added])
    monkeypatch.setattr("deskcli.store.db.SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    opened(True, writes=writes)
    opened(True, writes=writes)  # upgraded already: nothing to say
    old, new = migrations.SCHEMA_VERSION, migrations.SCHEMA_VERSION + 1
    assert said == [f"upgrading {path} for this version of deskcli (schema {old} to {new}); "
                    "once, but a large desk takes a while"]
    another = migrations.Migration("m1000_add_column", ("ALTER TABLE requests ADD COLUMN mood TEXT",))
    monkeypatch.setattr("deskcli.store.db.MIGRATIONS", [*migrations.MIGRATIONS, added, another])
    monkeypatch.setattr("deskcli.store.db.SCHEMA_VERSION", migrations.SCHEMA_VERSION + 2)
    opened(False, writes=writes)  # cron: upgraded without a word
    assert len(said) == 1
    assert "mood" in [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(requests)")]


def test_a_newer_database_is_refused_untouched(desk, isolation) -> None:
    path = isolation / "desk.db"
    Repository(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = desk("queue", "--json", code=5)
    assert_one_error_line(result)
    assert "newer deskcli" in result.stderr
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(desk, isolation) -> None:
    path = isolation / "desk.db"
    path.write_text("these are my notes, not a database\n")
    before = path.read_bytes()
    assert_one_error_line(desk("queue", code=5))
    assert path.read_bytes() == before


@pytest.mark.fresh_file
def test_a_directory_in_place_of_the_database(desk, isolation) -> None:
    (isolation / "desk.db").mkdir()
    assert_one_error_line(desk("queue", code=5))


def test_refusal_as_an_exception(tmp_path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(StorageError):
        Repository(path)


def _foreign(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", [["queue"], ["license", "add", "X-1", "--edition", "Бизнес",
                                                 "--price", "1", "--purchased", "2026-01-01"], ["doctor"]])
def test_another_programs_sqlite_file_is_refused_untouched(desk, isolation, command) -> None:
    path = isolation / "places.sqlite"
    _foreign(path)
    before = path.read_bytes()
    result = desk("--db", str(path), *command, env={"DESK_PIN": "1"}, code=5)
    assert_one_error_line(result)
    assert "not a deskcli database" in result.stderr
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.fresh_file
def test_a_desk_from_before_the_application_id_is_adopted(desk, isolation) -> None:
    path = isolation / "desk.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, migration in enumerate(migrations.MIGRATIONS[:6], start=1):
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, '2026-01-01')", (number, migration.name))
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    assert desk.json("queue", "--json") == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()


@pytest.mark.fresh_file
def test_doctor_on_a_directory_is_a_storage_error(desk, isolation) -> None:
    (isolation / "desk.db").mkdir()
    assert_one_error_line(desk("doctor", code=5))


READ_ONLY = [["queue"], ["queue", "--json"], ["queue", "--overdue"], ["show", "1"], ["show", "1", "--json"],
             ["export"], ["export", "--all", "--format", "jsonl"], ["report", "sla"], ["calendar", "--json"],
             ["deadline", "--from", "2026-11-27T16:30", "-c", "emergency"], ["license", "list"],
             ["license", "show", "HC-1"], ["check-eligibility", "HC-1", "-c", "usage"], ["renewal-quote", "HC-1"],
             ["doctor"], ["policy", "show"], ["policy", "export"], ["kb", "list"], ["search", "корзина"],
             ["search", "корзина", "--json", "--status", "answered"], ["tag", "list"], ["tag", "1", "--json"],
             ["template", "list"], ["template", "show", "out-of-scope-css", "--for", "1"], ["renewals", "--json"],
             ["show", "1", "--full"]]


def test_read_only_commands_leave_the_file_byte_identical(desk, isolation) -> None:
    import os

    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk, category="usage")
    desk("reply", "1", "--body", "Ответ")
    path = isolation / "desk.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # A read-only connection may leave an empty WAL where none was: no frame, no change.
    wal = path.with_name("desk.db-wal")
    snapshot = (path.read_bytes(), os.stat(path).st_mtime_ns, wal.read_bytes() if wal.exists() else b"")
    for command in READ_ONLY:
        result = desk(*command, code=None, env={"DESK_NOW": "2026-12-03T10:00"})
        assert result.exit_code in (0, 1), (command, result.stderr)
        after = (path.read_bytes(), os.stat(path).st_mtime_ns, wal.read_bytes() if wal.exists() else b"")
        assert after == snapshot, command


def _blank_sqlite(path) -> None:
    """A file SQLite made and left without a table: what another program's empty database is."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()


@pytest.mark.fresh_file
@pytest.mark.parametrize("blank", [lambda path: path.write_bytes(b""), _blank_sqlite], ids=["empty file", "blank sqlite"])
@pytest.mark.parametrize("command", [["queue"], ["export"], ["calendar", "--json"], ["license", "list"], ["show", "1"]])
def test_a_read_only_command_never_makes_a_desk_of_a_blank_file(desk, isolation, blank, command) -> None:
    """Only a command that records something turns a blank file into a desk; one that reads
    says there is no desk there and leaves the file as it found it."""
    path = isolation / "blank.db"
    blank(path)
    before = path.read_bytes()
    result = desk("--db", str(path), *command, code=5)
    assert_one_error_line(result)
    assert path.read_bytes() == before
    assert not path.with_name("blank.db-wal").exists()


@pytest.mark.fresh_file
def test_a_command_that_records_makes_a_desk_of_an_empty_file(desk, isolation) -> None:
    path = isolation / "blank.db"
    path.write_bytes(b"")
    desk("--db", str(path), "license", "add", "X-1", "--edition", "Бизнес", "--price", "1",
         "--purchased", "2026-01-01", env={"DESK_PIN": "1234"})
    assert [row["number"] for row in desk.json("--db", str(path), "license", "list", "--json")] == ["X-1"]


def test_a_mistyped_db_directory_is_exit_2_and_grows_no_tree(desk, tmp_path) -> None:
    target = tmp_path / "tpyo" / "nested" / "desk.db"
    result = desk("--db", str(target), "license", "add", "HC-1", "--edition", "Бизнес",
                  "--price", "1", "--purchased", "2026-01-01", env={"DESK_PIN": "1"}, code=2)
    assert_one_error_line(result)
    assert "does not exist" in result.stderr and not (tmp_path / "tpyo").exists()


def test_only_a_transaction_that_wrote_counts_as_saved(tmp_path) -> None:
    """What a command says after a failure ("the change was saved") follows from this count:
    a transaction that wrote nothing (a policy set to what it already was) saved nothing."""
    from deskcli.store.repository import Repository, commits

    path = tmp_path / "desk.db"
    repo = Repository(path)
    before = commits().get(str(path), 0)
    with repo.transaction():
        repo.scalar("SELECT count(*) FROM requests")
    assert commits().get(str(path), 0) == before
    with repo.transaction():
        repo.insert("licenses", {"number": "L", "pin_hash": "scrypt$1$1$1$00$00", "edition": "Бизнес",
                                 "price_kopecks": 1, "purchased": "2026-01-01", "support_until": "2026-12-31"})
    assert commits().get(str(path), 0) == before + 1
    repo.close()
