"""Ctrl-C in any command: exit 130, one line saying nothing was changed, and nothing was
(SPEC section 6). The interrupt is raised from inside the write, after rows were written."""

from __future__ import annotations

import sys

import pytest

from deskcli.store.repository import Repository
from tests.cli.test_requests import add_license, open_request

MESSAGE = "error: interrupted; nothing was changed\n"


def snapshot(desk) -> str:
    return desk("export", "--all", "--format", "jsonl").stdout


@pytest.mark.parametrize("args", [["reply", "1", "--body", "Очистите кеш."], ["close", "1"], ["escalate", "1"],
                                  ["assign", "1", "anna"], ["edit", "1", "-c", "emergency"],
                                  ["reply", "1", "--customer", "--body", "Уточняю: только у гостей. Почему?"]])
def test_an_interrupted_command_changes_nothing(desk, monkeypatch, args) -> None:
    add_license(desk)
    open_request(desk)
    before = snapshot(desk)
    real = Repository.change_request

    def change_then_interrupt(self, *a, **k):
        real(self, *a, **k)
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(Repository, "change_request", change_then_interrupt)
        result = desk(*args, code=130)
    assert result.stderr == MESSAGE and result.stdout == ""
    assert snapshot(desk) == before


def test_an_interrupted_license_add_stores_nothing(desk, monkeypatch) -> None:
    def interrupt(self, **kwargs):
        raise KeyboardInterrupt

    add_license(desk)
    before = snapshot(desk)
    with monkeypatch.context() as patched:
        patched.setattr(Repository, "record", interrupt)
        result = desk("license", "add", "HC-2", "--edition", "Бизнес", "--price", "1",
                      "--purchased", "2026-01-01", env={"DESK_PIN": "1"}, code=130)
    assert result.stderr == MESSAGE
    assert snapshot(desk) == before


def test_the_fast_path_says_the_same(desk, monkeypatch, capsys) -> None:
    from deskcli import launcher
    from deskcli.cli import queue_core

    add_license(desk)
    open_request(desk)

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(queue_core, "run_queue", interrupt)
    monkeypatch.setattr(sys, "argv", ["desk", "queue", "--json"])
    with pytest.raises(SystemExit) as stopped:
        launcher.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == MESSAGE


def test_an_import_interrupted_while_indexing_says_it_is_complete(desk, monkeypatch, isolation) -> None:
    """The review: Ctrl-C while the imported requests were indexed said only "interrupted",
    and importing the file again then failed on every id."""
    from deskcli.services import search

    add_license(desk)
    open_request(desk)
    dump = isolation / "dump.jsonl"
    dump.write_text(snapshot(desk), encoding="utf-8")
    other = isolation / "other.db"

    def interrupt(ctx):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(search, "update_index", interrupt)
        result = desk("--db", str(other), "import", str(dump), code=130)
    assert "the import is complete (1 license, 1 request" in result.stderr
    assert "desk search --update-index finishes it" in result.stderr
    assert result.stderr.endswith("error: interrupted; what was saved before it stays saved\n")
    assert [r["id"] for r in desk.json("--db", str(other), "queue", "--json")] == [1]
