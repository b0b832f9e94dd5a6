"""``desk report sla`` on a desk where every answer is known: every deadline is counted.

The desk (Moscow hours: Mon-Thu 09-18, Fri 09-17; usage 300 business minutes, emergency
120), each step at its own DESK_NOW, in time order; the report runs on Tue 2026-12-01 12:00.

  #1  usage      Fri 10-30 16:00, due Mon 11-02 13:00; erik answers 16:30: on time, 30 min.
  #2  usage      Tue 11-24 09:00, due 14:00; anna answers 10:00: on time, 60 min. The customer
                 writes again Wed 11-25 09:00: reopened, due 14:00, never answered (open, late).
  #3  usage      Wed 11-25 09:00, due 14:00; a clarification at 13:00 re-queues it, due 18:00;
                 anna answers 15:00: on time (120 min) against the re-queued deadline, late
                 (360 min) against the original one.
  #4  emergency  Wed 11-25 10:00, due 12:00; boris answers 13:00: late, 180 min.
  #5  usage      Wed 11-25 10:00, due 15:00, assigned to anna, never answered (open, late).
  #6  emergency  Wed 11-25 11:00, due 13:00; carol closes it at 15:40 without a reply: late.
  #7  usage      Wed 11-25 11:00, due 16:00; carol closes it at 12:00 without a reply: not counted.
  #8  emergency  Wed 11-25 12:00, due 14:00; dmitry rejects it Thu 11-26 10:00: late.
  #9  usage      Thu 11-26 16:00, due Fri 11-27 12:00, never answered (open, late).
  #10 usage      Mon 11-30 17:00, due Tue 12-01 13:00; erik answers 00:30 Tuesday (21:30 UTC on
                 Monday, so December in Moscow): on time, 60 min.
  #11 usage      Tue 12-01 10:00, due 15:00: pending when the report runs.
"""

from __future__ import annotations

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

REPORT_NOW = {"DESK_NOW": "2026-12-01T12:00"}
QUESTIONS = [
    ("Доставка по регионам", "Как задать разную стоимость доставки для Москвы и для регионов?"),
    ("Оптовые скидки", "Где включить скидку 10% для покупателей из группы оптовиков?"),
    ("Импорт CSV", "Импорт товаров из CSV останавливается на строке 200. Что делать?"),
    ("SSL", "Сайт открывается по http, а по https браузер пишет про сертификат. Почему?"),
    ("Резервная копия", "Резервное копирование падает с ошибкой нехватки места. Как быть?"),
    ("Поиск", "Поиск по каталогу не находит товары по артикулу. Где это настраивается?"),
    ("Форма", "Письма из формы обратной связи не доходят менеджеру. Куда смотреть?"),
    ("Права", "Редактор видит раздел пользователей, хотя не должен. Как ограничить права?"),
    ("Оплата картой", "Оплата картой возвращает покупателя на пустую страницу. В чём причина?"),
    ("Карта сайта", "Карта сайта для поисковиков не обновляется после добавления страниц. Почему?"),
    ("Рассылка", "Как отправлять подписчикам рассылку о поступлении новых товаров?"),
]


def _open(desk, number: int, at: str, category: str = "usage") -> None:
    subject, body = QUESTIONS[number - 1]
    opened = open_request(desk, at=at, category=category, subject=subject, body=body)
    assert opened["id"] == number and opened["status"] == "open", opened


def _act(desk, at: str, *args: str) -> None:
    desk(*args, env={"DESK_NOW": at})


@pytest.fixture
def known(desk):
    return build_known(desk)


