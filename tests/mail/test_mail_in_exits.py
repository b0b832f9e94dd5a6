"""What ``desk mail-in`` exits with when its setup is wrong: 75 to an MTA's pipe, which keeps
the message; 2 to a poll (--imap, --maildir), which has nothing offered again and whose next
run would only repeat the error (admin review: a typo in the personal file said "will be
offered again", an untrusted certificate "waits for the next poll", both exit 75)."""

from __future__ import annotations

import pytest

from tests.mail import servers
from tests.mail.desk_seed import corpus, seed


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


@pytest.fixture
def broken_config(isolation):
    (isolation / "config.toml").write_text('agent = "anna"\nmail.imap_url = imaps://oops\n', encoding="utf-8")


@pytest.mark.parametrize("source", [("--imap",), ("--maildir", "md")], ids=lambda s: s[0])
def test_a_broken_personal_file_stops_a_poll_as_a_usage_error(mail_desk, broken_config, isolation, source) -> None:
    (isolation / "md" / "new").mkdir(parents=True)
    result = mail_desk("mail-in", *[str(isolation / a) if a == "md" else a for a in source], code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "config.toml" in line and "line 2" in line
    assert "offered again" not in line and "nothing was read from the" in line


def test_a_broken_personal_file_keeps_the_mtas_message(mail_desk, broken_config) -> None:
    result = mail_desk("mail-in", input=corpus("english_labels_one_line.eml"), code=75)
    assert "config.toml" in result.stderr and "will be offered again" in result.stderr


def test_an_untrusted_certificate_stops_a_poll_as_a_usage_error(mail_desk, dovecot, imap_folder,
                                                                monkeypatch) -> None:
    monkeypatch.setenv("DESK_IMAP_PASSWORD", servers.PASSWORD)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    mail_desk("config", "set", "mail.imap_url", f"imaps://{servers.USER}@127.0.0.1:{dovecot.imaps_port}/{imap_folder}")
    result = mail_desk("mail-in", "--imap", code=2)
    [line] = result.stderr.splitlines()
    assert "is not trusted" in line and "SSL_CERT_FILE" in line and "next poll" not in line
