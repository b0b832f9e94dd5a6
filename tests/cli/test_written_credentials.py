"""Passwords a customer writes (by mail, or through an agent's command) are hidden from the
stored text and kept only as sealed temporary access, which closing erases (2.12; QA: they
were kept and shown in clear)."""

from __future__ import annotations

import json
from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.credentials import HIDDEN, NOT_KEPT, Credentials, hide
from tests.cli.test_requests import add_license, open_request
from tests.mail.desk_seed import every_stored_text, seed
from tests.mail.test_mail_in import mail_in

SECRETS = ("Zx9!qwe-Secret", "Ftp#Pass2026")
ACCESS_LINES = ("Логин: support_tmp\n"
                f"Пароль: {SECRETS[0]}\n"
                f"FTP: ftp://shop.example.ru, пользователь ftpsupport, пароль {SECRETS[1]}\n")


def _mail(sender: str, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@example.ru"
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash(body))}@shop.example.ru>"
    message.set_content(body)
    return bytes(message)


def _stored(isolation) -> bytes:
    return b"".join(path.read_bytes() for path in isolation.glob("desk.db*"))


def test_a_clarification_s_passwords_become_temporary_access_and_closing_erases_them(desk, isolation) -> None:
    seed(desk, isolation)
    body = f"Добрый день! Доступы для проверки:\n{ACCESS_LINES}Посмотрите, пожалуйста, почему белый экран?"
    received = mail_in(desk, _mail("ivan.petrov@shop.example.ru", "Re: [desk #42] Доступ", body))
    assert received["outcome"] == "clarified" and received["request_id"] == 42
    shown = desk.json("show", "42", "--json")
    assert any(e["action"] == "access added" and e["after"]["source"] == "the customer's message"
               for e in shown["history"])
    text = shown["messages"][-1]["body"]
    assert text.count(HIDDEN) == 2 and "support_tmp" in text and "почему белый экран" in text
    assert not any(secret in every_stored_text(isolation / "desk.db") for secret in SECRETS)
    assert not any(secret.encode() in _stored(isolation) for secret in SECRETS)
    kept = desk.json("access", "show", "42", "--json")
    # two logins for two passwords: support_tmp opens the administration centre, not this FTP
    assert kept["kind"] == "ftp" and kept["address"] == "ftp://shop.example.ru" and kept["login"] == "(see the lines)"
    assert all(secret in kept["password"] for secret in SECRETS)
    desk("close", "42", "--resolution", "Исправлено", "--no-mail")
    assert desk("access", "show", "42", code=3).stderr.startswith("error: ")


@pytest.mark.parametrize(("body", "login"), [
    ("We have renewed. The user has ALL PRIVILEGES on the acme database but the installer still fails at "
     "step 3. FTP access for you: ftp://new.acme.co.uk, user deskhelp, password Tmp!2026acme", "deskhelp"),
    ("Пользователь имеет все права на базу, но ошибка остаётся. Доступ по FTP: ftp://a.ru, логин deskhelp, "
     "пароль Tmp!2026acme", "deskhelp"),
    ("The database user has all privileges. Access: user: support_tmp, password: Tmp!2026acme", "support_tmp"),
])
def test_the_login_kept_is_the_one_given_not_a_word_after_user(desk, body, login) -> None:
    """A day's review: "The user has ALL PRIVILEGES ... user deskhelp" was kept with the login
    "has" (in Russian, "имеет"): the agent copying it into an FTP client could not log in."""
    add_license(desk)
    opened = open_request(desk, body=body + " Почему установка не проходит?")
    kept = desk.json("access", "show", str(opened["id"]), "--json")
    # the password alone, to be copied into an FTP client; the lines it was read from beside it
    assert kept["login"] == login and kept["password"] == "Tmp!2026acme" and login in kept["written"]


def test_a_new_request_s_password_is_hidden_too(desk, isolation) -> None:
    seed(desk, isolation)
    body = ("Лицензия: HC-4004\nPIN: 2468\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://example.com/\n"
            "Не работает оплата, как исправить? Админка: https://example.com/admin, "
            "login admin2, password: Qw3rty!x")
    received = mail_in(desk, _mail("peter@example.com", "Оплата", body))
    assert received["outcome"] == "opened"
    request = desk.json("show", str(received["request_id"]), "--json")
    assert "Qw3rty!x" not in json.dumps(request, ensure_ascii=False) and HIDDEN in request["messages"][0]["body"]
    assert desk.json("access", "show", str(received["request_id"]), "--json")["kind"] == "admin"


