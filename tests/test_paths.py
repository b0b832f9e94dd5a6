"""The default locations read on Linux without platformdirs are the ones platformdirs gives."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from deskcli import paths


@pytest.mark.skipif(sys.platform != "linux", reason="the direct reading is Linux's XDG rule")
@pytest.mark.parametrize("kind", ["data", "config", "cache"])
@pytest.mark.parametrize("variable", [None, "", "relative/dir", "/abs/xdg", "/abs/trailing/", "//double//slash"])
@pytest.mark.parametrize("home", ["/home/anna", "/home/anna/", "/", "relative-home", None])
def test_default_directories_are_the_ones_platformdirs_gives(monkeypatch, kind, variable, home) -> None:
    name = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME", "cache": "XDG_CACHE_HOME"}[kind]
    for key, value in ((name, variable), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    try:
        expected = str(Path(getattr(platformdirs, f"user_{kind}_dir")(paths.APP)))
    except RuntimeError:  # no home platformdirs can find: ours asks platformdirs, which says so
        with pytest.raises(RuntimeError):
            paths._user_dir(kind)
        return
    assert paths._user_dir(kind) == expected


@pytest.mark.skipif(sys.platform != "linux", reason="the direct reading is Linux's XDG rule")
def test_the_usual_paths_do_not_load_platformdirs() -> None:
    import subprocess

    probe = "import sys; from deskcli import paths; paths.config(); paths.database(); paths.calendar_cache(); " \
            "print('platformdirs' in sys.modules)"
    env = {"HOME": "/home/anna", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "False"


#: Path-like text: slashes (runs of them too), dots, a tilde, letters and some non-ASCII.
path_text = st.lists(st.sampled_from(["/", "//", ".", "..", "~", "root", "a", " ", "ё", "中", "-"]),
                     max_size=12).map("".join) | st.text(max_size=20)


@given(path_text)
def test_locations_are_spelt_as_pathlib_prints_them(text) -> None:
    """paths returns str so the fast commands skip pathlib; messages must read as before."""
    assert paths.plain(text) == str(Path(text))
    assert paths.plain(Path(text)) == str(Path(text))


@given(path_text)
@example("~/a")
@example("~root/a")
@example("~")
@example("~/")
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # HOME is the same for every example
def test_a_home_relative_location_expands_as_pathlib_does(monkeypatch_home, text) -> None:
    """Errors included: no such user (RuntimeError), a NUL or a lone surrogate in the name
    (ValueError, UnicodeEncodeError); Hypothesis finds the last two now and then."""
    try:
        expected: str | type[Exception] = str(Path(text).expanduser())
    except (RuntimeError, ValueError) as exc:
        expected = type(exc)
    if isinstance(expected, str):
        assert paths.expanded(text) == expected
    else:
        with pytest.raises(expected):
            paths.expanded(text)


@pytest.fixture(params=["/home/anna", "/home/anna/", "/", "//"])
def monkeypatch_home(request, isolation, monkeypatch):
    """After the isolation fixture, which sets HOME for every test, so that this HOME holds."""
    monkeypatch.setenv("HOME", request.param)
    return request.param


@pytest.mark.parametrize("location", ["~nosuchuser/desk.db", "~\udcff/desk.db"])  # the second: bytes not UTF-8
def test_a_database_under_an_unknown_home_is_invalid_input(desk, monkeypatch, location) -> None:
    monkeypatch.setenv("DESK_DB", location)
    result = desk("queue", code=2)
    assert result.stderr.startswith("error: database location") and len(result.stderr.splitlines()) == 1
    if location.isascii():
        assert desk("--db", location, "queue", code=2).stderr == result.stderr

