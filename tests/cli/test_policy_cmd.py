"""``desk policy``: the desk's policy lives in the database, versioned, shared by every agent."""

from __future__ import annotations

import json
import sqlite3
import tomllib

import tomli_w

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


def _events(isolation, action: str) -> list[tuple]:
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        return conn.execute("SELECT request_id, before, after FROM events WHERE action = ?", (action,)).fetchall()
    finally:
        conn.close()


def test_set_records_one_event_and_moves_open_deadlines(desk, isolation) -> None:
    add_license(desk)
    open_request(desk, category="emergency")
    assert desk.json("show", "1", "--json")["due_at"] == "2026-11-25T12:00:00+03:00"
    result = desk("policy", "set", "targets.emergency", "90")
    assert "1 open deadline moved" in result.stderr
    assert desk.json("show", "1", "--json")["due_at"] == "2026-11-25T11:30:00+03:00"
    (change,) = _events(isolation, "policy changed")
    assert json.loads(change[1])["targets.emergency"] == 120 and json.loads(change[2])["targets.emergency"] == 90
    assert desk.json("policy", "show", "--json")["targets"]["emergency"] == 90


def test_two_agents_with_different_files_share_one_policy(desk, isolation) -> None:
    add_license(desk)
    open_request(desk, category="usage")
    before = desk.json("show", "1", "--json")["due_at"]
    other = isolation / "other.toml"
    other.write_text("[targets]\nusage = 60\n", encoding="utf-8")
    desk("--config", str(other), "queue", "--json")
    result = desk("--config", str(other), "doctor", code=1)  # ignored, as doctor says (and a terminal)
    assert "targets.usage" in result.stdout and "policy lives in the database" in result.stdout
    desk("--config", str(other), "reply", "1", "--internal", "--body", "note")
    assert desk.json("show", "1", "--json")["due_at"] == before
    assert _events(isolation, "deadline recalculated") == []


def test_legacy_policy_keys_are_imported_once_into_a_new_desk(desk, isolation) -> None:
    (isolation / "config.toml").write_text("[targets]\nemergency = 60\n", encoding="utf-8")
    result = desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "1",
                  "--purchased", "2026-01-01")
    assert "notice:" in result.stderr
    (isolation / "config.toml").write_text("", encoding="utf-8")
    assert desk.json("policy", "show", "--json")["targets"]["emergency"] == 60


def test_export_and_import_round_trip_atomically(desk, isolation) -> None:
    add_license(desk)
    open_request(desk, category="usage")
    exported = desk("policy", "export").stdout
    document = tomllib.loads(exported)
    document["targets"]["usage"] = 240
    document["calendar"]["extra_days_off"] = ["2026-11-26"]
    import tomli_w

    path = isolation / "policy.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    result = desk("policy", "import", str(path))
    assert "1 open deadline moved" in result.stderr
    assert desk.json("policy", "show", "--json")["targets"]["usage"] == 240
    document["targets"]["usage"] = "soon"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    db = (isolation / "desk.db").read_bytes()
    result = desk("policy", "import", str(path), code=2)
    assert_one_error_line(result)
    assert "targets.usage" in result.stderr
    assert (isolation / "desk.db").read_bytes() == db


def test_edition_and_line_names_are_plain_text_on_one_line(desk, isolation) -> None:
    add_license(desk)
    before = (isolation / "desk.db").read_bytes()
    for key, value in [("editions..free", "true"), ("editions. .free", "true"), ("editions.Бизнес .free", "true"),
                       ("editions.\x1b[31mEvil\x1b]52;c;QQ==\x07.free", "false"), ("editions.Ev\u202eil.free", "false"),
                       (f"editions.{'x' * 65}.free", "false"), ("lines.5", "\x1b[31m=evil\r\nx"), ("lines.5", " "),
                       ("lines.5", "")]:
        result = desk("policy", "set", key, value, code=2)
        assert_one_error_line(result)
        assert "\x1b" not in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    # and so no license of a nameless edition
    assert_one_error_line(desk("license", "add", "HC-2", "--edition", "", "--price", "100", "--purchased",
                               "2026-06-01", env={"DESK_PIN": "4321"}, code=2))
    desk("policy", "set", "editions.Старт Плюс.free", "false")  # a name with a space inside is fine
    desk("policy", "set", "lines.5", "Отдел внедрения")


