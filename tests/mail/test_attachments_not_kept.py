"""A new request whose attachments were over the size limit: the acknowledgement tells the
customer which files did not arrive and what to do, and says it again unchanged when
``desk mail send`` checks the letter still holds."""

from __future__ import annotations

import json
from email.message import EmailMessage

import pytest

from tests.mail.desk_seed import seed
from tests.mail.test_mail_send import received


@pytest.fixture
def mail_desk(desk, isolation):
    seed(desk, isolation)
    desk("policy", "set", "mail.attachment_limit", "20000")
    return desk


def new_request(*attachments: tuple[str, int], english: bool = False) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Иван Петров <ivan.petrov@shop.example.ru>"
    mail["To"] = "support@example.ru"
    mail["Subject"] = "Site is down" if english else "Сайт не открывается"
    mail["Message-ID"] = f"<attachments-{len(attachments)}-{english}@shop.example.ru>"
    if english:
        mail.set_content("License: HC-1001\nPIN: 7788\nEdition: Corporation\nVersion: 6.9.1\n"
                         "Site: https://shop.example.ru/\nCategory: emergency\n\nEvery page says Fatal error. "
                         "What should we do?\n")
    else:
        mail.set_content("Лицензия: HC-1001\nPIN: 7788\nРедакция: Корпорация\nВерсия: 6.9.1\n"
                         "Сайт: https://shop.example.ru/\nКатегория: экстренная\n\n"
                         "На всех страницах Fatal error. Что делать?\n")
    for name, size in attachments:
        mail.add_attachment(b"x" * size, maintype="application", subtype="octet-stream", filename=name)
    return mail.as_bytes()


def acknowledgement(desk, raw: bytes) -> str:
    (result,) = json.loads(desk("mail-in", "--json", input=raw).stdout)
    assert result["outcome"] == "opened", result
    (ack,) = [m for m in desk.json("mail", "outbox", "--json") if m["request_id"] == result["request_id"]]
    return desk.json("mail", "show", str(ack["id"]), "--json")["body"]


def test_the_acknowledgement_lists_what_did_not_arrive_with_sizes_and_the_limit(mail_desk):
    body = acknowledgement(mail_desk, new_request(("screen.png", 5000), ("site-backup.zip", 1_600_000),
                                                  ("error.log", 18000)))
    assert "не поместились в ограничение на общий размер вложений одного письма" in body
    assert "- site-backup.zip (1,5 МБ)\n- error.log (17,6 КБ)" in body
    assert "screen.png" not in body
    assert "ссылку на них или отправьте их частями" in body


def test_in_english_too(mail_desk):
    body = acknowledgement(mail_desk, new_request(("dump.sql", 25000), english=True))
    assert "These attachments were not received: they did not fit in the size allowed" in body
    assert "- dump.sql (24.4 KB)" in body


def test_an_acknowledgement_with_everything_kept_says_nothing_of_attachments(mail_desk):
    body = acknowledgement(mail_desk, new_request(("screen.png", 5000)))
    assert "вложения не получены" not in body.casefold() and "screen.png" not in body
    assert "\n\n\n" not in body


def test_the_letter_sent_is_the_one_queued(mail_desk, smtp_server):
    """``desk mail send`` writes an acknowledgement afresh when what it says no longer holds;
    the attachments it names come from the stored mail then, and must say the same."""
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    queued = acknowledgement(mail_desk, new_request(("site-backup.zip", 1_600_000)))
    report = mail_desk.json("mail", "send", "--json")
    assert [(r["status"], r["kind"]) for r in report] == [("sent", "acknowledgement")]
    (envelope,) = server.received
    sent = received(envelope).get_content()
    assert "- site-backup.zip (1,5 МБ)" in sent
    assert sent.replace("\r\n", "\n").strip() == queued.strip()


def clarification(*attachments: tuple[str, int], body: str = "Прикладываю архив сайта и лог.") -> bytes:
    mail = EmailMessage()
    mail["From"] = "Иван Петров <ivan.petrov@shop.example.ru>"
    mail["To"] = "support@example.ru"
    mail["Subject"] = "Re: [desk #42] Сайт не открывается после обновления"
    mail["Message-ID"] = f"<clarification-{len(attachments)}-{len(body)}@shop.example.ru>"
    mail.set_content(body)
    for name, size in attachments:
        mail.add_attachment(b"x" * size, maintype="application", subtype="octet-stream", filename=name)
    return mail.as_bytes()


def letters_about_42(desk) -> list[dict]:
    return [m for m in desk.json("mail", "outbox", "--json") if m["request_id"] == 42]


