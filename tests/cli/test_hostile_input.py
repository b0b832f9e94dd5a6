"""Hostile input: every bad value is refused cleanly.

Each refused case (the table in hostile_cases.py and hostile_cases_files.py) must give the
SPEC section 6 exit code, exactly one ``error:`` line on stderr, no traceback, and leave the
database unchanged (every row of the file before and after), along with every file the case
prepared (a bad database or configuration is refused, not repaired). That user text is only
ever data is in test_user_text.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.hostile_cases import DIR, NOT_RECOGNISED, PIN, STORAGE, Case, newer_database, open_args
from tests.cli.hostile_cases import FIELD_CASES as _FIELD_CASES
from tests.cli.hostile_cases_files import STORAGE_CASES
from tests.conftest import assert_one_error_line

CASES = _FIELD_CASES + STORAGE_CASES



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
    assert result.stdout == "" and len(result.stderr) < 1100  # a value quoted back is cut short
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
