"""The SQLite file: creation, permissions, migrations, refusals."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from deskcli.domain.errors import StorageError
from deskcli.store import migrations
from deskcli.store.repository import Repository
from tests.conftest import assert_one_error_line


def test_new_database_and_directory_are_owner_only(tmp_path) -> None:
    path = tmp_path / "nested" / "desk.db"
    Repository(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_schema_is_versioned_and_migrations_are_recorded(tmp_path) -> None:
    path = tmp_path / "desk.db"
    Repository(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY version")]
    assert names == [m.__name__ for m in migrations.MIGRATIONS]


def test_an_older_database_is_migrated_forward(tmp_path, monkeypatch) -> None:
    path = tmp_path / "desk.db"
    ran = []

    def m002_add_column(conn) -> None:
        ran.append(True)
        conn.execute("ALTER TABLE requests ADD COLUMN sentiment TEXT")

    Repository(path).close()
    monkeypatch.setattr("deskcli.store.db.MIGRATIONS", [*migrations.MIGRATIONS, m002_add_column])
    monkeypatch.setattr("deskcli.store.db.SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    Repository(path).close()
    Repository(path).close()
    assert ran == [True]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION + 1
    assert "sentiment" in [r[1] for r in conn.execute("PRAGMA table_info(requests)")]


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


def test_a_directory_in_place_of_the_database(desk, isolation) -> None:
    (isolation / "desk.db").mkdir()
    assert_one_error_line(desk("queue", code=5))


def test_refusal_as_an_exception(tmp_path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(StorageError):
        Repository(path)
