"""``desk doctor`` checks the mail setup without reaching a server (admin review: a mistyped
password file was found only when ``desk mail send`` failed from cron)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def mail_desk(desk):
    desk("license", "add", "HC-1", "--pin", "1234", "--edition", "Бизнес", "--price", "1000",
         "--purchased", "2026-01-01")
    desk("policy", "set", "mail.from", "support@example.ru")
    return desk


def checks(desk, code: int = 0) -> dict[str, dict]:
    return {check["check"]: check for check in json.loads(desk("doctor", "--json", code=code).stdout)}


def smtp_with_password_file(desk, directory: Path, text: str, mode: int) -> Path:
    """An SMTP server with a login, its password in a file holding ``text`` with ``mode``."""
    secret = directory / "smtp-password"
    secret.write_text(text)
    secret.chmod(mode)
    desk("config", "set", "mail.smtp_url", "smtp://desk@127.0.0.1:25")
    desk("config", "set", "mail.smtp_password_file", str(secret))
    return secret


def test_a_desk_without_mail_servers_has_no_mail_checks(mail_desk):
    assert not [name for name in checks(mail_desk) if name.startswith("mail")]


def test_a_password_file_that_is_not_there_is_a_problem(mail_desk, isolation, monkeypatch):
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    mail_desk("config", "set", "mail.smtp_url", "smtp://desk@127.0.0.1:25")
    mail_desk("config", "set", "mail.smtp_password_file", str(isolation / "missing"))
    found = checks(mail_desk, code=1)["mail.smtp_url"]
    assert not found["ok"] and "missing" in found["detail"] and "No such file" in found["detail"]
    table = mail_desk("doctor", code=1).stdout
    assert "PROBLEM  mail.smtp_url: password file" in table


def test_a_password_file_others_can_read_is_a_problem_even_when_the_environment_has_one(mail_desk, isolation,
                                                                                       monkeypatch):
    smtp_with_password_file(mail_desk, isolation, "Sekret-Pa55\n", 0o644)
    monkeypatch.setenv("DESK_SMTP_PASSWORD", "from-the-shell")  # cron may not have it
    result = mail_desk("doctor", code=1)
    assert "can be read by others; run: chmod 600" in result.stdout
    assert "Sekret-Pa55" not in result.stdout + result.stderr and "from-the-shell" not in result.stdout


def test_a_sound_setup_says_where_each_password_comes_from(mail_desk, isolation, monkeypatch):
    secret = smtp_with_password_file(mail_desk, isolation, "Sekret-Pa55\n", 0o600)
    mail_desk("config", "set", "mail.imap_url", "imap://desk@127.0.0.1/INBOX")
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("DESK_IMAP_PASSWORD", "imap-Pa55")
    found = checks(mail_desk)
    assert found["mail.smtp_url"] == {"check": "mail.smtp_url", "ok": True,
                                      "detail": f"smtp://desk@127.0.0.1:25; password from {secret}"}
    assert found["mail.imap_url"]["detail"] == "imap://desk@127.0.0.1:143; password from DESK_IMAP_PASSWORD"
    assert "Pa55" not in json.dumps(found)


def test_an_imap_login_without_a_password_is_a_problem(mail_desk, monkeypatch):
    monkeypatch.delenv("DESK_IMAP_PASSWORD", raising=False)
    mail_desk("config", "set", "mail.imap_url", "imap://desk@127.0.0.1/INBOX")
    found = checks(mail_desk, code=1)["mail.imap_url"]
    assert not found["ok"] and "DESK_IMAP_PASSWORD" in found["detail"]


def test_a_server_to_send_through_without_mail_from_is_a_problem(desk, monkeypatch):
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    desk("license", "add", "HC-1", "--pin", "1234", "--edition", "Бизнес", "--price", "1000",
         "--purchased", "2026-01-01")
    desk("config", "set", "mail.smtp_url", "smtp://127.0.0.1:25")
    found = checks(desk, code=1)
    assert found["mail.smtp_url"]["ok"] and found["mail.smtp_url"]["detail"] == "smtp://127.0.0.1:25"
    assert not found["mail.from"]["ok"] and "desk policy set mail.from" in found["mail.from"]["detail"]


def test_a_home_directory_that_does_not_exist_is_a_problem_not_a_crash(mail_desk, monkeypatch):
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    mail_desk("config", "set", "mail.smtp_url", "smtp://desk@127.0.0.1:25")
    mail_desk("config", "set", "mail.smtp_password_file", "~nosuchuser-desk/pw")
    found = checks(mail_desk, code=1)["mail.smtp_url"]
    assert not found["ok"] and "no such user's home directory" in found["detail"]


def test_an_empty_password_file_is_a_problem_even_when_the_environment_has_a_password(mail_desk, isolation,
                                                                                       monkeypatch):
    empty = smtp_with_password_file(mail_desk, isolation, "\n", 0o600)
    monkeypatch.setenv("DESK_SMTP_PASSWORD", "from-the-shell")
    found = checks(mail_desk, code=1)["mail.smtp_url"]
    assert not found["ok"] and found["detail"] == f"password file {empty} is empty"


def test_a_directory_named_as_the_password_file_is_called_one(mail_desk, isolation, monkeypatch):
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    (isolation / "secrets").mkdir(mode=0o700)
    mail_desk("config", "set", "mail.smtp_url", "smtp://desk@127.0.0.1:25")
    mail_desk("config", "set", "mail.smtp_password_file", str(isolation / "secrets"))
    assert checks(mail_desk, code=1)["mail.smtp_url"]["detail"].endswith("secrets is a directory")


@pytest.mark.fresh_file
def test_the_servers_are_checked_even_without_a_database(desk, isolation, monkeypatch):
    """A storage problem is exit 5 as before; the mail setup is still checked beside it."""
    monkeypatch.delenv("DESK_SMTP_PASSWORD", raising=False)
    desk("config", "set", "mail.smtp_url", "smtp://desk@127.0.0.1:25")
    found = checks(desk, code=5)
    assert not found["mail.smtp_url"]["ok"] and "DESK_SMTP_PASSWORD" in found["mail.smtp_url"]["detail"]
    assert "mail.from" not in found  # the policy lives in the database, which is not there
