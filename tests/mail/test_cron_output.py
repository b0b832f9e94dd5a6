"""What a cron job of the desk mails: only news (admin review: the later of two overlapping
polls listed every message as a duplicate another run had taken, and policy keys left in the
personal file by an upgrade put two warnings into every run of queue --overdue)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.mail.desk_seed import seed
from tests.mail.test_mail_in_sources import MESSAGES, make_maildir


def test_a_poll_leaves_mail_taken_in_before_out_of_its_table(desk, isolation) -> None:
    seed(desk, isolation)
    maildir = make_maildir(isolation / "Maildir", *MESSAGES[:2])
    first = desk("mail-in", "--maildir", str(maildir))
    assert first.stdout.count("opened") == 2
    for path in (maildir / "cur").iterdir():  # delivered again, or taken by another run meanwhile
        path.rename(maildir / "new" / path.name.split(":")[0])
    again = desk("mail-in", "--maildir", str(maildir))
    assert again.stdout == again.stderr == ""  # nothing new: cron mails nothing
    for path in (maildir / "cur").iterdir():
        path.rename(maildir / "new" / path.name.split(":")[0])
    listed = json.loads(desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    assert [r["outcome"] for r in listed] == ["duplicate", "duplicate"]  # programs still get every one


def _legacy_desk(desk, isolation) -> None:
    (isolation / "config.toml").write_text('agent = "anna"\n\n[targets]\nemergency = 60\nusage = 240\n',
                                           encoding="utf-8")
    desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01")


def test_policy_keys_left_in_the_personal_file_are_not_mailed_by_cron(desk, isolation) -> None:
    _legacy_desk(desk, isolation)
    overdue = desk("queue", "--overdue")
    assert overdue.stdout == overdue.stderr == ""  # documented: nothing when nothing is overdue
    result = desk("doctor", code=1)  # the admin is told where the desk is checked
    assert "PROBLEM  personal file" in result.stdout
    assert "targets.emergency, targets.usage" in result.stdout and "desk config unset" in result.stdout
    desk("config", "unset", "targets")
    desk("doctor")


def test_policy_keys_left_in_the_personal_file_are_said_on_a_terminal(desk, isolation) -> None:
    _legacy_desk(desk, isolation)
    reader, writer = os.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "deskcli", "queue", "--overdue"], stdout=subprocess.PIPE,
                              stderr=writer, env=os.environ.copy(), timeout=60, check=False)
        os.close(writer)
        said = b""
        try:
            while chunk := os.read(reader, 4096):
                said += chunk
        except OSError:
            pass
    finally:
        os.close(reader)
    assert done.returncode == 0 and done.stdout == b""
    assert b"warning:" in said and b"targets.emergency is ignored" in said
