"""``desk open`` keeps the intake rules' compiled expressions between runs, owner-only, and
a cache file that is damaged or not its own is ignored (issue 15)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_requests import add_license

OPEN = ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/cart",
        "-s", "Корзина", "--body", "Корзина пустая после обновления, товары не добавляются. Как исправить?", "--json")


def _open() -> dict:
    done = subprocess.run([sys.executable, "-m", "deskcli", *OPEN], capture_output=True, text=True,
                          env={**os.environ, "DESK_PIN": "4321"})
    assert done.returncode == 0 and done.stderr == "", done.stderr
    opened = json.loads(done.stdout)
    return {k: v for k, v in opened.items() if k not in ("id", "created_at", "due_at", "queued_at")}


def _kept(isolation: Path) -> list[Path]:
    return sorted((isolation / "home" / "cache" / "deskcli" / "patterns").glob("*.json"))


@pytest.fixture
def licensed_desk(desk):
    add_license(desk)
    return desk


def test_the_second_open_reads_what_the_first_kept_and_decides_the_same(licensed_desk, isolation) -> None:
    first = _open()
    [kept] = _kept(isolation)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    written = kept.stat().st_mtime_ns, kept.read_bytes()
    assert len(json.loads(written[1])) >= 40
    assert _open() == first
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written  # nothing new: not written again


@pytest.mark.parametrize("damage", ["garbage", "other users may write it", "wrong shapes"])
def test_a_damaged_or_foreign_file_is_ignored(licensed_desk, isolation, damage) -> None:
    first = _open()
    [kept] = _kept(isolation)
    entries = json.loads(kept.read_text(encoding="utf-8"))
    if damage == "garbage":
        kept.write_bytes(b"\x00{not json")
    elif damage == "other users may write it":
        # code that matches nothing: if it were used, every rule would stay silent
        kept.write_text(json.dumps({k: [v[0], [1, 1], v[2], v[3], v[4]] for k, v in entries.items()}))
        kept.chmod(0o666)
    else:
        kept.write_text(json.dumps({k: [0] for k in entries}))
    assert _open() == first


def test_the_kept_code_is_what_the_rules_run(licensed_desk, isolation) -> None:
    """The file is read before the rules compile: code in it that matches nothing (the
    user's own file, so trusted) silences them, and the same message is decided otherwise."""
    from deskcli.domain.intake import patterns

    first = _open()
    [kept] = _kept(isolation)
    entries = json.loads(kept.read_text(encoding="utf-8"))
    silent = {name: [*patterns._code("(?!)", int(name.split(":", 1)[0]))[:2], *entry[2:]]
              for name, entry in entries.items()}
    kept.write_text(json.dumps(silent), encoding="utf-8")
    assert _open() != first


def test_entries_no_rule_asks_for_are_dropped_when_the_file_is_written(licensed_desk, isolation) -> None:
    """After an upgrade the old rules' expressions are never asked again: a file that only
    grew made every later run read them all."""
    _open()
    [kept] = _kept(isolation)
    entries = json.loads(kept.read_text(encoding="utf-8"))
    stale = {f"0:(old rule {n})": entry for n, entry in enumerate(list(entries.values())[:50])}
    fresh_name, fresh_entry = next(iter(entries.items()))
    del entries[fresh_name]  # one of today's rules not kept yet: this run compiles it and writes
    kept.write_text(json.dumps({**entries, **stale}), encoding="utf-8")
    _open()
    now = json.loads(kept.read_text(encoding="utf-8"))
    assert not stale.keys() & now.keys()
    assert now.keys() == {*entries, fresh_name} and now[fresh_name] == fresh_entry
