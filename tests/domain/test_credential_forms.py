"""The ways of writing a password that the security review found kept in clear (policy 2.12):
each is hidden and sealed, and the sentences that only talk about a password stay as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.credentials import HIDDEN, Credentials, hide, without_passwords
from tests.domain.credential_cases import hides


def _hidden(text: str, secrets: list[str]) -> str:
    return hides(text, secrets)[0]


@pytest.mark.parametrize("text,secrets", [
    # 1. words between the label and the colon that say what it opens
    ("Пароль от админки: sunflower", ["sunflower"]), ("Пароль для FTP: sunflower", ["sunflower"]),
    ("Ошибка в корзине, пароль от админки: sunflower", ["sunflower"]), ("Password for the admin panel: sunflower",
                                                                        ["sunflower"]),
    ("Пароль к базе данных: qwerty", ["qwerty"]), ("SSH пароль: sunflower", ["sunflower"]),
    # 2. Markdown bold around the label or the value
    ("**Пароль FTP:** Xk9#mQ2v", ["Xk9#mQ2v"]), ("**Пароль:** sunflower", ["sunflower"]),
    ("**Password**: sunflower", ["sunflower"]), ("Пароль: **sunflower**", ["sunflower"]),
    ("__Пароль:__ sunflower", ["sunflower"]),
    # 3. a no-break or another Unicode space, as HTML mail writes it
    ("Пароль:\u00a0qwerty", ["qwerty"]), ("Пароль:\u2009qwerty", ["qwerty"]), ("Пароль\u00a0Ftp#Pass2026", ["Ftp#Pass2026"]),
    ("Пароль\u202f:\u202fqwerty", ["qwerty"]), ("Логин: admin\u00a0\u00a0Пароль:\u00a0qwerty", ["qwerty"]),
    # 4. a blank line between the label and the value
    ("Пароль:\n\nXk9mQ2v", ["Xk9mQ2v"]), ("Пароль от админки:\n \nsunflower", ["sunflower"]),
    # 5. a value with a space in it, alone after the label
    ("Password: Xk9 mQ2v", ["Xk9 mQ2v"]), ("Пароль: Xk9 mQ2v 77", ["Xk9 mQ2v 77"]),
    ("Логин: admin Пароль: Xk9 mQ2v", ["Xk9 mQ2v"]), ("пароль от FTP: login: shop password: Xk9mQ2v", ["Xk9mQ2v"]),
    # 6. a login in the same clause, then the label with no sign
    ("логин admin, пароль sunflower", ["sunflower"]), ("Логин: admin, пароль sunflower", ["sunflower"]),
    ("user admin password sunflower", ["sunflower"]), ("пользователь ftpuser; пароль sunflower", ["sunflower"]),
    # 7. a service with a login / password pair
    ("FTP: admin / Xk9mQ2v", ["Xk9mQ2v"]), ("SSH: root / sunflower", ["sunflower"]),
    ("Админка: admin / sunflower", ["sunflower"]), ("FTP ftp.shop.ru: admin / Xk9mQ2v", ["Xk9mQ2v"]),
    # 8. the password column of a table
    ("| Логин | Пароль |\n| admin | Xk9mQ2v |", ["Xk9mQ2v"]),
    ("| Сервис | Логин | Пароль |\n|---|---|---|\n| FTP | ftpuser | sunflower |\n| Админка | admin | Xk9mQ2v |",
     ["sunflower", "Xk9mQ2v"]),
    ("+-------+----------+\n| Login | Password |\n+-------+----------+\n| admin | sunflower |\n+-------+----------+",
     ["sunflower"]),
    ("Логин\tПароль\nadmin\tsunflower", ["sunflower"]), ("| Пароль | sunflower |", ["sunflower"]),
    # 9. settings files and code
    ("define('DB_PASSWORD', 'WpSecr3t9');", ["WpSecr3t9"]), ("DB_PASSWORD=EnvSecr3t9", ["EnvSecr3t9"]),
    ("'password' => 'x'", ["x"]), ('"password": "JsonSecr3t9"', ["JsonSecr3t9"]),
    ("$db_pass = 'PhpSecr3t';", ["PhpSecr3t"]), ('MYSQL_ROOT_PASSWORD="Env Secret 9"', ["Env Secret 9"]),
    ("<password>XmlSecr3t</password>", ["XmlSecr3t"]), ("  password: yamlsecret", ["yamlsecret"]),
    ("mysql -u root --password=CliSecr3t db", ["CliSecr3t"]), ("'client_secret' => 'ApiS3cret',", ["ApiS3cret"]),
    # 10. a passphrase
    ("SSH passphrase: sunflower", ["sunflower"]), ("Passphrase for the key: Xk9mQ2v", ["Xk9mQ2v"]),
])
def test_the_forms_the_security_review_found_kept_in_clear(text, secrets) -> None:
    _hidden(text, secrets)


def test_a_table_keeps_its_logins_and_seals_its_rows() -> None:
    found = Credentials()
    hidden = hide("Доступы:\n| Логин | Пароль |\n|-------|--------|\n| admin | Xk9mQ2v |\n\nПочему белый экран?", found)
    assert hidden == f"Доступы:\n| Логин | Пароль |\n|-------|--------|\n| admin | {HIDDEN} |\n\nПочему белый экран?"
    assert found.lines == ["| Логин | Пароль |", "| admin | Xk9mQ2v |"]


def test_a_value_with_a_space_is_the_rest_of_the_line_only_when_short_and_no_sentence() -> None:
    # a short rest of the line with no sentence in it: all of it (over-hiding a word is safe)
    assert without_passwords("Password: Xk9 mQ2v") == f"Password: {HIDDEN}"
    assert without_passwords("Пароль: Xk9mQ2v.") == f"Пароль: {HIDDEN}."
    # a sentence after the value, or a clause: only the first word
    assert without_passwords("Пароль: Xk9mQ2v. Почему не работает?") == f"Пароль: {HIDDEN}. Почему не работает?"
    assert without_passwords("Пароль: Xk9mQ2v, логин admin") == f"Пароль: {HIDDEN}, логин admin"
    assert without_passwords("Пароль: Xk9mQ2v спасибо") == f"Пароль: {HIDDEN} спасибо"
    assert without_passwords("Password: Xk9mQ2v and then the site shows a blank page") == (
        f"Password: {HIDDEN} and then the site shows a blank page")


@pytest.mark.parametrize("text", [
    # talk about a password with words before the colon
    "Пароль не подходит: ошибка 403", "Пароль от админки: не помню", "пароль для входа: неверный",
    "Password reset link: https://shop.example.ru/r", "Пароль от админки: сбросил, теперь работает",
    "пароль от 1С-Битрикс не подходит", "Пароль от админки не подходит: error 403",
    "Пароль для FTP: прислал вчера", "Password for admin: doesn't work", "логин и пароль от FTP: login: в письме",
    # Markdown and spaces around talk
    "**Пароль:** не помню", "**Пароль** не подходит", "Пароль:\u00a0не помню", "Пароль:\n\nне помню",
    "Пароль:\n\nКак его сменить?", "Пароль:\n\n\n\nне знаю",
    # a login talked about, then the password
    "логин admin, пароль не подходит", "пользователь не может войти, пароль сброшен", "user admin, password expired",
    "Логин admin, пароль такой же", "login admin, password is required",
    # a service and a slash that is no pair
    "FTP: работает / не работает", "FTP: /public_html/bitrix", "Версия: 6.9 / 7.0", "SSH: порт 22 / 2222 не открыт",
    "FTP: ftp://shop.example.ru / 21", "ftp.shop.ru / 21 / valid until Friday",
    # tables with no password in them
    "| Пароль | Статус |\n| не подходит | ошибка |", "| Шаг | Результат |\n| сброс пароля | не пришло письмо |",
    "| Пароль | Срок |\n|---|---|\n| — | — |",
    # code that talks about passwords
    "password_hash($password, PASSWORD_DEFAULT);", "$password = $_POST['password'];", "'password' => env('DB_PASSWORD'),",
    "DB_PASSWORD=${MYSQL_PASSWORD}", "bypass = 1", "compass: north", "'password' => '',", "PASSWORD_MIN_LENGTH=8",
    # a key and a secret that are no password
    "Ключ: HC-4004", "ключ лицензии: 1234-5678", "Секретный вопрос: не помню", "secret: none",
])
def test_talk_about_a_password_stays_as_written(text) -> None:
    found = Credentials()
    assert hide(text, found) == text and not found


# no quotes, bars or emphasis (they end the value in these forms), and none of what makes a
# value in code read as a variable or a call rather than a password ("$pass", "env(", "{{")
_SECRET = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="'\"|/<>*_\\`$({%"),
                  min_size=4, max_size=16).filter(lambda s: any(c.isdigit() for c in s) and any(c.isalpha() for c in s)
                                                  and s[-1] not in ".,;!?:" and "://" not in s)
_FORMS = ["Пароль от админки: {}", "**Пароль FTP:** {}", "Пароль:\u00a0{}", "Пароль:\n\n{}", "логин admin, пароль {}",
          "FTP: admin / {}", "| Логин | Пароль |\n|---|---|\n| admin | {} |", "define('DB_PASSWORD', '{}');",
          "DB_PASSWORD={}", "'password' => '{}'", '"password": "{}"', "SSH passphrase: {}", "<password>{}</password>"]


@given(st.sampled_from(_FORMS), _SECRET)
def test_a_secret_in_any_new_form_is_hidden_once_and_hiding_twice_changes_nothing(form, secret) -> None:
    found = Credentials()
    hidden = hide(form.format(secret), found)
    assert secret not in hidden and hidden.count(HIDDEN) == 1
    assert secret in "\n".join(found.lines)
    again = Credentials()
    assert hide(hidden, again) == hidden and not again