def test_values_that_would_disable_the_desk_are_refused(desk, isolation) -> None:
    add_license(desk)
    for key, value in [("targets.usage", "99999999999999999999"), ("targets.usage", "0"),
                       ("calendar.timezone", "Mars/Olympus"), ("mail.from", "not an address"),
                       ("lines.0", "nobody"), ("intake.refuse", "obscene")]:
        result = desk("policy", "set", key, value, code=2)
        assert_one_error_line(result)
        assert key.split(".")[0] in result.stderr
    desk("policy", "set", "calendar.extra_days_off", "2027-01-09")
    both = desk("policy", "set", "calendar.extra_working_days.2027-01-09", "10:00-14:00", code=2)
    assert_one_error_line(both)
    assert "both an extra day off and an extra working day" in both.stderr  # QA: the working day won silently
    for day in ("mon", "tue", "wed", "thu"):
        desk("policy", "set", f"calendar.hours.{day}", "")
    result = desk("policy", "set", "calendar.hours.fri", "", code=2)
    assert "no working hours" in result.stderr


def test_a_policy_stored_before_a_check_was_added_still_runs_the_desk(desk, isolation) -> None:
    """Checks added since (names, a date both off and worked) refuse what is set, not what a
    desk already keeps: an upgrade must not lock it out of every command (review)."""
    add_license(desk)
    document = desk.json("policy", "show", "--json")
    document["editions"]["Бизнес "] = {"free": False}  # a trailing space, accepted before
    document["calendar"]["extra_days_off"] = ["2027-01-09"]
    document["calendar"]["extra_working_days"] = {"2027-01-09": ["10:00-14:00"]}
    conn = sqlite3.connect(isolation / "desk.db")
    with conn:
        conn.execute("INSERT INTO policy (at, agent, document) VALUES (?, ?, ?)",
                     ("2026-11-25T06:00:00+00:00", "old", json.dumps(document, ensure_ascii=False, sort_keys=True)))
    conn.close()
    assert desk.json("queue", "--json") == []
    assert "Бизнес " in desk.json("policy", "show", "--json")["editions"]
    exported = isolation / "policy.toml"
    exported.write_text(desk("policy", "export").stdout.replace('["Бизнес "]', '["Бизнес 2"]'), encoding="utf-8")
    refused = desk("policy", "import", str(exported), code=2)  # the import is new input: checked whole
    assert "both an extra day off and an extra working day" in refused.stderr


def test_an_edition_is_one_edition_however_it_is_spelt(desk, isolation) -> None:
    """Data-safety QA: editions.бизнес.free made a second edition beside Бизнес, which no
    license used (names match without regard to case), and import took both spellings."""
    add_license(desk)
    desk("policy", "set", "editions.бизнес.free", "true")
    editions = desk.json("policy", "show", "--json")["editions"]
    assert editions["Бизнес"] == {"free": True} and "бизнес" not in editions
    assert desk.json("check-eligibility", "HC-1", "--category", "usage", "--json", code=1)["reasons"][0]["code"] == \
        "free_edition"
    before = (isolation / "desk.db").read_bytes()
    twice = isolation / "twice.toml"
    twice.write_text('[editions."Бизнес"]\nfree = false\n[editions."БИЗНЕС"]\nfree = true\n', encoding="utf-8")
    result = desk("policy", "import", str(twice), code=2)
    assert_one_error_line(result)
    assert "one edition" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before