def test_a_clarification_whose_attachments_did_not_arrive_is_told_so(mail_desk):
    (result,) = json.loads(mail_desk("mail-in", "--json",
                                     input=clarification(("site.zip", 3_000_000), ("error.log", 900))).stdout)
    assert (result["outcome"], result["request_id"]) == ("clarified", 42)
    (letter,) = letters_about_42(mail_desk)
    assert letter["kind"] == "attachments_not_kept" and letter["recipient"] == "ivan.petrov@shop.example.ru"
    shown = mail_desk.json("mail", "show", str(letter["id"]), "--json")
    assert "[desk #42]" in shown["subject"] and "Auto-Submitted: auto-replied" in shown["headers"]
    assert "- site.zip (2,9 МБ)" in shown["body"] and "error.log" not in shown["body"]
    assert "In-Reply-To: <clarification-2-" in shown["headers"]
    # the request is re-queued as any clarification is (2.7), with what did arrive
    detail = mail_desk.json("show", "42", "--json")
    assert detail["status"] == "open"
    assert [(a["name"], a["kept"]) for a in detail["attachments"]] == [("site.zip", False), ("error.log", True)]


def test_a_clarification_with_everything_kept_gets_no_letter(mail_desk):
    mail_desk("mail-in", input=clarification(("error.log", 900)))
    assert letters_about_42(mail_desk) == []


def test_a_refused_message_gets_the_refusal_alone(mail_desk):
    mail_desk("mail-in", input=clarification(("site.zip", 3_000_000), body="Вы там все идиоты, блядь."))
    assert [letter["kind"] for letter in letters_about_42(mail_desk)] == ["refusal"]


def test_the_team_can_edit_the_letter_but_not_leave_the_files_out(mail_desk, isolation):
    text = "Subject: #$ticket: файлы\n\nНе дошли:\n$attachments\n"
    path = isolation / "letter.txt"
    path.write_text(text, encoding="utf-8")
    mail_desk("template", "mail", "edit", "attachments-not-kept", "--body-file", str(path))
    path.write_text("Subject: #$ticket\n\nФайлы не дошли.\n", encoding="utf-8")
    refused = mail_desk("template", "mail", "edit", "attachments-not-kept", "--body-file", str(path), code=2)
    assert "$attachments" in refused.stderr
    mail_desk("mail-in", input=clarification(("site.zip", 3_000_000)))
    (letter,) = letters_about_42(mail_desk)
    body = mail_desk.json("mail", "show", str(letter["id"]), "--json")["body"]
    assert body.startswith("Не дошли:\nЭти вложения не получены") and "- site.zip (2,9 МБ)" in body


@pytest.mark.parametrize(("size", "ru", "en"), [
    (0, "0 байт", "0 bytes"), (1023, "1023 байт", "1023 bytes"), (1024, "1 КБ", "1 KB"),
    (18000, "17,6 КБ", "17.6 KB"), (200_000, "195 КБ", "195 KB"),
    (1000 * 1024 - 1, "1000 КБ", "1000 KB"), (1000 * 1024, "1,0 МБ", "1.0 MB"), (1_048_500, "1,0 МБ", "1.0 MB"),
    (10_490_000, "10,0 МБ", "10.0 MB"), (150 * 1024 * 1024, "150 МБ", "150 MB"),
])
def test_sizes_read_as_people_write_them(size, ru, en):
    from deskcli.mail.templates import size_text

    assert (size_text(size, "ru"), size_text(size, "en")) == (ru, en)


def test_an_acknowledgement_the_team_wrote_without_the_attachments_still_names_them(mail_desk, isolation):
    """A copy edited before $attachments existed, or without it: the files that did not arrive
    are listed before its signature all the same."""
    path = isolation / "ack.txt"
    path.write_text("Subject: #$ticket\n\nПринято, ответим до $due_at.\n\n-- \nПоддержка\n", encoding="utf-8")
    mail_desk("template", "mail", "edit", "acknowledgement", "--body-file", str(path))
    body = acknowledgement(mail_desk, new_request(("site-backup.zip", 1_600_000)))
    assert body.startswith("Принято, ответим до ")
    assert body.endswith("- site-backup.zip (1,5 МБ)\n\nПришлите, пожалуйста, ссылку на них или отправьте их "
                         "частями в ответ на это письмо.\n\n-- \nПоддержка\n")
    # with nothing to list, the team's text is left as it was written
    assert acknowledgement(mail_desk, new_request()) == "Принято, ответим до 25.11.2026 12:00 (MSK).\n\n-- \nПоддержка\n"