def build_known(desk):
    """The desk of this module's docstring, every step at its own DESK_NOW."""
    add_license(desk)
    _open(desk, 1, "2026-10-30T16:00")
    _act(desk, "2026-10-30T16:30", "--agent", "erik", "reply", "1", "--body", "Раздел «Доставка», см. статью.")
    _open(desk, 2, "2026-11-24T09:00")
    _act(desk, "2026-11-24T10:00", "--agent", "anna", "reply", "2", "--body", "Включите опцию в настройках.")
    _act(desk, "2026-11-25T09:00", "reply", "2", "--customer", "--body", "Не помогло. Что ещё проверить?")
    _open(desk, 3, "2026-11-25T09:00")
    _open(desk, 4, "2026-11-25T10:00", "emergency")
    _open(desk, 5, "2026-11-25T10:00")
    _open(desk, 6, "2026-11-25T11:00", "emergency")
    _open(desk, 7, "2026-11-25T11:00")
    _act(desk, "2026-11-25T12:00", "--agent", "carol", "close", "7", "--resolution", "Решено по телефону")
    _open(desk, 8, "2026-11-25T12:00", "emergency")
    _act(desk, "2026-11-25T13:00", "reply", "3", "--customer", "--body", "Уточнение: только у гостей. Почему?")
    _act(desk, "2026-11-25T13:00", "--agent", "boris", "reply", "4", "--body", "Перезапустили сервер.")
    _act(desk, "2026-11-25T14:00", "assign", "5", "anna")
    _act(desk, "2026-11-25T15:00", "--agent", "anna", "reply", "3", "--body", "Это настройка групп.")
    _act(desk, "2026-11-25T15:40", "--agent", "carol", "close", "6")
    _act(desk, "2026-11-26T10:00", "--agent", "dmitry", "reject", "8", "--reason", "off_topic")
    _open(desk, 9, "2026-11-26T16:00")
    _open(desk, 10, "2026-11-30T17:00")
    _act(desk, "2026-12-01T00:30", "--agent", "erik", "reply", "10", "--body", "Ответили ночью.")
    _open(desk, 11, "2026-12-01T10:00")
    return desk


def report(desk, *args: str) -> list[dict]:
    return desk.json("report", "sla", *args, "--json", env=REPORT_NOW)


def counts(responses, on_time, late, unanswered, still_open, pending, share, median, p90,
           on_time_original, breached_original, share_original, median_original, p90_original) -> dict:
    return {"responses": responses, "on_time": on_time, "late": late, "unanswered": unanswered,
            "still_open": still_open, "breached": late + unanswered, "pending": pending, "on_time_share": share,
            "median_minutes": median, "p90_minutes": p90, "on_time_original": on_time_original,
            "breached_original": breached_original, "on_time_share_original": share_original,
            "median_minutes_original": median_original, "p90_minutes_original": p90_original}


EMERGENCY = counts(1, 0, 1, 2, 0, 0, "0.000", 180, 180, 0, 3, "0.000", 180, 180)


def test_every_breach_is_counted_per_category(known) -> None:
    rows = report(known, "--by", "category")
    assert rows == [
        {"response": "first", "category": "emergency", **EMERGENCY},
        # #5 and #9 still open past due; #11 pending; #2's second wait is not a first response.
        {"response": "first", "category": "usage", **counts(4, 4, 0, 2, 2, 1, "0.667", 60, 120, 3, 3, "0.500", 60, 360)},
        {"response": "every", "category": "emergency", **EMERGENCY},
        {"response": "every", "category": "usage", **counts(4, 4, 0, 3, 3, 1, "0.571", 60, 120, 3, 4, "0.429", 60, 360)},
    ]


