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
@pytest.mark.parametrize("argv", [("queue", "--json"), ("queue", "--format", "csv"), ("export", "--format", "csv"),
                                  ("license", "list", "--format", "csv"), ("show", "1")])
def test_a_pipe_gets_utf8_whatever_the_locale_says(seeded, encoding, argv) -> None:
    """The same bytes as under UTF-8: escapes in a CSV cell would change it without a word
    (review), and JSON's own encoding is UTF-8."""
    utf8 = run(*argv, env={"PYTHONIOENCODING": "utf-8"})
    narrow = run(*argv, env={"PYTHONIOENCODING": encoding})
    assert (narrow.returncode, narrow.stderr, narrow.stdout) == (0, "", utf8.stdout)
    assert "Ромашка" in narrow.stdout or "Пустая корзина 😕" in narrow.stdout


def test_a_terminal_that_cannot_show_a_letter_gets_its_escape() -> None:
    """What a terminal's encoding lacks is written as a JSON escape, a surrogate pair beyond
    the BMP, never a failure half-way through a table."""
    import codecs

    from deskcli.cli import streams

    assert "Пустая 😕".encode("ascii", errors=streams.ESCAPE) == b"\\u041f\\u0443\\u0441\\u0442\\u0430\\u044f \\ud83d\\ude15"
    assert json.loads("Пустая 😕".encode("latin-1", errors=streams.ESCAPE).decode("latin-1").join('""')) == "Пустая 😕"
    assert codecs.lookup_error(streams.ESCAPE)


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


def test_utf8_arguments_under_an_ascii_locale_say_how_to_run(seeded) -> None:
    """Python reads the command line as ASCII there; read as UTF-8, a path in it would not
    open, so the one line says what to set (review)."""
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0", "PYTHONIOENCODING": "utf-8"}
    done = run("search", "корзина", "--json", env=env)
    assert done.returncode == 2
    assert done.stderr.startswith("error: argument 2 (") and "LC_ALL=C.UTF-8 or PYTHONUTF8=1" in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("columns", ["0", "²", "abc", "-5"])
def test_columns_that_are_no_width_are_taken_as_unset(seeded, columns) -> None:
    done = run("queue", env={"COLUMNS": columns})
    assert done.returncode == 0 and "#1" in done.stdout


def test_a_closed_stdout_is_one_line_wherever_it_is_written(seeded) -> None:
    """The version's shortcut and an attachment's bytes (written to the binary buffer) too."""
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Анна <anna@shop.example.ru>", "support@example.ru", "Лог"
    mail["Message-ID"] = "<log1@shop.example.ru>"
    mail.set_content("Лицензия: HC-1\nPIN: 4321\nРедакция: Бизнес\nВерсия: 6.9.1\nСайт: https://shop.example.ru/\n\n"
                     "Корзина пустая после обновления. Как исправить? Лог во вложении.")
    mail.add_attachment(b"PHP Warning: qty\n", maintype="text", subtype="plain", filename="log.txt")
    received = run("mail-in", "--json", input=mail.as_string())
    request = json.loads(received.stdout)[0]["request_id"]
    for argv in (("--version",), ("attachment", "save", str(request), "log.txt", "-o", "-")):
        done = run(*argv, stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
        assert done.returncode == 5, (argv, done.stderr)
        assert done.stderr == "error: cannot write the output: standard output is closed\n", argv


def test_a_closed_stdin_is_empty_input(seeded) -> None:
    done = run("mail-in", stdin=None, preexec_fn=lambda: os.close(0))
    assert done.returncode == 0 and "Traceback" not in done.stderr


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
    from deskcli.services import opening

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(opening, "open_request", interrupted)
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


SLOW_EXPORT = ("import os, signal; from deskcli.cli import request_lines; real = request_lines.request_csv\n"
               "def lines(*a, **k):\n"
               "    for n, line in enumerate(real(*a, **k)):\n"
               "        if n == 0: os.kill(os.getpid(), signal.SIGHUP)\n"
               "        yield line\n"
               "request_lines.request_csv = lines\n" + CONSOLE)


def test_a_signal_the_process_ignores_stays_ignored(seeded, tmp_path: Path) -> None:
    """``nohup desk export …`` must outlive the terminal that started it (review)."""
    target = tmp_path / "out.csv"
    done = subprocess.run([sys.executable, "-c", SLOW_EXPORT, "export", "--format", "csv", "-o", str(target)],
                          capture_output=True, text=True, env=os.environ.copy(),
                          preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").count("\n") == 2


def test_a_signal_as_the_commit_returns_still_says_it_saved(seeded) -> None:
    """The signal is held back until the commit is noted, then delivered (review: it came
    between the two, and the command said nothing was changed of a request it had opened)."""
    code = ("import os, signal; from deskcli.store.repository import Repository\n"
            "real = Repository._count_commit\n"
            "def count(self):\n"
            "    os.kill(os.getpid(), signal.SIGTERM)\n"
            "    real(self)\n"
            "Repository._count_commit = count\n" + CONSOLE)
    done = subprocess.run([sys.executable, "-c", code, *OPEN], capture_output=True, text=True,
                          env={**os.environ, "DESK_PIN": "4321"})
    assert (done.returncode, done.stderr) == (128 + signal.SIGTERM,
                                              "error: stopped by SIGTERM; what was saved before it stays saved\n")
    assert requests_in(os.environ["DESK_DB"]) == 2


def test_mail_in_stopped_by_sigterm_asks_the_mta_to_retry(seeded) -> None:
    """Exit 75, not 143: an MTA's pipe bounces a message on an exit outside sysexits.h."""
    code = ("import os, signal; from deskcli.services.mail import inbox; real = inbox.receive\n"
            "def receive(*a, **k):\n"
            "    os.kill(os.getpid(), signal.SIGTERM)\n"
            "    return real(*a, **k)\n"
            "inbox.receive = receive\n" + CONSOLE)
    mail = ("From: Анна <anna@shop.example.ru>\nTo: support@example.ru\nSubject: Корзина\n"
            "Message-ID: <t1@shop.example.ru>\n\nКак очистить корзину?\n")
    done = subprocess.run([sys.executable, "-c", code, "mail-in"], input=mail, capture_output=True, text=True,
                          env=os.environ.copy())
    assert done.returncode == 75, done.stderr
    assert "will be offered again" in done.stderr and requests_in(os.environ["DESK_DB"]) == 1