def test_a_merged_requests_attachments_are_listed_by_the_request_it_went_into(mail_desk, smtp_server):
    """The one it went into acknowledges every file that did not arrive: the merged request's
    own acknowledgement, which named them, is withdrawn."""
    first = json.loads(mail_desk("mail-in", "--json", input=new_request(("dump.sql", 30000)),
                                 env={"DESK_NOW": "2026-11-25T09:00:00+03:00"}).stdout)[0]
    second = json.loads(mail_desk("mail-in", "--json", input=new_request(english=True),
                                  env={"DESK_NOW": "2026-11-25T09:30:00+03:00"}).stdout)[0]
    mail_desk("merge", str(first["request_id"]), "--into", str(second["request_id"]))
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    report = mail_desk.json("mail", "send", "--json")
    assert sorted((r["status"], r["request_id"]) for r in report if r["kind"] == "acknowledgement") == [
        ("sent", second["request_id"]), ("withdrawn", first["request_id"]), ("withdrawn", second["request_id"])]
    (envelope,) = [e for e in server.received if b"Request #" in e.original_content or b"desk #" in e.original_content]
    assert "- dump.sql (29.3 KB)" in received(envelope).get_content()


def test_a_later_messages_files_are_told_once_in_their_own_letter(mail_desk, smtp_server):
    """Review: the acknowledgement, rewritten after a clarification came before it went out,
    listed the clarification's files too, which their own letter also named."""
    opened = json.loads(mail_desk("mail-in", "--json", input=new_request(("first.zip", 30000))).stdout)[0]
    number = opened["request_id"]
    later = clarification(("second.log", 40000)).replace(b"[desk #42]", f"[desk #{number}]".encode())
    assert json.loads(mail_desk("mail-in", "--json", input=later).stdout)[0]["outcome"] == "clarified"
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("mail", "send")
    texts = {received(e)["Subject"]: received(e).get_content() for e in server.received}
    (ack,) = [text for subject, text in texts.items() if "принято" in subject]
    (notice,) = [text for subject, text in texts.items() if "вложения не получены" in subject]
    assert "first.zip" in ack and "second.log" not in ack
    assert "second.log" in notice and "first.zip" not in notice


def test_a_merged_requests_later_files_are_not_listed_again_by_the_one_it_went_into(mail_desk, smtp_server):
    """The merged request's clarification had a letter of its own about its files; the
    acknowledgement of the request it went into names only the files of the mail that opened
    each, not the clarification's again (the merge takes the history along with the files)."""
    first = json.loads(mail_desk("mail-in", "--json", input=new_request(("dump.sql", 30000)),
                                 env={"DESK_NOW": "2026-11-25T09:00:00+03:00"}).stdout)[0]
    later = clarification(("later.log", 40000)).replace(b"[desk #42]", f"[desk #{first['request_id']}]".encode())
    assert json.loads(mail_desk("mail-in", "--json", input=later,
                                env={"DESK_NOW": "2026-11-25T09:10:00+03:00"}).stdout)[0]["outcome"] == "clarified"
    second = json.loads(mail_desk("mail-in", "--json", input=new_request(english=True),
                                  env={"DESK_NOW": "2026-11-25T09:30:00+03:00"}).stdout)[0]
    mail_desk("merge", str(first["request_id"]), "--into", str(second["request_id"]))
    server = smtp_server()
    mail_desk("config", "set", "mail.smtp_url", f"smtp://127.0.0.1:{server.port}")
    mail_desk("mail", "send")
    letters = [received(e) for e in server.received]
    (ack,) = [m.get_content() for m in letters if m["Subject"].startswith(f"Request #{second['request_id']} received")]
    assert "dump.sql" in ack
    assert "later.log" not in ack
    (notice,) = [m.get_content() for m in letters if "later.log" in m.get_content()]
    assert "dump.sql" not in notice


@pytest.mark.parametrize("signature", ["С уважением,\nПоддержка", "-- \nПоддержка", "Best regards,\nSupport"])
def test_the_files_go_before_the_teams_own_sign_off(mail_desk, isolation, signature):
    path = isolation / "ack.txt"
    path.write_text(f"Subject: #$ticket\n\nПринято, ответим до $due_at. Цена $$attachments не меняется.\n\n"
                    f"{signature}\n", encoding="utf-8")
    mail_desk("template", "mail", "edit", "acknowledgement", "--body-file", str(path))
    body = acknowledgement(mail_desk, new_request(("site-backup.zip", 1_600_000)))
    assert body.startswith("Принято, ответим до ") and "Цена $attachments не меняется." in body
    assert body.endswith(f"частями в ответ на это письмо.\n\n{signature}\n")
    assert "- site-backup.zip (1,5 МБ)" in body
