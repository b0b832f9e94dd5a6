"""The default locations read on Linux without platformdirs are the ones platformdirs gives."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

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
        expected = Path(getattr(platformdirs, f"user_{kind}_dir")(paths.APP))
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
