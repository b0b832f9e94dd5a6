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


#: Asks for work (2.10): the rules compile expressions the message above never needs, and
#: the other way round.
OTHER_BODY = "Здравствуйте! Помогите подключить оплату через API банка к нашему сайту, сделайте пожалуйста сегодня вечером."


def _open(body: str | None = None) -> dict:
    argv = [*OPEN[:-2], body, "--json"] if body else OPEN
    done = subprocess.run([sys.executable, "-m", "deskcli", *argv], capture_output=True, text=True,
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
    from deskcli.domain.intake import patterns

    first = _open()
    [kept] = _kept(isolation)
    entries = json.loads(kept.read_text(encoding="utf-8"))
    if damage == "garbage":
        kept.write_bytes(b"\x00{not json")
    elif damage == "other users may write it":
        # code that matches nothing: if it were used, every rule would stay silent
        kept.write_text(json.dumps({k: [v[0], patterns._pack([1, 1]), v[2], v[3], v[4]] for k, v in entries.items()}))
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


def test_a_message_needing_other_expressions_adds_them_and_drops_none(licensed_desk, isolation) -> None:
    """Which expressions a run compiles depends on the message: a file cut down to what the
    last run used made the next different message compile the rest again, every time."""
    first = _open()
    [kept] = _kept(isolation)
    after_first = json.loads(kept.read_text(encoding="utf-8"))
    _open(OTHER_BODY)
    after_other = json.loads(kept.read_text(encoding="utf-8"))
    assert after_other.keys() > after_first.keys()
    written = kept.stat().st_mtime_ns, kept.read_bytes()
    assert _open() == first
    _open(OTHER_BODY)
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written  # both kept: nothing compiled again


def test_a_file_grown_past_its_limit_starts_over(licensed_desk, isolation) -> None:
    """Rules edited in place (development) only add entries: past the limit the file holds
    what this run compiled, not every edit's."""
    from deskcli import pattern_cache

    _open()
    [kept] = _kept(isolation)
    entries = json.loads(kept.read_text(encoding="utf-8"))
    some = next(iter(entries.values()))
    stale = {f"0:(old rule {n})": some for n in range(pattern_cache.MAX_ENTRIES)}
    kept.write_text(json.dumps({**stale, **dict(list(entries.items())[1:])}), encoding="utf-8")
    _open()  # compiles the one entry left out
    now = json.loads(kept.read_text(encoding="utf-8"))
    assert not stale.keys() & now.keys()
    assert list(entries)[0] in now


def test_each_release_has_its_file_and_an_upgrade_removes_the_old_one(licensed_desk, isolation) -> None:
    """After an upgrade the old rules' expressions are never asked again; another
    interpreter's file (another venv) is its own."""
    from deskcli import __version__

    _open()
    [kept] = _kept(isolation)
    assert kept.name.endswith(f"-desk{__version__}.json")
    old = kept.with_name(kept.name.replace(f"-desk{__version__}.json", "-desk0.0.1.json"))
    other_python = kept.with_name("cpython-399-03ff00f0-20990101-desk0.0.1.json")
    for stale in (old, other_python):
        stale.write_bytes(kept.read_bytes())
        stale.chmod(0o600)
    kept.unlink()
    _open()
    assert _kept(isolation) == sorted([kept, other_python])
