"""``desk tui`` as a command: what it refuses before it takes the terminal."""

from __future__ import annotations

import pytest

from tests.conftest import assert_one_error_line


def test_tui_needs_a_terminal(desk) -> None:
    desk("license", "add", "HC-1", "--pin", "1234", "--edition", "Бизнес", "--price", "100",
         "--purchased", "2026-06-01")
    result = desk("tui", code=2)
    assert_one_error_line(result)
    assert "needs a terminal" in result.stderr


@pytest.mark.fresh_file
def test_tui_refuses_a_missing_database_and_creates_none(desk, isolation) -> None:
    result = desk("tui", code=5)
    assert_one_error_line(result)
    assert "no desk database" in result.stderr
    assert not (isolation / "desk.db").exists()
