"""``desk mail remind-renewals``: before support ends and before each price step (SPEC 2.3),
once per license, per support period, per step."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.services.mail.reminders import boundaries, due_step
from tests.mail.desk_seed import readable


@pytest.fixture
def renewals(desk):
    desk("policy", "set", "mail.from", "support@example.ru")
    # Support until 2026-12-01 (purchased 2025-12-02).
    desk("license", "add", "HC-7", "--pin", "7070", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2025-12-02", "--email", "owner@example.com", "--customer", "ООО Ромашка")
    desk("license", "add", "HC-FREE", "--pin", "7171", "--edition", "Халява", "--price", "0",
         "--purchased", "2025-12-02", "--email", "free@example.com")
    desk("license", "add", "HC-NOMAIL", "--pin", "7272", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2025-12-02")
    return desk


def remind(desk, day: str) -> list[dict]:
    return desk.json("mail", "remind-renewals", "--json", env={"DESK_NOW": f"{day}T09:00:00+03:00"})


def test_each_step_is_reminded_once_in_its_window(renewals) -> None:
    assert remind(renewals, "2026-11-16") == []  # 15 days before the end: not yet
    [end] = remind(renewals, "2026-11-17")
    assert (end["license"], end["step"], end["rate"], end["amount"]) == ("HC-7", "end", "20%", "4980.00")
    assert remind(renewals, "2026-11-20") == []  # once per step
    [forty] = remind(renewals, "2026-12-02")  # support ended; the 20 % price holds to 12-15
    assert (forty["step"], forty["rate"]) == ("40%", "20%")
    assert remind(renewals, "2026-12-15") == []
    [sixty] = remind(renewals, "2026-12-20")
    assert (sixty["step"], sixty["rate"], sixty["amount"]) == ("60%", "40%", "9960.00")
    assert remind(renewals, "2027-01-05") == []  # the 60 % price never changes again
    kinds = [m["kind"] for m in renewals.json("mail", "outbox", "--json")]
    assert kinds == ["renewal_before_step", "renewal_before_step", "renewal_before_end"]
    assert {m["recipient"] for m in renewals.json("mail", "outbox", "--json")} == {"owner@example.com"}


def test_the_reminder_names_the_price_and_the_next_step(renewals, isolation) -> None:
    import sqlite3

    remind(renewals, "2026-12-10")
    conn = sqlite3.connect(isolation / "desk.db")
    [(wire, automatic)] = conn.execute("SELECT message, automatic FROM outbox").fetchall()
    conn.close()
    text = readable(wire)
    assert "Auto-Submitted: auto-generated" in text and automatic == 2
    assert "Стоимость продления поддержки по лицензии HC-7 вырастет с 16.12.2026" in text
    assert "4 980,00 ₽" in text and "по 15.12.2026 включительно" in text and "9 960,00 ₽" in text


def test_a_renewal_starts_a_fresh_set_of_reminders(renewals) -> None:
    remind(renewals, "2026-11-20")
    renewals("license", "renew", "HC-7", "--on", "2026-11-25")
    assert remind(renewals, "2026-11-26") == []
    [next_year] = remind(renewals, "2027-11-20")
    assert (next_year["step"], next_year["support_until"]) == ("end", "2027-12-01")


def test_reminders_go_to_the_licenses_desk_renewals_lists(renewals) -> None:
    """The review: a license with modified code was listed by desk renewals but never
    reminded, and a license bought after the (what-if) day failed the whole batch of
    reminders, so the license that was due got none."""
    renewals("license", "add", "HC-MOD", "--pin", "7373", "--edition", "Бизнес", "--price", "24900",
             "--purchased", "2025-12-02", "--email", "mod@example.com", "--code-modified")
    renewals("license", "add", "HC-LATER", "--pin", "7474", "--edition", "Бизнес", "--price", "24900",
             "--purchased", "2026-11-18", "--email", "later@example.com")
    day = {"DESK_NOW": "2026-11-17T09:00:00+03:00"}  # HC-LATER is bought tomorrow
    listed = {r["license"] for r in renewals.json("renewals", "--within", "400d", "--json", env=day)}
    reminded = {r["license"] for r in renewals.json("mail", "remind-renewals", "--days", "365", "--json", env=day)}
    assert listed == {"HC-7", "HC-NOMAIL"} and reminded == {"HC-7"}  # HC-NOMAIL: no address to remind


def test_reminders_need_the_desks_address(desk) -> None:
    assert "mail.from" in desk("mail", "remind-renewals", code=2).stderr


@given(st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)), st.integers(-40, 60), st.integers(0, 40))
def test_a_due_step_is_the_next_boundary_ahead_within_the_window(support_until, offset, days) -> None:
    today = support_until + dt.timedelta(days=offset)
    step = due_step(support_until, today, days)
    ahead = [(name, boundary) for name, boundary in boundaries(support_until) if boundary >= today]
    if step is None:
        assert not ahead or (ahead[0][1] - today).days > days
    else:
        assert step == ahead[0][0] and 0 <= (ahead[0][1] - today).days <= days


def test_a_reminder_whose_price_changed_before_sending_is_withdrawn(renewals, smtp_server) -> None:
    server = smtp_server()
    renewals("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    remind(renewals, "2026-12-10")  # "20 % until 12-15"
    late = renewals.json("mail", "send", "--json", env={"DESK_NOW": "2026-12-26T09:01:00+03:00"})
    assert [(r["status"], r["kind"]) for r in late] == [("withdrawn", "renewal_before_step")]
    assert "no longer holds" in late[0]["detail"] and server.received == []
    # the next step's reminder, sent while its price holds, goes out
    [sixty] = remind(renewals, "2026-12-20")
    sent = renewals.json("mail", "send", "--json", env={"DESK_NOW": "2026-12-26T09:02:00+03:00"})
    assert [(r["status"], r["kind"]) for r in sent] == [("sent", "renewal_before_step")] and len(server.received) == 1


@pytest.mark.parametrize("correction,field,now_says", [
    (("--price", "20000"), "amount", "4000.00"),
    (("--purchased", "2025-11-15"), "support_until", "2026-11-14"),
], ids=["a price", "a purchase date"])
def test_a_reminder_from_a_license_corrected_since_is_withdrawn_and_sent_again_right(
        renewals, smtp_server, correction, field, now_says) -> None:
    """The price or purchase date corrected after the reminder was queued: it went out quoting
    the old figure, and no later run queued the right one (QA)."""
    server = smtp_server()
    renewals("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    [queued] = remind(renewals, "2026-11-20")  # support ends 12-01: 20 %, 4 980,00
    assert (queued["amount"], queued["support_until"]) == ("4980.00", "2026-12-01")
    renewals("license", "edit", "HC-7", *correction, env={"DESK_NOW": "2026-11-20T10:00:00+03:00"})
    report = renewals.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-20T10:01:00+03:00"})
    assert [(r["status"], r["kind"]) for r in report] == [("withdrawn", "renewal_before_end")]
    assert "corrected after the reminder was queued" in report[0]["detail"] and server.received == []
    [again] = renewals.json("mail", "remind-renewals", "--json", env={"DESK_NOW": "2026-11-20T10:02:00+03:00"})
    assert again[field] == now_says and again["license"] == "HC-7"
    sent = renewals.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-20T10:03:00+03:00"})
    assert [r["status"] for r in sent] == ["sent"] and len(server.received) == 1
    assert remind(renewals, "2026-11-21") == []  # once per step again


def test_an_edit_that_changes_no_quoted_value_leaves_the_reminder(renewals, smtp_server) -> None:
    server = smtp_server()
    renewals("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    remind(renewals, "2026-11-20")
    renewals("license", "edit", "HC-7", "--price", "24900", env={"DESK_NOW": "2026-11-20T10:00:00+03:00"})
    renewals("license", "edit", "HC-7", "--customer", "ООО Ромашка+", env={"DESK_NOW": "2026-11-20T10:00:00+03:00"})
    sent = renewals.json("mail", "send", "--json", env={"DESK_NOW": "2026-11-20T10:01:00+03:00"})
    assert [r["status"] for r in sent] == ["sent"] and len(server.received) == 1
