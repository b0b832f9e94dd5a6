"""What the caller's environment can do to a command's output (cli/streams.py, cli/exits.py):
an encoding without Cyrillic, a closed or full stdout, a C locale's command line, COLUMNS=0,
Ctrl-C and SIGTERM after or before a commit. Real processes: descriptors, encodings and
signals are the process's own."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskcli.cli import exits
from tests.cli.test_requests import BODY, add_license, open_request

CONSOLE = "from deskcli.launcher import console; console()"
OPEN = ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/cart",
        "-s", "Пустая корзина — снова", "--body", BODY)


@pytest.fixture
def seeded(desk):
    add_license(desk)
    open_request(desk, subject="Пустая корзина 😕")
    return desk


def run(*argv: str, env: dict[str, str] | None = None, **streams) -> subprocess.CompletedProcess[str]:
    streams.setdefault("stdout", subprocess.PIPE)
    streams.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-c", CONSOLE, *argv], text=True,
                          env={**os.environ, "DESK_PIN": "4321", **(env or {})}, **streams)


def requests_in(path: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM requests").fetchone()[0]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "koi8-r"])
def test_an_output_encoding_without_the_text_s_letters_still_gives_the_same_json(seeded, encoding) -> None:
    utf8 = run("queue", "--json", env={"PYTHONIOENCODING": "utf-8"})
    narrow = run("queue", "--json", env={"PYTHONIOENCODING": encoding}, encoding=encoding)
    assert narrow.returncode == 0 and narrow.stderr == ""
    assert json.loads(narrow.stdout) == json.loads(utf8.stdout)  # the emoji as a surrogate pair, still JSON
    assert json.loads(narrow.stdout)[0]["subject"] == "Пустая корзина 😕"


def test_a_write_under_an_ascii_encoding_succeeds_and_shows_its_number(seeded) -> None:
    done = run(*OPEN, env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, "") and done.stdout.startswith("Request #2")
    assert run("export", "--format", "csv", env={"PYTHONIOENCODING": "ascii"}).returncode == 0


@pytest.mark.parametrize("target", ["closed", "/dev/full"])
def test_a_write_whose_output_fails_says_the_change_was_saved(seeded, target) -> None:
    db = os.environ["DESK_DB"]
    if target == "closed":
        done = run(*OPEN, stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    else:
        with open(target, "w") as full:
            done = run(*OPEN, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 5
    assert done.stderr.startswith("error: the change was saved, but its output could not be written: ")
    assert done.stderr.count("\n") == 1 and requests_in(db) == 2


def test_a_read_whose_output_is_closed_is_one_line_and_no_traceback(seeded) -> None:
    done = run("queue", stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (5, "error: cannot write the output: standard output is closed\n")


def test_a_closed_stderr_keeps_the_exit_code(seeded) -> None:
    done = run("show", "99", stderr=None, preexec_fn=lambda: os.close(2))
    assert done.returncode == 3


def test_utf8_arguments_under_an_ascii_locale_are_read_as_utf8(seeded) -> None:
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0", "PYTHONIOENCODING": "utf-8"}
    done = run("search", "корзина", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert [hit["id"] for hit in json.loads(done.stdout)] == [1]


def test_columns_zero_is_taken_as_unset(seeded) -> None:
    done = run("queue", env={"COLUMNS": "0"})
    assert done.returncode == 0 and "#1" in done.stdout


def test_ctrl_c_after_the_import_committed_says_it_stays_saved(desk, monkeypatch, tmp_path: Path) -> None:
    """The last moment of a long import: its transaction has committed, the summary is not
    yet printed. Saying "nothing was changed" would invite importing it all again."""
    add_license(desk)
    source = tmp_path / "desk.jsonl"
    desk("export", "--all", "-o", str(source))

    from deskcli import output

    def interrupted_summary(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "note", interrupted_summary)
    fresh = str(tmp_path / "fresh.db")
    done = desk("--db", fresh, "import", str(source), code=130)
    assert done.stderr == exits.INTERRUPTED_AFTER_SAVING + "\n"
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("SELECT count(*) FROM licenses").fetchone()[0] == 1


def test_ctrl_c_before_any_commit_still_says_nothing_changed(seeded, monkeypatch) -> None:
    from deskcli.services import requests

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(requests, "open_request", interrupted)
    done = seeded(*OPEN, env={"DESK_PIN": "4321"}, code=130)
    assert done.stderr == exits.INTERRUPTED_MESSAGE + "\n"


def test_sigterm_stops_an_export_as_ctrl_c_does(seeded, tmp_path: Path) -> None:
    """``timeout`` in a cron line sends SIGTERM: the export is stopped where it is, its
    half-written file removed, and the exit is 128 + 15 with one line saying so."""
    target = tmp_path / "out.csv"
    code = ("import os, signal; from deskcli.cli import request_lines; real = request_lines.request_csv\n"
            "def lines(*a, **k):\n"
            "    for n, line in enumerate(real(*a, **k)):\n"
            "        if n == 0: os.kill(os.getpid(), signal.SIGTERM)\n"
            "        yield line\n"
            "request_lines.request_csv = lines\n" + CONSOLE)
    done = subprocess.run([sys.executable, "-c", code, "export", "--format", "csv", "-o", str(target)],
                          capture_output=True, text=True, env=os.environ.copy())
    assert (done.returncode, done.stderr) == (128 + signal.SIGTERM, "error: stopped by SIGTERM; nothing was changed\n")
    assert list(tmp_path.glob("*out.csv*")) == []
