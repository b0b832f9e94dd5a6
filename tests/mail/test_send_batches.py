"""``desk mail send`` stopped mid-batch, or outlasted by its own claim, sends no customer the
same mail twice: each message is recorded as sent before the next one goes, and a run
hands a message to the server only while its claim on it still holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from email import message_from_bytes, policy

import pytest

from deskcli.cli.exits import Stopped
from deskcli.mail import transport
from tests.mail.desk_seed import seed

REPLIES = 5


@pytest.fixture
def five_replies(desk, isolation, smtp_server):
    seed(desk, isolation)
    server = smtp_server()
    desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    for n in range(REPLIES):
        desk("reply", "42", "--body", f"Ответ номер {n + 1}: очистите кеш и проверьте снова.")
    return desk, server


def _count(server, n: int) -> int:
    """How many copies of reply ``n`` the server took."""
    bodies = [message_from_bytes(e.original_content, policy=policy.default).get_content() for e in server.received]
    return sum(f"Ответ номер {n}:" in body for body in bodies)


def _replies_sent(server) -> list[int]:
    return [_count(server, n + 1) for n in range(REPLIES)]


def test_a_run_stopped_after_the_server_took_a_message_sends_only_that_one_again(five_replies, monkeypatch) -> None:
    desk, server = five_replies
    send_one = transport._send_one
    taken = []

    def stopped_after_the_third(*args):
        result = send_one(*args)
        taken.append(result)
        if len(taken) == 3:  # SIGTERM arrives after the server said 250, before the desk wrote it down
            raise Stopped(signal.SIGTERM)
        return result

    monkeypatch.setattr(transport, "_send_one", stopped_after_the_third)
    result = desk("mail", "send", code=143)
    assert "stopped by SIGTERM" in result.stderr
    assert _replies_sent(server) == [1, 1, 1, 0, 0]
    monkeypatch.setattr(transport, "_send_one", send_one)
    # After the claim has run out, the next run sends what was not recorded: the third again, and the rest.
    desk("mail", "send", env={"DESK_NOW": "2026-11-25T10:16"})
    assert _replies_sent(server) == [1, 1, 2, 1, 1]
    assert desk("mail", "send", env={"DESK_NOW": "2026-11-25T11:00"}).stdout == ""
    assert _replies_sent(server) == [1, 1, 2, 1, 1]


def test_a_run_started_after_a_slow_batch_outlasted_its_claim_sends_nothing_twice(five_replies, monkeypatch) -> None:
    """The first run's claim runs out while it is between its first and second message; the
    next cron run (16 minutes on) takes the rest, and the first run leaves them to it."""
    import datetime as dt

    from deskcli import clock

    desk, server = five_replies
    readings = []

    def running_from(start):
        def read():
            readings.append(start)
            if len(readings) == 2:  # handing over the second message, 16 minutes after the first
                later = subprocess.run([sys.executable, "-m", "deskcli", "mail", "send"], capture_output=True,
                                       text=True, env={**os.environ, "DESK_NOW": "2026-11-25T10:16"}, timeout=60)
                assert later.returncode == 0, later.stderr
            return start + dt.timedelta(minutes=16 if len(readings) >= 2 else 0)
        return read

    monkeypatch.setattr(clock, "running_from", running_from)
    desk("mail", "send")
    assert len(readings) >= 2
    assert _replies_sent(server) == [1, 1, 1, 1, 1]
    assert {row["status"] for row in desk.json("mail", "outbox", "--json")} == {"sent"}


def test_a_sigterm_after_the_server_took_a_message_waits_until_the_desk_wrote_it_down(five_replies) -> None:
    """A real SIGTERM (a ``timeout`` in the cron line) as the server says 250 to the third
    reply: the run stops after recording it, so the next run sends the rest and not the third
    again (admin's review: killed mid-run, the desk sent one letter twice)."""
    desk, server = five_replies
    code = ("import os, signal; from deskcli.mail import transport; real = transport._send_one; taken = []\n"
            "def send_one(*args):\n"
            "    result = real(*args)\n"
            "    taken.append(result)\n"
            "    if len(taken) == 3: os.kill(os.getpid(), signal.SIGTERM)\n"
            "    return result\n"
            "transport._send_one = send_one\n"
            "from deskcli.launcher import console; console()")
    done = subprocess.run([sys.executable, "-c", code, "mail", "send"], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=60)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert _replies_sent(server) == [1, 1, 1, 0, 0]
    statuses = [row["status"] for row in desk.json("mail", "outbox", "--json")]
    assert statuses.count("sent") == 3
    desk("mail", "send", env={"DESK_NOW": "2026-11-25T10:16"})
    assert _replies_sent(server) == [1, 1, 1, 1, 1]
