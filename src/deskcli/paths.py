"""Where deskcli keeps things by default, resolved in one place.

Each location is overridable: an option on the command line, then an environment
variable (names in ``deskcli.env``), then the platform's user directories.
"""

from __future__ import annotations

import os
import sys

from deskcli.env import DESK_CONFIG, DESK_DB, DESK_KEY_FILE

APP = "deskcli"


#: Linux's XDG base directories as platformdirs reads them: the variable when it holds an
#: absolute path, else under an absolute HOME. Read here directly because loading
#: platformdirs (with shutil, tempfile, bz2 and lzma) is a tenth of a fast command's start;
#: tests/test_paths.py holds the two equal, and anything less plain asks platformdirs.
_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "config": ("XDG_CONFIG_HOME", ".config"),
        "cache": ("XDG_CACHE_HOME", ".cache")}


def plain(path: str | os.PathLike[str]) -> str:
    """``str(pathlib.PurePosixPath(path))`` without pathlib: repeated slashes and ``.``
    parts dropped (two leading slashes kept, as POSIX allows), no trailing slash, ``.``
    for nothing. ``..`` stays: only the file system knows what it means."""
    text = os.fspath(path)
    root = ""
    if text.startswith("/"):
        root = "//" if len(text) - len(text.lstrip("/")) == 2 else "/"
    body = "/".join(part for part in text.split("/") if part and part != ".")
    return root + body or "."


def expanded(path: str | os.PathLike[str]) -> str:
    """``str(pathlib.Path(path).expanduser())`` without pathlib, its error included."""
    text = plain(path)
    if not text.startswith("~"):
        return text
    first, _, rest = text.partition("/")
    home = os.path.expanduser(first)
    if home.startswith("~"):
        raise RuntimeError("Could not determine home directory.")
    return plain(f"{home.rstrip('/')}/{rest}" if rest else home)  # a home of / gives /x, not //x


def _user_dir(kind: str) -> str:
    if sys.platform == "linux" and kind in _XDG:
        variable, under_home = _XDG[kind]
        base, home = os.environ.get(variable, ""), os.environ.get("HOME", "")
        if base.startswith("/"):
            return plain(f"{base}/{APP}")
        if home.startswith("/"):
            return plain(f"{os.path.expanduser(f'~/{under_home}')}/{APP}")
    import platformdirs

    return plain(getattr(platformdirs, f"user_{kind}_dir")(APP))


def data_dir() -> str:
    """deskcli's own data directory: the one place it makes for a database unasked."""
    return _user_dir("data")


def database(option: str | None = None, personal_default: str | None = None) -> str:
    """``--db``, then ``DESK_DB``, then the personal file's ``database``, then the data dir.
    ``DESK_DB`` set but empty (``DESK_DB=$UNSET`` in a script) is an error, as an empty ``--db``
    is: falling through to the agent's own desk would write there."""
    from_env = os.environ.get(DESK_DB)
    if option is None and from_env is not None and not from_env.strip():
        from deskcli.domain.errors import InvalidInput

        raise InvalidInput("DESK_DB is set but empty; unset it (the default desk) or give a path")
    for candidate in (option, from_env, personal_default):
        if candidate:
            try:
                return expanded(candidate)
            except (RuntimeError, ValueError) as exc:  # ~nobody/desk.db; a NUL or a lone surrogate
                from deskcli.domain.errors import InvalidInput

                raise InvalidInput(f"database location {candidate!r}: no home directory for "
                                   f"{candidate.partition('/')[0]!r}") from exc
    return f"{data_dir()}/desk.db"


def demo_database() -> str:
    return f"{data_dir()}/demo.db"


def config(option: str | os.PathLike[str] | None = None) -> str:
    if option:
        return plain(option)
    env = os.environ.get(DESK_CONFIG)
    return plain(env) if env else f"{_user_dir('config')}/config.toml"


def key_file() -> str:
    env = os.environ.get(DESK_KEY_FILE)
    return plain(env) if env else f"{_user_dir('config')}/access.key"


def calendar_cache() -> str:
    return f"{_user_dir('cache')}/calendar"


def pattern_cache() -> str:
    return f"{_user_dir('cache')}/patterns"
