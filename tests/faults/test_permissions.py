"""Unreadable and read-only paths end in exit 5; under any umask what deskcli creates is
owner-only. These run ``desk`` as a real process: without root's permission override
(setpriv) for the first, under ``umask 000`` for the second."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.faults.conftest import (
    CREDENTIALS,
    PIN,
    Finished,
    assert_refused,
    contents,
    desk_process,
    files,
)


@pytest.fixture
def locked_down(seeded, isolation):
    """The seeded desk's directory made read-only, the database file too."""
    path = isolation / "desk.db"
    path.chmod(0o444)
    isolation.chmod(0o555)
    yield path
    isolation.chmod(0o755)
    path.chmod(0o600)


def test_doctor_on_an_unreadable_file_is_exit_5(seeded, isolation) -> None:
    path = isolation / "desk.db"
    path.chmod(0o000)
    try:
        result = Finished(desk_process("--db", str(path), "doctor", unprivileged=True))
    finally:
        path.chmod(0o600)
    assert_refused(result, 5, naming=str(path))
    assert "permission denied" in result.stderr.lower()


@pytest.mark.parametrize("command", [("queue",), ("show", "1"), ("export",)], ids=" ".join)
def test_reading_an_unreadable_desk_is_exit_5(seeded, isolation, command) -> None:
    path = isolation / "desk.db"
    path.chmod(0o000)
    try:
        result = Finished(desk_process("--db", str(path), *command, unprivileged=True))
    finally:
        path.chmod(0o600)
    assert_refused(result, 5, naming=str(path))


def test_writing_a_read_only_desk_is_exit_5_and_changes_nothing(seeded, locked_down) -> None:
    before = files(locked_down.parent)
    result = Finished(desk_process("reply", "1", "--internal", "--body", "заметка", unprivileged=True))
    assert_refused(result, 5, naming=str(locked_down))
    assert "not writable" in result.stderr
    assert files(locked_down.parent) == before


def _on_read_only_media(isolation, *argv: str):
    """``desk --db MEDIA/desk.db ARGV`` with a copy of the desk on a read-only mount (a private
    mount namespace, as root): the finished process, and the media directory."""
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only mount needs root and unshare")
    media = isolation / "media"
    media.mkdir()
    shutil.copy(isolation / "desk.db", media / "desk.db")
    script = (f"mount --bind {media} {media} && mount -o remount,ro,bind {media} && "
              f"exec {sys.executable} -m deskcli --db {media}/desk.db {' '.join(repr(a) for a in argv)}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                          env=os.environ.copy())
    if "mount" in done.stderr and done.returncode != 0 and "deskcli" not in done.stderr:
        pytest.skip(f"no private read-only mount here: {done.stderr.strip()}")
    return done, media


@pytest.mark.parametrize("command", [("queue", "--json"), ("show", "1", "--json"), ("export", "--format", "jsonl")],
                         ids=" ".join)
def test_a_desk_on_read_only_media_can_be_read(seeded, isolation, command) -> None:
    # SQLite cannot make the shared-memory file a WAL-mode desk is read through, so a desk
    # whose log is empty is read as immutable (QA). A directory the user merely cannot write
    # is not such media.
    done, media = _on_read_only_media(isolation, *command)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.strip() and sorted(p.name for p in media.iterdir()) == ["desk.db"]


def test_the_doctor_reads_a_desk_on_read_only_media_as_sound(seeded, isolation) -> None:
    """It said "damaged and cannot be read" of a sound desk every command could read (QA)."""
    import json

    done, _ = _on_read_only_media(isolation, "doctor", "--json")
    checks = {check["check"]: check for check in json.loads(done.stdout)}
    assert checks["integrity_check"]["ok"] and checks["schema"]["ok"], checks
    assert not checks["writable"]["ok"] and "read-only" in checks["writable"]["detail"]  # true of the media


def test_a_change_on_read_only_media_says_it_is_not_writable(seeded, isolation) -> None:
    """It said "cannot be opened", as of a missing or foreign file (QA)."""
    done, media = _on_read_only_media(isolation, "assign", "1", "anna")
    assert done.returncode == 5 and done.stdout == ""
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert "is not writable: its directory" in done.stderr and "read-only" in done.stderr


def test_a_desk_in_a_directory_the_user_cannot_write_is_not_read_as_immutable(seeded, locked_down) -> None:
    """Another user's desk at work, say: read as immutable it could give torn reads, so it is
    opened as any desk, and SQLite's refusal is the answer (exit 5)."""
    result = Finished(desk_process("queue", "--json", unprivileged=True))
    assert result.exit_code == 5


@pytest.mark.parametrize("command", [("export", "-o", "{out}/export.csv"), ("backup", "{out}/copy.db"),
                                     ("--config", "{out}/config.toml", "config", "set", "agent", "anna")],
                         ids=lambda c: c[0].lstrip("-"))
def test_writing_into_a_read_only_directory_is_exit_5(seeded, isolation, command) -> None:
    out = isolation / "read-only"
    out.mkdir(mode=0o555)
    args = [a.replace("{out}", str(out)) for a in command]
    try:
        result = Finished(desk_process(*args, unprivileged=True))
    finally:
        out.chmod(0o755)
    assert_refused(result, 5, naming=str(out))
    assert list(out.iterdir()) == []


@pytest.mark.fresh_file
def test_a_desk_from_before_stays_readable_to_its_owner_only(seeded, isolation) -> None:
    """Nothing here is about the umask: the file deskcli made at the start is 0600."""
    assert stat.S_IMODE((isolation / "desk.db").stat().st_mode) == 0o600


def test_under_umask_000_every_directory_is_0700_and_every_file_0600(isolation, monkeypatch) -> None:
    home = isolation / "home"
    for name in ("DESK_DB", "DESK_CONFIG", "DESK_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    env = {"DESK_PIN": PIN}
    creds = isolation / "creds.toml"
    creds.write_text(CREDENTIALS, encoding="utf-8")
    steps = [
        ("config", "set", "agent", "anna"),
        ("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01"),
        ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Корзина",
         "--body", "После обновления корзина пустая. Как исправить?"),
        ("access", "add", "1", "--from-file", str(creds)),
        ("calendar", "--year", "2031", "--json"),
        ("export", "-o", str(home / "export.csv")),
        ("backup", str(home / "backup.db")),
    ]
    for step in steps:
        process = desk_process(*step, env=env, umask=0o000)
        assert process.returncode == 0, (step, process.stderr)
    made = [p for p in home.rglob("*")]
    assert {"desk.db", "config.toml", "access.key", "export.csv", "backup.db"} <= {p.name for p in made}
    assert any(p.suffix == ".json" for p in made)  # the calendar cache wrote a year
    wrong = {str(p.relative_to(home)): oct(stat.S_IMODE(p.stat().st_mode)) for p in made
             if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)}
    assert wrong == {}