def test_months_are_the_desks_months(known) -> None:
    rows = {(r["response"], r["month"]): r for r in report(known, "--by", "month")}
    assert sorted(rows) == [("every", "2026-10"), ("every", "2026-11"), ("every", "2026-12"),
                            ("first", "2026-10"), ("first", "2026-11"), ("first", "2026-12")]
    october = counts(1, 1, 0, 0, 0, 0, "1.000", 30, 30, 1, 0, "1.000", 30, 30)
    december = counts(1, 1, 0, 0, 0, 1, "1.000", 60, 60, 1, 0, "1.000", 60, 60)
    assert rows["every", "2026-10"] == {"response": "every", "month": "2026-10", **october}
    assert rows["every", "2026-12"] == {"response": "every", "month": "2026-12", **december}
    assert rows["first", "2026-12"] == {"response": "first", "month": "2026-12", **december}
    november = counts(3, 2, 1, 5, 3, 0, "0.250", 120, 180, 1, 7, "0.125", 180, 360)
    assert rows["every", "2026-11"] == {"response": "every", "month": "2026-11", **november}
    first = counts(3, 2, 1, 4, 2, 0, "0.286", 120, 180, 1, 6, "0.143", 180, 360)
    assert rows["first", "2026-11"] == {"response": "first", "month": "2026-11", **first}


def test_agents_own_their_responses_closings_and_assigned_open_requests(known) -> None:
    every = [r for r in report(known, "--by", "agent") if r["response"] == "every"]
    assert [r["agent"] for r in every] == [None, "anna", "boris", "carol", "dmitry", "erik"]
    by_agent = {r["agent"]: r for r in every}
    assert by_agent[None] == {"response": "every", "agent": None,
                              **counts(0, 0, 0, 2, 2, 1, "0.000", None, None, 0, 2, "0.000", None, None)}
    assert by_agent["anna"] == {"response": "every", "agent": "anna",
                                **counts(2, 2, 0, 1, 1, 0, "0.667", 60, 120, 1, 2, "0.333", 60, 360)}
    assert (by_agent["carol"]["unanswered"], by_agent["carol"]["still_open"]) == (1, 0)  # #7 is not counted
    assert by_agent["erik"]["on_time_share"] == "1.000" and by_agent["erik"]["median_minutes"] == 30


def test_the_period_takes_whole_days_in_the_desks_zone(known) -> None:
    december = report(known, "--from", "2026-12-01")
    assert [(r["response"], r["category"], r["month"], r["responses"], r["pending"]) for r in december] == [
        ("first", "usage", "2026-12", 1, 1), ("every", "usage", "2026-12", 1, 1)]
    october = report(known, "--to", "2026-10-31", "--by", "category")
    assert [(r["response"], r["responses"], r["on_time"]) for r in october] == [("first", 1, 1), ("every", 1, 1)]
    assert report(known, "--from", "2027-01-01") == []
    # the names desk export, search and mail log give a period say the same here
    assert report(known, "--since", "2026-12-01") == december
    assert report(known, "--until", "2026-10-31", "--by", "category") == october


def test_a_group_with_nothing_decided_has_no_share(known) -> None:
    pending = report(known, "--from", "2026-12-01", "--by", "agent")
    unassigned = next(r for r in pending if r["agent"] is None and r["response"] == "every")
    assert unassigned["pending"] == 1 and unassigned["on_time_share"] is None
    assert unassigned["median_minutes"] is None


def test_table_and_csv(known) -> None:
    table = known("report", "sla", env=REPORT_NOW).stdout
    assert "First response" in table and "Every response" in table and "3 (3 open)" in table
    assert "usage" in table and "█" in table
    lines = known("report", "sla", "--by", "category", "--format", "csv", "--fields",
                  "response,category,breached,still_open", env=REPORT_NOW).stdout.splitlines()
    assert lines[0] == "response,category,breached,still_open"
    assert lines[1:] == ["first,emergency,3,0", "first,usage,2,2", "every,emergency,3,0", "every,usage,3,3"]


def test_an_empty_desk_reports_nothing(desk) -> None:
    add_license(desk)
    assert desk.json("report", "sla", "--json") == []
    assert "No response deadlines" in desk("report", "sla").stdout


def test_bad_grouping(desk) -> None:
    for by in ("weather", "category,category", ","):
        assert_one_error_line(desk("report", "sla", "--by", by, code=2))


