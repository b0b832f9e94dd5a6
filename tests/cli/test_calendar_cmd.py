"""``desk calendar`` and ``desk deadline`` through the command line."""

from __future__ import annotations

import pytest

from tests.conftest import assert_one_error_line


def test_calendar_json_has_the_spec_shape(desk) -> None:
    data = desk.json("calendar", "--year", "2024", "--json")
    assert {k: data[k] for k in ("year", "timezone", "working_days", "provisional")} == {
        "year": 2024, "timezone": "Europe/Moscow", "working_days": 248, "provisional": False,
    }
    shortened = [d["date"] for d in data["days"] if d["shortened"]]
    assert shortened == ["2024-02-22", "2024-03-07", "2024-05-08", "2024-06-11", "2024-11-02"]
    saturday = next(d for d in data["days"] if d["date"] == "2024-11-02")
    assert saturday == {"date": "2024-11-02", "open": "09:00", "close": "17:00", "minutes": 480, "shortened": True}
    assert data["working_minutes"] == sum(d["minutes"] for d in data["days"])


def test_calendar_defaults_to_this_year_from_the_clock(desk) -> None:
    assert desk.json("calendar", "--json", env={"DESK_NOW": "2027-03-01T12:00"})["year"] == 2027


def test_calendar_month_grid_marks_days(desk) -> None:
    out = desk("calendar", "--year", "2024", "--month", "11").stdout
    assert "November 2024" in out
    assert "4°" in out
    # Saturday 2 November was worked by decree and shortened before the holiday: both marks
    assert "2±" in out and "2*" not in out and "± both" in out
    assert "28*" not in out and "28+" in desk("calendar", "--year", "2024", "--month", "12").stdout
    assert "21 working days" in out
    assert "21 days," not in out  # one month: the summary alone counts it, once
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "21 days, 183h" in desk("calendar", "--year", "2024").stdout  # each month of a year has its count


def test_calendar_month_json_narrows_the_days(desk) -> None:
    data = desk.json("calendar", "-y", "2026", "-m", "5", "--json")
    assert data["month"] == 5 and data["working_days"] == 19
    assert all(d["date"].startswith("2026-05") for d in data["days"])


def test_deadline_friday_afternoon_emergency(desk) -> None:
    data = desk.json("deadline", "--from", "2026-11-27T16:30", "--category", "emergency", "--json")
    assert data == {
        "from": "2026-11-27T16:30:00+03:00",
        "starts": "2026-11-27T16:30:00+03:00",
        "minutes": 120,
        "due_at": "2026-11-30T10:30:00+03:00",
        "provisional": False,
    }


def test_deadline_reads_offsets_and_uses_configured_targets(desk, isolation) -> None:
    (isolation / "config.toml").write_text("[targets]\nusage = 60\n", encoding="utf-8")
    data = desk.json("deadline", "--from", "2026-11-27T06:00:00Z", "-c", "usage", "--json")
    assert data["from"] == "2026-11-27T09:00:00+03:00"
    assert data["due_at"] == "2026-11-27T10:00:00+03:00"


@pytest.mark.parametrize(
    "args",
    [
        ["deadline", "--from", "not-a-date", "--minutes", "5"],
        ["deadline", "--from", "2026-11-27T16:30"],
        ["deadline", "--from", "2026-11-27T16:30", "-n", "5", "-c", "usage"],
        ["deadline", "--from", "2026-11-27T16:30", "-c", "urgent"],
        ["deadline", "--from", "2026-11-27T16:30", "-n", "-5"],
        ["calendar", "--year", "1800"],
        ["calendar", "--month", "13"],
        ["calendar", "--year", "abc"],
    ],
)
def test_bad_input_is_one_error_line_and_exit_2(desk, args) -> None:
    assert_one_error_line(desk(*args, code=2))


def test_garbage_desk_now_is_a_usage_error(desk) -> None:
    result = desk("calendar", "--json", env={"DESK_NOW": "yesterday"}, code=2)
    assert_one_error_line(result)
    assert "DESK_NOW" in result.stderr


def test_calendar_shows_the_minutes_deadlines_count_when_the_clocks_change(desk, isolation) -> None:
    (isolation / "config.toml").write_text(
        '[calendar]\ntimezone = "Europe/Berlin"\n[calendar.hours]\nsun = ["02:30-04:00"]\n', encoding="utf-8")
    days = {d["date"]: d for d in desk.json("calendar", "-y", "2026", "--json")["days"]}
    assert days["2026-03-29"]["minutes"] == 60 and days["2026-10-25"]["minutes"] == 120
    assert days["2026-10-18"]["minutes"] == 90
    due = desk.json("deadline", "--from", "2026-03-29T00:00", "--minutes", "60", "--json")["due_at"]
    assert due == "2026-03-29T04:00:00+02:00"
    assert "Su" in desk("calendar", "-y", "2026", "-m", "3").stdout


def test_deadline_says_when_a_provisional_year_was_used(desk) -> None:
    assert desk.json("deadline", "--from", "2028-12-29T16:00", "-c", "usage", "--json")["provisional"] is True
    assert "provisional  yes" in desk("deadline", "--from", "2028-12-29T16:00", "-c", "usage").stdout


def test_a_wall_time_the_clocks_skip_is_shown_as_the_instant_it_names(desk) -> None:
    """The review: 02:30 on Berlin's spring-forward night was shown as 02:30+01:00, an offset
    the zone never has at that moment; it is the instant 01:30Z, which Berlin shows as 03:30+02:00."""
    desk("policy", "set", "calendar.timezone", "Europe/Berlin")
    shown = desk.json("deadline", "--from", "2026-03-29T02:30", "--minutes", "60", "--json")
    assert shown["from"] == "2026-03-29T03:30:00+02:00"
    assert desk.json("deadline", "--from", "2026-03-29T01:30:00Z", "--minutes", "60", "--json") == shown


def test_a_month_without_a_working_day_is_a_header_in_csv_and_nothing_in_json_lines(desk) -> None:
    """Review scripter27: a month the desk closed whole printed a bare line break as its CSV
    (no header for a csv tool to read), and --fields date was refused with "valid fields: "
    and no field named."""
    closed = ",".join(f"2027-02-{day:02d}" for day in range(1, 29))
    desk("policy", "set", "calendar.extra_days_off", closed)
    month = ("calendar", "-y", "2027", "-m", "2")
    assert desk(*month, "--format", "csv").stdout.splitlines() == ["date,open,close,minutes,shortened"]
    assert desk(*month, "--format", "csv", "--fields", "minutes,date").stdout.splitlines() == ["minutes,date"]
    assert desk(*month, "--format", "jsonl").stdout == ""
    assert desk(*month, "--format", "jsonl", "--fields", "date").stdout == ""
    assert_one_error_line(desk(*month, "--format", "csv", "--fields", "nope", code=2))
    assert desk.json(*month, "--json")["days"] == []
