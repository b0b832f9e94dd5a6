"""One autouse isolation fixture: temp data and config, no colour, fixed width, fixed clock."""

from __future__ import annotations

import functools
import gc
import json
import os
from pathlib import Path

import pytest
import typer.testing
from hypothesis import settings
from typer.testing import CliRunner

from deskcli.cli.app import app
from deskcli.domain import pins

# No Hypothesis deadline: an example that takes 200 ms on a busy machine is not a failure, and
# the suite must not depend on wall-clock time (a 2-core machine shared with other work failed
# test_an_array_read_in_blocks_gives_its_items once on time alone).
settings.register_profile("desk", deadline=None)
# CI (.ci/run) draws the same examples every run, so that what lands is what was tested and a
# failure can be replayed; a developer's runs keep drawing new ones (they found a password cut
# in two that fixed examples had missed).
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile(os.environ.get("DESK_HYPOTHESIS_PROFILE", "desk"))

# Building the click command tree for every invocation is most of a test's time; the tree
# does not change between invocations, so build it once.
_command_for = functools.lru_cache(maxsize=None)(typer.testing._get_command)
typer.testing._get_command = _command_for

def pytest_configure(config: pytest.Config) -> None:
    """Test databases live in memory-backed files when the machine has them: every commit
    syncs to disk (synchronous=FULL), which is what a desk wants and a test does not.

    The cycle collector runs a hundred times less often: a test process holds tens of
    thousands of long-lived objects (the collected tests, Typer's command tree, the screen's
    widgets), and each full pass walked them all, a tenth of the suite's CPU. Nothing here
    depends on when it runs; the tests of the desk's own collector use run in processes of
    their own."""
    gc.set_threshold(50_000, 50, 50)
    shm = Path("/dev/shm")
    if config.option.basetemp is None and shm.is_dir() and os.access(shm, os.W_OK):
        os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", str(shm))


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built lives as long as the run: out of the collector's sight."""
    gc.collect()
    gc.freeze()


@functools.cache
def _empty_desk(root: Path) -> bytes:
    """The bytes of a new desk database, made once per test process by the desk's own
    migrations (every test starting from an empty desk would otherwise replay them: 8 ms
    each, a thousand times a run). Tests of a missing or new file opt out: fresh_file."""
    from deskcli.store import db

    path = root / "empty-desk.db"
    db.connect(path).close()
    return path.read_bytes()


FIXED_NOW = "2026-11-25T10:00:00+03:00"
TEST_SCRYPT_N = 2**4


@pytest.fixture(autouse=True)
def isolation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("DESK_DB", str(tmp_path / "desk.db"))
    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("DESK_NOW", FIXED_NOW)
    monkeypatch.setenv("DESK_AGENT", "tester")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    for name in ("DESK_DEBUG", "DESK_PIN", "DESK_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    # PINs hashed at a test's cost (a hash records its own, so these still verify like real
    # ones): scrypt at the desk's cost is slow on purpose, and the suite hashes hundreds.
    monkeypatch.setattr(pins, "SCRYPT_N", TEST_SCRYPT_N)
    if request.node.get_closest_marker("fresh_file") is None:
        fd = os.open(tmp_path / "desk.db", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(_empty_desk(tmp_path_factory.getbasetemp()))
    return tmp_path


class Desk:
    """Runs ``desk`` in-process through the same entry point the console script uses."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, env: dict | None = None, code: int | None = 0):
        result = self.runner.invoke(app, list(args), input=input, env=env)
        if code is not None:
            assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        return result

    def json(self, *args: str, **kwargs):
        result = self(*args, **kwargs)
        return json.loads(result.stdout)


@pytest.fixture
def desk() -> Desk:
    return Desk()


def assert_one_error_line(result) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stdout + result.stderr


#: Test folders whose tests mostly wait (a screen going idle, a mail server, a child
#: process): run first, so that the workers end the run on quick tests rather than idling
#: behind one long wait.
_WAITING_FIRST = ("tests/tui/", "tests/mail/", "tests/store/test_concurrency.py", "tests/faults/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(_WAITING_FIRST))
