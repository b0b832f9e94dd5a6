"""The live queue model, without a screen: the order it keeps by moving changed requests
in place is the order a fresh read gives, whatever other agents do in between."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from deskcli.domain.errors import InvalidInput
from deskcli.services import requests
from deskcli.store import live_queue
from deskcli.store.repository import Repository
from deskcli.tui.model import QueueModel
from deskcli.tui.query import parse
from tests.cli.test_requests import open_request
from tests.tui.conftest import context, twin

START = dt.datetime.fromisoformat("2026-11-25T10:00:00+03:00")


@pytest.fixture(scope="module")
def base_desk(tmp_path_factory) -> Path:
    """Ten open requests on two lines, built once through the command line."""
    import os

    from tests.conftest import Desk

    directory = tmp_path_factory.mktemp("base")
    saved = dict(os.environ)
    os.environ.update({"DESK_DB": str(directory / "desk.db"), "DESK_CONFIG": str(directory / "config.toml"),
                       "DESK_AGENT": "tester", "XDG_DATA_HOME": str(directory / "data")})
    try:
        desk = Desk()
        from tests.cli.test_requests import add_license

        add_license(desk)
        for n in range(10):
            at = f"2026-11-2{4 + n % 2}T{9 + n % 8:02d}:{(n * 7) % 60:02d}"
            open_request(desk, at=at, category=("emergency", "usage", "technical")[n % 3], subject=f"Вопрос {n}")
        desk("escalate", "2")
        desk("escalate", "5")
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return directory / "desk.db"


ACTIONS = st.sampled_from(["reply", "clarify", "close", "escalate", "assign", "recategorise", "note"])


@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(ACTIONS, st.integers(1, 10), st.integers(0, 600)), max_size=8),
       typed=st.sampled_from(["", "line:1", "line:2", "cat:usage", "вопрос 1", "@boris", "@-", "is:overdue"]))
def test_moving_changed_requests_in_place_gives_the_fresh_order(base_desk, steps, typed) -> None:
    with tempfile.TemporaryDirectory() as directory:
        db = twin(base_desk, Path(directory) / "desk.db")
        screen = Repository(db)
        model = QueueModel(screen)
        model.set_query(parse(typed, me="tester"))
        model.load_texts()
        for action, request_id, minutes in steps:
            other = context(db, now=(START + dt.timedelta(minutes=minutes)).isoformat(), agent="boris")
            try:
                _act(other, action, request_id)
            except InvalidInput:
                pass  # a closed request refuses most actions: that is the service's business
            finally:
                other.close()
            assert model.poll() in (True, False)
        fresh = QueueModel(screen)
        fresh.set_query(parse(typed, me="tester"))
        fresh.load_texts()
        assert model.order() == fresh.order()
        assert model.count("2026-11-25T08:00:00+00:00") == fresh.count("2026-11-25T08:00:00+00:00")
        screen.close()


def _act(ctx, action: str, request_id: int) -> None:
    if action == "reply":
        requests.reply(ctx, request_id, "Ответ агента.")
    elif action == "clarify":
        requests.reply(ctx, request_id, "Уточнение: всё ещё не работает. Почему?", kind="customer")
    elif action == "note":
        requests.reply(ctx, request_id, "Заметка", kind="internal")
    elif action == "close":
        requests.close(ctx, request_id, None)
    elif action == "escalate":
        requests.escalate(ctx, request_id, None, None)
    elif action == "assign":
        requests.assign(ctx, request_id, "boris")
    else:
        requests.recategorise(ctx, request_id, "technical")


#: After the base desk's last request was opened: nothing is recorded on a request before it.
AFTER_OPENING = "2026-11-25T15:00:00+03:00"


def test_data_version_sees_other_connections_only(base_desk, tmp_path) -> None:
    db = twin(base_desk, tmp_path / "desk.db")
    screen = Repository(db)
    model = QueueModel(screen)
    assert model.poll() is False
    other = context(db, agent="boris", now=AFTER_OPENING)
    requests.assign(other, 1, "boris")
    other.close()
    assert model.poll() is True and model.poll() is False
    mine = context(db, now=AFTER_OPENING)
    mine._repo = screen  # this screen's own connection: SQLite does not count its own commits
    requests.assign(mine, 2, "tester")
    assert model.poll() is False
    model.sync()
    assert model.row(model.index_of(2)).assignee == "tester"


def test_a_large_change_reads_the_order_again(base_desk, tmp_path, monkeypatch) -> None:
    from deskcli.tui import model as model_module

    db = twin(base_desk, tmp_path / "desk.db")
    screen = Repository(db)
    model = QueueModel(screen)
    monkeypatch.setattr(model_module, "INCREMENTAL_LIMIT", 2)
    other = context(db, agent="boris", now=AFTER_OPENING)
    for request_id in (1, 3, 4):
        requests.reply(other, request_id, "Ответ.")
    other.close()
    reads = []
    original = model.reload
    monkeypatch.setattr(model, "reload", lambda: (reads.append(1), original()))
    assert model.poll() is True
    assert reads == [1]
    assert 1 not in model.order() and 3 not in model.order()


def test_rows_are_read_a_page_at_a_time(base_desk, tmp_path, monkeypatch) -> None:
    db = twin(base_desk, tmp_path / "desk.db")
    model = QueueModel(Repository(db))
    calls = []
    original = live_queue.rows
    monkeypatch.setattr(live_queue, "rows", lambda repo, ids: (calls.append(len(ids)), original(repo, ids))[1])
    rows = [model.row(i) for i in range(10)]
    assert [row.id for row in rows] == model.order() and calls == [10]


def test_a_big_queue_shows_its_first_page_first(base_desk, tmp_path) -> None:
    db = twin(base_desk, tmp_path / "desk.db")
    full = QueueModel(Repository(db)).order()
    model = QueueModel(Repository(db), first_page=4)
    assert model.partial and model.order() == full[:4] and model.open_total == len(full)
    model.set_query(parse("line:1", me="tester"))  # a filter before the rest is read: its first page
    assert model.partial and len(model.order()) == 4
    model.set_query(parse("вопрос", me="tester"))  # words need the whole queue
    assert not model.partial
    model.set_query(parse("", me="tester"))
    assert model.order() == full


def test_an_emergency_moved_in_among_equal_deadlines_goes_first(desk, isolation) -> None:
    """A request another agent opens, due at the same minute as others, takes the place a
    fresh read gives it: emergencies first, then arrival (SPEC 2.6)."""
    from tests.cli.test_requests import add_license

    add_license(desk)
    usage = open_request(desk, at="2026-11-24T09:00", category="usage")["id"]          # due 14:00
    technical = open_request(desk, at="2026-11-24T09:00", category="technical")["id"]  # due 14:00
    screen = Repository(isolation / "desk.db")
    model = QueueModel(screen)
    model.set_query(parse("", me="tester"))
    assert model.order() == [usage, technical]
    emergency = open_request(desk, at="2026-11-24T12:00", category="emergency")["id"]  # due 14:00
    assert model.poll() is True
    fresh = QueueModel(screen)
    fresh.set_query(parse("", me="tester"))
    assert model.order() == fresh.order() == [emergency, usage, technical]
    screen.close()
