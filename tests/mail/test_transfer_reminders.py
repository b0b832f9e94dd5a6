"""export --all / import carry which renewal reminders went out: a desk moved or restored
from the file does not remind its customers of a step a second time (review: every license
in a reminder window got the same letter again from the next morning's cron)."""

from __future__ import annotations

import json

from tests.mail.test_remind_renewals import remind, renewals  # noqa: F401 (a fixture)


def _moved(desk, isolation, name: str):
    source = isolation / f"{name}.jsonl"
    source.write_text(desk("export", "--all", "--format", "jsonl").stdout, encoding="utf-8")
    other = isolation / f"{name}.db"
    desk("--db", str(other), "import", str(source))
    return other


def test_a_reminder_sent_is_not_sent_again_by_the_restored_desk(renewals, isolation, smtp_server) -> None:  # noqa: F811
    server = smtp_server()
    renewals("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    [end] = remind(renewals, "2026-11-17")
    renewals("mail", "send", env={"DESK_NOW": "2026-11-17T09:05:00+03:00"})
    assert len(server.received) == 1
    records = [json.loads(line) for line in renewals("export", "--all", "--format", "jsonl").stdout.splitlines()]
    [kept] = [r for r in records if r["kind"] == "renewal_reminder"]
    assert (kept["license"], kept["support_until"], kept["step"]) == ("HC-7", end["support_until"], "end")
    other = _moved(renewals, isolation, "moved")
    assert renewals.json("--db", str(other), "mail", "remind-renewals", "--json",
                         env={"DESK_NOW": "2026-11-18T09:00:00+03:00"}) == []
    # the next step is still reminded in its window
    [forty] = renewals.json("--db", str(other), "mail", "remind-renewals", "--json",
                            env={"DESK_NOW": "2026-12-02T09:00:00+03:00"})
    assert forty["step"] == "40%"
    # ... and, queued but not sent yet, stays with that desk's outbox in its own export
    assert renewals("--db", str(other), "export", "--all", "--format", "jsonl").stdout.count(
        '"kind":"renewal_reminder"') == 1


def test_a_reminder_still_in_the_outbox_is_left_with_it(renewals, isolation) -> None:  # noqa: F811
    """The outbox stays with the old desk (export says so), so its unsent reminder does too:
    the restored desk queues its own."""
    remind(renewals, "2026-11-17")
    other = _moved(renewals, isolation, "unsent")
    [again] = renewals.json("--db", str(other), "mail", "remind-renewals", "--json",
                            env={"DESK_NOW": "2026-11-18T09:00:00+03:00"})
    assert (again["license"], again["step"]) == ("HC-7", "end")
