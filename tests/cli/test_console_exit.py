"""The ``desk`` console script leaves a fast command without the interpreter's teardown
(launcher.leave_now): the output, exit code and error line are the ordinary exit's, atexit
handlers still run and a thread that is not a daemon is still waited for."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.cli.test_requests import add_license, open_request

ROOT = Path(__file__).resolve().parents[2]
CONSOLE = "from deskcli.launcher import console; console()"
ORDINARY = "from deskcli.launcher import main; main()"


@pytest.fixture
def seeded(desk):
    add_license(desk)
    open_request(desk, at="2026-11-25T09:00", category="emergency")
    return desk


def run(code: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=os.environ.copy())


def test_the_installed_desk_is_the_console_entry() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["desk"] == "deskcli.launcher:console"


@pytest.mark.parametrize("argv", [["queue", "--json"], ["queue", "--check"], ["show", "1"], ["show", "99"],
                                  ["reply", "1", "--internal", "--body", "Проверили: кеш очищен."],
                                  ["calendar", "--year", "0", "--json"]])
def test_output_and_exit_code_are_the_ordinary_exits(seeded, argv) -> None:
    quick = run(CONSOLE, *argv)
    ordinary = run(ORDINARY, *argv)
    if argv[0] == "reply":  # the second run adds a second note; compare the first with a fresh desk's
        assert quick.returncode == ordinary.returncode == 0 and quick.stdout.startswith("Request #1")
        return
    assert (quick.returncode, quick.stdout, quick.stderr) == (ordinary.returncode, ordinary.stdout, ordinary.stderr)


def test_atexit_handlers_still_run(seeded) -> None:
    code = "import atexit, sys; atexit.register(lambda: sys.stderr.write('atexit ran\\n')); " + CONSOLE
    done = run(code, "queue", "--json")
    assert done.returncode == 0 and done.stderr == "atexit ran\n"


def test_a_thread_that_is_not_a_daemon_is_waited_for(seeded) -> None:
    code = ("import sys, threading; "
            "threading.Thread(target=lambda: (threading.main_thread().join(), sys.stderr.write('thread done\\n'))).start(); "
            + CONSOLE)
    done = run(code, "queue", "--json")
    assert done.returncode == 0 and "thread done" in done.stderr


def into_closed_pipe(code: str, *command: str) -> subprocess.CompletedProcess[str]:
    reading, writing = os.pipe()
    os.close(reading)  # nobody reads: the first write fails (EPIPE)
    try:
        return subprocess.run([sys.executable, "-c", code, *command], stdout=writing, stderr=subprocess.PIPE,
                              text=True, env=os.environ.copy())
    finally:
        os.close(writing)


@pytest.mark.parametrize("code", [CONSOLE, ORDINARY])
@pytest.mark.parametrize("command", [("queue", "--json"), ("export", "--format", "json"), ("license", "list", "--json"),
                                     ("license", "show", "HC-1")],
                         ids=["fast", "full", "full-list", "rich-table"])
def test_a_reader_gone_before_the_output_gets_no_traceback(seeded, code, command) -> None:
    """Exit 141 as shells report SIGPIPE, from the fast commands and the full command line
    alike (Click's own ending for it is exit 1, a negative answer in SPEC 6, and so is Rich's)."""
    done = into_closed_pipe(code, *command)
    assert (done.returncode, done.stderr) == (141, "")


@pytest.mark.parametrize("command", [("reply", "1", "--internal", "--body", "Проверили: кеш очищен."),
                                     ("assign", "1", "anna", "--json")], ids=["fast", "full"])
def test_a_change_saved_before_the_reader_went_away_is_said(seeded, command) -> None:
    """The change stays, and a script reading stderr learns it must not make it again."""
    done = into_closed_pipe(CONSOLE, *command)
    assert (done.returncode, done.stderr) == (
        141, "error: the change was saved, but its output could not be written: nothing reads it\n")
    shown = seeded.json("show", "1", "--json")
    assert shown["assignee"] == "anna" if command[0] == "assign" else shown["messages"][-1]["kind"] == "internal"


WITH_COLLECTOR = """
import gc, sys
from deskcli import launcher
from deskcli.cli import queue_core
queue_core._watch = lambda *args, **kwargs: print("watching", gc.isenabled())
launcher.main(leave=lambda code: (print("left", gc.isenabled()), sys.exit(code)), collect=False)
"""
IN_A_LONGER_PROCESS = """
import gc, sys
from deskcli import launcher
launcher.main(leave=lambda code: (print("left", gc.isenabled()), sys.exit(code)))
"""


@pytest.mark.parametrize(("argv", "printed"), [
    (["queue", "--json"], "left False"),  # a fast command: over before the collector would find anything
    (["show", "1"], "left False"),
    (["queue", "--watch"], "watching True"),  # a screen that stays up keeps the collector
])
def test_a_fast_command_runs_without_the_cycle_collector_and_a_watch_keeps_it(seeded, argv, printed) -> None:
    done = run(WITH_COLLECTOR, *argv)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == printed


def test_a_fast_command_in_a_process_that_goes_on_keeps_the_cycle_collector(seeded) -> None:
    """main() called by a program (a test, a script) leaves the collector as it found it."""
    done = run(IN_A_LONGER_PROCESS, "queue", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "left True"


@pytest.mark.parametrize("command", [("--help",), ("show", "--help"), ("license",), ("export", "-o", "/dev/stdout"),
                                     ("--version",)],
                         ids=["help", "command-help", "bare-group", "export-to-dev-stdout", "version"])
def test_a_reader_gone_is_141_for_help_and_output_named_as_a_file(seeded, command) -> None:
    """The review: help into a closed pipe ended 1 (Click's ending), and export -o /dev/stdout
    5, a storage problem; ``desk --version | true`` ended 5 with "error: cannot write the output:
    Broken pipe" (review scripter27)."""
    done = into_closed_pipe(CONSOLE, *command)
    assert (done.returncode, done.stderr) == (141, "")


def _two_thousand_open_requests(desk, isolation) -> None:
    """A desk whose queue and export are far larger than a pipe holds (64 KiB)."""
    import json

    rows = [{"kind": "license", "number": "HC-1", "pin": "1234", "edition": "Бизнес", "price": "1000",
             "purchased": "2026-06-01"}]
    rows += [{"kind": "request", "id": n, "license": "HC-1", "version": "6.9.1", "category": "usage",
              "subject": f"Корзина и оплата, обращение {n}", "site_url": "https://a.ru/", "status": "open",
              "created_at": "2026-11-24T10:00:00+03:00", "queued_at": "2026-11-24T10:00:00+03:00"}
             for n in range(1, 2001)]
    (isolation / "big.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    desk("import", str(isolation / "big.jsonl"))


@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])
def test_a_reader_that_leaves_mid_output_is_141_not_a_cut_output_ending_0(desk, isolation, unbuffered) -> None:
    """The review: desk queue | head -1 over a few thousand requests ended 0, the rest of the
    table lost: one large write into a pipe whose reader left comes back short, with no error."""
    _two_thousand_open_requests(desk, isolation)
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    child = subprocess.Popen([sys.executable, "-c", CONSOLE, "queue"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.read(100)  # the header, then the reader leaves with the table half written
    child.stdout.close()
    errors = child.stderr.read().decode()
    assert first.lstrip().startswith(b"ID") and child.wait(timeout=60) == 141 and errors == "", errors


def test_an_export_into_a_named_pipe_whose_reader_leaves_mid_way_is_141(desk, isolation) -> None:
    """-o naming a pipe is written through the same whole-writes layer as standard output:
    a reader that leaves part way through is 141, never a cut file reported as written."""
    import threading

    _two_thousand_open_requests(desk, isolation)
    fifo = isolation / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def read_a_little() -> None:
        with open(fifo, "rb") as reading:
            got.append(reading.read(100))

    reader = threading.Thread(target=read_a_little)
    reader.start()
    done = subprocess.run([sys.executable, "-c", CONSOLE, "export", "--format", "json", "-o", str(fifo)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONUNBUFFERED": ""}, timeout=60)
    reader.join(timeout=60)
    assert got and got[0].startswith(b"[{") and (done.returncode, done.stderr) == (141, "")
