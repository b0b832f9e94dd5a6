"""Temporary access (2.12), secrets kept out of every output, backup and doctor."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from deskcli.store.db import APPLICATION_ID
from tests.conftest import assert_one_error_line

PASSWORD = "Tmp-Pa55w0rd!"
PIN = "83517"


@pytest.fixture
def request_with_access(desk, isolation):
    desk("license", "add", "HC-1", "--pin", PIN, "--edition", "Бизнес", "--price", "100", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-1", "--pin", PIN, "-v", "1.0", "-c", "usage", "--site", "https://a.example",
         "-s", "Вопрос", "--body", "Почему не работает поиск по каталогу?")
    creds = isolation / "creds.toml"
    creds.write_text(f'kind = "ftp"\naddress = "ftp.a.example"\nlogin = "support-tmp"\npassword = "{PASSWORD}"\n',
                     encoding="utf-8")
    result = desk("access", "add", "1", "--from-file", str(creds))
    assert "temporary access: ftp (on file)" in result.stderr
    return desk


def _all_output(desk) -> str:
    parts = []
    for args in (["show", "1"], ["show", "1", "--json"], ["queue", "--json"], ["queue", "--format", "csv"],
                 ["export", "--format", "json", "--messages"], ["export"], ["license", "show", "HC-1", "--json"],
                 ["license", "list", "--format", "csv"]):
        result = desk(*args)
        parts.append(result.stdout + result.stderr)
    return "\n".join(parts)


def test_listings_never_show_credentials_or_the_pin(request_with_access) -> None:
    text = _all_output(request_with_access)
    assert "ftp (on file)" in text
    for secret in (PASSWORD, "support-tmp", PIN, "scrypt"):
        assert secret not in text


def test_the_database_file_holds_neither_pin_nor_password_in_clear(request_with_access, isolation) -> None:
    for path in isolation.glob("desk.db*"):
        raw = path.read_bytes()
        assert PASSWORD.encode() not in raw and f"pin {PIN}".encode() not in raw
    conn = sqlite3.connect(isolation / "desk.db")
    (pin_hash,) = conn.execute("SELECT pin_hash FROM licenses").fetchone()
    assert pin_hash.startswith("scrypt$") and PIN not in pin_hash.split("$")[-1]


def test_access_show_prints_them_and_is_recorded(request_with_access) -> None:
    data = request_with_access.json("access", "show", "1", "--json")
    # an agent's access has no lines a customer wrote
    assert data == {"kind": "ftp", "address": "ftp.a.example", "login": "support-tmp", "password": PASSWORD,
                    "written": ""}
    actions = [e["action"] for e in request_with_access.json("show", "1", "--json")["history"]]
    assert actions[-2:] == ["access added", "access shown"]


def test_close_erases_access_and_reminds_everyone(request_with_access, isolation) -> None:
    result = request_with_access("close", "1")
    assert "delete the temporary ftp user" in result.stderr
    shown = request_with_access.json("show", "1", "--json")
    assert shown["temporary_access"] is None
    assert any(m["kind"] == "closing" and "delete the temporary ftp user" in m["body"] for m in shown["messages"])
    assert_one_error_line(request_with_access("access", "show", "1", code=3))
    conn = sqlite3.connect(isolation / "desk.db")
    assert conn.execute("SELECT count(*) FROM access").fetchone()[0] == 0


def test_access_needs_an_open_request_and_valid_fields(request_with_access, isolation) -> None:
    bad = isolation / "bad.toml"
    bad.write_text('kind = "ssh"\naddress = "h"\nlogin = "l"\npassword = "p"\n', encoding="utf-8")
    assert_one_error_line(request_with_access("access", "add", "1", "--from-file", str(bad), code=2))
    assert_one_error_line(request_with_access("access", "add", "1", "--no-input", code=2))
    assert_one_error_line(request_with_access("access", "add", "99", "--from-file", str(bad), code=2))


def test_backup_is_a_consistent_private_copy(request_with_access, isolation) -> None:
    target = isolation / "backup.db"
    done = request_with_access("backup", str(target))
    assert done.stdout == done.stderr == ""  # cron mails nothing for a backup that went well
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # a fresh copy is healthy as it is, before anything writes to it (QA: doctor said journal)
    checks = request_with_access.json("--db", str(target), "doctor", "--json")
    assert all(c["ok"] for c in checks), checks
    copy = request_with_access.json("--db", str(target), "show", "1", "--json")
    assert copy["subject"] == "Вопрос"
    assert_one_error_line(request_with_access("backup", str(target), code=2))
    request_with_access("backup", str(target), "--force")


def test_doctor_reports_health_and_problems(request_with_access, isolation) -> None:
    isolation.chmod(0o700)
    checks = request_with_access.json("doctor", "--json")
    assert all(c["ok"] for c in checks), checks
    (isolation / "desk.db").chmod(0o644)
    result = request_with_access("doctor", code=5)
    assert "PROBLEM  file permissions" in result.stdout


def test_doctor_on_a_newer_schema(desk, isolation) -> None:
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("PRAGMA user_version = 42")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    checks = desk.json("doctor", "--json", code=5)
    assert any(c["check"] == "schema" and not c["ok"] for c in checks)


def test_credentials_can_come_from_a_hidden_prompt(desk, monkeypatch) -> None:
    desk("license", "add", "HC-1", "--pin", PIN, "--edition", "Бизнес", "--price", "100", "--purchased", "2026-06-01")
    desk("open", "-l", "HC-1", "--pin", PIN, "-v", "1.0", "-c", "usage", "--site", "https://a.example",
         "-s", "Вопрос", "--body", "Почему не работает поиск по каталогу?")
    import deskcli.cli.access_cmd as access_cmd

    monkeypatch.setattr(access_cmd, "_can_prompt", lambda: True)
    answers = iter(["admin", "https://a.example/admin/", "support-tmp", PASSWORD])
    prompts = []

    def fake_prompt(text, hide_input=False, **_):
        prompts.append((text, hide_input))
        return next(answers)

    monkeypatch.setattr(access_cmd.typer, "prompt", fake_prompt)
    result = desk("access", "add", "1")
    assert "temporary access: admin (on file)" in result.stderr
    assert prompts[-1] == ("Password", True) and all(not hidden for _, hidden in prompts[:-1])
    assert PASSWORD not in result.stdout + result.stderr
    assert desk.json("access", "show", "1", "--json")["password"] == PASSWORD
    assert_one_error_line(desk("--no-input", "access", "add", "1", code=2))


@pytest.mark.parametrize("setup,close,says", [
    ((), (), "was not mailed (the desk sends no mail: desk policy set mail.from): ask them"),
    ((("policy", "set", "mail.from", "support@example.ru"),), (), "was not mailed (no address for them): ask them"),
    ((("policy", "set", "mail.from", "support@example.ru"), ("license", "edit", "HC-1", "--email", "c@a.example")),
     (), "the customer was asked by mail to delete the temporary ftp user"),
    ((("policy", "set", "mail.from", "support@example.ru"), ("license", "edit", "HC-1", "--email", "c@a.example")),
     ("--no-mail",), "was not mailed (--no-mail): ask them"),
], ids=["no mail at all", "no address", "mailed", "--no-mail"])
def test_closing_says_whether_the_customer_was_asked_to_delete_the_user(request_with_access, setup, close,
                                                                       says) -> None:
    """It said the customer was asked when the desk sends no mail at all (QA): the agent must
    then ask them, as 2.12 relies on that user being deleted."""
    for command in setup:
        request_with_access(*command)
    result = request_with_access("close", "1", *close)
    assert says in result.stderr


def test_doctor_accepts_a_desk_its_group_shares_and_says_what_mode_it_wants(request_with_access, isolation) -> None:
    # a team's desk: the database 0660 in a setgid directory 2770, the shared access key 0640
    key = isolation / "shared.key"
    key.write_bytes((isolation / "home" / "config" / "deskcli" / "access.key").read_bytes())
    key.chmod(0o640)
    env = {"DESK_KEY_FILE": str(key)}
    (isolation / "desk.db").chmod(0o660)
    isolation.chmod(0o2770)
    checks = request_with_access.json("doctor", "--json", env=env)
    assert all(c["ok"] for c in checks), checks
    assert "shared with its group" in {c["check"]: c["detail"] for c in checks}["file permissions"]
    assert request_with_access("access", "show", "1", env=env).stdout.count(PASSWORD) == 1
    isolation.chmod(0o770)  # without setgid, the -wal another agent makes would not be the group's
    result = request_with_access("doctor", code=5, env=env)
    assert "PROBLEM  directory permissions" in result.stdout and "wanted 2770" in result.stdout
    isolation.chmod(0o2770)
    (isolation / "desk.db").chmod(0o664)
    key.chmod(0o644)
    result = request_with_access("doctor", code=5, env=env)
    assert "PROBLEM  file permissions" in result.stdout and "wanted 0600, or 0660" in result.stdout
    (isolation / "desk.db").chmod(0o600)
    key.chmod(0o600)
    isolation.chmod(0o755)  # others may list the directory, not read the files: said as it is
    detail = {c["check"]: c["detail"] for c in request_with_access.json("doctor", "--json", env=env)}
    assert detail["directory permissions"].endswith(": 0755; others can list it, but not read the files the desk "
                                                    "keeps there")
    assert "PROBLEM  access key permissions" in result.stdout and "0640" in result.stdout


def test_a_rejection_that_erases_access_asks_the_customer_to_delete_the_temporary_user(desk, isolation) -> None:
    """2.12: the customer deletes the temporary user once the request is done with. A reject
    erased the access and told the agent "the customer was asked by mail to delete the
    temporary ftp user", while the refusal letter said nothing of it (policy review)."""
    desk("policy", "set", "mail.from", "support@example.ru")
    desk("license", "add", "HC-1", "--pin", PIN, "--edition", "Бизнес", "--price", "100", "--purchased", "2026-06-01",
         "--email", "client@a.example")
    desk("open", "-l", "HC-1", "--pin", PIN, "-v", "1.0", "-c", "usage", "--site", "https://a.example",
         "-s", "Вопрос", "--body", "Почему не работает поиск по каталогу?")
    creds = isolation / "creds.toml"
    creds.write_text(f'kind = "ftp"\naddress = "ftp.a.example"\nlogin = "support-tmp"\npassword = "{PASSWORD}"\n',
                     encoding="utf-8")
    desk("access", "add", "1", "--from-file", str(creds))
    result = desk("reject", "1", "--reason", "out_of_scope")
    assert "the customer was asked by mail to delete the temporary ftp user" in result.stderr
    refusal = next(m for m in desk.json("mail", "outbox", "--json") if m["kind"] == "refusal")
    letter = desk.json("mail", "show", str(refusal["id"]), "--json")["body"]
    assert "удалите" in letter and "временного пользователя" in letter, letter
    shown = desk.json("show", "1", "--json")
    closing = [m["body"] for m in shown["messages"] if m["kind"] == "closing"]
    assert closing and "resolved" not in closing[0], closing  # it was refused, not resolved
