"""Where deskcli keeps things by default, resolved in one place.

Each location is overridable: an option on the command line, then an environment
variable (names in ``deskcli.env``), then the platform's user directories.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from deskcli.env import DESK_CONFIG, DESK_DB, DESK_KEY_FILE

APP = "deskcli"


#: Linux's XDG base directories as platformdirs reads them: the variable when it holds an
#: absolute path, else under an absolute HOME. Read here directly because loading
#: platformdirs (with shutil, tempfile, bz2 and lzma) is a tenth of a fast command's start;
#: tests/test_paths.py holds the two equal, and anything less plain asks platformdirs.
_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "config": ("XDG_CONFIG_HOME", ".config"),
        "cache": ("XDG_CACHE_HOME", ".cache")}


def _user_dir(kind: str) -> Path:
    if sys.platform == "linux" and kind in _XDG:
        variable, under_home = _XDG[kind]
        base, home = os.environ.get(variable, ""), os.environ.get("HOME", "")
        if base.startswith("/"):
            return Path(base, APP)
        if home.startswith("/"):
            return Path(os.path.expanduser(f"~/{under_home}"), APP)
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP))


def database(option: str | None = None, personal_default: str | None = None) -> Path:
    """``--db``, then ``DESK_DB``, then the personal file's ``database``, then the data dir."""
    for candidate in (option, os.environ.get(DESK_DB), personal_default):
        if candidate:
            return Path(candidate).expanduser()
    return _user_dir("data") / "desk.db"


def demo_database() -> Path:
    return _user_dir("data") / "demo.db"


def config(option: str | Path | None = None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get(DESK_CONFIG)
    return Path(env) if env else _user_dir("config") / "config.toml"


def key_file() -> Path:
    env = os.environ.get(DESK_KEY_FILE)
    return Path(env) if env else _user_dir("config") / "access.key"


def calendar_cache() -> Path:
    return _user_dir("cache") / "calendar"
