"""Smoke test in a real terminal: ``desk tui`` in tmux at 80x24, driven by keys, read back
with capture-pane. It checks what a headless Pilot cannot: the terminal is taken and given
back, $EDITOR gets the terminal while the screen waits, and the exit codes."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import deskcli

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed (apt-get install tmux; CI lists it in .ci/packages.txt)")

#: How long the screen may take to show something, on a loaded two-core machine.
PATIENCE = 30.0


class Terminal:
    def __init__(self, socket: Path, name: str) -> None:
        self.socket, self.name = socket, name

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-S", str(self.socket), "-f", "/dev/null", *args], check=True,
                              capture_output=True, text=True).stdout

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-s", self.name, "-x", "80", "-y", "24", command)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, *texts: str) -> str:
        """The screen once it shows every one of ``texts`` (polling; the assertions are on
        content, not on time)."""
        deadline = time.monotonic() + PATIENCE
        while True:
            try:
                shown = self.screen()
            except subprocess.CalledProcessError:
                shown = ""
            if all(text in shown for text in texts):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{texts!r} never all showed; the screen was:\n{shown}")
            time.sleep(0.1)

    def wait_until(self, condition) -> str:
        deadline = time.monotonic() + PATIENCE
        while not condition(shown := self.screen()):
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never changed as expected:\n{shown}")
            time.sleep(0.1)
        return shown

    def close(self) -> None:
        subprocess.run(["tmux", "-S", str(self.socket), "kill-server"], capture_output=True, check=False)


def _wait_for_file(path: Path) -> str:
    deadline = time.monotonic() + PATIENCE
    while not path.exists() or not path.read_text().strip():
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} never written")
        time.sleep(0.1)
    return path.read_text().strip()


@pytest.fixture
def terminal(tmp_path):
    # A private tmux server on its own socket: nothing of anyone else's tmux is touched.
    term = Terminal(tmp_path / "tmux.sock", "desk")
    yield term
    term.close()


def _desk_command(tmp_path: Path, extra_env: dict[str, str]) -> str:
    names = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "DESK_DB", "DESK_CONFIG", "DESK_NOW",
             "DESK_AGENT", "NO_COLOR", "TZ", "PATH")
    env = {name: os.environ[name] for name in names if name in os.environ}
    # the code under test, wherever the package installed in the interpreter comes from
    env["PYTHONPATH"] = os.pathsep.join([str(Path(deskcli.__file__).parents[1]),
                                         *filter(None, [os.environ.get("PYTHONPATH")])])
    env.update(extra_env)
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    rc = tmp_path / "rc"
    return f"env {assignments} {shlex.quote(sys.executable)} -m deskcli tui; echo $? > {shlex.quote(str(rc))}"


def test_desk_tui_in_a_real_terminal(office, desk, terminal, tmp_path) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\nopen(sys.argv[1], 'a', encoding='utf-8').write('Ответ из редактора\\n')\n",
                      encoding="utf-8")
    terminal.start(_desk_command(tmp_path, {"EDITOR": f"{sys.executable} {editor}"}))
    shown = terminal.wait_for("Ошибка импорта CSV", "3 open", "q quit")
    lines = shown.splitlines()
    assert len(lines) <= 24 and all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("3 open") and lines[1].split()[:2] == ["ID", "SLA"]
    assert lines[2].split()[0] == "#3" and lines[2].split()[1].startswith("-1h")
    assert "? help" in shown and "q quit" in shown

    terminal.keys("Enter")
    shown = terminal.wait_for("#3 Ошибка импорта CSV")
    assert "OVERDUE" in shown and "Messages" in shown
    # After escape, each next key waits for the screen to change: an escape followed at
    # once by a key reads, in any terminal, as alt+key.
    terminal.keys("Escape")  # back on the queue: its column of subjects, no messages
    terminal.wait_until(lambda shown: "Subject" in shown and "Messages" not in shown)

    terminal.keys("?")
    terminal.wait_for("Keys")
    terminal.keys("Escape")
    terminal.wait_until(lambda shown: "Subject" in shown and "Keys" not in shown)

    terminal.keys("R")  # the editor takes the terminal, writes the reply and gives it back
    terminal.wait_for("#3: reply recorded")
    assert desk.json("show", "3", "--json")["status"] == "answered"
    messages = desk.json("show", "3", "--json")["messages"]
    assert messages[-1]["body"] == "Ответ из редактора" and messages[-1]["author"] == "tester"

    # ctrl+e in the inline editor hands the draft to $EDITOR and brings it back to be sent.
    terminal.keys("r")
    terminal.wait_for("Reply to the customer - #2")
    terminal.keys("Начало")
    terminal.wait_for("Начало")
    terminal.keys("C-e")
    terminal.wait_for("Ответ из редактора")
    terminal.keys("C-s")
    terminal.wait_for("#2: reply recorded")
    assert desk.json("show", "2", "--json")["messages"][-1]["body"] == "Начало\n\nОтвет из редактора"

    terminal.keys("/", "корзин")
    terminal.wait_for("1 of 1 open")
    terminal.keys("Enter")  # keeps the filter and hides the box
    terminal.wait_until(lambda shown: "корзин" not in shown.splitlines()[-3:][0])
    terminal.keys("q")
    assert _wait_for_file(tmp_path / "rc") == "0"


def test_a_reply_typed_in_a_burst_is_sent_whole(office, desk, terminal, tmp_path) -> None:
    """Review day 26: a long text sent as keystrokes (not a bracketed paste) with ctrl+s right
    behind it was stored and mailed cut off; ctrl+s acts on every key typed before it."""
    text = ("Проверьте настройки: Система → Кеш → очистить всё. Затем откройте страницу снова и "
            "пришлите скриншот ошибки, если она повторится.")
    terminal.start(_desk_command(tmp_path, {}))
    terminal.wait_for("Ошибка импорта CSV", "q quit")
    terminal.keys("r")
    terminal.wait_for("Reply to the customer - #3")
    terminal.tmux("send-keys", "-t", terminal.name, "-l", text, ";", "send-keys", "-t", terminal.name, "C-s")
    shown = terminal.wait_until(lambda shown: "#3: reply recorded" in shown or "error" in shown)
    assert "#3: reply recorded" in shown, shown
    assert desk.json("show", "3", "--json")["messages"][-1]["body"] == text
    terminal.keys("q")
    assert _wait_for_file(tmp_path / "rc") == "0"


def test_ctrl_c_quits_cleanly_with_130(office, terminal, tmp_path) -> None:
    terminal.start(_desk_command(tmp_path, {}))
    terminal.wait_for("Ошибка импорта CSV")
    terminal.keys("C-c")
    assert _wait_for_file(tmp_path / "rc") == "130"


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_gives_the_terminal_back_with_143(office, terminal, tmp_path, name) -> None:
    """A closed session or a ``kill`` stops the screen as Ctrl-C does: the terminal restored,
    one line saying why, exit 128 + the signal (it used to die with the screen left drawn;
    later the line was now and then written before the terminal was given back, and lost)."""
    import signal

    signum = signal.Signals[name]
    terminal.start(_desk_command(tmp_path, {}) + "; sleep 20")  # the pane stays to be read
    terminal.wait_for("Ошибка импорта CSV")
    shell = terminal.tmux("display", "-p", "-t", terminal.name, "#{pane_pid}").strip()
    desk_pid = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True, check=True).stdout.split()[0]
    os.kill(int(desk_pid), signum)
    assert _wait_for_file(tmp_path / "rc") == str(128 + signum)
    shown = terminal.wait_for(f"stopped by {name}")
    assert "Ошибка импорта CSV" not in shown  # the queue is gone: the terminal is the shell's again


def test_an_editor_that_fails_gives_the_screen_back_with_the_error(office, desk, terminal, tmp_path) -> None:
    """``vim :cq``: the editor exits 1. The screen comes back and says so; a draft written in
    place stays as it was; nothing is recorded; q still quits."""
    editor = tmp_path / "failing-editor.sh"
    editor.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    editor.chmod(0o755)
    before = desk.json("show", "3", "--json")["messages"]
    terminal.start(_desk_command(tmp_path, {"EDITOR": str(editor)}))
    terminal.wait_for("Ошибка импорта CSV", "q quit")

    terminal.keys("R")
    # (the error names the editor's path, which wraps at 80 columns: only its end is read)
    shown = terminal.wait_for("status 1; nothing was changed", "Ошибка импорта CSV")
    assert "nothing was changed" in " ".join(shown.split())

    terminal.keys("r")
    terminal.wait_for("Reply to the customer - #3")
    terminal.keys("Черновик")
    terminal.wait_for("Черновик")
    terminal.keys("C-e")  # the editor fails again: the draft is still there to send or keep
    shown = terminal.wait_until(lambda shown: "Черновик" in shown and "status 1" in shown
                                and "Reply to the customer" in shown)
    terminal.keys("Escape")
    terminal.wait_until(lambda shown: "Reply to the customer" not in shown)
    terminal.keys("q")
    assert _wait_for_file(tmp_path / "rc") == "0"
    assert desk.json("show", "3", "--json")["messages"] == before
