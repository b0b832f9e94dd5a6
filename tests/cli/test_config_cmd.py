"""``desk config`` and how a broken configuration is reported."""

from __future__ import annotations

import tomllib

from tests.conftest import assert_one_error_line


def test_path_show_and_set(desk, isolation) -> None:
    path = isolation / "config.toml"
    assert desk("config", "path").stdout.strip() == str(path)
    assert 'timezone = "Europe/Moscow"' in desk("config", "show").stdout
    desk("config", "set", "targets.emergency", "90")
    desk("config", "set", "calendar.hours.fri", "09:00-13:00,14:00-17:00")
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved == {"targets": {"emergency": 90}, "calendar": {"hours": {"fri": ["09:00-13:00", "14:00-17:00"]}}}
    data = desk.json("deadline", "--from", "2026-11-27T12:30", "-c", "emergency", "--json")
    assert data["due_at"] == "2026-11-27T15:00:00+03:00"  # 30 min, lunch, 60 min


def test_set_rejects_bad_values_and_leaves_the_file_alone(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text("[targets]\nusage = 60\n", encoding="utf-8")
    before = path.read_bytes()
    for key, value in [("targets.emergency", "soon"), ("calendar.hours.fri", "9-5"),
                       ("calendar.timezone", "Mars/Olympus"), ("no.such.key", "1")]:
        result = desk("config", "set", key, value, code=2)
        assert_one_error_line(result)
        assert str(path) in result.stderr
    assert path.read_bytes() == before


def test_broken_toml_names_the_file_and_line(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text("[calendar]\ntimezone = \n", encoding="utf-8")
    result = desk("calendar", "--json", code=2)
    assert_one_error_line(result)
    assert str(path) in result.stderr and "line 2" in result.stderr


def test_bad_key_is_named(desk, isolation) -> None:
    (isolation / "config.toml").write_text("[calendar.hours]\nfri = [\"17:00-09:00\"]\n", encoding="utf-8")
    result = desk("deadline", "--from", "2026-11-27T16:30", "-n", "5", code=2)
    assert "calendar.hours.fri" in result.stderr


def test_config_option_overrides_the_environment(desk, isolation) -> None:
    other = isolation / "other.toml"
    other.write_text('[calendar]\ntimezone = "Asia/Yekaterinburg"\n', encoding="utf-8")
    assert desk.json("--config", str(other), "calendar", "--json")["timezone"] == "Asia/Yekaterinburg"


def test_unknown_keys_are_named_not_ignored(desk, isolation) -> None:
    path = isolation / "config.toml"
    for key in ("calendar.timezon", "editions.Бизнес.frее", "agnet"):
        result = desk("config", "set", key, "x", code=2)
        assert_one_error_line(result)
        assert key in result.stderr
    assert not path.exists()
    path.write_text('agnet = "anna"\n', encoding="utf-8")
    result = desk("calendar", "--json", code=2)
    assert "agnet: unknown key" in result.stderr