@pytest.mark.parametrize("command", [["export"], ["report", "sla"]])
def test_a_period_that_ends_before_it_starts_is_refused(desk, isolation, command) -> None:
    from tests.conftest import assert_one_error_line

    before = (isolation / "desk.db").read_bytes()
    result = desk(*command, "--since", "2026-12-01", "--until", "2026-11-01", code=2)
    assert_one_error_line(result)
    assert "is after --until" in result.stderr and (isolation / "desk.db").read_bytes() == before
    desk(*command, "--since", "2026-11-01", "--until", "2026-11-01")  # one day is a period



REFUSED_FIELDS = "response,responses,on_time,late,unanswered,still_open,breached,pending"


@pytest.fixture
def reopened(desk):
    return build_reopened(desk)


def build_reopened(desk):
    """Mon 2026-12-07, usage (300 business minutes). HC-2 is covered; HC-1's support ran
    through 2026-10-31 (review day 26).

      #1  HC-2  09:00, due 14:00; closed at 09:30 without a reply (in time: counted nowhere),
                reopened 10:30, due 15:30: its first clock ended at the closing.
      #2  HC-1  10:00, refused for expired support (no clock ran); the license renewed at
                10:05, #2 reopened at 10:10, due 15:10: its first clock starts there.
      #3  HC-2  10:20, due 15:20: an ordinary request.
    """
    add_license(desk, number="HC-2")
    add_license(desk, purchased="2025-11-01")
    assert open_request(desk, at="2026-12-07T09:00", license="HC-2")["id"] == 1
    _act(desk, "2026-12-07T09:30", "close", "1", "--resolution", "Ответили по телефону.")
    refused = open_request(desk, at="2026-12-07T10:00", subject="Поиск", body=QUESTIONS[5][1], code=1)
    assert refused["id"] == 2 and refused["reasons"][0]["code"] == "support_expired", refused
    _act(desk, "2026-12-07T10:05", "license", "renew", "HC-1")
    _act(desk, "2026-12-07T10:10", "reopen", "2")
    _act(desk, "2026-12-07T10:30", "reopen", "1")
    assert open_request(desk, at="2026-12-07T10:20", license="HC-2", subject="Форма", body=QUESTIONS[6][1])["id"] == 3
    return desk


def _by_response(desk, at: str) -> dict[str, dict]:
    rows = desk.json("report", "sla", "--json", "--fields", REFUSED_FIELDS, env={"DESK_NOW": at})
    return {row.pop("response"): row for row in rows}


def _tally(responses=0, on_time=0, late=0, unanswered=0, still_open=0, pending=0) -> dict:
    return {"responses": responses, "on_time": on_time, "late": late, "unanswered": unanswered,
            "still_open": still_open, "breached": late + unanswered, "pending": pending}


def test_a_request_refused_at_intake_and_reopened_waits_for_its_first_response(reopened) -> None:
    """Review day 26: the report took any wait begun after the request's creation for a
    later one, so #2 was in no "first" row while it waited, nor once overdue."""
    assert _by_response(reopened, "2026-12-07T11:00") == {"first": _tally(pending=2), "every": _tally(pending=3)}
    overdue = _by_response(reopened, "2026-12-08T12:00")
    assert overdue == {"first": _tally(unanswered=2, still_open=2), "every": _tally(unanswered=3, still_open=3)}
    table = reopened("report", "sla", env={"DESK_NOW": "2026-12-08T12:00", "COLUMNS": "120"}).stdout
    first, every = table.split("Every response")
    assert "2 (2 open)" in first and "3 (3 open)" in every, table
    _act(reopened, "2026-12-08T12:30", "reply", "2", "--body", "Поиск по артикулу включается в настройках каталога.")
    answered = _by_response(reopened, "2026-12-08T13:00")
    assert answered["first"] == _tally(responses=1, late=1, unanswered=1, still_open=1)
