"""``services.mail.inbox.receive`` on damaged mail, through the service API with a Context built
directly: it never fails for what a message says, logs each attempt once, and keeps no PIN."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from deskcli import settings as personal
from deskcli.services.context import Context
from deskcli.services.licenses import add_license
from deskcli.services.mail import inbox
from deskcli.services.policy import set_key
from tests.mail.desk_seed import CORPUS, every_stored_text, has_pin

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
NAMES = sorted(path.name for path in CORPUS.glob("*.eml"))


@pytest.fixture(scope="module")
def desk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("receive") / "desk.db"
    ctx = context(path)
    for number, pin, edition in (("HC-1001", "7788", "Корпорация"), ("HC-2002", "4321", "Бизнес"),
                                 ("HC-4004", "2468", "Бизнес")):
        add_license(ctx, number=number, pin=pin, edition=edition, price=Decimal(24900),
                    purchased=dt.date(2026, 6, 1), email="ivan.petrov@shop.example.ru")
    set_key(ctx, "mail.from", "support@example.ru")
    ctx.close()
    return path


def context(path: Path) -> Context:
    return Context(db_path=path, settings=personal.build(path.with_name("config.toml"), {}), now=NOW, agent="mail",
                   creates=True)


def log_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM mail_log").fetchone()[0]
    finally:
        conn.close()


@st.composite
def damaged(draw) -> bytes:
    raw = (CORPUS / draw(st.sampled_from(NAMES))).read_bytes()
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(raw)))
        end = draw(st.integers(start, min(len(raw), start + 40)))
        raw = raw[:start] + draw(st.binary(max_size=40)) + raw[end:]
    return raw


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(raw=damaged())
# found by Hypothesis: a cut joined a header's charset to the PIN line's digits
@example(raw=b"From: Peter Jones <peter@example.com>\r\nTo: Support <support@example.ru>\r\n"
             b"Subject: Installation question\r\nMessage-ID: <en-labels-0001@example.com>\r\nMIME-Version: 1.0\r\n"
             b"Content-Type: text/plain; charset=us+2468\r\n\r\nWhich PHP extensions does the installer need?\r\n")
def test_any_damaged_message_is_logged_once_and_leaves_no_pin(desk_file, raw) -> None:
    before = log_size(desk_file)
    ctx = context(desk_file)
    try:
        received = inbox.receive(ctx, raw)
    finally:
        ctx.close()
    assert received.outcome in inbox.OUTCOMES
    assert log_size(desk_file) == before + 1
    assert not has_pin(received.reason)
    assert not has_pin(every_stored_text(desk_file))
