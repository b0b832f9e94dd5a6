"""Passwords written with no password label, beside the login they open (policy 2.12): each
shape is hidden and sealed, and what only looks like one (a version, an order, a path, an
address, a colour, a product code) stays as written."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from deskcli.domain.credential_pairs import reads_as_secret
from deskcli.domain.credentials import HIDDEN, Credentials, hide, without_passwords
from tests.domain.credential_cases import hides


def _hidden(text: str, secrets: list[str]) -> Credentials:
    return hides(text, secrets)[1]


@pytest.mark.parametrize("text,secrets", [
    # host, login and password on one line, with spaces, slashes, dashes or bars between
    ("ftp.example.ru admin Qwerty123", ["Qwerty123"]), ("ftp.example.ru / admin / Qwerty123", ["Qwerty123"]),
    ("Доступ к серверу 192.0.2.10 — deploy — Lm4$vTq8", ["Lm4$vTq8"]),
    ("sftp://192.0.2.10:2222 webuser Gh_73kq", ["Gh_73kq"]), ("shop.example.com | editor | Pq9!zR", ["Pq9!zR"]),
    ("Access: 198.51.100.4 tmpuser Rt5%kw9", ["Rt5%kw9"]),
    # a login label, the password after it with no label of its own
    ("логин admin Qwerty123", ["Qwerty123"]), ("Login: helper Wq81-zzP", ["Wq81-zzP"]),
    ("юзер webdev, Ty7!nm2", ["Ty7!nm2"]), ("пользователь u5531 77120934", ["77120934"]),
    # a word that gives access, then the login and the password
    ("Сервер 1.2.3.4, вход root, Zx9!kLm2", ["Zx9!kLm2"]), ("Доступ: manager Bk_2025", ["Bk_2025"]),
    ("Учётка в панели editor — Ed1tor#5", ["Ed1tor#5"]), ("log in as support / Sup_2031", ["Sup_2031"]),
    ("вход в панель webdev, m4x.Stone", ["m4x.Stone"]),
    # a login / password pair starting a line or a clause
    ("support / Pod#4471", ["Pod#4471"]), ("Для проверки: helper_tmp / Hl_8830", ["Hl_8830"]),
    # a password's label in other words between the login and the password
    ("с логином helper и паролем Hx#5521", ["Hx#5521"]), ("админка — sergey, пас Ss-1975q", ["Ss-1975q"]),
    ("Пас — Qm7#ax91", ["Qm7#ax91"]),
    # user:password@host with no scheme, and login/password beside a host
    ("admin:Qwerty123@ftp.example.ru", ["Qwerty123"]), ("tmp:p@ss:Wd9@192.0.2.7", ["p@ss:Wd9"]),
    ("admin/Qwerty123 на ftp.example.ru", ["Qwerty123"]),
    # shell commands
    ("mysqldump -u shop -pDmp!771 shop_db > dump.sql", ["Dmp!771"]), ("curl -u api:Cu_88x https://a.example/", ["Cu_88x"]),
    # a PIN, a code that opens, a key or a token
    ("Лицензия AB-1111-2222, PIN 4417", ["4417"]), ("код доступа — 5520", ["5520"]),
    ("API-токен Zr8Kq1Lm4Nx7Pw2Tb5Vc", ["Zr8Kq1Lm4Nx7Pw2Tb5Vc"]),
    ("https://shop.example.ru/login?token=Ab12Cd34Ef56Gh78", ["Ab12Cd34Ef56Gh78"]),
])
def test_a_password_beside_its_login_with_no_label_is_hidden_and_sealed(text, secrets) -> None:
    _hidden(text, secrets)


@pytest.mark.parametrize("text,secret", [
    ("Вот доступ:\nftp.example.ru\nadmin\nQwerty123", "Qwerty123"),
    ("FTP\n192.0.2.15\nshopftp\nshop_ftp_71", "shop_ftp_71"),  # a password made like a login: its place says so
    ("Хост ftp.example.ru\nПользователь ftpdesk\nFd-2231!q", "Fd-2231!q"),
    ("Данные для входа:\nЛогин: u8812\nKp7$wq2Mz", "Kp7$wq2Mz"),
])
def test_host_login_and_password_on_lines_of_their_own(text, secret) -> None:
    found = _hidden(text, [secret])
    assert any("admin" in line or "ftp" in line.lower() or "u8812" in line for line in found.lines)


def test_a_triple_seals_the_host_and_the_login_with_the_password() -> None:
    found = Credentials()
    hide("Вот доступ:\nftp.example.ru\nadmin\nQwerty123\nПочему не грузится каталог?", found)
    assert found.lines == ["ftp.example.ru", "admin", "Qwerty123"]
    assert found.access(None).kind == "ftp"


def test_with_several_passwords_no_login_is_paired_with_one_it_may_not_open() -> None:
    found = Credentials()
    text = ("Доступ: ftp.shop.example.ru admin Zx9kLm2Q7, админка логин manager пароль Qw3rty!77. "
            "Почему падает выгрузка?")
    hide(text, found)
    access = found.access("https://shop.example.ru")
    assert (access.kind, access.address, access.login) == ("ftp", "ftp.shop.example.ru", "(see the lines)")
    assert "Zx9kLm2Q7" in access.password and "Qw3rty!77" in access.password
    one = Credentials()
    hide("админка: логин manager пароль Qw3rty!77", one)
    assert (one.access(None).login, one.access(None).password) == ("manager", "Qw3rty!77")


def test_a_host_login_password_chain_hides_the_password_not_the_login() -> None:
    assert without_passwords("Доступы: 192.0.2.1 / root / Zx9!kLm2") == f"Доступы: 192.0.2.1 / root / {HIDDEN}"
    assert without_passwords("creds: manager7 Th2efz6B2") == f"creds: manager7 {HIDDEN}"


@pytest.mark.parametrize("text", [
    "PHP 8.1.2, Битрикс 23.5.100", "Обновили до PHP8.1, ошибка 0x80070005", "заказ 12345 от 01.12.2026",
    "логин admin, заказ 5521", "логин admin, версия PHP8.1", "файл /home/u1/www/index.php",
    "пишите на ivan77@mail.example", "https://shop.example.ru/catalog/item42/", "цвет #ff0033 и #A1B2C3",
    "артикул AB-1234-XL", "модуль catalog.section2", "пароль не подходит", "сайт shop.example.ru version 8.1",
    "utf8 / cp1251", "Доступ к разделу catalog_2 закрыт", "Сервер 1.2.3.4 nginx 1.18", "the FTP user is ftp_2024",
    "FTP client FileZilla 3.66", "пин-код из 4 цифр", "код ошибки 500", "код товара 123456",
    "Лицензионный ключ SM-4471-2209-8831", "mailto:ivan@mail.example", "git@github.com:org/repo.git",
    "ssh ключ id_rsa.pub", "FTP ftp.shop.example.ru port 21 TLS1.2", "ключ карт: 3a7c9e1b-5d2f-4a6c-8e0b-1d3f5a7c9e2b",
    "Логин: ivanov\nСпасибо!", "ftp.example.ru\nadmin\nпочему не работает?", "E_WARNING в логе, строка 94",
])
def test_what_only_looks_like_a_password_stays_as_written(text) -> None:
    assert without_passwords(text) == text


@pytest.mark.parametrize("word,secret", [
    ("Qwerty123", True), ("Zx9!kLm2", True), ("s3cure.Tmp", True), ("8.1.2", False), ("PHP8.1", False),
    ("index.php", False), ("shop.example.ru", False), ("ivan@mail.example", False), ("E_WARNING", False),
    ("0x80070005", False), ("********", False), ("sunflower", False), ("/var/www", False),
])
def test_what_reads_as_a_secret(word, secret) -> None:
    assert reads_as_secret(word) is secret


_LOGINS = st.from_regex(r"[a-z][a-z0-9_]{2,10}", fullmatch=True)
# secret-shaped: a digit or a sign in it (a word alone, "abcd", is left to the labels)
_SECRETS = st.from_regex(r"[A-Za-z0-9!#%_.-]{4,20}", fullmatch=True).filter(
    lambda s: s[-1] not in ".-" and any(c.isdigit() or c in "!#%_-" for c in s))
_HOSTS = st.sampled_from(["ftp.example.ru", "192.0.2.44", "shop.example.com", "198.51.100.9:2222"])


@given(_LOGINS, _SECRETS, _HOSTS)
# a secret that starts with a password's label (PW, pass): the label is no word of its own there
@example("a00", "PW%0", "ftp.example.ru")
@example("abc", "pass.123", "192.0.2.44")
def test_any_secret_after_a_login_in_user_password_at_host_is_hidden(login, secret, host) -> None:
    text = f"Заходите: {login}:{secret}@{host} спасибо"
    found = Credentials()
    hidden = hide(text, found)
    assert hidden == f"Заходите: {login}:{HIDDEN}@{host} спасибо"
    assert secret in "\n".join(found.lines)


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Zs"), max_codepoint=0x4ff)
               | st.sampled_from([",", "\n", " "]), max_size=200))
def test_text_with_no_digits_and_no_signs_is_never_changed(text) -> None:
    # the words "пароль: ромашка" aside: a Russian word after the label is none, a Latin one is
    # a password however it reads, so letters alone never follow a colon here
    assert without_passwords(text) == text


@given(st.lists(st.sampled_from([
    "ftp.example.ru admin Qwerty123", "логин admin Qw3rty!", "Вот доступ:", "ftp.example.ru", "admin", "Qwerty123",
    "admin:Sec_77@192.0.2.1", "PHP 8.1.2", "support / Pod#4471", "вход root, Zx9!kLm2", "заказ 12345", "PIN 4417",
]), max_size=8).map("\n".join))
def test_hiding_twice_changes_nothing(text) -> None:
    once = without_passwords(text)
    again = Credentials()
    assert hide(once, again) == once and not again
