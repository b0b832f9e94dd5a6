"""Secrets in a file attached to a customer's mail: masked as in the text itself."""

from __future__ import annotations

import base64
import json
import re

from deskcli.domain.credentials import HIDDEN
from tests.mail.desk_seed import seed
from tests.mail.test_automatic_senders import REQUEST


def _with(*attachments: tuple[str, str, bytes]) -> bytes:
    """A new request by mail with these (name, content type with its parameters, bytes) attached."""
    parts = b"".join(b"\r\n--XX\r\nContent-Type: " + kind.encode() + b"\r\nContent-Disposition: attachment; filename="
                     + name.encode() + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(data)
                     for name, kind, data in attachments)
    return (b"From: ivan.petrov@shop.example.ru\r\nTo: support@example.ru\r\nSubject: Access\r\n"
            b"Message-ID: <att-1@shop.example.ru>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + REQUEST + parts + b"\r\n--XX--\r\n")


NOTES = "Доступы к сайту\nPIN: 7788\nЛогин: admin\nПароль: Secr3tPw!\n"


def test_a_text_file_attached_keeps_no_pin_and_its_password_is_the_request_s_sealed_access(desk, isolation) -> None:
    """The review: a note with the site's accesses, attached, was kept in clear after close;
    then its password was hidden "see temporary access" with no access on file."""
    seed(desk, isolation)
    raw = _with(("dostup.txt", "text/plain; charset=windows-1251", NOTES.encode("cp1251")),
                ("dostup2.txt", "application/octet-stream", NOTES.replace("Secr3tPw!", "Other9Pw!").encode()),
                ("dostup3.txt", "text/plain; charset=windows-1251", NOTES.encode("koi8-r")))
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    for name, codec in (("dostup.txt", "cp1251"), ("dostup2.txt", "utf-8"), ("dostup3.txt", "koi8-r")):
        saved = desk("attachment", "save", number, name, "-o", "-").stdout_bytes
        text = saved.decode(codec)  # in the charset it came in, a mislabelled one too
        assert text.startswith("Доступы к сайту") and "Логин: admin" in text, name
        assert "7788" not in text and "Secr3tPw" not in text and "Other9Pw" not in text, name
    shown = desk("access", "show", number).stdout
    assert "Secr3tPw!" in shown and "Other9Pw!" in shown
    desk("close", number)
    assert b"Secr3tPw" not in (isolation / "desk.db").read_bytes()
    assert desk("access", "show", number, code=3)


def test_a_utf16_or_ascii_text_file_is_masked_too_and_its_mark_stays_readable(desk, isolation) -> None:
    """The second review: UTF-16 text (NUL bytes) was taken for a binary file and kept in clear;
    in an ASCII file the mark became question marks."""
    seed(desk, isolation)
    raw = _with(("wide.txt", "text/plain; charset=utf-16", NOTES.encode("utf-16")),
                ("plain.txt", "text/plain; charset=us-ascii", b"Login: admin\nPassword: Ascii9Pw!\n"))
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    wide = desk("attachment", "save", number, "wide.txt", "-o", "-").stdout_bytes.decode("utf-16")
    plain = desk("attachment", "save", number, "plain.txt", "-o", "-").stdout_bytes.decode("utf-8")
    assert "Логин: admin" in wide and "Secr3tPw" not in wide and "7788" not in wide
    assert "Ascii9Pw" not in plain and "[скрыто" in plain
    shown = desk("access", "show", number).stdout
    assert "Secr3tPw!" in shown and "Ascii9Pw!" in shown
    assert "Secr3tPw!".encode("utf-16-le") not in (isolation / "desk.db").read_bytes()


def test_a_byte_order_mark_says_the_charset_whatever_the_part_declares(desk, isolation) -> None:
    """The third review: UTF-16 declared us-ascii, and UTF-32 with no charset, kept in clear."""
    seed(desk, isolation)
    raw = _with(("a.txt", "text/plain; charset=us-ascii", NOTES.encode("utf-16")),
                ("b.txt", "application/octet-stream", NOTES.encode("utf-32")))
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    for name, codec in (("a.txt", "utf-16"), ("b.txt", "utf-32")):
        text = desk("attachment", "save", number, name, "-o", "-").stdout_bytes.decode(codec)
        assert "Логин: admin" in text and "Secr3tPw" not in text and "7788" not in text, name
    assert "Secr3tPw!" in desk("access", "show", number).stdout


SETTINGS = {  # (name, content type): a settings file or script, as mail programs label them
    ("wp-config.php", "application/x-php"): "<?php\ndefine('DB_PASSWORD', 'WpSecr3t9');\n",
    ("config.json", "application/json; charset=utf-8"): '{"db": {"user": "shop", "password": "JsonSecr3t9"}}\n',
    ("config.env", "application/octet-stream"): "DB_HOST=localhost\nDB_PASSWORD=EnvSecr3t9\n",
    (".env.local", "application/octet-stream"): "MYSQL_PASSWORD=LocalSecr3t9\n",
    ("settings.php", "text/x-php"): "<?php\nreturn ['connections' => ['password' => 'ArrSecr3t9']];\n",
    ("web.xml", "application/xml"): "<db><user>shop</user><password>XmlSecr3t9</password></db>\n",
    ("deploy.sh", "application/x-sh"): "#!/bin/sh\nmysql -u shop --password=ShSecr3t9 shop < dump.sql\n",
    ("docker-compose.yml", "application/x-yaml"): "db:\n  environment:\n    MYSQL_ROOT_PASSWORD: YamlSecr3t9\n",
    ("grant.sql", "application/sql"): "CREATE USER 'shop'@'localhost' IDENTIFIED BY 'SqlSecr3t9';\n-- пароль: SqlSecr3t9\n",
}


def test_a_settings_file_of_any_textual_type_keeps_no_password(desk, isolation) -> None:
    """The review: the same content that was masked as text/plain was kept raw, and printed
    by ``desk attachment save … -o -``, as JSON, PHP, an .env file or XML."""
    seed(desk, isolation)
    raw = _with(*((name, kind, text.encode()) for (name, kind), text in SETTINGS.items()))
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    secrets = ("WpSecr3t9", "JsonSecr3t9", "EnvSecr3t9", "LocalSecr3t9", "ArrSecr3t9", "XmlSecr3t9", "ShSecr3t9",
               "YamlSecr3t9", "SqlSecr3t9")
    for (name, _), text in SETTINGS.items():
        saved = desk("attachment", "save", number, name.lstrip("."), "-o", "-").stdout_bytes.decode()  # kept unhidden
        assert saved == re.sub("|".join(secrets), HIDDEN, text), name  # the rest as written
    assert not any(secret.encode() in (isolation / "desk.db").read_bytes() for secret in secrets)
    shown = desk("access", "show", number).stdout
    assert all(secret in shown for secret in secrets)


def test_a_binary_file_named_or_typed_like_text_is_kept_as_sent(desk, isolation) -> None:
    """Masking reads only text: a picture called config.env, a PDF, an archive of a .sql dump
    keep their bytes, a password-like string in them and all."""
    seed(desk, isolation)
    picture = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"password=NotText9\x00" * 4
    pdf = b"%PDF-1.4\n1 0 obj << /Title (Password: NotText9) >> endobj\n"
    dump = b"PK\x03\x04\x14\x00\x00\x00" + b"DB_PASSWORD=NotText9\n"
    raw = _with(("config.env", "image/png", picture), ("manual.pdf", "application/pdf", pdf),
                ("dump.sql", "application/octet-stream", dump))
    [received] = json.loads(desk("mail-in", "--json", input=raw).stdout)
    number = str(received["request_id"])
    for name, data in (("config.env", picture), ("manual.pdf", pdf), ("dump.sql", dump)):
        assert desk("attachment", "save", number, name, "-o", "-").stdout_bytes == data, name


def test_a_forwarded_message_s_settings_file_keeps_no_password() -> None:
    """A forwarded letter is kept with its own attachments: its JSON settings masked as its
    text is, its picture as sent."""
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    from deskcli.mail.masking import enclosed_without_secrets

    letter = EmailMessage()
    letter["Subject"] = "Доступы к магазину"
    letter.set_content("Доступы во вложении.")
    letter.add_attachment(b'{"password": "JsonSecr3t9"}', maintype="application", subtype="json", filename="c.json")
    letter.add_attachment(b"\x89PNG\x00password=NotText9", maintype="image", subtype="png", filename="a.png")
    kept = message_from_bytes(enclosed_without_secrets(bytes(letter), None), policy=policy.default)
    settings, picture = [part.get_payload(decode=True) for part in kept.iter_attachments()]
    assert settings == f'{{"password": "{HIDDEN}"}}'.encode()
    assert picture == b"\x89PNG\x00password=NotText9"