def test_one_mail_address_names_one_category(desk, isolation) -> None:
    """The review: the emergency address set for usage too made emergency mail usage, with a
    deadline 2.5 times later and no word said."""
    desk("policy", "set", "mail.addresses.emergency", "urgent@example.ru")
    before = (isolation / "desk.db").read_bytes()
    result = desk("policy", "set", "mail.addresses.usage", "Urgent@Example.ru", code=2)
    assert_one_error_line(result)
    assert "already the address of emergency" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    desk("policy", "set", "mail.addresses.usage", "help@example.ru")
    assert desk.json("policy", "show", "--json")["mail"]["addresses"] == {"emergency": "urgent@example.ru",
                                                                          "usage": "help@example.ru"}


def test_extra_days_off_are_a_set_of_days(desk, isolation) -> None:
    """The review: a day given twice was kept twice, and the same days in another order made
    a new policy version that changed nothing."""
    desk("policy", "set", "calendar.extra_days_off", "2026-12-31,2026-12-31,2026-12-30")
    exported = tomllib.loads(desk("policy", "export").stdout)
    assert exported["calendar"]["extra_days_off"] == ["2026-12-30", "2026-12-31"]
    result = desk("policy", "set", "calendar.extra_days_off", "2026-12-30,2026-12-31")
    assert "nothing changed" in result.stderr
    source = isolation / "policy.toml"
    exported["calendar"]["extra_days_off"] = ["2026-12-31", "2026-12-30", "2026-12-31"]
    source.write_text(tomli_w.dumps(exported), encoding="utf-8")
    assert "nothing changed" in desk("policy", "import", str(source)).stderr
    with sqlite3.connect(isolation / "desk.db") as conn:
        assert conn.execute("SELECT count(*) FROM policy").fetchone()[0] == 2  # the defaults, then one change


def test_the_desk_s_own_addresses_are_ones_its_mail_can_be_sent_from(desk, isolation) -> None:
    """The review: mail.from took an address with Cyrillic before the @, from which no letter
    could then be built; it is now the rule of every address the desk mails."""
    before = (isolation / "desk.db").read_bytes()
    for key, value in (("mail.from", "поддержка@example.ru"), ("mail.from", "a@b"),
                       ("mail.addresses.emergency", "support@example.ru,urgent@example.ru"),
                       ("mail.addresses.usage", "a..b@example.ru")):
        result = desk("policy", "set", key, value, code=2)
        assert_one_error_line(result)
        assert "is not a mail address like support@example.ru" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    desk("policy", "set", "mail.from", "Support@Пример.рф")
    assert desk.json("policy", "show", "--json")["mail"]["from"].casefold() == "support@пример.рф"


def test_an_address_an_older_desk_stored_is_still_read(desk, isolation) -> None:
    desk("policy", "set", "mail.from", "support@example.ru")
    with sqlite3.connect(isolation / "desk.db") as conn:
        (document,) = conn.execute("SELECT document FROM policy ORDER BY version DESC LIMIT 1").fetchone()
        older = json.loads(document)
        older["mail"]["from"] = "поддержка@example.ru"  # the looser rule it was accepted under
        conn.execute("UPDATE policy SET document = ? WHERE version = (SELECT max(version) FROM policy)",
                     (json.dumps(older, ensure_ascii=False),))
    assert desk.json("policy", "show", "--json")["mail"]["from"] == "поддержка@example.ru"
    desk("queue")


def test_a_misspelt_key_is_answered_with_the_keys_of_its_table(desk) -> None:
    """``targets.usag`` said only "unknown key", where ``calendar.*`` and ``mail.*`` list theirs."""
    result = desk("policy", "set", "targets.usag", "240", code=2)
    assert_one_error_line(result)
    assert "targets.usag: unknown key (known: targets.emergency, targets.usage, targets.installation, " \
           "targets.technical)" in result.stderr
    assert "(known: intake.refuse)" in desk("policy", "set", "intake.refus", "off_topic", code=2).stderr
