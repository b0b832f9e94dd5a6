"""``desk template mail``: the team edits the desk's mail texts, and the next mail — built by
``desk mail-in`` or an agent's command, delivered by ``desk mail send`` to a real SMTP server —
is written with the team's text; ``reset`` goes back to the shipped one."""

from __future__ import annotations

import json
import sqlite3
from email import message_from_bytes, policy

import pytest

from deskcli.mail import templates as packaged
from tests.conftest import assert_one_error_line
from tests.mail.desk_seed import corpus, has_pin, seed

EDITED_ACK = """Subject: Заявка #$ticket зарегистрирована — $topic

Добрый день!

Мы записали ваш вопрос под номером #$ticket ($category) и ответим до $due_at.
Стоимость: $$0, а $$ticket — это текст.

$documentation
"""


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    return desk


def _table(isolation, sql: str) -> list[tuple]:
    conn = sqlite3.connect(isolation / "desk.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.fresh_file
def test_every_template_is_listed_in_both_languages_as_shipped(desk, isolation) -> None:
    listed = desk.json("template", "mail", "list", "--json")
    assert [(t["name"], t["language"]) for t in listed] == [
        (name.replace("_", "-"), language) for language in packaged.LANGUAGES for name in packaged.PLACEHOLDERS]
    assert not any(t["edited"] for t in listed)
    assert not (isolation / "desk.db").exists()  # listing made no database
    assert desk("template", "mail", "show", "missing-fields", "--lang", "en").stdout == \
        packaged.template_text("missing_fields", "en")
    # The canned answers stay apart: a mail template is not an answer to pick.
    assert "acknowledgement" not in {t["name"] for t in desk.json("template", "list", "--json")}


def test_shown_text_edited_and_given_back_is_what_the_next_mail_says(mail_desk, isolation, tmp_path) -> None:
    text = EDITED_ACK
    source = tmp_path / "ack.txt"
    source.write_text(text.replace("\n", "\r\n"), encoding="utf-8")  # an editor on Windows
    result = mail_desk("template", "mail", "edit", "acknowledgement", "--body-file", str(source), "--json")
    saved = json.loads(result.stdout)
    assert (saved["edited"], saved["updated_by"], saved["updated_at"]) == (True, "tester", "2026-11-25T10:00:00+03:00")
    assert mail_desk("template", "mail", "show", "acknowledgement").stdout == text

    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("thunderbird_koi8r_new_request.eml")).stdout)[0]
    number = opened["request_id"]
    [ack] = mail_desk.json("mail", "outbox", "--json")
    assert ack["subject"].startswith(f"Заявка #{number} зарегистрирована — ")
    body = mail_desk.json("mail", "show", str(ack["id"]), "--json")["body"]
    assert body.startswith(f"Добрый день!\n\nМы записали ваш вопрос под номером #{number} (")
    assert "Стоимость: $0, а $ticket — это текст." in body
    assert not has_pin(body)
    history = mail_desk.json("export", "--all", "--format", "json")
    assert any(e.get("action") == "mail template changed" for e in history if e["kind"] == "event")


def test_the_edited_text_goes_over_smtp_and_english_stays_shipped(mail_desk, smtp_server) -> None:
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("template", "mail", "edit", "reply", "--body",
              "Subject: Ответ по обращению: $topic\n\nЗдравствуйте!\n\n$reply\n\n--\n$agent, отдел поддержки\n")
    mail_desk("mail-in", input=corpus("gmail_ru_reply_desk_tag.eml"))
    mail_desk("reply", "42", "--body", "Увеличьте memory_limit до 256M.")
    opened = json.loads(mail_desk("mail-in", "--json", input=corpus("english_labels_one_line.eml")).stdout)[0]
    mail_desk("reply", str(opened["request_id"]), "--body", "Raise memory_limit to 256M.")
    mail_desk("mail", "send")
    russian, _, english = (message_from_bytes(e.original_content, policy=policy.default) for e in server.received)
    assert str(russian["Subject"]) == "Ответ по обращению: Сайт не открывается после обновления [desk #42]"
    assert russian.get_content().endswith("Увеличьте memory_limit до 256M.\n\n--\ntester, отдел поддержки\n")
    assert str(english["Subject"]).startswith("Re: ") and "Raise memory_limit to 256M." in english.get_content()
    assert "отдел поддержки" not in english.get_content()
    # Back to the shipped text.
    mail_desk("template", "mail", "reset", "reply")
    mail_desk("reply", "42", "--body", "Ещё раз.")
    [latest] = [m for m in mail_desk.json("mail", "outbox", "--json") if m["status"] == "queued"]
    assert latest["subject"] == "Re: Сайт не открывается после обновления [desk #42]"


