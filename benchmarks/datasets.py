"""Build benchmark databases through `desk import`: N requests, a share of them open.

    python benchmarks/datasets.py PATH.db --requests 10000 --open 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CATEGORIES = ("emergency", "usage", "installation", "technical")
SUBJECTS = ("Сайт не открывается после обновления", "Не работает корзина интернет-магазина",
            "Ошибка при импорте CSV", "Как настроить скидки для оптовиков?", "Не приходят письма о заказах")


def records(requests: int, open_requests: int, licenses: int = 1000, with_messages: bool = True):
    from deskcli.domain.pins import hash_pin

    pin_hash = hash_pin("1234")
    start = dt.datetime(2026, 1, 12, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    for n in range(licenses):
        yield {"kind": "license", "number": f"HC-{n:06d}", "pin_hash": pin_hash, "edition": "Бизнес",
               "price": "24900.00", "purchased": "2026-01-10", "customer": f"Клиент {n}"}
    closed = requests - open_requests
    for i in range(1, requests + 1):
        created = start + dt.timedelta(minutes=(i * 7) % (320 * 24 * 60))
        is_open = i > closed
        category = CATEGORIES[i % 4]
        due = created + dt.timedelta(hours=2 if category == "emergency" else 5)
        yield {"kind": "request", "id": i, "license": f"HC-{i % licenses:06d}", "customer": f"Клиент {i % licenses}",
               "edition": "Бизнес", "version": "7.1.2", "category": category,
               "subject": f"{SUBJECTS[i % len(SUBJECTS)]} #{i}", "site_url": "https://shop.example.ru/",
               "status": "open" if is_open else "resolved", "line": 1 + i % 3,
               "assignee": f"agent{i % 7}" if i % 2 else None, "created_at": created.isoformat(),
               "queued_at": created.isoformat(), "wait_started_at": created.isoformat(),
               "due_at": due.isoformat() if is_open else None, "first_due_at": due.isoformat(),
               "flags": [], "reasons": []}
        if with_messages:
            yield {"kind": "message", "id": i, "request_id": i, "author": "customer", "message_kind": "customer",
                   "body": f"{SUBJECTS[i % len(SUBJECTS)]}. Подробности: после обновления до 7.1.2 страница "
                           f"отдаёт ошибку. Как исправить? ({i})", "at": created.isoformat()}


def write(path: Path, requests: int, open_requests: int, licenses: int = 1000) -> None:
    """The dataset as JSON Lines, the format ``desk import`` reads."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records(requests, open_requests, licenses):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(path: Path, requests: int, open_requests: int, desk: str = "desk", licenses: int = 1000) -> float:
    import time

    path.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "desk.jsonl"
        write(source, requests, open_requests, licenses)
        started = time.perf_counter()
        subprocess.run([desk, "--db", str(path), "import", str(source)], check=True)
        return time.perf_counter() - started


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--open", type=int, default=10_000)
    parser.add_argument("--licenses", type=int, default=1000, help="requests are spread evenly over them")
    args = parser.parse_args()
    seconds = build(args.path, args.requests, args.open, licenses=args.licenses)
    print(f"imported {args.requests} requests in {seconds:.2f} s ({args.requests / seconds:,.0f}/s)", file=sys.stderr)
