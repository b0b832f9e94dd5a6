"""Several agents writing at once, and writers killed mid-flight."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

# A writer process: runs `desk reply` in a loop through the console script's own entry point
# (the launcher, as `desk` runs it) and prints "ack N" only after the command returned 0,
# i.e. after its transaction committed.
WRITER = textwrap.dedent(
    """
    import sys
    from deskcli import launcher
    agent, count = sys.argv[1], int(sys.argv[2])
    for n in range(count):
        sys.argv = ["desk", "--agent", agent, "reply", "1", "--internal", "--body", f"{agent} note {n}"]
        try:
            launcher.main()
            code = 0
        except SystemExit as exc:
            code = exc.code
        if code not in (0, None):
            print(f"fail {n} {code}", flush=True)
            sys.exit(1)
        print(f"ack {n}", flush=True)
    """
)

@pytest.fixture
def one_request(desk) -> None:
    desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "100", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-1", "--pin", "1", "-v", "1.0", "-c", "usage", "--site", "https://a.example",
         "-s", "Вопрос", "--body", "Как настроить скидки для оптовиков?")


def _writer(agent: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, agent, str(count)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def _notes(db_path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT author, body FROM messages WHERE kind = 'internal'").fetchall()
    finally:
        conn.close()


def test_eight_agents_writing_at_once_lose_nothing(one_request, isolation) -> None:
    writers = [_writer(f"agent{i}", 25) for i in range(8)]
    results = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "error" not in err
        assert out.count("ack") == 25
    notes = _notes(isolation / "desk.db")
    assert len(notes) == 8 * 25
    assert len(set(notes)) == 8 * 25


def test_killed_writers_leave_a_sound_database_with_every_acknowledged_write(one_request, isolation) -> None:
    """Each writer is killed right after its Nth acknowledgement, while its next write is in
    flight: no wall-clock guess about how long a writer takes to start."""
    rng = random.Random(20261125)
    acknowledged: set[str] = set()
    for round_ in range(3):
        writers = [_writer(f"r{round_}w{i}", 200) for i in range(3)]
        for i, w in enumerate(writers):
            wanted, seen = rng.randint(1, 6), 0
            assert w.stdout is not None
            while seen < wanted:
                line = w.stdout.readline()
                assert line, f"writer {i} stopped early: {w.stderr.read() if w.stderr else ''}"
                if line.startswith("ack "):
                    acknowledged.add(f"r{round_}w{i} note {line.split()[1]}")
                    seen += 1
            w.send_signal(signal.SIGKILL)
        for i, w in enumerate(writers):
            out, _ = w.communicate(timeout=30)
            for line in out.splitlines():
                if line.startswith("ack "):
                    acknowledged.add(f"r{round_}w{i} note {line.split()[1]}")
    path = isolation / "desk.db"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    stored = {body for _, body in _notes(path)}
    assert len(acknowledged) >= 9
    assert acknowledged <= stored


def test_a_second_connection_in_one_process_keeps_the_first_one_s_locks(one_request, isolation) -> None:
    """The screen reads on one connection and writes on another: opening the second must not
    drop the first one's lock, or another process ending its command takes the file for its
    last, checkpoints and deletes the write-ahead log under the screen (the database was
    corrupted by the screen's next write; QA)."""
    from deskcli.store import db

    path = isolation / "desk.db"
    reader = db.connect(path, write=False)
    reader.execute("SELECT count(*) FROM requests").fetchone()
    writer = db.connect(path)
    writer.execute("UPDATE requests SET subject = subject || '.' WHERE id = 1")
    writer.close()
    done = subprocess.run([sys.executable, "-m", "deskcli", "reply", "1", "--internal", "--body", "another agent"],
                          capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    # the other process was not the last one using the file: its log is still there for us
    assert os.path.exists(f"{path}-wal")
    again = db.connect(path)
    again.execute("UPDATE requests SET subject = subject || '!' WHERE id = 1")
    again.close()
    reader.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