@pytest.mark.parametrize("text,secrets", [
    ("Пароль - Qwerty123", ["Qwerty123"]), ("Пароль — Qwerty123", ["Qwerty123"]),
    ("Пароль:\nQwerty123", ["Qwerty123"]), ("Пароль от админки сайта магазина: Qwerty123", ["Qwerty123"]),
    ("The password is Qwerty123", ["Qwerty123"]), ("Пароли: админка Abc12345!, FTP Xyz789!", ["Abc12345!", "Xyz789!"]),
    ("Логин admin, пароль такой Qwerty123", ["Qwerty123"]), ("PW: Qwerty123", ["Qwerty123"]),
    ("Password for the admin panel of the site: Qwerty123", ["Qwerty123"]), ("pass Qwerty123", ["Qwerty123"]),
    # security QA: Cyrillic in the password, words and no sign, quotes with spaces, a login beside it
    ("Не помогло. Пароль: Ромашка2026", ["Ромашка2026"]), ("пароль от админки Шифр7777", ["Шифр7777"]),
    ("Пароль админа SecI_2020", ["SecI_2020"]), ('Password: "Qq SecC with space"', ["Qq SecC with space"]),
    ("креды: admin / SecJ2020!", ["SecJ2020!"]), ("Пароли: админка Ромашка2026", ["Ромашка2026"]),
    # review: the password of a login/password pair, not the login, whatever they look like
    ("креды: support_tmp / qwerty", ["qwerty"]), ("креды: admin / pass", ["pass"]),
    ("креды admin:Qwe12345", ["Qwe12345"]), ("Доступы: ftp://host.example admin/Pa55", ["Pa55"]),
    # second review: what the first round of fixes let through again
    ("пароль от админки P@ssw0rd", ["P@ssw0rd"]), ("пароль от админки ADMIN2024", ["ADMIN2024"]),
    ("Пароль: Ромашка!", ["Ромашка!"]), ('Пароль: "Ромашка"', ["Ромашка"]), ("Пароль: (Ромашка)", ["Ромашка"]),
    ("креды: admin / Qwerty123 до пятницы", ["Qwerty123"]), ("креды в письме выше: admin / 12345678 спасибо",
                                                          ["12345678"]),
    ("Пароли от админки Шифр7777", ["Шифр7777"]),
])
def test_the_ways_customers_write_a_password(text, secrets) -> None:  # QA's phrasings
    found = Credentials()
    hidden = hide(text, found)
    assert not any(secret in hidden for secret in secrets) and hidden.count(HIDDEN) == len(secrets)
    assert all(secret in "\n".join(found.lines) for secret in secrets)


def test_words_after_the_word_password_are_no_password() -> None:
    for text in ("Пароль не подходит, что делать?", "забыл пароль администратора", "смена пароля: не работает",
                 "Where is the password reset page?", "Как сменить пароль? Пароль должен быть длиннее",
                 "Паспорт: 1234", "Пароль не подходит: ошибка 403", "password reset: https://shop.example.ru/r",
                 "Сбросил пароль: теперь работает", "password is required", "the password is wrong",
                 "пароль такой же как был", "Пароль:\nне помню",
                 "пароль от 1С-Битрикс не подходит", "пароль от сайта example2.ru не подходит",
                 "Пароль не подходит после обновления 7.1.2", "Пароль от PHP8.1 не подходит",
                 "пароль для входа в админку 2 раза не подошёл", "доступы к FTP выслал вчера 2 раза",
                 "Пароль: не помню", 'пароль "не подходит" пишет',
                 # review: what a customer quotes after talking about a password stays
                 "После смены пароля ошибка 0x80070005 в модуле", "Письмо для сброса пароля не приходит на ivan77@mail.ru",
                 "пароль: (не помню)", "доступы выложил на https://files.example.ru/docs", "доступы к FTP выслал вчера 2 раза",
                 "Креды отправил вчера.", "Доступы: выслал вчера"):
        found = Credentials()
        assert hide(text, found) == text and not found