def test_english_is_edited_on_its_own(mail_desk) -> None:
    mail_desk("template", "mail", "edit", "acknowledgement", "--lang", "en", "--body",
              "Subject: Got it: $topic\n\nWe will answer by $due_at.\n")
    mail_desk("mail-in", input=corpus("english_labels_one_line.eml"))
    mail_desk("mail-in", input=corpus("thunderbird_koi8r_new_request.eml"))
    english, russian = sorted(mail_desk.json("mail", "outbox", "--json"), key=lambda m: m["id"])
    assert english["subject"].startswith("Got it: ")
    assert russian["subject"].startswith("Обращение #")
    listed = {(t["name"], t["language"]): t["edited"] for t in mail_desk.json("template", "mail", "list", "--json")}
    assert [key for key, edited in listed.items() if edited] == [("acknowledgement", "en")]


@pytest.mark.parametrize(("args", "code", "says"), [
    (("edit", "acknowledgement", "--body", "Здравствуйте, $ticket"), 2, "Subject:"),
    (("edit", "acknowledgement", "--body", "Subject: $ticket\n\nСрок: ${due_at.__class__}"), 2, "not a variable"),
    (("edit", "close", "--body", "Subject: #$ticket\n\n$due_at"), 2, "unknown variable $due_at"),
    (("edit", "close", "--body", "Subject: #$ticket\n\n\x1b]8;;http://evil\x07click"), 2, "control character"),
    (("edit", "close", "--body", "Subject: \n\ntext"), 2, "Subject: line is empty"),
    (("edit", "close", "--body", "Subject: x\n\n"), 2, "no body"),
    (("edit", "close", "--lang", "de", "--body", "Subject: x\n\ny"), 2, "ru, en"),
    (("edit", "goodbye", "--body", "Subject: x\n\ny"), 3, "acknowledgement, reply"),
    (("reset", "goodbye"), 3, "not found"),
    # review: a reply without the answer marked the request answered and told the customer nothing
    (("edit", "reply", "--body", "Subject: Re: $topic\n\nСпасибо за обращение.\n\n-- \n$agent"), 2, "leaves out $reply"),
    (("edit", "refusal", "--body", "Subject: Отказ: $topic\n\nНе принято."), 2, "leaves out $rules"),
    (("edit", "close", "--lang", "en", "--body", "Subject: Closed #$ticket\n\nDone."), 2, "leaves out $resolution"),
])
def test_a_bad_template_is_refused_and_nothing_changes(mail_desk, isolation, args, code, says) -> None:
    before = _table(isolation, "SELECT * FROM mail_templates"), _table(isolation, "SELECT count(*) FROM events")
    result = mail_desk("template", "mail", *args, code=code)
    assert_one_error_line(result)
    assert says in result.stderr
    assert (_table(isolation, "SELECT * FROM mail_templates"), _table(isolation, "SELECT count(*) FROM events")) \
        == before


def test_a_subject_line_cannot_add_a_header(mail_desk, isolation) -> None:
    # The subject is the first line only; what follows is the body, never a header.
    mail_desk("template", "mail", "edit", "acknowledgement", "--body",
              "Subject: #$ticket $topic\nBcc: spy@evil.test\n\nТекст.\n")
    mail_desk("mail-in", input=corpus("thunderbird_koi8r_new_request.eml"))
    [(wire,)] = _table(isolation, "SELECT message FROM outbox")
    message = message_from_bytes(wire, policy=policy.default)
    assert message["Bcc"] is None and "spy@evil.test" not in wire.split(b"\r\n\r\n", 1)[0].decode()


def test_read_only_template_commands_do_not_write(mail_desk, isolation) -> None:
    path = isolation / "desk.db"
    before = path.stat().st_mtime_ns, path.read_bytes()
    for command in (("list",), ("list", "--lang", "en"), ("show", "close"), ("show", "reply", "--json")):
        mail_desk("template", "mail", *command)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_edit_in_the_editor_shows_the_placeholders_and_keeps_the_subject(mail_desk, tmp_path) -> None:
    import sys

    from tests.cli.test_editor import in_terminal

    script, seen = tmp_path / "editor.py", tmp_path / "seen.txt"
    script.write_text(
        "import pathlib, sys\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "text = path.read_text(encoding='utf-8')\n"
        f"pathlib.Path({str(seen)!r}).write_text(text, encoding='utf-8')\n"
        "path.write_text(text.replace('Здравствуйте!', 'Добрый день, $topic!'), encoding='utf-8')\n",
        encoding="utf-8")
    result = in_terminal("template", "mail", "edit", "close", env={"EDITOR": f"{sys.executable} {script}"})
    assert result.returncode == 0, result.stderr
    shown = seen.read_text(encoding="utf-8")
    assert shown.startswith(packaged.template_text("close", "ru"))
    assert "# Placeholders: $resolution, $ticket, $topic" in shown
    text = mail_desk("template", "mail", "show", "close").stdout
    assert text.startswith("Subject: Обращение #$ticket закрыто: $topic\n\nДобрый день, $topic!")
