"""DESK_DEBUG adds a traceback before the ``error:`` line and changes nothing else: the exit
code is SPEC section 6's, which an MTA or cron reads whoever is debugging (QA)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from tests.cli.test_requests import add_license

DEBUG = {"DESK_DEBUG": "1"}


@pytest.mark.parametrize("args,code", [
    (("show", "999"), 3),                                            # not found
    (("queue", "--due-within", "3x"), 2),                            # invalid input
    (("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/", "-s", "Корзина",
      "--body", "Как?"), 4),                                         # wrong PIN (DESK_PIN below)
])
def test_debugging_keeps_the_exit_code_and_adds_a_traceback(desk, args, code) -> None:
    add_license(desk)
    plain = desk(*args, code=code, env={"DESK_PIN": "0000"})
    debugged = desk(*args, code=code, env={"DESK_PIN": "0000", **DEBUG})
    assert "Traceback" not in plain.stderr and "Traceback (most recent call last)" in debugged.stderr
    assert debugged.stderr.splitlines()[-1] == plain.stderr.splitlines()[-1]  # the same error line, last


def test_a_foreign_database_is_a_storage_error_when_debugging_too(desk, tmp_path) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = foreign.read_bytes()
    result = desk("--db", str(foreign), "queue", code=5, env=DEBUG)
    assert result.stderr.splitlines()[-1].startswith("error: ") and foreign.read_bytes() == before


def test_the_console_script_keeps_the_exit_code_when_debugging(desk) -> None:
    add_license(desk)
    done = subprocess.run([sys.executable, "-m", "deskcli", "show", "999"], capture_output=True, text=True,
                          env={**os.environ, **DEBUG})
    assert done.returncode == 3, done.stderr
    assert "Traceback" in done.stderr and done.stderr.splitlines()[-1] == "error: request #999 not found"