@given(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=30)
       .filter(lambda secret: "://" not in secret and secret.rstrip(".,;")),
       st.sampled_from(["Пароль: ", "пароль:", "password = ", "pwd:", "FTP-пароль: ", "пароль — "]))
def test_a_value_right_after_a_password_label_never_reaches_the_stored_text(secret, label) -> None:
    found = Credentials()
    kept = secret.rstrip(".,;")
    assert hide(f"Доступ к сайту\n{label}{secret}\nспасибо", found) == (
        f"Доступ к сайту\n{label}{HIDDEN}{secret[len(kept):]}\nспасибо")
    assert found.lines == [f"{label}{secret}"]
    again = Credentials()  # hiding twice changes nothing
    hidden = f"{label}{HIDDEN}"
    assert hide(hidden, again) == hidden and not again


def test_a_password_given_through_the_command_line_is_kept_the_same_way(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body="Сайт не открывается после обновления, почему? Доступ в админку: "
                                     "логин admin2, пароль: Qw3rty!x")
    assert HIDDEN in desk.json("show", str(opened["id"]), "--json")["messages"][0]["body"]
    desk("reply", str(opened["id"]), "--customer", "--body", "FTP: ftp://shop.example.ru, пароль Ftp#Pass2026. "
         "Почему так?", env={"DESK_NOW": "2026-11-25T10:30"})
    kept = desk.json("access", "show", str(opened["id"]), "--json")
    assert "Qw3rty!x" in kept["password"] and "Ftp#Pass2026" in kept["password"]  # the later joins the first
    assert not any(secret.encode() in _stored(isolation) for secret in ("Qw3rty!x", "Ftp#Pass2026"))
    # an agent's own reply is the agent's to word: a password the desk gives out goes as written
    desk("reply", str(opened["id"]), "--body", "Временный пароль: Tmp-2026!", env={"DESK_NOW": "2026-11-25T11:00"})
    assert "Tmp-2026!" in desk.json("show", str(opened["id"]), "--json")["messages"][-1]["body"]


def test_access_an_agent_added_stays_when_the_customer_writes_more(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body="Сайт не открывается после обновления, почему?")
    access = isolation / "access.toml"
    access.write_text('kind = "admin"\naddress = "https://shop.example.ru/admin"\nlogin = "support"\n'
                      'password = "Agent-Set-1"\n', encoding="utf-8")
    access.chmod(0o600)
    desk("access", "add", str(opened["id"]), "--from-file", str(access), env={"DESK_NOW": "2026-11-25T10:10"})
    desk("reply", str(opened["id"]), "--customer", "--body", "Ещё FTP: пароль Ftp#Pass2026. Почему не работает?",
         env={"DESK_NOW": "2026-11-25T10:20"})
    kept = desk.json("access", "show", str(opened["id"]), "--json")
    assert (kept["kind"], kept["login"]) == ("admin", "support")
    assert "Agent-Set-1" in kept["password"] and "Ftp#Pass2026" in kept["password"]


def test_a_note_mailed_by_someone_else_and_a_subject_keep_no_password(desk, isolation) -> None:
    seed(desk, isolation)
    note = _mail("colleague@shop.example.ru", "Re: [desk #42] Доступ", f"Коллега просил передать:\n{ACCESS_LINES}")
    assert mail_in(desk, note)["outcome"] == "noted"
    body = ("Лицензия: HC-4004\nPIN: 2468\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://example.com/\n"
            "Не работает оплата, как исправить?")
    opened = mail_in(desk, _mail("peter@example.com", "Оплата, пароль: Qw3rty!x", body))
    assert opened["outcome"] == "opened"
    stored = _stored(isolation)
    assert not any(secret.encode() in stored for secret in (*SECRETS, "Qw3rty!x"))
    assert "Qw3rty!x" in desk.json("access", "show", str(opened["request_id"]), "--json")["password"]
    assert all(secret in desk.json("access", "show", "42", "--json")["password"] for secret in SECRETS)


def test_a_password_in_a_reply_s_subject_is_kept_like_one_in_its_text(desk, isolation) -> None:
    seed(desk, isolation)
    reply = _mail("ivan.petrov@shop.example.ru", "Re: [desk #42] Пароль: Subj!Secret9", "Вот доступ. Почему белый экран?")
    assert mail_in(desk, reply)["outcome"] == "clarified"
    assert "Subj!Secret9" in desk.json("access", "show", "42", "--json")["password"]  # QA: hidden, then lost
    assert b"Subj!Secret9" not in _stored(isolation)