def test_a_cache_file_others_could_write_is_not_trusted(desk, isolation) -> None:
    """A calendar year in a cache file writable by others would let them move deadlines."""
    from deskcli.calendar_cache import FileYearCache
    from deskcli.domain.calendar import BusinessCalendar

    directory = isolation / "cache"
    cache = FileYearCache(directory)
    calendar = BusinessCalendar(cache=cache)
    year = calendar.year(2031)
    [path] = list(directory.iterdir())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert cache.get(calendar.fingerprint, 2031) == year
    path.chmod(0o666)
    assert cache.get(calendar.fingerprint, 2031) is None
    os.chown(path, 65534, 65534) if os.geteuid() == 0 else None
    path.chmod(0o600)
    if os.geteuid() == 0:
        assert cache.get(calendar.fingerprint, 2031) is None  # another user's file


def test_nothing_is_left_when_a_key_cannot_be_written(seeded, isolation, monkeypatch) -> None:
    """A key file under a path that cannot exist: exit 5, and the desk as it was."""
    (isolation / "not-a-dir").write_text("x")
    monkeypatch.setenv("DESK_KEY_FILE", str(isolation / "not-a-dir" / "access.key"))
    seeded("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Поиск",
           "--body", "Почему поиск по каталогу ничего не находит?")
    before = contents(seeded)
    creds = isolation / "creds.toml"
    creds.write_text(CREDENTIALS, encoding="utf-8")
    assert_refused(seeded("access", "add", "2", "--from-file", str(creds), code=None), 5)
    assert contents(seeded) == before
    assert Path(isolation / "not-a-dir").read_text() == "x"


def test_mail_in_by_a_user_who_cannot_reach_the_desk_says_so(seeded, isolation) -> None:
    # the MTA's user outside the desk's group: the file is there, its directory closed to it
    # (admin review: "no desk database at …", as if the path were mistyped)
    private = isolation / "srv"
    private.mkdir()
    path = private / "desk.db"
    path.write_bytes((isolation / "desk.db").read_bytes())
    private.chmod(0o000)
    try:
        result = Finished(desk_process("--db", str(path), "mail-in", input=b"From: a@b.example\r\n\r\nhi\r\n",
                                       unprivileged=True))
    finally:
        private.chmod(0o700)
    assert result.exit_code == 75, result.stderr  # temporary for the MTA: it keeps the message
    assert "permission denied" in result.stderr.lower() and "no desk database" not in result.stderr
    assert "mail-in runs as" in result.stderr and "offered again" in result.stderr
