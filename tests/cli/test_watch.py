"""``desk queue --watch`` on a real terminal (a pseudo-terminal): it says when it was
refreshed, and Ctrl-C leaves one copy of the view, not a stray ``^C`` that shifts it."""

from __future__ import annotations

import os
import select
import signal
import sys
import time

import pytest

from tests.cli.test_requests import add_license, open_request

pty = pytest.importorskip("pty")


def _read_until(fd: int, needle: bytes, seen: bytearray, limit: float = 20.0) -> None:
    deadline = time.monotonic() + limit
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)


def _exit_status(pid: int, limit: float = 10.0) -> int:
    """The child's wait status; a child still running after ``limit`` seconds is killed and fails the test."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        select.select([], [], [], 0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail("desk queue --watch did not stop")


def _watching() -> tuple[int, int]:
    """``desk queue --watch`` started on a pseudo-terminal: (its pid, the terminal)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: desk on a terminal 80 columns wide
        os.environ.update({"COLUMNS": "80", "LINES": "40", "TERM": "xterm"})
        # A shell's background job starts with Ctrl-C ignored, a suite run under nohup with
        # SIGHUP ignored, and Python (and desk, as nohup asks) keeps them ignored.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        os.execv(sys.executable, [sys.executable, "-m", "deskcli", "queue", "--watch", "--interval", "1"])
    return pid, fd


def test_watch_says_when_it_refreshed_and_stops_cleanly_on_ctrl_c(desk, isolation) -> None:
    add_license(desk)
    # A subject long enough that the table's rows fill the terminal's width.
    open_request(desk, subject="Корзина " * 30)
    pid, fd = _watching()
    seen = bytearray()
    _read_until(fd, b"Ctrl-C to stop", seen)
    assert b"Refreshed 10:00:00 (2026-11-25)" in seen, bytes(seen)
    os.write(fd, b"\x03")
    _read_until(fd, b"\x00never", seen, limit=10)
    assert os.waitstatus_to_exitcode(_exit_status(pid)) == 0
    assert b"^C" not in seen and b"Traceback" not in seen


def test_watch_reads_only_what_fits_the_terminal_and_says_how_many_more(desk, isolation) -> None:
    add_license(desk)
    for n in range(8):
        open_request(desk, at=f"2026-11-25T0{1 + n}:00", subject=f"Вопрос номер {n + 1}")
    pid, fd = pty.fork()
    if pid == 0:  # 10 lines: 5 of them rows, the rest heading, legend and the last line
        os.environ.update({"COLUMNS": "100", "LINES": "10", "TERM": "xterm"})
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execv(sys.executable, [sys.executable, "-m", "deskcli", "queue", "--watch", "--interval", "1"])
    seen = bytearray()
    _read_until(fd, b"Ctrl-C to stop", seen)
    os.write(fd, b"\x03")
    _read_until(fd, b"\x00never", seen, limit=10)
    assert os.waitstatus_to_exitcode(_exit_status(pid)) == 0
    text = bytes(seen).decode()
    assert "5 of 8 shown" in text, text
    assert "Вопрос номер 1" in text and "Вопрос номер 5" in text and "Вопрос номер 6" not in text


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stopping_signal_ends_the_watch_as_it_ends_any_command(desk, isolation, signum) -> None:
    """Ctrl-C is how the view is left (exit 0); ``timeout`` or a closed terminal is a command
    stopped (128 + the signal, as every other command reports it)."""
    add_license(desk)
    open_request(desk)
    pid, fd = _watching()
    seen = bytearray()
    _read_until(fd, b"Ctrl-C to stop", seen)
    os.kill(pid, signum)
    _read_until(fd, b"\x00never", seen, limit=10)
    assert os.waitstatus_to_exitcode(_exit_status(pid)) == 128 + signum
    assert f"stopped by {signal.Signals(signum).name}".encode() in seen, bytes(seen)
    assert b"Traceback" not in seen