def test_a_password_that_cannot_be_sealed_is_still_hidden_and_the_loss_is_said(desk, isolation) -> None:
    """No access key can be made (QA: the MTA's user had no home): the password is not kept
    in clear, and the command says it was not kept rather than leaving only a history line."""
    add_license(desk)
    opened = open_request(desk)
    (isolation / "afile").write_text("x")
    result = desk("reply", str(opened["id"]), "--customer", "--body", f"Доступ:\n{ACCESS_LINES}Почему белый экран?",
                  env={"DESK_KEY_FILE": str(isolation / "afile" / "access.key")})
    assert f"warning: #{opened['id']}: the password the customer wrote was hidden and not kept" in result.stderr
    shown = desk.json("show", str(opened["id"]), "--json")
    assert any(e["action"] == "access not kept" for e in shown["history"])
    assert not any(secret.encode() in _stored(isolation) for secret in SECRETS)


def test_a_request_that_keeps_no_access_says_the_password_was_kept_nowhere(desk, isolation) -> None:
    """Refused when opened, or closed when the customer writes: no access is kept (2.12), so
    the text must not send the agent to look for it (it said "see temporary access")."""
    add_license(desk, "HC-OLD", purchased="2024-06-01")  # its support year is over: refused
    refused = open_request(desk, license="HC-OLD", body="Почему не работает оплата? Админка: логин admin2, "
                                                        "пароль: Qw3rty!x", subject="Оплата, пароль: Subj!Pass9", code=1)
    shown = desk.json("show", str(refused["id"]), "--json")
    assert shown["status"] == "rejected"
    assert NOT_KEPT in shown["messages"][0]["body"] and NOT_KEPT in shown["subject"]
    assert HIDDEN not in json.dumps(shown, ensure_ascii=False)
    desk("access", "show", str(refused["id"]), code=3)

    # a subject cut to its limit is cut after the mark is chosen (review: "[скрыто: см.…" was left)
    long = open_request(desk, license="HC-OLD", body="Почему не работает оплата?",
                        subject="Оплата " + "и доставка " * 24 + "админка пароль Qwerty123!", code=1)
    subject = desk.json("show", str(long["id"]), "--json")["subject"]
    assert "Qwerty123!" not in subject and "см." not in subject and subject.endswith("…") and "[скрыто: не" in subject

    add_license(desk, purchased="2025-11-02")  # support until 2026-11-02
    opened = open_request(desk, at="2026-10-20T10:00")
    desk("close", str(opened["id"]), "--resolution", "Исправлено", "--no-mail", env={"DESK_NOW": "2026-10-20T11:00"})
    # after the support year, a question stays unanswered on the resolved request
    result = desk("reply", str(opened["id"]), "--customer", "--body", "Снова белый экран, почему? Пароль: Late-Pass7",
                  code=None)
    shown = desk.json("show", str(opened["id"]), "--json")
    written = [m["body"] for m in shown["messages"] if m["kind"] == "customer"][-1]
    assert shown["status"] == "resolved" and written.count(NOT_KEPT) == 1, result.stdout
    desk("access", "show", str(opened["id"]), code=3)
    desk("license", "renew", "HC-1", env={"DESK_NOW": "2026-11-25T11:30"})
    # a question reopens it: then the password is kept, and the mark says where it is
    desk("reopen", str(opened["id"]), env={"DESK_NOW": "2026-11-25T12:00"})
    desk("reply", str(opened["id"]), "--customer", "--body", "Опять белый экран, почему? Пароль: Again-Pass8",
         env={"DESK_NOW": "2026-11-25T13:00"})
    shown = desk.json("show", str(opened["id"]), "--json")
    assert shown["status"] == "open" and HIDDEN in shown["messages"][-1]["body"]
    assert "Again-Pass8" in desk.json("access", "show", str(opened["id"]), "--json")["password"]
    assert not any(secret.encode() in _stored(isolation) for secret in ("Qw3rty!x", "Subj!Pass9", "Late-Pass7", "Again-Pass8"))


