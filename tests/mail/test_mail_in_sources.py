"""``desk mail-in --imap`` against a real Dovecot and ``desk mail-in --maildir``: a message is let
go of (seen, moved to cur/) only after the database committed it; positions are remembered;
a second pass stores nothing twice."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.mail import servers
from tests.mail.desk_seed import corpus, seed
from tests.mail.test_imap import client, deliver, seen_flags

# (The Outlook message of the corpus has CR CR LF line ends in its quoted-printable part,
# which Dovecot stores as two line breaks; it is read through standard input elsewhere.)
MESSAGES = ("thunderbird_koi8r_new_request.eml", "english_labels_one_line.eml", "gmail_ru_reply_desk_tag.eml")
IDS = [
    "<6f1c2a9e-3b7d-4c55-9a31-0e8f2b7c1d44@shop.example.ru>",
    "<en-labels-0001@example.com>",
    "<CAHk8Tq2e9XvA1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV@mail.gmail.com>",
]


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


@pytest.fixture
def imap_desk(mail_desk, dovecot, imap_folder, monkeypatch):
    monkeypatch.setenv("DESK_IMAP_PASSWORD", servers.PASSWORD)
    mail_desk("config", "set", "mail.imap_url", f"imap://{servers.USER}@127.0.0.1:{dovecot.imap_port}/{imap_folder}")
    return mail_desk


def poll(desk, code: int = 0) -> list[dict]:
    result = desk("mail-in", "--imap", "--json", code=code)
    return json.loads(result.stdout) if result.stdout.strip() else []


def logged(desk) -> list[str]:
    return [entry["outcome"] for entry in reversed(desk.json("mail", "log", "--json"))]


def test_imap_poll_stores_marks_seen_and_remembers_the_last_uid(imap_desk, dovecot, tls_files, imap_folder,
                                                               isolation) -> None:
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    results = poll(imap_desk)
    assert [r["message_id"] for r in results] == IDS
    assert [r["outcome"] for r in results] == ["opened", "opened", "clarified"], results
    assert all(seen_flags(dovecot, tls_files, imap_folder).values())
    conn = sqlite3.connect(isolation / "desk.db")
    [(mailbox, uidvalidity, last_uid)] = conn.execute("SELECT mailbox, uidvalidity, last_uid FROM imap_state")
    conn.close()
    assert mailbox.endswith(f"/{imap_folder}") and uidvalidity and last_uid == max(r["uid"] for r in results)
    # A second poll finds nothing new; a later message is the only one fetched.
    assert poll(imap_desk) == []
    deliver(dovecot, tls_files, imap_folder, "pgp_signed.eml")
    assert [r["outcome"] for r in poll(imap_desk)] == ["noted"]
    assert logged(imap_desk) == ["opened", "opened", "clarified", "noted"]


def test_a_stored_message_left_unseen_by_a_broken_connection_is_flagged_by_the_next_poll(
        imap_desk, dovecot, tls_files, imap_folder) -> None:
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    poll(imap_desk)
    with client(dovecot, tls_files) as connection:  # as if the connection broke before the flag
        connection.select_folder(imap_folder)
        connection.remove_flags([connection.search(["ALL"])[1]], [b"\\Seen"])
    assert not all(seen_flags(dovecot, tls_files, imap_folder).values())
    assert poll(imap_desk) == []  # nothing fetched twice ...
    assert all(seen_flags(dovecot, tls_files, imap_folder).values())  # ... and the flag is set (QA)


def test_a_lost_position_takes_only_unread_mail_and_stores_nothing_twice(imap_desk, dovecot, tls_files,
                                                                        imap_folder, isolation) -> None:
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    poll(imap_desk)
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("DELETE FROM imap_state")
    conn.commit()
    conn.close()
    with client(dovecot, tls_files) as connection:  # someone marked one of them unread again
        connection.select_folder(imap_folder)
        connection.remove_flags([connection.search(["ALL"])[1]], [b"\\Seen"])
    assert [r["outcome"] for r in poll(imap_desk)] == ["duplicate"]
    assert len(imap_desk.json("mail", "outbox", "--json")) == 2  # the two acknowledgements, once
    deliver(dovecot, tls_files, imap_folder, "pgp_signed.eml")
    assert [r["outcome"] for r in poll(imap_desk)] == ["noted"]


def test_the_first_poll_of_a_mailbox_leaves_mail_already_read_as_history(imap_desk, dovecot, tls_files,
                                                                         imap_folder) -> None:
    """Pointing the desk at a support mailbox with years of read mail must not open a request
    (and send an acknowledgement) for each of them; what is new from then on is taken, read or not."""
    deliver(dovecot, tls_files, imap_folder, *MESSAGES[:2])
    with client(dovecot, tls_files) as connection:  # the team read the first one long ago
        connection.select_folder(imap_folder)
        connection.add_flags([connection.search(["ALL"])[0]], [b"\\Seen"])
    assert [r["message_id"] for r in poll(imap_desk)] == [IDS[1]]
    assert poll(imap_desk) == []
    deliver(dovecot, tls_files, imap_folder, MESSAGES[2])
    with client(dovecot, tls_files) as connection:  # read in webmail before the desk's next poll
        connection.select_folder(imap_folder)
        connection.add_flags(connection.search(["ALL"]), [b"\\Seen"])
    assert [r["message_id"] for r in poll(imap_desk)] == [IDS[2]]
    assert [entry["message_id"] for entry in imap_desk.json("mail", "log", "--json")] == [IDS[2], IDS[1]]


def test_a_first_poll_cut_short_still_leaves_mail_already_read_as_history(imap_desk, dovecot, tls_files,
                                                                          imap_folder) -> None:
    """An admin trying the desk on one message first (--limit 1): the next poll goes on with
    the unread mail, not with everything after the message taken, read or not."""
    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    with client(dovecot, tls_files) as connection:  # the team read the second one long ago
        connection.select_folder(imap_folder)
        connection.add_flags([connection.search(["ALL"])[1]], [b"\\Seen"])
    assert [r["message_id"] for r in json.loads(imap_desk("mail-in", "--imap", "--json", "--limit", "1").stdout)] \
        == [IDS[0]]
    assert [r["message_id"] for r in poll(imap_desk)] == [IDS[2]]
    assert poll(imap_desk) == []
    deliver(dovecot, tls_files, imap_folder, "pgp_signed.eml")  # from now on every new message, as before
    assert [r["outcome"] for r in poll(imap_desk)] == ["noted"]


def test_a_busy_database_leaves_the_message_unseen_for_the_next_poll(imap_desk, dovecot, tls_files, imap_folder,
                                                                     isolation, monkeypatch) -> None:
    from deskcli.services.mail import inbox
    from deskcli.store import db

    deliver(dovecot, tls_files, imap_folder, *MESSAGES)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(db, "WRITE_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    real_receive, calls = inbox.receive, []

    def receive_while_another_agent_writes(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # another process takes the write lock before the second message
            holder.execute("BEGIN IMMEDIATE")
        return real_receive(*args, **kwargs)

    monkeypatch.setattr(inbox, "receive", receive_while_another_agent_writes)
    try:
        results = poll(imap_desk, code=75)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [r["message_id"] for r in results] == IDS[:1]
    flags = seen_flags(dovecot, tls_files, imap_folder)
    assert [flags[uid] for uid in sorted(flags)] == [True, False, False]
    monkeypatch.setattr(inbox, "receive", real_receive)
    assert [r["message_id"] for r in poll(imap_desk)] == IDS[1:]
    assert all(seen_flags(dovecot, tls_files, imap_folder).values())


def test_imaps_with_a_password_file(mail_desk, dovecot, tls_files, imap_folder, isolation, monkeypatch) -> None:
    secret = isolation / "imap-password"
    secret.write_text(servers.PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o644)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    mail_desk("config", "set", "mail.imap_url", f"imaps://{servers.USER}@127.0.0.1:{dovecot.imaps_port}/{imap_folder}")
    mail_desk("config", "set", "mail.imap_password_file", str(secret))
    assert "chmod 600" in mail_desk("mail-in", "--imap", code=2).stderr
    secret.chmod(0o600)
    deliver(dovecot, tls_files, imap_folder, MESSAGES[0])
    assert [r["outcome"] for r in poll(mail_desk)] == ["opened"]


def test_an_unreachable_imap_server_is_a_temporary_failure(mail_desk, monkeypatch) -> None:
    monkeypatch.setenv("DESK_IMAP_PASSWORD", "x")
    mail_desk("config", "set", "mail.imap_url", f"imap://desk@127.0.0.1:{servers.free_port()}/INBOX")
    assert mail_desk("mail-in", "--imap", code=75).stderr.startswith("error: ")


def make_maildir(root, *names: str):
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True)
    for index, name in enumerate(names):
        (root / "new" / f"17961048{index:02d}.M1P1.mx").write_bytes(corpus(name))
    return root


def test_maildir_messages_move_to_cur_once_stored(mail_desk, isolation) -> None:
    maildir = make_maildir(isolation / "Maildir", *MESSAGES)
    results = json.loads(mail_desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    assert [r["outcome"] for r in results] == ["opened", "opened", "clarified"]
    assert list((maildir / "new").iterdir()) == []
    assert sorted(p.name for p in (maildir / "cur").iterdir()) == [f"17961048{i:02d}.M1P1.mx:2,S" for i in range(3)]
    # The same files delivered again store nothing twice.
    for path in (maildir / "cur").iterdir():
        path.rename(maildir / "new" / path.name.split(":")[0])
    again = json.loads(mail_desk("mail-in", "--maildir", str(maildir), "--json").stdout)
    assert [r["outcome"] for r in again] == ["duplicate"] * 3


def test_a_link_in_a_maildir_is_not_read_as_mail(mail_desk, isolation) -> None:
    """Whoever can write into new/ could leave a link to a file only the desk's user may read
    (its config, another mailbox): a delivery agent writes files, never links, so a link is
    left where it is, with a warning, and read by nothing (security review)."""
    maildir = make_maildir(isolation / "Maildir", MESSAGES[0])
    secret = isolation / "private.eml"
    secret.write_bytes(corpus(MESSAGES[1]))
    (maildir / "new" / "1796104900.M9P9.mx").symlink_to(secret)
    before = len(mail_desk.json("queue", "--json"))
    result = mail_desk("mail-in", "--maildir", str(maildir), "--json")
    assert [r["outcome"] for r in json.loads(result.stdout)] == ["opened"]
    assert result.stderr.startswith("warning: ") and "symbolic link" in result.stderr
    assert [p.name for p in (maildir / "new").iterdir()] == ["1796104900.M9P9.mx"]
    assert len(mail_desk.json("queue", "--json")) == before + 1


def test_maildir_under_a_held_lock_moves_nothing(mail_desk, isolation, monkeypatch) -> None:
    from deskcli.store import db

    maildir = make_maildir(isolation / "Maildir", *MESSAGES)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(db, "WRITE_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        mail_desk("mail-in", "--maildir", str(maildir), code=75)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(list((maildir / "new").iterdir())) == 3 and list((maildir / "cur").iterdir()) == []


def test_not_a_maildir_is_a_usage_error(mail_desk, isolation) -> None:
    assert "not a maildir" in mail_desk("mail-in", "--maildir", str(isolation), code=2).stderr


def test_two_runs_over_one_maildir_both_succeed_and_store_each_message_once(mail_desk, isolation) -> None:
    """cron's runs overlapping: one run found a file the other had just moved to cur/ and
    stopped with exit 2 (QA: 20 runs in 20)."""
    import os
    import subprocess
    import sys

    maildir = make_maildir(isolation / "Maildir", *(MESSAGES * 6))  # 18 files, 3 messages
    argv = [sys.executable, "-m", "deskcli", "mail-in", "--maildir", str(maildir), "--json"]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
            for _ in range(2)]
    finished = [(run.wait(timeout=120), run.stdout.read(), run.stderr.read()) for run in runs]  # type: ignore[union-attr]
    assert [code for code, _, _ in finished] == [0, 0], [err for _, _, err in finished]
    assert list((maildir / "new").iterdir()) == [] and len(list((maildir / "cur").iterdir())) == 18
    logged = mail_desk.json("mail", "log", "--json")
    stored = [entry["message_id"] for entry in logged if entry["outcome"] != "duplicate"]
    assert sorted(stored) == sorted(IDS)


def test_a_refused_login_is_a_configuration_error_in_the_servers_words(imap_desk, monkeypatch) -> None:
    # not 75: a wrong password is not a passing failure, and cron's next poll would only repeat it
    monkeypatch.setenv("DESK_IMAP_PASSWORD", "wrong")
    result = imap_desk("mail-in", "--imap", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith("error: IMAP imap://") and "refused the desk's login" in line, line
    assert "Authentication failed" in line and "DESK_IMAP_PASSWORD" in line and "wrong" not in line
    assert "b'" not in line and 'b"' not in line and "secs)" not in line
    assert imap_desk.json("mail", "log", "--json") == []


def test_a_mailbox_the_server_does_not_have_is_a_configuration_error(imap_desk, dovecot, tls_files,
                                                                     imap_folder) -> None:
    """Admin review: a mailbox deleted (or mistyped in mail.imap_url) ended every poll with
    exit 75 and "the rest waits for the next poll", which would only repeat it."""
    deliver(dovecot, tls_files, imap_folder, MESSAGES[0])
    assert [r["outcome"] for r in poll(imap_desk)] == ["opened"]
    with client(dovecot, tls_files) as connection:
        connection.delete_folder(imap_folder)
    result = imap_desk("mail-in", "--imap", code=2)
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: IMAP imap://") and f"has no mailbox '{imap_folder}'" in line, line
    assert "mail.imap_url" in line and "next poll" not in line  # (the mailboxes it has: other tests' too)
