"""``desk report sla`` against both deadlines of policy 2.7."""

from __future__ import annotations

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


def _scenario(desk) -> None:
    add_license(desk)
    usage = open_request(desk, at="2026-11-25T09:00", category="usage")           # due 14:00
    desk("reply", str(usage["id"]), "--customer", "--body", "Уточнение: только у гостей. Почему?",
         env={"DESK_NOW": "2026-11-25T13:00"})                                      # re-queued, due 18:00
    desk("--agent", "anna", "reply", str(usage["id"]), "--body", "Ответ", env={"DESK_NOW": "2026-11-25T15:00"})
    emergency = open_request(desk, at="2026-11-25T10:00", category="emergency", subject="Сайт лежит",
                             body="Сайт отдаёт ошибку 500 на всех страницах. Что случилось?")  # due 12:00
    desk("--agent", "boris", "reply", str(emergency["id"]), "--body", "Ответ", env={"DESK_NOW": "2026-11-25T13:00"})


def test_by_category_counts_both_deadlines(desk) -> None:
    _scenario(desk)
    rows = {r["category"]: r for r in desk.json("report", "sla", "--by", "category", "--json")}
    assert rows["usage"] == {
        "category": "usage", "responses": 1, "on_time": 1, "breached": 0, "on_time_share": "1.000",
        "median_minutes": 120, "p90_minutes": 120,
        "on_time_original": 0, "breached_original": 1, "on_time_share_original": "0.000",
        "median_minutes_original": 360, "p90_minutes_original": 360,
    }
    assert rows["emergency"]["breached"] == 1 and rows["emergency"]["median_minutes"] == 180


def test_by_agent_and_month_and_date_filter(desk) -> None:
    _scenario(desk)
    assert [r["agent"] for r in desk.json("report", "sla", "--by", "agent", "--json")] == ["anna", "boris"]
    month = desk.json("report", "sla", "--by", "month", "--json")
    assert month[0]["month"] == "2026-11" and month[0]["responses"] == 2 and month[0]["on_time_share"] == "0.500"
    assert desk.json("report", "sla", "--from", "2026-11-26", "--json") == []
    assert len(desk.json("report", "sla", "--by", "category", "--to", "2026-11-25", "--json")) == 2


def test_default_is_per_category_and_month(desk) -> None:
    _scenario(desk)
    rows = desk.json("report", "sla", "--json")
    assert [(r["category"], r["month"]) for r in rows] == [("emergency", "2026-11"), ("usage", "2026-11")]
    table = desk("report", "sla").stdout
    assert "Category" in table and "Month" in table


def test_table_and_csv(desk) -> None:
    _scenario(desk)
    table = desk("report", "sla").stdout
    assert "usage" in table and "█" in table
    csv_lines = desk("report", "sla", "--by", "category", "--format", "csv",
                     "--fields", "category,on_time_share").stdout.splitlines()
    assert csv_lines[0] == "category,on_time_share"
    assert sorted(csv_lines[1:]) == ["emergency,0.000", "usage,1.000"]


def test_bad_grouping(desk) -> None:
    for by in ("weather", "category,category", ","):
        assert_one_error_line(desk("report", "sla", "--by", by, code=2))