def test_a_quoted_password_is_hidden_whole_spaces_and_all() -> None:
    assert hide('Password: "Qq SecC with space".', Credentials()) == f"Password: {HIDDEN}."
    assert hide("Пароль: «мой пароль 2026»", Credentials()) == f"Пароль: {HIDDEN}"
    found = Credentials()  # a ". " inside the quotes: the sealed access keeps all of it (review)
    hide('пароль: "my pass. word" Как настроить скидки?', found)
    assert '"my pass. word"' in found.lines[0]


def test_the_sealed_access_keeps_the_sentences_about_it_not_the_question_beside_them(desk) -> None:
    """TUI QA: the whole line, question and all, was kept and shown as the password."""
    add_license(desk)
    opened = open_request(desk, body="Сайт не открывается после обновления, почему?")
    desk("reply", str(opened["id"]), "--customer", "--body", "Создал временного пользователя. Логин: support_tmp "
         "Пароль: S3cr3t-xyz. Как настроить скидки?", env={"DESK_NOW": "2026-11-25T10:30"})
    kept = desk.json("access", "show", str(opened["id"]), "--json")
    assert kept["login"] == "support_tmp" and kept["password"] == "S3cr3t-xyz"
    assert kept["written"] == "Логин: support_tmp Пароль: S3cr3t-xyz."


_USER = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="/@:"), max_size=12)
_PASSWORD = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="/"), min_size=1,
                    max_size=20).filter(lambda secret: not secret.startswith("@"))


@given(st.sampled_from(["https", "http", "ftp", "sftp", "FTP"]), _USER, _PASSWORD,
       st.sampled_from(["shop.example.ru", "10.0.0.1:2121", "магазин.рф"]), st.sampled_from(["", "/", "/bitrix/admin/"]))
def test_a_password_in_an_address_never_reaches_the_stored_text(scheme, user, secret, host, path) -> None:
    """The review: "ftp://admin:Sekr3t@ftp.shop.ru/" was kept in clear; an address's user part
    holds a password wherever it stands, and whatever it looks like."""
    found = Credentials()
    address = f"{scheme}://{user}:{secret}@{host}{path}"
    text = f"Сайт не открывается. Доступ: {address} — почему?"
    hidden = hide(text, found)
    assert hidden == text.replace(f":{secret}@", f":{HIDDEN}@", 1)
    assert any(address in line for line in found.lines)
    again = Credentials()  # hiding twice changes nothing
    assert hide(hidden, again) == hidden and not again


@pytest.mark.parametrize("text", ["Пишите на ivan@shop.ru: почему?", "https://user@shop.example.ru/ не открывается",
                                  "mailto:ivan@shop.ru", "https://shop.example.ru/a:b@c", "время 10:30@офис"])
def test_an_address_without_a_password_in_it_is_left_as_written(text) -> None:
    found = Credentials()
    assert hide(text, found) == text and not found


def test_a_site_with_a_password_is_kept_without_it_and_sealed(desk, isolation) -> None:
    add_license(desk)
    secrets = ("Basic7781pw", "Sekr3tZ9")
    result = desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", f"https://admin:{secrets[0]}@stage.shop.ru/",
                  "-s", "Корзина", "--body", f"Корзина пуста, как исправить? FTP: ftp://admin:{secrets[1]}@ftp.shop.ru/",
                  "--json", env={"DESK_PIN": "4321"})
    opened = json.loads(result.stdout)
    assert opened["site_url"] == "https://admin@stage.shop.ru/"
    shown = desk("show", str(opened["id"]), "--json").stdout + desk("queue", "--format", "csv").stdout \
        + desk("export", "--messages").stdout + desk("export", "--all").stdout
    assert not any(secret in shown for secret in secrets)
    assert not any(secret.encode() in _stored(isolation) for secret in secrets)
    kept = desk.json("access", "show", str(opened["id"]), "--json")
    assert all(secret in kept["password"] for secret in secrets)


