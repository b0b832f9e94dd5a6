"""A lock held by another program, writers killed while they hold the write lock, a backup
killed half-way, and a close whose checkpoint another reader holds up."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tests.faults.conftest import assert_refused, checkpoint, contents

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "whole-file":
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    if sys.argv[2] == "whole-file":
        conn.execute("INSERT INTO events (at, agent, action) VALUES ('2026-01-01T00:00:00+00:00', 'x', 'held')")
    print("held", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(isolation):
    processes = []

    def hold(mode: str) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(isolation / "desk.db"), mode],
                                   stdout=subprocess.PIPE, text=True)
        processes.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        return process

    yield hold
    for process in processes:
        process.kill()
        process.wait()


def test_a_write_lock_held_elsewhere_is_exit_5_after_the_wait(seeded, holder, monkeypatch) -> None:
    monkeypatch.setattr("deskcli.store.db.WRITE_WAIT_SECONDS", 0.5)
    before = contents(seeded)
    holder("writer")
    result = seeded("reply", "1", "--internal", "--body", "заметка", code=None)
    assert_refused(result, 5)
    assert "locked" in result.stderr
    # WAL: reading goes on while someone else writes
    assert seeded.json("show", "1", "--json")["id"] == 1
    assert contents(seeded) == before


@pytest.mark.parametrize("command", [("queue",), ("reply", "1", "--internal", "--body", "заметка")], ids=" ".join)
def test_a_file_locked_whole_by_another_program_is_exit_5(seeded, isolation, holder, monkeypatch, command) -> None:
    monkeypatch.setattr("deskcli.store.db.BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr("deskcli.store.db.WRITE_WAIT_SECONDS", 0.5)
    process = holder("whole-file")
    result = seeded(*command, code=None)
    assert_refused(result, 5, naming=str(isolation / "desk.db"))
    assert "locked" in result.stderr
    process.kill()
    process.wait()
    assert "held" not in contents(seeded)  # the holder's uncommitted write went with it


KILLED_INSIDE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from deskcli.store.repository import Repository
    repo = Repository(Path(sys.argv[1]))
    with repo.transaction():
        repo.conn.execute("UPDATE requests SET subject = 'half-done' WHERE id = 1")
        repo.conn.execute("DELETE FROM access")
        print("inside", flush=True)
        sys.stdin.readline()
    """
)


def test_a_writer_killed_inside_its_transaction_leaves_no_trace(seeded, isolation) -> None:
    before = contents(seeded)
    process = subprocess.Popen([sys.executable, "-c", KILLED_INSIDE, str(isolation / "desk.db")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "inside"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert contents(seeded) == before
    seeded("reply", "1", "--internal", "--body", "после сбоя")  # the lock went with the process
    conn = sqlite3.connect(isolation / "desk.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_killed_backups_partial_file_is_cleared_by_the_next_backup(seeded, isolation) -> None:
    out = isolation / "backups"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    orphan = out / f".copy.db.{dead.stdout.strip()}-0.partial"
    orphan.write_bytes(b"SQLite format 3\x00 half a copy")
    (out / f"{orphan.name}-journal").write_bytes(b"journal")
    seeded("backup", str(out / "copy.db"))
    assert sorted(p.name for p in out.iterdir()) == ["copy.db"]


def test_a_checkpoint_held_up_by_a_reader_leaves_credentials_doctor_reports(seeded, isolation) -> None:
    reader = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM requests").fetchone()  # a snapshot from before the close
    try:
        seeded("close", "1")
        report = {c["check"]: c for c in seeded.json("doctor", "--json", code=5)}
        assert not report["erased credentials"]["ok"]
        assert "desk.db" in report["erased credentials"]["detail"]
    finally:
        reader.execute("COMMIT")
        reader.close()
    seeded("reply", "1", "--internal", "--body", "итог")  # the next write's checkpoint clears them
    checkpoint(isolation / "desk.db")
    report = {c["check"]: c for c in json.loads(seeded("doctor", "--json", code=None).stdout)}
    assert report["erased credentials"]["ok"], report["erased credentials"]


def test_closing_checkpoints_so_no_sealed_copy_remains(seeded, isolation) -> None:
    seeded("close", "1")
    for path in isolation.glob("desk.db*"):
        assert b"gAAAAA" not in path.read_bytes(), path.name
    wal = isolation / "desk.db-wal"
    assert not wal.exists() or os.path.getsize(wal) == 0


def test_live_credentials_of_every_length_are_not_reported_as_erased(seeded, isolation) -> None:
    """A sealed token whose length needs no base64 padding is followed in the page by the next
    column's text (``2026-11-25T…``), which the token's letters run into (QA: doctor said a live
    temporary access was erased and exited 5). Passwords of 1 to 48 characters give tokens of
    every padding."""
    creds = isolation / "creds.toml"
    for length in range(1, 49, 3):
        opened = seeded.json("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru",
                             "-s", f"Доступ {length}", "--body", "Корзина пустая, как исправить?", "--json")
        creds.write_text(f'kind = "ftp"\naddress = "ftp.example.ru"\nlogin = "shop"\npassword = "{"x" * length}"\n',
                         encoding="utf-8")
        seeded("access", "add", str(opened["id"]), "--from-file", str(creds))
    checkpoint(isolation / "desk.db")
    report = {c["check"]: c for c in seeded.json("doctor", "--json")}
    assert report["erased credentials"]["ok"], report["erased credentials"]


def test_doctor_says_a_locked_desk_is_locked_not_damaged(seeded, isolation, holder, monkeypatch) -> None:
    """Concurrency QA: doctor, the README's step after a restore, called a desk another
    process held "damaged and cannot be read", which sends an admin to restore it again."""
    monkeypatch.setattr("deskcli.store.db.BUSY_TIMEOUT_MS", 200)
    process = holder("whole-file")
    result = seeded("doctor", code=None)
    process.kill()
    process.wait()
    assert_refused(result, 5)
    assert "is locked by another process; try again" in result.stderr and "damaged" not in result.stdout + result.stderr
    assert seeded("doctor").exit_code == 0


def test_a_backup_never_replaces_a_file_that_appeared_while_it_copied(seeded, isolation, monkeypatch) -> None:
    """Without --force a backup never replaces a file, even one another backup to the same new
    path finished while this one copied (concurrency QA: three started together all
    "succeeded", each replacing the last). The other backup is played by a file written as
    this one's copy begins."""
    from deskcli.store import maintenance

    target = isolation / "copy.db"
    beside = maintenance.temporary_beside

    def and_another_backup_finishes(*args, **kwargs):
        made = beside(*args, **kwargs)
        target.write_bytes(b"the other backup")
        return made

    monkeypatch.setattr(maintenance, "temporary_beside", and_another_backup_finishes)
    result = seeded("backup", str(target), code=None)
    assert_refused(result, 2)
    assert "exists; use --force to replace it" in result.stderr
    assert target.read_bytes() == b"the other backup"
    assert sorted(p.name for p in isolation.iterdir() if "copy" in p.name) == ["copy.db"]
