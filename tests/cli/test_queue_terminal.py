"""``desk queue`` on a real terminal (a pseudo-terminal) draws without Rich's console and
writes the very bytes Rich writes there: its escapes, in colour or not, hostile text made
harmless the same way."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from tests.cli.test_requests import add_license, open_request


def on_a_terminal(*args: str, **environ: str | None) -> tuple[bytes, str]:
    """What ``desk ARGS`` writes to a terminal, and the modules it imported (stderr of -X importtime)."""
    master, slave = pty.openpty()
    env = {**os.environ, **environ}
    try:
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "deskcli", *args], stdin=subprocess.DEVNULL, stdout=slave,
                              stderr=subprocess.PIPE, env={k: v for k, v in env.items() if v is not None},
                              timeout=60)
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert done.returncode == 0, done.stderr
    return shown, done.stderr.decode()


@pytest.mark.parametrize("no_color", [None, "1"], ids=["colour", "no-colour"])
def test_the_queue_on_a_terminal_is_what_rich_draws(desk, no_color) -> None:
    add_license(desk)
    open_request(desk, at="2026-11-24T10:00", category="emergency", subject="Сайт лежит [bold]\x1b[31m")
    open_request(desk, at="2026-11-25T09:30", subject="Оплата\u202eтпецка\u009b31m не проходит")
    open_request(desk, subject="Пустая корзина", body="Корзина пустая.")
    fast, imported = on_a_terminal("queue", NO_COLOR=no_color, TERM="xterm-256color")
    by_rich, imported_by_rich = on_a_terminal("queue", NO_COLOR=no_color, TERM="xterm-256color", TTY_COMPATIBLE="1")
    assert fast == by_rich
    assert " rich.console" not in imported and " rich.console" in imported_by_rich
    text = fast.decode()
    assert "\x1b[1mID\x1b[0m" in text and "\x1b[2mAge: calendar time" in text
    assert ("\x1b[1;31m" in text) is (no_color is None)  # the overdue countdown
    assert "\u202e" not in text and "\u009b" not in text and "[bold]" in text


@pytest.mark.parametrize("no_color", [None, "1"], ids=["colour", "no-colour"])
def test_a_request_on_a_terminal_is_what_rich_draws(desk, no_color) -> None:
    add_license(desk)
    opened = open_request(desk, at="2026-11-24T10:00", category="emergency", subject="Сайт лежит [bold]\x1b[31m")
    desk("reply", str(opened["id"]), "--body", "Проверьте права на папку upload.")
    desk("escalate", str(opened["id"]))
    # Wide enough for the history's longest line: a line Rich would fold is Rich's to draw.
    terminal = {"NO_COLOR": no_color, "TERM": "xterm-256color", "COLUMNS": "160", "LINES": "60"}
    fast, imported = on_a_terminal("show", str(opened["id"]), **terminal)
    by_rich, imported_by_rich = on_a_terminal("show", str(opened["id"]), **terminal, TTY_COMPATIBLE="1")
    assert fast == by_rich
    assert " rich.console" not in imported and " rich.console" in imported_by_rich
    text = fast.decode()
    assert "\x1b[1mstatus " in text and "\x1b[3mHistory" in text
    # Taller than the terminal: paged, which is Rich's (with PAGER=cat it prints as it is).
    _, imported_paged = on_a_terminal("show", str(opened["id"]), **{**terminal, "LINES": "10", "PAGER": "cat"})
    assert " rich.console" in imported_paged