@pytest.mark.parametrize("site, kept", [
    ("https://stage.shop.ru/admin/?login=admin&password=Qwe9rty12x", "https://stage.shop.ru/admin/?login=admin&password="),
    ("https://stage.shop.ru/bitrix/?USER_LOGIN=admin&USER_PASSWORD=Qwe9rty12x&lang=ru",
     "https://stage.shop.ru/bitrix/?USER_LOGIN=admin&USER_PASSWORD=&lang=ru"),
    ("https://stage.shop.ru/login.php?user=admin&pwd=Qwe9rty12x", "https://stage.shop.ru/login.php?user=admin&pwd="),
])
def test_a_site_with_a_password_in_its_query_is_kept_without_it_and_sealed(desk, isolation, site, kept) -> None:
    """Security review: the user part's password was taken out of a site, one in its query
    ("?login=admin&password=…", an administration centre's link) was kept in clear for good."""
    add_license(desk)
    opened = json.loads(desk("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", site, "-s", "Корзина",
                             "--body", "Корзина пуста, как исправить?", "--json", env={"DESK_PIN": "4321"}).stdout)
    assert opened["site_url"] == kept
    assert b"Qwe9rty12x" not in _stored(isolation)
    assert desk.json("access", "show", str(opened["id"]), "--json")["password"] == "Qwe9rty12x"


@pytest.mark.parametrize("command", [
    ["license", "add", "HC-9", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01", "--site"],
    ["license", "edit", "HC-1", "--site"], ["kb", "add", "--title", "Кеш", "--url"]])
def test_an_agent_s_address_with_a_password_is_refused(desk, isolation, command) -> None:
    add_license(desk)
    before = _stored(isolation)
    result = desk(*command, "https://admin:Basic7781pw@docs.example.ru/", env={"DESK_PIN": "5555"}, code=2)
    assert "holds a password" in result.stderr and "Basic7781pw" not in result.stderr
    assert _stored(isolation) == before


def test_a_mailed_site_with_a_password_is_kept_without_it(desk, isolation) -> None:
    seed(desk, isolation)
    body = ("Лицензия: HC-4004\nPIN: 2468\nРедакция: Бизнес\nВерсия: 6.9.1\n"
            "Сайт: https://admin:Basic7781pw@example.com/\nНе работает оплата, как исправить?")
    received = mail_in(desk, _mail("peter@example.com", "Оплата", body))
    assert received["outcome"] == "opened"
    request = desk.json("show", str(received["request_id"]), "--json")
    assert request["site_url"] == "https://admin@example.com/"
    assert b"Basic7781pw" not in _stored(isolation)
    assert "Basic7781pw" in desk.json("access", "show", str(received["request_id"]), "--json")["password"]


def test_a_second_message_s_access_joins_the_first_one_password_kept_once() -> None:
    """The same password written twice is kept once; another joins it; the lines of both stay."""
    from deskcli.domain.access import joined, make_access

    first = make_access("ftp", "ftp://a.ru", "deskhelp", "Tmp!2026acme", "FTP ftp://a.ru deskhelp Tmp!2026acme")
    again = make_access("ftp", "ftp://a.ru", "deskhelp", "Tmp!2026acme", "ещё раз: deskhelp Tmp!2026acme")
    other = make_access("admin", "https://a.ru/admin", "boss", "Adm!n2026x", "админка boss Adm!n2026x")
    assert joined(first, again).password == "Tmp!2026acme"
    assert joined(first, other).password == "Tmp!2026acme\n\nAdm!n2026x"
    assert joined(first, other).written == "FTP ftp://a.ru deskhelp Tmp!2026acme\n\nадминка boss Adm!n2026x"
    assert (joined(first, other).kind, joined(first, other).login) == ("ftp", "deskhelp")


def test_a_short_mail_damaged_in_a_few_bytes_still_hides_its_password(desk, isolation) -> None:
    """UTF-8 with two bad bytes and few Russian letters was read as KOI8-R: "пароль:" came out
    garbled, and the password after it was kept in clear (security review)."""
    seed(desk, isolation)
    body = b"\xff\xfe \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c: Qq1#kLp2!w\n"  # "пароль: Qq1#kLp2!w"
    raw = (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Re: [desk #42]\r\n"
           b"Message-ID: <damaged-utf8@shop.example.ru>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    received = mail_in(desk, raw)
    assert received["request_id"] == 42
    assert "Qq1#kLp2!w" not in every_stored_text(isolation / "desk.db")
    assert b"Qq1#kLp2!w" not in _stored(isolation)
    assert desk.json("access", "show", "42", "--json")["password"] == "Qq1#kLp2!w"
