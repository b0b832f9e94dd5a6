"""A desk that the corpus (tests/data/mail) can write to: its licenses, and the requests its
replies name (#42, #51, #57, #60, #61, #62), loaded through ``desk import``."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from email import message_from_bytes, policy
from pathlib import Path

CORPUS = Path(__file__).parent.parent / "data" / "mail"
DESK_ADDRESS = "support@example.ru"

#: number: (pin, edition, e-mail, customer)
LICENSES = {
    "HC-1001": ("7788", "Корпорация", "ivan.petrov@shop.example.ru", "ООО «Ромашка»"),
    "HC-2002": ("4321", "Бизнес", "m.sidorova@vector-example.ru", "АО «Вектор»"),
    "HC-1003": ("3791", "Халява", "ivan.smirnov.1990@gmail.com", "Иван Смирнов"),
    "HC-1004": ("5566", "Мой сайт", "olga.k@yandex.ru", "Ольга К."),
    "HC-3003": ("1357", "Малый бизнес", "petr@old-example.ru", "Пётр Сидоров"),
    "HC-4004": ("2468", "Бизнес", "peter@example.com", "Peter Jones"),
    "HC-5151": ("9090", "Бизнес", "john.smith@example.com", "John Smith"),
    "HC-6161": ("8142", "Бизнес", "anna@studio-example.ru", "Студия Анны"),
    "HC-6262": ("5093", "Бизнес", "security@secure-example.ru", "Secure"),
}
PINS = {pin for pin, *_ in LICENSES.values()}
#: id: (license, status, subject)
REQUESTS = {
    42: ("HC-1001", "answered", "Сайт не открывается после обновления"),
    51: ("HC-5151", "answered", "Checkout error"),
    57: ("HC-2002", "resolved", "Скидка в корзине"),
    60: ("HC-1004", "answered", "Нет картинок в новостях"),
    61: ("HC-6161", "open", "Ошибка в форме заказа"),
    62: ("HC-6262", "answered", "Вопрос"),
}

#: What a request's customer first wrote, where it is more than its subject. #42's customer
#: (HC-1001) writes again in the corpus about a site that does not open after an update
#: (thunderbird_koi8r_new_request.eml): #42 asked about the administration centre's
#: login page, so the new mail is a new question, not a repeat (2.8.5).
FIRST_MESSAGES = {
    42: "После обновления не открывается страница входа в центр администрирования: белый экран. "
        "Как войти в админку?",
}


@functools.cache
def pin_hash(pin: str) -> str:
    """Hashed once per test session: scrypt is slow on purpose."""
    from deskcli.domain.pins import hash_pin

    return hash_pin(pin)


def seed(desk, directory: Path) -> None:
    lines = []
    for number, (pin, edition, email, customer) in LICENSES.items():
        lines.append({"kind": "license", "number": number, "pin_hash": pin_hash(pin), "edition": edition,
                      "price": "24900.00",
                      "purchased": "2026-06-01", "email": email, "customer": customer})
    for request_id, (license, status, subject) in REQUESTS.items():
        lines.append({"kind": "request", "id": request_id, "license": license, "customer": LICENSES[license][3],
                      "edition": LICENSES[license][1], "version": "6.9.1", "category": "usage",
                      "subject": subject, "site_url": "https://example.ru/", "status": status,
                      "created_at": "2026-11-24T10:00:00+03:00", "queued_at": "2026-11-24T10:00:00+03:00",
                      **({"closed_at": "2026-11-24T15:00:00+03:00"} if status == "resolved" else {})})
        lines.append({"kind": "message", "request_id": request_id, "author": "customer", "message_kind": "customer",
                      "body": FIRST_MESSAGES.get(request_id, subject), "at": "2026-11-24T10:00:00+03:00"})
    path = directory / "seed.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    desk("import", str(path))
    desk("policy", "set", "mail.from", DESK_ADDRESS)


def corpus(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def every_stored_text(db_path: Path) -> str:
    """Every value the desk keeps, as text: outgoing mail decoded, PIN hashes left out (their
    hex digits may hold any short number by chance)."""
    conn = sqlite3.connect(db_path)
    try:
        texts = []
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE '%fts%' AND name != 'calendar_cache'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [c[0] for c in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    if (table, column) == ("licenses", "pin_hash"):
                        continue
                    if isinstance(value, bytes):
                        value = readable(value) if (table, column) == ("outbox", "message") else ""
                    if isinstance(value, int | float):
                        continue  # counts and sizes (a 1,357-byte message) are not text a PIN could be in
                    texts.append(str(value))
        return "\n".join(texts)
    finally:
        conn.close()


def readable(wire: bytes) -> str:
    """A stored outgoing message as a person reads it: headers decoded, body decoded."""
    message = message_from_bytes(wire, policy=policy.default)
    body = message.get_body(("plain",))
    head = "\n".join(f"{k}: {v}" for k, v in message.items())
    return head + "\n\n" + (body.get_content() if body is not None else "")


def has_pin(text: str) -> bool:
    return any(re.search(rf"(?<![0-9A-Za-z]){pin}(?![0-9A-Za-z])", text) for pin in PINS)
